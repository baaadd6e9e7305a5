// Merged cells -> a full grid: a cell spanning rows or columns is repeated in every slot it covers,
// with the text and position of its origin cell, so a merged leader or unit applies to each row.
import { InputError } from '../errors.js';
import type { Cell, Pos } from '../model.js';

/** A cell as printed; `col` pins its grid column (Word cells know it), else it takes the next free slot. */
export interface SpanCell { text: string; pos: Pos; rowspan: number; colspan: number; col?: number }

const MAX_COLSPAN = 1000;
const MAX_CELLS = 2_000_000;

export function expandGrid(rows: SpanCell[][], tablePos: Pos): Cell[][] {
  const grid: Array<Array<Cell | undefined>> = rows.map(() => []);
  let cells = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      if (cell.col !== undefined && cell.col > col) col = cell.col;
      while (grid[r][col]) col++;
      // rowspan="0" spans to the end of the table; spans never reach past it
      const down = Math.min(cell.rowspan <= 0 ? rows.length - r : cell.rowspan, rows.length - r);
      const across = Math.max(1, Math.min(cell.colspan, MAX_COLSPAN));
      cells += down * across;
      if (cells > MAX_CELLS) throw new InputError(`table too large (more than ${MAX_CELLS} cells once merged cells are expanded)`);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < across; dc++) {
          if (!grid[r + dr][col + dc]) grid[r + dr][col + dc] = { text: cell.text, pos: cell.pos };
        }
      }
      col += across;
    }
  });
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return grid.map((row) => {
    const first = row.find(Boolean)?.pos ?? tablePos;
    return Array.from({ length: width }, (_, c) => row[c] ?? { text: '', pos: first });
  });
}
