// Tables flattened to text (one cell a line, or a row a line) -> table blocks.
import type { Block } from '../model.js';

export function findTextTables(blocks: Block[]): Block[] {
  return blocks;
}
