// Tasks printed as label–value pairs, one a line, cells between "|" (a table of two columns rendered
// as text):  重点工作: | 135.统筹违法建设治理… |   牵头单位: | 市城市管理综合执法局 |   进展情况: | … |
// A task label's value becomes the task's own line, a key's value a key line; a progress or plan label
// and the lines that continue its value are no part of the task.
import { KEY_LINE } from '../assign/keys.js';
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { columnRole, inRotatedTable, type ColumnRole } from './cell-tables.js';
import { readMarker } from './markers.js';
import { cellKind } from '../recognize/cell-kind.js';
import { isHeaderWord } from './header-words.js';

const PAIR = /^([^:：|]{2,20}?)\s*[::]\s*\|\s*(.*?)\s*\|?\s*$/u;

/** "label: | value |" alone on its line (not an info table's "索引号: | … | 成文日期: | … |"). */
function pairOf(text: string): RegExpExecArray | null {
  const m = text.includes('|') ? PAIR.exec(text) : null; // (exact pre-check)
  return m && !/[::]\s*\|/u.test(m[2]) ? m : null;
}

export function readLabelPairs(blocks: Block[]): Block[] {
  // the layout holds a task label and an assignment key among its pairs, or it is not this layout
  let task = false, key = false;
  for (const b of blocks) {
    const m = b.kind === 'line' ? pairOf(b.text) : null;
    if (!m) continue;
    if (KEY_LINE.test(`${m[1]}:`)) key = true;
    else if (columnRole(m[1]) === 'text') task = true;
  }
  if (!task || !key) return blocks;
  const out: Block[] = [];
  let dropping = false;
  for (const b of blocks) {
    if (b.kind !== 'line') { dropping = false; out.push(b); continue; }
    const m = pairOf(b.text);
    if (!m) {
      if (!dropping) out.push(b);
      continue;
    }
    const [, label, value] = m;
    const at = b.text.indexOf(value, m[1].length);
    const pos = { line: b.pos.line, column: b.pos.column + Math.max(0, at) };
    const role = columnRole(label);
    dropping = false;
    if (KEY_LINE.test(`${label}:`)) out.push({ kind: 'line', text: `${label.trim()}:${value}`, pos: b.pos });
    else if (role === 'text' || role === 'title') { if (value) out.push({ kind: 'line', text: value, pos }); }
    else if (role === 'other') dropping = true;
    else out.push(b);
  }
  return out;
}

// ---- labels on lines of their own ------------------------------------------------------------------
// A task and its fields as label lines, each followed by its value on the next lines (a two-column table
// printed one cell a line):  具体任务 / 全面落实… / 责任单位 / 卫健局、文旅局 / 完成时限 / 1月底前,  or with
// colons and numbered records:  01 项目名称:提升… / 项目内容: / 连通… / 责任单位: / 水务局 .
// The records are read as a table: a header of the labels, a row a record.

const LABEL_AT = /^(?:(\d{1,3})\s*)?([^\s::|,,。;;、]{2,10}?)\s*(?:[::]\s*(.*))?$/u;

interface LabelLine { number: string | null; label: string; value: string; role: ColumnRole }

function labelLine(text: string): LabelLine | null {
  if (text.includes('|')) return null; // cells between "|" are read by readLabelPairs and the table readers
  const m = LABEL_AT.exec(text.trim());
  if (!m) return null;
  const role = columnRole(m[2]);
  // a bare word names a label only when it is one we know (a column label), never a number or a name
  if (!role || role === 'number' || role === 'category') return null;
  if (m[3] === undefined && m[1]) return null; // "01 名称" without a colon is a row, not a label
  return { number: m[1] ?? null, label: m[2], value: (m[3] ?? '').trim(), role };
}

const ASSIGN = new Set<ColumnRole>(['leaders', 'leadUnits', 'coUnits', 'deadline', 'prose']);

export function readLabelLines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const found = recordsAt(blocks, i);
    if (found) { out.push(found.table); i = found.next; continue; }
    out.push(blocks[i]);
    i++;
  }
  return out;
}

function recordsAt(blocks: Block[], start: number): { table: TableBlock; next: number } | null {
  const first = blocks[start];
  if (first.kind !== 'line') return null;
  // a record number alone on the line before its first label (03 / 项目名称:)
  let i = start;
  let pendingNumber: string | null = null;
  if (/^\d{1,3}$/u.test(first.text.trim())) { pendingNumber = first.text.trim(); i = nextLine(blocks, i); }
  const head = i >= 0 ? labelLine((blocks[i] as TextLine).text) : null;
  if (!head || (head.role !== 'text' && head.role !== 'title')) return null;
  // (labels each over a run of as many lines, a table rotated one cell a line, are its columns: cell-tables.ts)
  if (!head.value && inRotatedTable(blocks, i)) return null;
  const records: Array<{ number: string | null; pos: TextLine['pos']; cells: Map<string, string[]> }> = [];
  let current: (typeof records)[number] | null = null;
  let label: string | null = null;
  let last = start;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    const t = b.text.trim();
    if (!t) continue;
    const l = labelLine(t);
    if (l && label !== null && current && !current.cells.get(label)?.length && l.label !== head.label) break; // two labels in a row: a header, not pairs
    if (l && (l.label === head.label || !current)) {
      // the task label opens a record
      current = { number: l.number ?? pendingNumber, pos: b.pos, cells: new Map() };
      pendingNumber = null;
      records.push(current);
    }
    if (l && current) {
      label = l.label;
      if (!current.cells.has(label)) current.cells.set(label, []);
      if (l.value) current.cells.get(label)!.push(l.value);
      last = i;
      continue;
    }
    // a record number alone before the next record's task label
    if (/^\d{1,3}$/u.test(t)) {
      const k = nextLine(blocks, i);
      const after = k >= 0 ? labelLine((blocks[k] as TextLine).text) : null;
      if (after?.label === head.label) { pendingNumber = t; continue; }
    }
    // a heading (一、…) or a numbered item ends the records
    if (!current || label === null || readMarker(t) || t.includes('|')) break;
    current.cells.get(label)!.push(t);
    last = i;
  }
  // the layout: a task and a field that assigns it, each with its value, in most records
  const labels = [...new Set(records.flatMap((r) => [...r.cells.keys()]))];
  // (names, not a date: 名称 / 发布时间 of a page's info bar assign nothing)
  const assigned = records.filter((r) => [...r.cells].some(([k, v]) => ASSIGN.has(columnRole(k)!) && columnRole(k) !== 'deadline'
    && v.some((x) => ['units', 'people'].includes(cellKind(x)))));
  // a task is a phrase, never a stub of a label broken over lines (重点工作 / 责任 / 领导 …: a stacked header)
  if (records.some((r) => (r.cells.get(head.label) ?? []).join('').length < 4)) return null;
  // nor is a value a label headers print (任务 / 主办 / 单位: a header broken over lines, 主办单位 its label)
  if (records.some((r) => [...r.cells.values()].some((v) => v.length > 1 && isHeaderWord(v.join(''))))) return null;
  if (!records.length || assigned.length * 2 < records.length || !records.some((r) => r.cells.get(head.label)?.length)) return null;
  // a record without any assignment label where the others have one was cut off (the page ends inside it)
  const complete = records.filter((r) => [...r.cells.keys()].some((k) => ASSIGN.has(columnRole(k)!)));
  records.splice(0, records.length, ...complete);
  const numbered = records.some((r) => r.number);
  const header = [...(numbered ? ['序号'] : []), ...labels];
  const cell = (text: string, pos: TextLine['pos']): Cell => ({ text, pos });
  const rows: Cell[][] = [header.map((h) => cell(h, records[0].pos))];
  for (const r of records) {
    rows.push([
      ...(numbered ? [cell(r.number ?? '', r.pos)] : []),
      // a task's lines are one text; a field's lines are names (a line break separates names, as 、 does)
      ...labels.map((h) => cell((r.cells.get(h) ?? []).join(ASSIGN.has(columnRole(h)!) && columnRole(h) !== 'deadline' ? '\n' : ''), r.pos)),
    ]);
  }
  return { table: { kind: 'table', rows, pos: records[0].pos }, next: last + 1 };
}

/** The index of the next line with text after i, or -1 (a block that is no line ends the search). */
export function nextLine(blocks: Block[], i: number): number {
  for (let k = i + 1; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== 'line') return -1;
    if (b.text.trim()) return k;
  }
  return -1;
}
