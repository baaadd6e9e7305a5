// Text whose table rows are tab-separated cells ("cell\tcell\t\n", as word-extractor and the RTF reader
// give them) -> lines and tables. A cell with several paragraphs spans several lines (a "\n" inside the
// row). With the rows' geometry (cell edges and merge flags, as a .doc gives them) cells are placed
// on the table's columns and merged down exactly; without it a row with fewer cells had cells merged
// across (a single cell spans the row) and vertical merges are guessed: see fillMerged.
import type { DocRow } from './doc-rows.js';
import type { Block, Cell, Msgs, Pos, TableBlock } from './tab-types.js';
import { fieldOfHeader } from '../assign/keys.js';
import { msg } from '../model.js';
import { expandGrid, type SpanCell } from './table-grid.js';

/** Columns that name who leads a task and by when: such a cell is never empty in a task row. */
const NEVER_EMPTY = new Set(['leaders', 'leadUnits', 'deadline']);

export function tabRowBlocks(text: string, out: Msgs, geometry: DocRow[] = []): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let rows: Array<{ cells: string[]; pos: Pos }> = [];
  let open: { text: string; pos: Pos } | null = null;
  const tables: Array<{ at: number; rows: typeof rows }> = [];
  const flush = () => {
    if (rows.length) { tables.push({ at: blocks.length, rows }); blocks.push({ kind: 'line', text: '', pos: rows[0].pos }); }
    rows = [];
  };
  lines.forEach((line, i) => {
    const pos = { line: i + 1, column: 1 };
    if (open) {
      open.text += `\n${line}`;
    } else if (line.includes('\t')) {
      open = { text: line, pos };
    } else {
      flush();
      blocks.push({ kind: 'line', text: line, pos });
      return;
    }
    if (open.text.endsWith('\t')) {
      const cells = open.text.slice(0, -1).split('\t').map((c) => c.replace(/^\n+|\n+$/g, ''));
      rows.push({ cells, pos: open.pos });
      open = null;
    }
  });
  if (open) { const o = open as { text: string; pos: Pos }; for (const [k, l] of o.text.split('\n').entries()) blocks.push({ kind: 'line', text: l, pos: { line: o.pos.line + k, column: 1 } }); }
  flush();
  // the geometry fits when it has a row, with as many cells, for every row read
  const all = tables.flatMap((t) => t.rows);
  const fits = geometry.length === all.length && all.every((r, i) => geometry[i].vmerge.length === r.cells.length);
  let k = 0;
  for (const t of tables) {
    blocks[t.at] = fits ? placed(t.rows, geometry.slice(k, k + t.rows.length)) : toTable(t.rows, out);
    k += t.rows.length;
  }
  return blocks;
}

/** Cells on the table's columns by their edges; a cell merged with the one above it is covered by it. */
function placed(rows: Array<{ cells: string[]; pos: Pos }>, geo: DocRow[]): TableBlock {
  const edges = [...new Set(geo.flatMap((g) => g.edges))].sort((a, b) => a - b)
    .filter((x, i, all) => i === 0 || x - all[i - 1] > 20); // within a point: the same edge
  const col = (x: number) => { let best = 0; edges.forEach((e, i) => { if (Math.abs(e - x) < Math.abs(edges[best] - x)) best = i; }); return best; };
  const span: SpanCell[][] = rows.map((r, ri) => r.cells.flatMap((text, c) => {
    const g = geo[ri];
    if (g.vmerge[c] === 1 && ri > 0) return [];
    const from = col(g.edges[c]), to = Math.max(from + 1, col(g.edges[c + 1]));
    let down = 1;
    while (ri + down < rows.length && geo[ri + down].vmerge.some((f, k) => f === 1 && col(geo[ri + down].edges[k]) === from)) down++;
    return [{ text, pos: r.pos, rowspan: down, colspan: to - from, col: from }];
  }));
  const pos = rows[0].pos;
  return { kind: 'table', rows: expandGrid(span, pos), pos };
}

function toTable(rows: Array<{ cells: string[]; pos: Pos }>, out: Msgs): TableBlock {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const span: SpanCell[][] = rows.map((r) => r.cells.map((text, c) => ({
    text, pos: r.pos, rowspan: 1,
    // a lone cell spans the row (a section title); with fewer cells than the table, the last takes up the rest
    colspan: r.cells.length === 1 ? width : c === r.cells.length - 1 ? width - r.cells.length + 1 : 1,
  })));
  const pos = rows[0].pos;
  const grid = expandGrid(span, pos);
  fillMerged(grid, rows.map((r) => r.cells.length === width), out);
  return { kind: 'table', rows: grid, pos };
}

/**
 * A cell merged down over several rows comes out as empty cells below its text. In the columns of who
 * leads and by when (never empty in a task row) an empty cell under a task row's cell is taken for such
 * a merge and gets its text; co-operating units may really be empty and are left alone. Reported once.
 */
function fillMerged(grid: Cell[][], full: boolean[], out: Msgs): void {
  if (grid.length < 3) return;
  const header = grid[0].map((c) => c.text.replace(/\s+/g, ''));
  let filled = 0, first: Pos | null = null;
  header.forEach((h, c) => {
    if (!NEVER_EMPTY.has(fieldOfHeader(h) ?? '')) return;
    for (let r = 2; r < grid.length; r++) {
      if (!full[r] || !full[r - 1]) continue;
      const cell = grid[r][c], above = grid[r - 1][c];
      if (!cell.text.trim() && above.text.trim() && grid[r].some((x, k) => k !== c && x.text.trim())) {
        grid[r][c] = { text: above.text, pos: above.pos };
        filled++;
        first ??= cell.pos;
      }
    }
  });
  if (filled) {
    out.messages.push(msg('info', 'merged-cells-guessed', first,
      `${filled} empty lead/deadline cell(s) taken for cells merged down from the row above (this format does not mark vertical merges)`));
  }
}
