// Positioned text (PDF, OFD) -> lines and tables. Shared by both readers; they give runs of text with
// their box (top-down page coordinates, any unit) and ruling segments, page by page.
//  - tables: rulings that cross form a grid; a slot with no ruling between it and its neighbour is
//    merged with it; text goes to the cell its centre lies in; a table that goes on over the next page
//    (same columns) is one table, and a header row repeated there is dropped;
//  - lines: runs on one baseline, ordered by x; spaces only where the gap is one (CJK never gets one);
//  - running heads and page numbers (the same text, digits aside, at the same height on several pages;
//    a bare page number at the top or bottom) are dropped;
//  - a paragraph wrapped over several lines is one line again: a line that reaches the right margin goes
//    on in the next, unless the next is indented, starts an item or a "key:" field, or lies further down.
// Positions: line = page number, column = line number on that page (1-based).
import { KEY_LINE } from '../assign/keys.js';
import type { Block, Cell, Pos, TableBlock, TextLine } from '../model.js';
import { readMarker } from '../segment/markers.js';
import { expandGrid, type SpanCell } from './table-grid.js';

export interface Run { text: string; x: number; y: number; w: number; size: number }
/** A ruling: a stroked or filled segment, horizontal (y1 = y2) or vertical (x1 = x2) after snapping. */
export interface Rule { x1: number; y1: number; x2: number; y2: number }
export interface LayoutPage { width: number; height: number; runs: Run[]; rules: Rule[] }

interface Line { text: string; x0: number; x1: number; y: number; size: number; page: number; pos: Pos; runs: Run[] }
interface PageTable { top: number; bottom: number; xs: number[]; rows: SpanCell[][]; page: number; pos: Pos }
type Item = { kind: 'line'; line: Line } | { kind: 'table'; table: PageTable };

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;
const WORDISH = /[A-Za-z0-9]/;

// ---------- runs -> lines

/** Runs on one baseline (within 40% of the size), left to right, joined with the spaces their gaps show. */
function toLines(runs: Run[], page: number): Line[] {
  const sorted = runs.filter((r) => r.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const r of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) <= 0.4 * Math.max(g[0].size, r.size)) g.push(r);
    else groups.push([r]);
  }
  return groups.map((g, i) => {
    g.sort((a, b) => a.x - b.x);
    const size = median(g.map((r) => r.size));
    return { text: joinRuns(g), x0: g[0].x, x1: Math.max(...g.map((r) => r.x + r.w)), y: g[0].y, size, page, pos: { line: page, column: i + 1 }, runs: g };
  });
}

function joinRuns(g: Run[]): string {
  let s = '', end = -Infinity;
  for (const r of g) {
    // spaces pdfjs puts at a run's ends say nothing the gap does not: the gap decides
    const text = r.text.trim();
    if (!text) continue;
    const lead = r.text.length - r.text.trimStart().length;
    const x = r.x + (lead && r.w > est(text, r.size) ? r.w - est(text, r.size) : 0);
    if (s) s += spaces(s[s.length - 1], text[0], x - end, r.size);
    s += text;
    end = Math.max(end, r.x + r.w - (r.text.length - r.text.trimEnd().length) * r.size * 0.25);
  }
  return s;
}

/** The width characters take: Chinese a full em, others half. */
export const est = (t: string, size: number) => [...t].reduce((a, c) => a + (/[\u2e80-\uffef]/.test(c) ? 1 : 0.5), 0) * size;

/**
 * Word processors put a small gap between Chinese and Latin text (LibreOffice 0.2 em, no space character)
 * and justified lines spread small gaps between characters; a typed space is a quarter em or more.
 */
function spaces(before: string, after: string, gap: number, size: number): string {
  if (gap <= 0.15 * size) return '';
  if ((HAN.test(before) || HAN.test(after)) && gap < 0.24 * size) return '';
  // wide gaps (aligned columns, spaced-out labels): a space per half em, at most a few
  return ' '.repeat(Math.max(1, Math.min(4, Math.round(gap / (0.5 * size)))));
}

// ---------- rulings -> grids

const TOL = 2;

function snap(values: number[]): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) if (!out.length || v - out[out.length - 1] > TOL) out.push(v);
  return out;
}

/** Rulings that touch each other, grouped: each group with two or more lines each way frames a table. */
function grids(rules: Rule[]): Array<{ h: Rule[]; v: Rule[] }> {
  const h = rules.filter((r) => Math.abs(r.y1 - r.y2) <= TOL && Math.abs(r.x2 - r.x1) > TOL);
  const v = rules.filter((r) => Math.abs(r.x1 - r.x2) <= TOL && Math.abs(r.y2 - r.y1) > TOL);
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (a: Rule, b: Rule) => a.x1 - TOL <= b.x2 && b.x1 - TOL <= a.x2 && a.y1 - TOL <= b.y2 && b.y1 - TOL <= a.y2;
  // sweep by x so that crowded pages stay near-linear
  const order = all.map((_, i) => i).sort((a, b) => all[a].x1 - all[b].x1);
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length && all[order[j]].x1 <= all[order[i]].x2 + TOL; j++) {
      if (touch(all[order[i]], all[order[j]])) parent[find(order[i])] = find(order[j]);
    }
  }
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (i < h.length ? g.h : g.v).push(r);
    groups.set(find(i), g);
  });
  return [...groups.values()].filter((g) => snap(g.h.map((r) => r.y1)).length >= 2 && snap(g.v.map((r) => r.x1)).length >= 2);
}

function tableOf(g: { h: Rule[]; v: Rule[] }, runs: Run[], used: Set<Run>, page: number, lineOf: (y: number) => number): PageTable | null {
  const xs = snap(g.v.map((r) => r.x1));
  const ys = snap(g.h.map((r) => r.y1));
  const R = ys.length - 1, C = xs.length - 1;
  if (R < 1 || C < 1 || R * C > 200_000) return null;
  const near = (a: number, b: number) => Math.abs(a - b) <= TOL;
  const vAt = (x: number, y: number) => g.v.some((r) => near(r.x1, x) && r.y1 - TOL <= y && y <= r.y2 + TOL);
  const hAt = (y: number, x: number) => g.h.some((r) => near(r.y1, y) && r.x1 - TOL <= x && x <= r.x2 + TOL);
  // slots joined where no ruling separates them
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < R; r++) {
    const ym = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < C; c++) {
      const xm = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < C && !vAt(xs[c + 1], ym)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < R && !hAt(ys[r + 1], xm)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const slotOf = (x: number, y: number) => {
    const c = below(xs, x), r = below(ys, y);
    return r < 0 || r >= R || c < 0 || c >= C ? -1 : id(r, c);
  };
  const texts = new Map<number, Run[]>();
  for (const run of runs) {
    if (used.has(run)) continue;
    const s = slotOf(run.x + Math.min(run.w, run.size) / 2, run.y - run.size / 3);
    if (s < 0) continue;
    used.add(run);
    const k = find(s);
    const list = texts.get(k);
    if (list) list.push(run); else texts.set(k, [run]);
  }
  const seen = new Set<number>();
  const rows: SpanCell[][] = [];
  for (let r = 0; r < R; r++) {
    const row: SpanCell[] = [];
    for (let c = 0; c < C; c++) {
      const k = find(id(r, c));
      if (seen.has(k)) continue;
      seen.add(k);
      let r1 = r, c1 = c;
      while (r1 + 1 < R && find(id(r1 + 1, c)) === k) r1++;
      while (c1 + 1 < C && find(id(r, c1 + 1)) === k) c1++;
      const cellRuns = texts.get(k) ?? [];
      const top = cellRuns.length ? Math.min(...cellRuns.map((x) => x.y)) : (ys[r] + ys[r + 1]) / 2;
      row.push({ text: cellText(cellRuns), pos: { line: page, column: lineOf(top) }, rowspan: r1 - r + 1, colspan: c1 - c + 1, col: c });
    }
    rows.push(row);
  }
  // rows with no text at all (a ruling drawn twice, an empty spacer row) go
  const kept = rows.filter((row, r) => row.some((c) => c.text) || rows.slice(0, r).some((above) => above.some((c) => c.rowspan > r - rows.indexOf(above))));
  if (!kept.length) return null;
  return { top: ys[0], bottom: ys[R], xs, rows: kept, page, pos: { line: page, column: lineOf(ys[0]) } };
}

// ---------- tables without rulings: columns from x-positions

/** Where a line's text breaks into pieces: gaps of an em or more between runs. */
function pieces(l: Line): Array<{ x0: number; x1: number; runs: Run[] }> {
  const out: Array<{ x0: number; x1: number; runs: Run[] }> = [];
  for (const r of l.runs) {
    const last = out[out.length - 1];
    if (last && r.x - last.x1 < l.size) { last.runs.push(r); last.x1 = Math.max(last.x1, r.x + r.w); }
    else out.push({ x0: r.x, x1: r.x + r.w, runs: [r] });
  }
  return out;
}

/**
 * Consecutive lines whose pieces start at the same x-positions (each on two of three or more such lines)
 * form a table: a line with pieces in two or more columns starts a row, a line with one piece (a cell
 * that wrapped) goes on in the row above. Positions that recur nowhere else are no column (spaced-out
 * labels such as 文    号 stay text).
 */
function columnTables(lines: Line[], page: number): Array<{ table: PageTable; lines: Set<Line> }> {
  const found: Array<{ table: PageTable; lines: Set<Line> }> = [];
  let i = 0;
  while (i < lines.length) {
    if (pieces(lines[i]).length < 2) { i++; continue; }
    // the run of lines around multi-piece lines, within two line pitches of each other
    let j = i + 1;
    while (j < lines.length && lines[j].y - lines[j - 1].y <= 2.5 * lines[j].size) j++;
    const block = lines.slice(i, j);
    const size = median(block.map((l) => l.size));
    const starts = block.flatMap((l) => { const ps = pieces(l); return ps.length >= 2 ? ps.map((p) => p.x0) : []; });
    const cols = snapWithin(starts, size).filter((x) => starts.filter((s) => Math.abs(s - x) <= size).length >= 2);
    const multi = block.filter((l) => pieces(l).filter((p) => cols.some((c) => Math.abs(c - p.x0) <= size)).length >= 2);
    if (cols.length < 2 || multi.length < 3) { i = j; continue; }
    const colOf = (x: number) => { let k = 0; cols.forEach((c, n) => { if (c <= x + size) k = n; }); return k; };
    const atCol = (p: { x0: number }) => cols.some((c) => Math.abs(c - p.x0) <= size);
    // a first column of short entries (序号) starts every row; otherwise a row starts where two columns do
    const firsts = multi.map((l) => pieces(l)[0]).filter((p) => colOf(p.x0) === 0).map((p) => p.runs.length);
    const numbered = firsts.length >= 3 && median(firsts) <= 4;
    const rows: Array<{ cells: Run[][]; span: number[] }> = [];
    const used = new Set<Line>();
    let end = i;
    for (let k = i; k < j; k++) {
      const l = lines[k];
      const ps = pieces(l);
      if (!ps.every(atCol)) break;
      const first = colOf(ps[0].x0) === 0;
      const starts = numbered ? first : ps.length >= 2;
      if (!starts && !rows.length) break;
      if (starts) rows.push({ cells: cols.map(() => []), span: cols.map(() => 1) });
      const row = rows[rows.length - 1];
      for (const p of ps) {
        const c = colOf(p.x0);
        row.cells[c].push(...p.runs);
        // a piece running over the next columns' starts spans them (a section title across the table)
        const reach = cols.filter((x) => x > p.x0 + size && x < p.x1 - size).length;
        if (starts) row.span[c] = Math.max(row.span[c], 1 + reach);
      }
      used.add(l);
      end = k;
    }
    if (rows.length >= 3) {
      const byLine = [...used];
      const lineOfRun = new Map(byLine.flatMap((l) => l.runs.map((r) => [r, l] as const)));
      const span: SpanCell[][] = rows.map((row) => {
        const first = row.cells.flat()[0];
        const rowPos = (first && lineOfRun.get(first)?.pos) || byLine[0].pos;
        const out: SpanCell[] = [];
        for (let c = 0; c < cols.length; c++) {
          const runs = row.cells.slice(c, c + row.span[c]).flat();
          out.push({ text: cellText(runs), pos: (runs[0] && lineOfRun.get(runs[0])?.pos) || rowPos, rowspan: 1, colspan: row.span[c], col: c });
          c += row.span[c] - 1;
        }
        return out;
      });
      const top = lines[i].y - lines[i].size;
      // columns by their starts only (the right edge moves with the text): pages of one table match
      found.push({ table: { top, bottom: lines[end].y, xs: cols, rows: span, page, pos: byLine[0].pos }, lines: used });
    }
    i = Math.max(end + 1, i + 1);
  }
  return found;
}

/** Index of the last sorted value <= x (-1 when x is below them all). */
function below(sorted: number[], x: number): number {
  let lo = 0, hi = sorted.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

function snapWithin(values: number[], tol: number): number[] {
  const s = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) if (!out.length || v - out[out.length - 1] > tol) out.push(v);
  return out;
}

/** A cell's lines, joined: a line wrapped inside the cell goes on without a space; an item starts a new line. */
function cellText(runs: Run[]): string {
  const lines = toLines(runs, 0);
  let s = '';
  for (const l of lines) {
    if (!s) s = l.text;
    else if (startsItem(l.text)) s += `\n${l.text}`;
    else s = glue(s, l.text);
  }
  return s;
}

const glue = (a: string, b: string) => a + (WORDISH.test(a[a.length - 1] ?? '') && WORDISH.test(b[0] ?? '') ? ' ' : '') + b;

// ---------- pages -> blocks

const PAGE_NUMBER = /^[-—–_~·\s]*(?:第\s*)?[\d一二三四五六七八九十百]+\s*(?:页)?(?:\s*[//]\s*(?:共\s*)?\d+\s*页?)?[-—–_~·\s]*$|^(?:page\s*)?\d+(?:\s*of\s*\d+)?$/iu;
const shape = (s: string) => s.replace(/\s+/g, '').replace(/\d+/g, '#');

export function layoutBlocks(pages: LayoutPage[]): Block[] {
  const perPage: Item[][] = pages.map((p, i) => pageItems(p, i + 1));
  dropFurniture(perPage, pages);
  return joinItems(perPage, pages.map((p) => p.width));
}

function pageItems(p: LayoutPage, page: number): Item[] {
  const lines0 = toLines(p.runs, page);
  // the number of the last line at or above y (lines are sorted by y; binary search: pages may be huge)
  const tops = lines0.map((l) => l.y - 0.5 * l.size);
  const lineOf = (y: number) => Math.max(1, below(tops, y) + 1);
  const used = new Set<Run>();
  const tables = grids(p.rules).map((g) => tableOf(g, p.runs, used, page, lineOf)).filter((t): t is PageTable => !!t);
  let lines = used.size ? toLines(p.runs.filter((r) => !used.has(r)), page) : lines0;
  for (const l of lines) l.pos = { line: page, column: lineOf(l.y) };
  for (const t of columnTables(lines, page)) {
    tables.push(t.table);
    lines = lines.filter((l) => !t.lines.has(l));
  }
  const items: Array<Item & { y: number }> = [
    ...lines.map((line) => ({ kind: 'line' as const, line, y: line.y })),
    ...tables.map((table) => ({ kind: 'table' as const, table, y: table.top })),
  ];
  return items.sort((a, b) => a.y - b.y);
}

/** Running heads and feet: the same shape at the same height on several pages; bare page numbers at an edge. */
function dropFurniture(perPage: Item[][], pages: LayoutPage[]): void {
  const edge = (items: Item[]) => {
    const lines = items.map((it, i) => ({ it, i })).filter((x) => x.it.kind === 'line');
    return [...lines.slice(0, 2), ...lines.slice(-2)];
  };
  const count = new Map<string, Set<number>>();
  perPage.forEach((items, p) => {
    for (const { it } of edge(items)) {
      if (it.kind !== 'line') continue;
      const key = `${shape(it.line.text)}@${Math.round(it.line.y / 4)}`;
      count.set(key, (count.get(key) ?? new Set()).add(p));
    }
  });
  const repeated = perPage.length >= 2 ? Math.max(2, Math.ceil(perPage.length * 0.4)) : Infinity;
  perPage.forEach((items, p) => {
    const drop = new Set<number>();
    const h = pages[p].height;
    const lineIdx = items.flatMap((it, i) => (it.kind === 'line' ? [i] : []));
    const first = lineIdx[0], last = lineIdx[lineIdx.length - 1];
    for (const { it, i } of edge(items)) {
      if (it.kind !== 'line') continue;
      const key = `${shape(it.line.text)}@${Math.round(it.line.y / 4)}`;
      // a bare page number: the first or last line, at the top or bottom, centred or to the right
      const w = pages[p].width;
      const outer = (i === first || i === last) && (it.line.y < 0.12 * h || it.line.y > 0.85 * h) && (it.line.x0 + it.line.x1) / 2 > 0.35 * w;
      const bare = /^[\d\s]+$/.test(it.line.text); // a table's numbers column may start pages too
      if (((count.get(key)?.size ?? 0) >= repeated && (!bare || outer)) || (outer && PAGE_NUMBER.test(it.line.text.trim()))) drop.add(i);
    }
    perPage[p] = items.filter((_, i) => !drop.has(i));
  });
}

function joinItems(perPage: Item[][], pageWidth: number[]): Block[] {
  const lines = perPage.flat().filter((it): it is { kind: 'line'; line: Line } => it.kind === 'line').map((it) => it.line);
  const left = percentile(lines.map((l) => l.x0), 0.1);
  // the right margin: the page's mirror of the left one, or further right when lines or tables go further
  const width = Math.max(...perPage.map((_, i) => pageWidth[i] ?? 0));
  const tables = perPage.flat().flatMap((it) => (it.kind === 'table' ? [it.table.xs[it.table.xs.length - 1]] : []));
  const right = Math.max(width - left, ...lines.map((l) => l.x1), ...tables);
  const pitch = median(lines.slice(1).map((l, i) => l.y - lines[i].y).filter((d) => d > 0)) || 0;
  const blocks: Block[] = [];
  let prev: { line: Line; block: TextLine } | null = null;
  let lastTable: { block: TableBlock; src: PageTable; header: string } | null = null;
  for (const items of perPage) {
    for (const it of items) {
      if (it.kind === 'table') {
        const t = it.table;
        // the same columns right after a table on the page before: the table goes on
        if (lastTable && prev === null && t.page === lastTable.src.page + 1 && sameColumns(t.xs, lastTable.src.xs)) {
          const rows = expandGrid(t.rows, t.pos);
          const go = rows.length && rowKey(rows[0]) === lastTable.header ? rows.slice(1) : rows;
          carryMerged(lastTable.block.rows, go);
          if (go.length && splitRow(lastTable.block.rows, go[0])) go.shift();
          lastTable.block.rows.push(...go);
          lastTable.src = t;
          continue;
        }
        const block: TableBlock = { kind: 'table', rows: expandGrid(t.rows, t.pos), pos: t.pos };
        blocks.push(block);
        lastTable = { block, src: t, header: rowKey(block.rows[0] ?? []) };
        prev = null;
        continue;
      }
      const l = it.line;
      if (prev && continues(prev.line, l, { left, right, pitch }, prev.block.text)) {
        prev.block.text = glue(prev.block.text, l.text);
        prev.line = l;
        continue;
      }
      const block: TextLine = { kind: 'line', text: l.text, pos: l.pos };
      blocks.push(block);
      prev = { line: l, block };
      lastTable = null;
    }
  }
  return blocks;
}

/**
 * A row broken by the page break: its first cell (the number) is empty on the new page while the row
 * before it has one. Its cells' text goes on in the row above (in every row a merged cell covers).
 */
function splitRow(rows: Cell[][], next: Cell[]): boolean {
  const last = rows[rows.length - 1];
  if (!last || next.length !== last.length || next[0].text.trim() || !last[0].text.trim() || !next.some((c) => c.text.trim())) return false;
  next.forEach((c, k) => {
    const old = last[k];
    if (!c.text.trim() || c.pos === old.pos) return; // empty, or the merged cell carried over
    const text = glue(old.text, c.text);
    for (let r = rows.length - 1; r >= 0 && rows[r][k].text === old.text && rows[r][k].pos === old.pos; r--) rows[r][k] = { ...rows[r][k], text };
  });
  return true;
}

/**
 * A merged cell that reaches the bottom of a page goes on over the next: the empty cell (or merged
 * empty cells) at the top of that column on the new page are its continuation and take its text.
 */
function carryMerged(rows: Cell[][], next: Cell[][]): void {
  const last = rows[rows.length - 1];
  if (!last || !next.length) return;
  const above = rows[rows.length - 2] ?? last.map(() => ({ text: '', pos: { line: 0, column: 0 } }));
  last.forEach((cell, c) => {
    if (!cell.text.trim() || next[0][c]?.text.trim() || !next[0].some((x) => x.text.trim())) return;
    const region = next[0][c].pos;
    let down = 0;
    while (down < next.length && next[down][c].pos === region && !next[down][c].text.trim()) down++;
    // merged above the break, or an empty merged cell at the top of the page: one cell cut by the break
    const merged = (above[c].pos === cell.pos && above[c].text === cell.text) || down >= 2;
    if (!merged) return;
    for (let r = 0; r < down; r++) next[r][c] = { text: cell.text, pos: cell.pos };
  });
}

function continues(a: Line, b: Line, m: { left: number; right: number; pitch: number }, sofar: string): boolean {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.15 * size) return false;
  if (a.x1 < m.right - 2.2 * size) return false; // ended short of the margin
  if (/[||]$/.test(a.text)) return false; // a text table's cell ends there
  if (a.x0 > m.left + 4 * size) return false; // a centred or right-aligned line
  if (b.x0 > m.left + 0.5 * size) return false; // indented: a new paragraph
  if (b.page === a.page && m.pitch && b.y - a.y > 1.35 * m.pitch) return false; // paragraph spacing
  if (b.page !== a.page && b.page !== a.page + 1) return false;
  const t = b.text.trim();
  if (readMarker(t) && !(readMarker(t)!.value < 1)) return false;
  // a "key:" field starts a line after a finished sentence or another field; after words cut off
  // mid-phrase (…;共同 | 责任单位:…) or inside an open bracket ((牵头领导:…; | 牵头单位:…)) the line goes on
  if (!KEY_LINE.test(t) || unclosed(sofar)) return true;
  return !(/[。;;!!??))】」』]$/u.test(a.text) || KEY_LINE.test(a.text.trim()));
}

const unclosed = (s: string) => (s.match(/[((]/g)?.length ?? 0) > (s.match(/[))]/g)?.length ?? 0);

const rowKey = (row: Cell[]) => row.map((c) => c.text.replace(/\s+/g, '')).join('|');
const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) <= 2 * TOL);

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** An item marker (not 零, which starts words such as 零售) or a "key:" field. */
function startsItem(text: string): boolean {
  const m = readMarker(text);
  return (!!m && !(m.value < 1)) || KEY_LINE.test(text);
}
