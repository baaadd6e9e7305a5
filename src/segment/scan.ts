// The walk every reader of tables rendered as text shares: at each non-empty line, try to read a table
// there; a table replaces the lines it was read from, anything else stays as it is.
import type { Block, TableBlock, TextLine } from '../model.js';

export type TableAt = (blocks: Block[], i: number, line: TextLine) => { table: TableBlock; next: number } | null;

export function scanTables(blocks: Block[], readAt: TableAt): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    const found = b.kind === 'line' && b.text.trim() ? readAt(blocks, i, b) : null;
    if (found) { out.push(found.table); i = found.next; continue; }
    out.push(b);
    i++;
  }
  return out;
}
