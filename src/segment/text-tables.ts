// Tables flattened to text, one row a line, with a header of known column names whose letters may be
// spaced: "序号 工 作 任 务 牵头负责部门" then "1 居民消费价格涨幅3%左右 发展改革委". (Tables one cell a
// line, or with header labels outside this vocabulary, are found by what their labels mean in cell-tables.ts.)
import { fieldOfHeader } from '../assign/keys.js';
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { scanTables } from './scan.js';
import { columnRole, dealRow } from './cell-tables.js';
import { cellKind } from '../recognize/cell-kind.js';
import { HEADER_WORDS, isHeaderWord } from './header-words.js';
import { squashSpaces } from '../text.js';

const MAX_WORD = Math.max(...HEADER_WORDS.map((w) => w.length));
const squash = squashSpaces;
const FIRST_CHARS = new Set(HEADER_WORDS.map((w) => w[0]));
const LAST_CHARS = new Set(HEADER_WORDS.map((w) => w[w.length - 1]));

/** Splits a squashed header line into known column names, or null when it is not one. */
function headerWords(s: string): string[] | null {
  // header words end to end: a line that no word opens or closes is none (most lines; no table built)
  if (s.length > 0 && (!FIRST_CHARS.has(s[0]) || !LAST_CHARS.has(s[s.length - 1]))) return null;
  const best: Array<string[] | null> = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    if (!best[i]) continue;
    for (let len = Math.min(MAX_WORD, s.length - i); len >= 1; len--) {
      const w = s.slice(i, i + len);
      if (isHeaderWord(w) && (!best[i + len] || best[i + len]!.length > best[i]!.length + 1)) best[i + len] = [...best[i]!, w];
    }
  }
  return best[s.length];
}

function usable(words: string[]): boolean {
  const roles = words.map((w) => fieldOfHeader(w));
  return words.length >= 3 && roles.includes('text') && roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits');
}



export function findTextTables(blocks: Block[]): Block[] {
  return scanTables(blocks, (all, i, b) => {
    const one = headerWords(squash(b.text));
    // (a header of cells between "|" is read with its rows by cell-tables.ts, empty cells kept in place)
    if (!one || one.length < 3 || !usable(one) || !/\s/.test(b.text.trim()) || (b.text.match(/\|/g) ?? []).length >= 2) return null;
    const { table, next } = rowPerLine(all, i, one);
    return table ? { table, next } : null;
  });
}


function rowPerLine(blocks: Block[], start: number, words: string[]): { table: TableBlock | null; next: number } {
  const head = blocks[start] as TextLine;
  const rows: Cell[][] = [words.map((w) => ({ text: w, pos: head.pos }))];
  const textCol = words.findIndex((w) => fieldOfHeader(w) === 'text');
  const roles = words.map((w) => columnRole(w) ?? 'other');
  /** A line's cells dealt to the columns by their kinds, or null when they make no single row. */
  const dealt = (tokens: string[]): string[] | null => {
    const subs = dealRow(tokens, roles, true);
    return subs.length === 1 ? subs[0].map((ks) => ks.map((k) => tokens[k]).join('')) : null;
  };
  let i = start + 1;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (!b.text.trim()) continue;
    const wide = (b.text.trim().match(/\s{2,}/g)?.length ?? 0) >= 2;
    const tokens = b.text.trim().split(wide ? /\s*\|\s*|\s{2,}/u : /\s*\|\s*|\s+/u).filter(Boolean);
    // a sub-row under a row's number and name merged over it: its own task and names, no number
    if (!/^\d{1,4}$/.test(tokens[0] ?? '') && rows.length > 1 && tokens.length >= 2 && tokens.length < words.length
      && tokens.slice(1).some((t) => ['units', 'people'].includes(cellKind(t))) && ['sentence', 'short'].includes(cellKind(tokens[0]))) {
      const cells = dealt(tokens);
      if (cells) {
        rows.push(words.map((_, k) => ({ text: cells[k] ?? '', pos: b.pos })));
        continue;
      }
    }
    if (!/^\d{1,4}$/.test(tokens[0] ?? '') || tokens.length < 2) {
      // A short line between rows heads the rows after it: a section row spanning the table.
      const after = blocks.slice(i + 1).find((x) => x.kind !== 'line' || x.text.trim());
      const nextIsRow = after?.kind === 'line' && /^\d{1,4}[\s|]/u.test(after.text.trim());
      if (nextIsRow && b.text.trim().length <= 40 && !b.text.includes('|')) {
        rows.push(words.map(() => ({ text: b.text.trim(), pos: b.pos })));
        continue;
      }
      break;
    }
    let cells = tokens;
    if (tokens.length < words.length) {
      // empty cells vanished: each cell goes to the column whose kind it is (a deadline to 完成时限, not to 配合单位)
      cells = dealt(tokens) ?? cells;
    } else if (tokens.length > words.length) {
      const extra = tokens.length - words.length;
      cells = [...tokens.slice(0, textCol), tokens.slice(textCol, textCol + extra + 1).join(''), ...tokens.slice(textCol + extra + 1)];
    }
    rows.push(words.map((_, k) => ({ text: cells[k] ?? '', pos: b.pos })));
  }
  return rows.length > 1 ? { table: { kind: 'table', rows, pos: head.pos }, next: i } : { table: null, next: start };
}
