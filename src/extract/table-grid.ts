// Merged cells -> a full grid: a cell spanning rows or columns is repeated in every slot it covers,
// with the text and position of its origin cell, so a merged leader or unit applies to each row.
import { InputError } from '../errors.js';
import type { Cell, Pos } from '../model.js';

/** A cell as printed; `col` pins its grid column (Word cells know it), else it takes the next free slot. */
export interface SpanCell { text: string; pos: Pos; rowspan: number; colspan: number; col?: number }

const MAX_COLSPAN = 1000;
const MAX_CELLS = 2_000_000;

const downOf = (cell: SpanCell, r: number, rows: number) => Math.min(cell.rowspan <= 0 ? rows - r : cell.rowspan, rows - r);

/**
 * The table's real width: the most common row width (spans taken as written), or the most cells any
 * row holds if more. A span that would carry its row past it (colspan="1000" in a four-column table)
 * is cut back to fit, so the cells after it stay in their columns.
 */
function realWidth(rows: SpanCell[][]): number {
  let active: Array<{ from: number; to: number; last: number }> = []; // spans from rows above
  const widths = new Map<number, number>();
  let most = 0, cells = 0;
  rows.forEach((row, r) => {
    active = active.filter((s) => s.last >= r);
    const covered = (c: number) => active.find((s) => c >= s.from && c < s.to);
    let held = 0, width = 0, col = 0;
    for (const s of active) { held += s.to - s.from; width = Math.max(width, s.to); }
    for (const cell of row) {
      if (cell.col !== undefined && cell.col > col) col = cell.col;
      for (let s = covered(col); s; s = covered(col)) col = s.to;
      const across = Math.max(1, Math.min(cell.colspan, MAX_COLSPAN));
      const down = downOf(cell, r, rows.length);
      cells += down * across;
      if (cells > MAX_CELLS) throw tooLarge();
      if (down > 1) active.push({ from: col, to: col + across, last: r + down - 1 });
      col += across;
      width = Math.max(width, col);
    }
    most = Math.max(most, row.length + held);
    widths.set(width, (widths.get(width) ?? 0) + 1);
  });
  let mode = 0, seen = 0;
  for (const [w, k] of widths) if (k > seen || (k === seen && w > mode)) { mode = w; seen = k; }
  return Math.max(mode, most);
}

const tooLarge = () => new InputError(`table too large (more than ${MAX_CELLS} cells once merged cells are expanded)`);

export function expandGrid(rows: SpanCell[][], tablePos: Pos): Cell[][] {
  const grid: Array<Array<Cell | undefined>> = rows.map(() => []);
  const width = realWidth(rows);
  let cells = 0;
  rows.forEach((row, r) => {
    let col = 0;
    row.forEach((cell, i) => {
      if (cell.col !== undefined && cell.col > col) col = cell.col;
      while (grid[r][col]) col++;
      // rowspan="0" spans to the end of the table; spans never reach past it
      const down = downOf(cell, r, rows.length);
      // leave a column for each cell still to come in this row
      const across = Math.max(1, Math.min(cell.colspan, MAX_COLSPAN, width - col - (row.length - 1 - i)));
      cells += down * across;
      if (cells > MAX_CELLS) throw tooLarge();
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < across; dc++) {
          if (!grid[r + dr][col + dc]) grid[r + dr][col + dc] = { text: cell.text, pos: cell.pos };
        }
      }
      col += across;
    });
  });
  const full = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return grid.map((row) => {
    const first = row.find(Boolean)?.pos ?? tablePos;
    return Array.from({ length: full }, (_, c) => row[c] ?? { text: '', pos: first });
  });
}
