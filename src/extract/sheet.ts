// Spreadsheets (.xlsx, .xls, WPS .et) -> DocModel through SheetJS (@e965/xlsx, loaded only for them).
// Each visible sheet is a part: title rows above the table (one text across the row) become lines, the
// rest one table with merged ranges filled from their top-left cell. Hidden sheets, rows and columns are
// skipped and reported. Position: line = row (counted on over the sheets), column = spreadsheet column.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { type Block, type Cell, type DocModel, msg } from '../model.js';
import type { Message } from '../schema.js';
import { expandGrid, type SpanCell } from './table-grid.js';
import { Zip } from './zip.js';

export const MAX_SHEET_CELLS = 1_000_000;
const MAX_SHEETS = 200;
const DEFAULT_NAME = /^(sheet|工作表|表)\s*\d*$/i;

interface CellObj { v?: unknown; w?: string; t?: string }
interface Range { s: { r: number; c: number }; e: { r: number; c: number } }
interface Sheet { [addr: string]: unknown; '!ref'?: string; '!merges'?: Range[]; '!rows'?: Array<{ hidden?: boolean } | undefined>; '!cols'?: Array<{ hidden?: boolean } | undefined> }
interface Book { SheetNames: string[]; Sheets: Record<string, Sheet>; Workbook?: { Sheets?: Array<{ Hidden?: number }> } }
interface SheetJS { read(b: Buffer, o: object): Book; utils: { decode_range(r: string): Range; encode_cell(c: { r: number; c: number }): string } }

export function extractSheet(bytes: Buffer, format: 'xlsx' | 'xls'): DocModel {
  // SheetJS inflates on its own: our capped reader checks the package first (zip bombs stop at the cap)
  if (format === 'xlsx') { const zip = new Zip(bytes); for (const n of zip.names()) zip.text(n); }
  const XLSX = createRequire(import.meta.url)('@e965/xlsx') as SheetJS;
  let book: Book;
  try {
    // cellStyles: SheetJS reads the hidden flags of rows and columns only with it
    book = XLSX.read(bytes, { type: 'buffer', cellHTML: false, cellFormula: false, cellStyles: true, sheetStubs: false, dense: false, WTF: false });
  } catch (e) {
    const why = (e as Error).message ?? String(e);
    if (/password|encrypt/i.test(why)) throw new InputError('the spreadsheet is encrypted (password-protected): save an unprotected copy');
    throw new InputError(`cannot read the spreadsheet: ${why.slice(0, 200)}`);
  }
  if (book.SheetNames.length > MAX_SHEETS) throw new InputError(`workbook has ${book.SheetNames.length} sheets (limit ${MAX_SHEETS})`);
  const messages: Message[] = [];
  const blocks: Block[] = [];
  const visible = book.SheetNames.filter((_, i) => !book.Workbook?.Sheets?.[i]?.Hidden);
  const hiddenSheets = book.SheetNames.filter((n) => !visible.includes(n));
  if (hiddenSheets.length) messages.push(msg('info', 'hidden-sheet', null, `hidden sheet(s) skipped: ${hiddenSheets.join(', ')}`));
  let offset = 0, cells = 0;
  for (const name of visible) {
    const ws = book.Sheets[name];
    if (!ws?.['!ref']) continue;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const height = range.e.r - range.s.r + 1, width = range.e.c - range.s.c + 1;
    cells += height * width;
    if (cells > MAX_SHEET_CELLS) throw new InputError(`spreadsheet too large (more than ${MAX_SHEET_CELLS} cells in its used ranges)`);
    const hiddenRows = new Set<number>(), hiddenCols = new Set<number>();
    (ws['!rows'] ?? []).forEach((r, i) => { if (r?.hidden) hiddenRows.add(i); });
    (ws['!cols'] ?? []).forEach((c, i) => { if (c?.hidden) hiddenCols.add(i); });
    const pos = (r: number, c: number) => ({ line: offset + r + 1, column: c + 1 });
    const text = (r: number, c: number) => {
      const cell = ws[XLSX.utils.encode_cell({ r, c })] as CellObj | undefined;
      if (!cell || cell.v === undefined || cell.v === null) return '';
      return (cell.w ?? String(cell.v)).replace(/\r\n?/g, '\n').trim();
    };
    // merged ranges: the top-left cell spans; covered cells are skipped
    const origin = new Map<string, Range>();
    const covered = new Set<string>();
    for (const m of ws['!merges'] ?? []) {
      origin.set(`${m.s.r},${m.s.c}`, m);
      for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
    }
    const rows: Array<{ r: number; cells: SpanCell[]; texts: string[] }> = [];
    for (let r = range.s.r; r <= range.e.r; r++) {
      if (hiddenRows.has(r)) continue;
      const out: SpanCell[] = [];
      const texts: string[] = [];
      let col = 0;
      for (let c = range.s.c; c <= range.e.c; c++) {
        if (hiddenCols.has(c)) continue;
        const key = `${r},${c}`;
        const m = origin.get(key);
        if (covered.has(key)) { col++; continue; }
        const t = text(r, c);
        const across = m ? countVisible(m.s.c, m.e.c, hiddenCols) : 1;
        const down = m ? countVisible(m.s.r, m.e.r, hiddenRows) : 1;
        out.push({ text: t, pos: pos(r, c), rowspan: down, colspan: across, col });
        if (t) texts.push(t);
        col++;
      }
      rows.push({ r, cells: out, texts });
    }
    if (hiddenRows.size || hiddenCols.size) {
      messages.push(msg('info', 'hidden-cells', pos(range.s.r, range.s.c), `sheet ${name}: ${hiddenRows.size} hidden row(s) and ${hiddenCols.size} hidden column(s) skipped`));
    }
    // a sheet of several with a name of its own titles its part
    if (visible.length > 1 && !DEFAULT_NAME.test(name.trim())) blocks.push({ kind: 'line', text: name.trim(), pos: pos(range.s.r, 0) });
    // blank rows part tables; in each part, rows of one text above the table (titles) and below it
    // (notes) are lines
    const asLine = (x: (typeof rows)[number]) => { if (x.texts.length) blocks.push({ kind: 'line', text: x.texts[0], pos: x.cells.find((c) => c.text)!.pos }); };
    for (const part of parts(rows)) {
      let a = 0, b = part.length;
      while (a < b && part[a].texts.length <= 1) a++;
      while (b > a && part[b - 1].texts.length <= 1) b--;
      part.slice(0, a).forEach(asLine);
      const body = part.slice(a, b);
      if (body.length) {
        const first = body[0].cells[0]?.pos ?? pos(body[0].r, 0);
        blocks.push({ kind: 'table', rows: dropSpanned(expandGrid(body.map((x) => x.cells), first)), pos: first });
      }
      part.slice(b).forEach(asLine);
    }
    offset += range.e.r + 1;
  }
  return { format, blocks, meta: {}, script: 'simplified', messages };
}

/**
 * Columns merged with their left neighbour in every row (Calc widens a narrower table that way when
 * tables of different widths share a sheet): one column.
 */
function dropSpanned(grid: Cell[][]): Cell[][] {
  const width = grid[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => c === 0 || grid.some((row) => row[c].pos !== row[c - 1].pos || row[c].text !== row[c - 1].text));
  return keep.every(Boolean) ? grid : grid.map((row) => row.filter((_, c) => keep[c]));
}

type Row = { r: number; cells: SpanCell[]; texts: string[] };
/** Runs of rows between blank ones (a blank row that a merged cell reaches into does not part them). */
function parts(rows: Row[]): Row[][] {
  const out: Row[][] = [[]];
  let reach = -1;
  rows.forEach((x, i) => {
    for (const c of x.cells) if (c.rowspan > 1) reach = Math.max(reach, i + c.rowspan - 1);
    if (!x.texts.length && i > reach) { if (out[out.length - 1].length) out.push([]); return; }
    out[out.length - 1].push(x);
  });
  return out.filter((p) => p.length);
}

function countVisible(from: number, to: number, hidden: Set<number>): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (!hidden.has(i)) n++;
  return Math.max(1, n);
}
