// A table of projects printed from a PDF that lost its columns (a funding plan: name | figures | target | lead unit):
//   项目名称 合计 中央财政 自治区本级财政 市县财政 2019年目标任务 牵头单位 备注
//   一、社保惠民项目
//   1616000 1283000
//   (一) 城乡居民基本 养老保险项目
//   760000 570000
//   190000 为符合条件的… 参保人 员发放基础养老金. 自治区人力资 源社会保障厅
// Each row opens with its marker ((一), 1.) and its cells follow one another in column order, wrapped wherever
// the page wrapped them (spaces inside words): the name, then the run of figure cells, then the task, then the
// unit that ends the row. The figures tell the name from the task; the unit is read from the row's end.
// A row that ends in no unit was cut off with the page and is no task.
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { readMarker, SECTION_MARKERS, type Marker } from './markers.js';
import { isUnit } from '../recognize/unit.js';

const TITLE_LABEL = /(?:项目|工程|实事|事项)名称/u;
const TEXT_LABEL = /目标任务|建设内容|主要内容|实施内容|建设规模及内容|工作任务|任务目标|工作目标|年度目标|建设任务/u;
const UNIT_LABEL = /牵头(?:责任)?(?:单位|部门)|责任(?:单位|部门)|实施(?:单位|主体)|主办单位|承办单位|业主单位/u;
/** Columns of money or counts between the name and the task: what makes the cells of a row lie apart. */
const FIGURE_LABEL = /合计|财政|资金|投资|万元|金额|总额|总计|补助/u;
const OTHER_ASSIGNING = /领导|时限|期限|节点|完成时间|配合单位|协办单位/u;
const FIGURE = /^\d{1,12}(?:\.\d*)?$/u;
/** What follows a number that is part of the words (1050 万户, 0 ―3 公里), not a figure cell of its own. */
const MEASURE_NEXT = /^[万亿千百十余元人户个座所项条家只次年月日号%%‰岁公里米亩吨台辆套张间倍―—\-~~至]/u;
const RANGE_BEFORE = /[―—\-~~至]$/u;
/** A printed page's number, its dashes split over two lines ("…自治区民政厅 ―" / "23 ―"). */
const PAGE_TAIL = /^[―—-]?\s*\d{1,4}\s*[―—-]$/u;
const DASH_END = /\s*[―—-]\s*$/u;
const SENTENCE_END = /[。.;;!!??]/gu;
const MAX_HEADER_LINES = 4;
const MAX_SCAN = 400;
/** Marker kinds from the highest rank to the lowest. */
const RANKS: RowType[] = ['part', 'cn-capital', 'roman', 'cn', 'paren-cn', 'num', 'bare-num', 'paren-num', 'rparen-num', 'circled'];

const squash = (s: string) => s.replace(/\s+/gu, '');
/** A row number with no mark after it, then the row's name ("1 城区幼儿园 建设工程 5000 …"). */
const BARE_ROW = /^(\d{1,3})\s+(?=\p{Script=Han})/u;
type RowType = Marker['type'] | 'bare-num';
/** A line's item marker, or a bare row number read as one (a 1. without its dot). */
function markerOf(t: string): { type: RowType; label: string; value: number; length: number } | null {
  const m = readMarker(t);
  if (m) return m;
  const b = BARE_ROW.exec(t);
  return b ? { type: 'bare-num', label: b[1], value: Number(b[1]), length: b[0].length } : null;
}
/** A bare number opens a row only where it goes on from the row before (1 after a section, or the next): "3 公里" in a wrapped cell is none. */
const follows = (value: number, last: number) => value === 1 || value === last + 1;

/** The header's labels in the squashed lines, or null when they do not head a table of this shape. */
function headerAt(text: string): { unitLabel: string } | null {
  const title = TITLE_LABEL.exec(text), task = TEXT_LABEL.exec(text), unit = UNIT_LABEL.exec(text);
  // (columns this reader does not place, a leader or a deadline after the unit, leave the table to the others)
  if (!title || !task || !unit || !FIGURE_LABEL.test(text) || OTHER_ASSIGNING.test(text)) return null;
  return title.index < task.index && task.index < unit.index ? { unitLabel: unit[0] } : null;
}

/** One unit or a list of them (县教育局、县住建局). */
const isUnits = (s: string) => !!s && s.split(/[、,,;;]/u).every((n) => !!n && isUnit(n));

const isFigure = (tokens: string[], k: number) => FIGURE.test(tokens[k])
  && !MEASURE_NEXT.test(tokens[k + 1] ?? '') && !RANGE_BEFORE.test(tokens[k - 1] ?? '');

/** The row's cells: name, task and unit, or null when the row has no figure run or ends in no unit. */
function cellsOf(body: string): { title: string; text: string; unit: string } | null {
  const tokens = body.split(/\s+/u).filter(Boolean);
  const first = tokens.findIndex((_, k) => isFigure(tokens, k));
  if (first < 1) return null;
  let end = first;
  while (end < tokens.length && isFigure(tokens, end)) end++;
  const rest = squash(tokens.slice(end).join(' ')).replace(/[―—-]+$/u, '');
  // the unit after the task's last full stop, or the longest run of whole words at the end that is a unit
  let at = -1;
  for (const m of rest.matchAll(SENTENCE_END)) if (isUnits(rest.slice(m.index! + 1))) at = m.index! + 1;
  if (at < 0) {
    const tail = tokens.slice(end);
    for (let k = 1; k < tail.length && at < 0; k++) {
      const unit = squash(tail.slice(k).join('')).replace(/[―—-]+$/u, '');
      if (isUnits(unit)) at = rest.length - unit.length;
    }
  }
  if (at <= 0 || at >= rest.length) return null;
  return { title: squash(tokens.slice(0, first).join('')), text: rest.slice(0, at), unit: rest.slice(at) };
}

function readAt(blocks: Block[], start: number): { table: TableBlock; next: number } | null {
  // the header: up to a few lines before the first row or section line
  let i = start;
  const head: string[] = [];
  while (i < blocks.length && blocks[i].kind === 'line' && head.length < MAX_HEADER_LINES && !markerOf((blocks[i] as TextLine).text)) {
    head.push((blocks[i] as TextLine).text);
    i++;
  }
  // (cells between "|" are read by cell-tables.ts)
  const header = head.some((l) => (l.match(/\|/gu) ?? []).length >= 2) ? null : headerAt(squash(head.join('')));
  if (!header) return null;
  const pos = (blocks[start] as TextLine).pos;
  const width = 4;
  const rows: Cell[][] = [['序号', '项目名称', '工作任务', header.unitLabel].map((text) => ({ text, pos }))];
  // the rows' marker: the lowest rank among the markers ahead (sections 一、 over rows (一), or (一) over 1.)
  const types = new Map<RowType, number>();
  let bare = 0;
  for (let k = i; k < Math.min(blocks.length, i + MAX_SCAN); k++) {
    const x = blocks[k];
    const m = x.kind === 'line' ? markerOf(x.text.trim()) : null;
    if (!m || m.type === 'bullet' || (m.type === 'bare-num' && !follows(m.value, bare))) continue;
    if (m.type === 'bare-num') bare = m.value;
    types.set(m.type, (types.get(m.type) ?? 0) + 1);
  }
  const rowType = RANKS.filter((r) => (types.get(r) ?? 0) >= 2).pop();
  if (!rowType) return null;
  let open: { marker: { label: string }; line: TextLine; parts: string[] } | null = null;
  let lastBare = 0;
  let made = 0, failed = 0;
  const close = () => {
    if (!open) return;
    const cells = cellsOf(open.parts.join(' '));
    if (cells) {
      rows.push([open.marker.label, cells.title, cells.text, cells.unit].map((text) => ({ text, pos: open!.line.pos })));
      made++;
    } else failed++;
    open = null;
  };
  let j = i;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.kind !== 'line') break;
    const t = b.text.trim();
    if (!t) continue;
    // a page's number, and the header printed again on the next page
    if (PAGE_TAIL.test(t) && open && DASH_END.test(open.parts[open.parts.length - 1] ?? '')) {
      open.parts[open.parts.length - 1] = open.parts[open.parts.length - 1].replace(DASH_END, '');
      continue;
    }
    if (headerAt(squash(t + ((blocks[j + 1] as TextLine | undefined)?.text ?? ''))) && TITLE_LABEL.test(squash(t))) {
      if (j + 1 < blocks.length && blocks[j + 1].kind === 'line' && !markerOf((blocks[j + 1] as TextLine).text)) j++;
      continue;
    }
    const m = markerOf(t);
    if (m && m.type === rowType && (m.type !== 'bare-num' || follows(m.value, lastBare))) {
      close();
      lastBare = m.value;
      open = { marker: m, line: b, parts: [t.slice(m.length)] };
      continue;
    }
    if (m && SECTION_MARKERS.has(m.type) && m.type !== rowType) {
      close();
      // the section's name, without the figures of its subtotal
      const tokens = t.slice(m.length).split(/\s+/u).filter(Boolean);
      const k = tokens.findIndex((_, n) => isFigure(tokens, n));
      const title = squash(tokens.slice(0, k < 0 ? tokens.length : k).join(''));
      if (!title) break;
      const heading = m.type === 'cn' || m.type === 'cn-capital' ? `${m.label}、${title}` : `${m.label}${title}`;
      rows.push(new Array(width).fill(null).map(() => ({ text: heading, pos: b.pos })));
      continue;
    }
    // a line of figures only: a section's subtotal, or a row's figure cells
    if (!open) {
      if (t.split(/\s+/u).every((x) => FIGURE.test(x))) continue;
      break;
    }
    open.parts.push(t);
  }
  // the last row may be cut off with the page; a row before it that reads as no name, figures, task and unit
  // says the table is of another shape (left to the other readers)
  const last = open as { parts: string[] } | null;
  const lastFails = !!last && !cellsOf(last.parts.join(' '));
  close();
  return made >= 2 && failed <= (lastFails ? 1 : 0) ? { table: { kind: 'table', rows, pos }, next: j } : null;
}

/** Blocks -> blocks with each table of this shape replaced by a table block. */
export function findFigureRows(blocks: Block[]): Block[] {
  // (a cheap test first: the name label and a unit label somewhere in the document)
  // (squashed only where a 名称 can be: every label ends in 称, and most lines hold none)
  if (!blocks.some((b) => b.kind === 'line' && b.text.includes('称') && TITLE_LABEL.test(squash(b.text)))) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = (blocks[i + 1] as TextLine | undefined)?.text ?? '';
    const found = b.kind === 'line' && (b.text.includes('称') || next.includes('称')) && TITLE_LABEL.test(squash(b.text) + squash(next)) ? readAt(blocks, i) : null;
    if (found) { out.push(found.table); i = found.next - 1; continue; }
    out.push(b);
  }
  return out;
}
