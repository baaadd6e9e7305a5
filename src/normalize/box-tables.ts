// Tables drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as old pages and fixed-width text print
// them: each line is cut at its vertical strokes into the columns' segments; a run of ─ in a column closes that
// column's cell there, so a cell merged over rows is the span between two rules of its column. Cell text
// wrapped at the column's width is joined without a break. The result is a table as an HTML table gives it:
// one cell per column in every row, merged cells expanded; a task cell that heads bulleted cells under it
// (抓好财税金融工作 over △… items) is a full-width section row, and each △ item is a row of its own.
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { columnRole } from '../segment/cell-tables.js';

/** Box-drawing characters that stand for a vertical stroke or a corner (every one but the horizontal lines). */
const STROKE = /[\u2500-\u257f]/u;
const LINE_PIECE = /[─━═┄┅┈┉╌╍╴╶╸╺]/u;
const HORIZONTAL = /^[\s─━═┄┅┈┉╌╍╴╶╸╺\-]*$/u;
const HAS_RULE = /[─━═┄┅┈┉╌╍]/u;
const isStroke = (ch: string) => STROKE.test(ch) && !LINE_PIECE.test(ch);
/** A segment that is a rule (───): it closes its column's cell. */
const isRule = (s: string) => HORIZONTAL.test(s) && HAS_RULE.test(s);
/** A line of a drawn table: it opens with a stroke or a corner. */
const BOX_LINE = /^\s*[│┃├┝┠┣┌┏└┗╞╟╠]/u;
/** Marks that open the items listed in one cell (△ 进一步…, △ 加强…). */
const BULLET = /^[△▲●◆■□○◇•·]/u;

interface Span { text: string[]; at: number[]; from: number; to: number }

/** The segments of a line between its strokes; null when it has none. */
function segments(text: string): string[] | null {
  const parts: string[] = [];
  let cur = '';
  let strokes = 0;
  for (const ch of text.trimEnd()) {
    if (isStroke(ch)) { parts.push(cur); cur = ''; strokes++; } else cur += ch;
  }
  parts.push(cur);
  if (strokes < 2) return null;
  // the margin before the first stroke and after the last is no column
  parts.shift();
  if (!parts[parts.length - 1].trim()) parts.pop();
  return parts;
}

/** One drawn table: its cells per column, or null when its lines do not keep one column count. */
function readBox(lines: TextLine[]): Span[][] | null {
  let width = -1;
  const columns: Span[][] = [];
  const open: Array<Span | null> = [];
  const setWidth = (n: number) => { width = n; for (let c = 0; c < n; c++) { columns.push([]); open.push(null); } };
  lines.forEach((l, i) => {
    const segs = segments(l.text);
    // (once a line breaks the column count the drawing is no table: no later line starts one anew)
    if (!segs || width === -2) return;
    if (segs.every(isRule)) {
      // a rule across the table (┌─┬─┐, ├─┼─┤, └─┴─┘): every column's cell closes
      for (let c = 0; c < open.length; c++) { if (open[c]) columns[c].push({ ...open[c]!, to: i }); open[c] = null; }
      if (width < 0 && segs.length) setWidth(segs.length);
      return;
    }
    if (width < 0) setWidth(segs.length);
    if (segs.length !== width) { width = -2; return; }
    segs.forEach((s, c) => {
      if (isRule(s)) {
        if (open[c]) columns[c].push({ ...open[c]!, to: i });
        open[c] = null;
        return;
      }
      open[c] ??= { text: [], at: [], from: i, to: i };
      if (s.trim()) { open[c]!.text.push(s.trim()); open[c]!.at.push(i); }
    });
  });
  if (width < 2) return null;
  for (let c = 0; c < open.length; c++) if (open[c]) columns[c].push({ ...open[c]!, to: lines.length });
  // a cell is what lies between two rules of its column; one with no text is empty, and kept (it spans rows)
  return columns;
}

const joined = (s: Span) => s.text.join('');

/** The drawn table as a table block, or null when it names no task column. */
function tableOf(lines: TextLine[]): TableBlock | null {
  const columns = readBox(lines);
  if (!columns || columns.some((c) => !c.length)) return null;
  const header = columns.map((c) => joined(c[0]).replace(/\s+/g, ''));
  const roles = header.map((h) => columnRole(h));
  const taskCol = roles.findIndex((r) => r === 'text' || r === 'title');
  if (taskCol < 0 || !roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits')) return null;
  const pos = (i: number) => lines[Math.min(i, lines.length - 1)].pos;
  const rows: Cell[][] = [header.map((h) => ({ text: h, pos: lines[0].pos }))];
  const at = (c: number, line: number) => columns[c].slice(1).find((s) => s.from <= line && line <= s.to);
  const tasks = columns[taskCol].slice(1).filter((s) => s.text.length);
  tasks.forEach((cell, k) => {
    // the cell's items: lines from one bullet to the next (a bullet's text wraps over lines)
    const items: Array<{ text: string; line: number }> = [];
    cell.text.forEach((t, n) => {
      if (BULLET.test(t) || !items.length) items.push({ text: t.replace(BULLET, '').trim(), line: cell.at[n] });
      else items[items.length - 1].text += t;
    });
    const bulleted = BULLET.test(cell.text[0]);
    const next = tasks[k + 1];
    if (!bulleted && next && BULLET.test(next.text[0])) {
      const title = items.map((x) => x.text).join('');
      rows.push(header.map(() => ({ text: title, pos: pos(cell.from) })));
      return;
    }
    for (const item of bulleted ? items : [{ text: items.map((x) => x.text).join(''), line: cell.from }]) {
      rows.push(columns.map((_, c) => {
        if (c === taskCol) return { text: item.text, pos: pos(item.line) };
        const s = at(c, item.line);
        return { text: s ? joined(s) : '', pos: pos(s?.from ?? item.line) };
      }));
    }
  });
  return rows.length > 1 ? { kind: 'table', rows, pos: lines[0].pos } : null;
}

/** Replaces each drawn table among the blocks by the table it draws; lines it cannot read stay as they are. */
export function boxTables(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.kind === 'line' && /[│┃]/u.test(b.text))) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length;) {
    const b = blocks[i];
    if (b.kind !== 'line' || !BOX_LINE.test(b.text)) { out.push(b); i++; continue; }
    let j = i;
    // one drawn table: from its first line to the line that closes it (└…┘) or the last box line
    while (j < blocks.length && blocks[j].kind === 'line' && BOX_LINE.test((blocks[j] as TextLine).text)) {
      const t = (blocks[j] as TextLine).text.trim();
      j++;
      if (/^[└┗╘╙╚]/u.test(t)) break;
    }
    const table = tableOf(blocks.slice(i, j) as TextLine[]);
    if (table) out.push(table); else out.push(...blocks.slice(i, j));
    i = j;
  }
  return out;
}
