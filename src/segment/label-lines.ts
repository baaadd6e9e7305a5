// Tasks printed as labelled fields, a label on its line and its value on the lines below (a form, or a
// table of two columns whose cells came out one a line):
//   01 项目名称:提升县域生态环境      具体任务
//   项目内容:                        全面落实疫情防控……
//   连通城区河道水系……               责任单位
//   责任单位:                        卫健局、文旅局
//   水务局、城管局、自然资源局        配合单位
//   进展与成效:                      各乡镇
//   城区河道水系工程已完成……          完成时限 / 1月底前完成
// Each record becomes a task's lines: its number and title (or text) opening an item, its text, and one
// "key:value" line per assignment label. Progress and remark labels and their values are no part of it.
// label-pairs.readLabelLines reads most such records as a table first; this reader runs last, on the lines
// the table readers left (spaced labels 责 任 单 位, records among numbered items), so one layout may reach
// the formats either way.
import type { Block, Pos, TextLine } from '../model.js';
import { columnRole, type ColumnRole } from './cell-tables.js';
import { readMarker } from './markers.js';
import { nextLine } from './label-pairs.js';
import { DATE_LINE } from './date-line.js';
import { codePoints, isSpaceCode } from '../text.js';
import { cellKind } from '../recognize/cell-kind.js';

const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['leaders', 'leadUnits', 'coUnits', 'prose']);
/** A label's words, which may be spaced out (责 任 单 位) as table headers are. */
const LABEL_WORD = '((?:\\p{Script=Han}[ \\u3000]?){1,11}\\p{Script=Han})';
/** "01 项目名称:X", "责任单位:", "配合单位" — an optional zero-padded record number, a label, a value. */
export const LABELLED = new RegExp(`^(?:(\\d{1,3})\\s+)?${LABEL_WORD}\\s*([::]?)\\s*(.*)$`, 'u');
const MARKED = new RegExp(`^()${LABEL_WORD}\\s*([::]?)\\s*(.*)$`, 'u');
const NUMBER_ONLY = /^(\d{1,3})[.、.]?$/u;
/** The task fields of a form, as labels without a colon print them. */
const FIELD_LABEL = /^(?:具体|主要|重点|工作|目标|项目|建设|实施)?(?:任务|内容|事项|措施|举措)(?:名称|内容)?$|^(?:项目|任务|工作|事项)名称$/u;

const hasColon = (t: string) => t.includes(':') || t.includes(':');

/**
 * Whether a trimmed line without a colon may be a label standing alone: LABELLED leaves it no value only
 * when the line is the optional record number and the label (at most 6 characters, 5 spaces: 17 code units).
 * (Exported, with LABELLED, for its test.)
 */
export function mayStandAlone(t: string): boolean {
  let i = 0;
  while (i < 3 && i < t.length && t.charCodeAt(i) >= 0x30 && t.charCodeAt(i) <= 0x39) i++;
  if (i > 0 && i < t.length && isSpaceCode(t.charCodeAt(i))) { while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++; } else i = 0;
  return t.length - i <= 17;
}

interface Label { num: string | null; label: string; role: ColumnRole; value: string; pos: Pos }

function labelOf(line: TextLine): Label | null {
  // "1.项目名称:X": a numbered record
  const marker = readMarker(line.text);
  // (a numbered line without a colon is no label, below; nor a long line without one: no regex asked)
  if ((marker || !mayStandAlone(line.text.trim())) && !hasColon(line.text)) return null;
  const m = marker ? MARKED.exec(line.text.slice(marker.length)) : LABELLED.exec(line.text.trim());
  if (!m) return null;
  const [, zeroNum, spaced, colon, value] = m;
  const label = spaced.replace(/[ \u3000]/gu, '');
  const num = marker ? marker.label : zeroNum;
  // a label without a colon stands alone on its line, and is a form's field label (具体任务, 责任单位), not a
  // short heading that ends like one (学生托管项目); a numbered line without a colon is a heading
  if (!colon && (value || marker || codePoints(label) > 6)) return null;
  const role = columnRole(label);
  if (!colon && isTaskRole(role ?? 'other') && !FIELD_LABEL.test(label)) return null;
  if (!role || role === 'number' || role === 'category') return null;
  // a bare number before the label only with a leading zero (01 项目名称): "3 责任单位" is a table row
  if (zeroNum && !/^0/u.test(zeroNum)) return null;
  // only a record's first field is numbered
  if (marker && !isTaskRole(role)) return null;
  const at = line.text.indexOf(value || label);
  return { num: num ?? null, label, role, value: value.trim(), pos: { line: line.pos.line, column: line.pos.column + Math.max(0, at) } };
}

/**
 * A field run onto the value of the one before it (责任单位:莲塘镇任务目标:…, a page that lost the line
 * break): cut where a known label ends at a colon inside the value. Returns the line, or its two lines.
 */
function splitRunOnField(line: TextLine): TextLine[] {
  // (a label opens the line: a key inside brackets, (牵头单位:X;责任单位:Y), is an assignment block, read as one)
  const first = line.text.includes(':') ? /^\s*\p{Script=Han}[\p{Script=Han} \u3000]{1,11}[::]/u.exec(line.text) : null; // (exact pre-check)
  const firstRole = first ? columnRole(first[0].slice(0, -1).trim()) : null;
  if (!first || !firstRole) return [line];
  const value = line.text.slice(first[0].length);
  for (const m of value.matchAll(/[::]/gu)) {
    const at = m.index!;
    for (let n = Math.min(8, at - 1); n >= 2; n--) {
      const label = value.slice(at - n, at);
      if (!/^\p{Script=Han}+$/u.test(label)) continue;
      const role = columnRole(label);
      if (!role || role === 'other' || role === 'number' || role === 'category') continue;
      // (the value left before the label is whole: names, where the first field names units or people)
      const before = value.slice(0, at - n).trim();
      if (!before || /[、,,;;]$/u.test(before) || (UNIT_ROLES.has(firstRole) && firstRole !== 'prose' && !['units', 'people'].includes(cellKind(before)))) continue;
      const cut = first[0].length + at - n;
      return [{ ...line, text: line.text.slice(0, cut) },
        ...splitRunOnField({ ...line, text: line.text.slice(cut), pos: { line: line.pos.line, column: line.pos.column + cut } })];
    }
  }
  return [line];
}

interface Field { role: ColumnRole; label: string; values: TextLine[] }
/** A record; `lines` are the blocks it was read from, given back when it holds no task field. */
interface Record { num: string | null; pos: Pos; fields: Field[]; lines: Block[]; headed?: boolean }

const isTaskRole = (r: ColumnRole) => r === 'text' || r === 'title';

type Entry = { raw: Block } | { record: Record };


export function readLabelRecords(blocks: Block[]): Block[] {
  // cheap test first: a field label on its own line (its value below) or with its value after the colon
  if (!blocks.some((b) => b.kind === 'line' && /^.{0,20}[::]/u.test(b.text) || (b.kind === 'line' && b.text.trim().length <= 6))) return blocks;
  const entries: Entry[] = [];
  let current: Record | null = null, field: Field | null = null;
  let pending: { num: string | null; pos: Pos; title: TextLine | null; line: Block; headed: boolean } | null = null;
  let lone = false;
  const close = () => { current = null; field = null; };
  const split: Block[] = []; // (a loop: flatMap made a one-element array a line)
  for (const b of blocks) {
    if (b.kind === 'line' && twoColons(b.text)) for (const x of splitRunOnField(b)) split.push(x);
    else split.push(b);
  }
  blocks = split;
  // each line's label, read once: the loop asks it of a line and of the line after it
  const labels = blocks.map((b) => (b.kind === 'line' ? labelOf(b) : null));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') { close(); entries.push({ raw: b }); continue; }
    const text = b.text.trim();
    if (!text) { if (!current) entries.push({ raw: b }); continue; }
    const label = labels[i];
    if (!label) {
      const next = nextLine(blocks, i);
      const nl = next >= 0 ? labels[next] : null;
      // "03" over "项目名称:", "一、城市书房建设" over "建设内容:": the record's number (and name)
      const num = NUMBER_ONLY.exec(text);
      const marker = num ? null : readMarker(text);
      // (or a heading over the record's assignment fields, its task field further down: 一、…项目 / 牵头领导:)
      const headed = !num && !!marker && nl !== null && UNIT_ROLES.has(nl.role);
      if (nl && !nl.num && (num ? isTaskRole(nl.role) : marker && (nl.role === 'text' || headed))) {
        close();
        const head = marker ? text.slice(marker.length).trim() : '';
        pending = { num: num ? num[1] : marker!.label, pos: b.pos, title: head ? { kind: 'line', text: head, pos: { line: b.pos.line, column: b.pos.column + marker!.length } } : null, line: b, headed };
        continue;
      }
      // outside a record, or a heading, an item or a date after one: the line is no field's value
      if (!current || marker || DATE_LINE.test(text)) { close(); entries.push({ raw: b }); continue; }
      field?.values.push(b);
      current.lines.push(b);
      continue;
    }
    const cur = current as Record | null;
    // a record opens at its number, its title, or a task label once the current one has its own
    const opens = !cur || pending || label.num || (isTaskRole(label.role)
      && cur.fields.some((f) => f.role === label.role || (label.role === 'title' && f.role === 'text')));
    if (opens) {
      const record: Record = { num: pending?.num ?? label.num, pos: pending?.pos ?? b.pos, fields: [], lines: pending ? [pending.line] : [], headed: pending?.headed };
      if (pending?.title) record.fields.push({ role: 'title', label: '', values: [pending.title] });
      pending = null;
      entries.push({ record });
      current = record;
    }
    if (!label.value && label.role !== 'other') {
      const next = nextLine(blocks, i);
      if (next >= 0 && !labels[next] && !readMarker((blocks[next] as TextLine).text)) lone = true;
    }
    field = { role: label.role, label: label.label, values: label.value ? [{ kind: 'line', text: label.value, pos: label.pos }] : [] };
    current!.fields.push(field);
    current!.lines.push(b);
  }
  // the layout holds records that each give a task and its units: one with a label standing alone over its
  // value, or two or more with their values after the colons
  // (a heading over assignment fields is a record's title only when a task field follows: else it is a section
  // that assigns, and its lines stay as they were)
  const hasText = (r: Record) => r.fields.some((f) => f.role === 'text' && f.values.length);
  const full = entries.filter((e): e is { record: Record } => 'record' in e && e.record.fields.some((f) => isTaskRole(f.role) && f.values.length)
    && e.record.fields.some((f) => UNIT_ROLES.has(f.role) && f.values.length) && (!e.record.headed || hasText(e.record)));
  if (!full.length || (!lone && full.length < 2)) return blocks;
  const out: Block[] = [];
  for (const e of entries) {
    if ('raw' in e) { out.push(e.raw); continue; }
    if (e.record.headed && !hasText(e.record)) { out.push(...e.record.lines); continue; }
    for (const l of recordLines(e.record)) out.push(l);
  }
  return out;
}

/** A record as a task's lines: number + title (or text) opening it, its text, one "key:value" line per assignment label. */
function recordLines(r: Record): TextLine[] {
  const title = r.fields.find((f) => f.role === 'title' && f.values.length);
  const texts = r.fields.filter((f) => f.role === 'text' && f.values.length);
  const head = title ?? texts[0];
  // a key or remark line outside the records (联系人:, a 牵头单位: under a numbered item) stays as it was
  if (!head) return r.lines.filter((b): b is TextLine => b.kind === 'line');
  const lines: TextLine[] = [];
  const opening = head.values[0];
  // the record's number is kept as an item marker (01、): the lines below are the item's
  lines.push({ kind: 'line', text: r.num ? `${r.num}、${opening.text}` : opening.text, pos: r.num ? r.pos : opening.pos, opensTask: true });
  for (const v of head.values.slice(1)) lines.push(v);
  for (const f of texts) if (f !== head) for (const v of f.values) lines.push(v);
  for (const f of r.fields) {
    if ((!UNIT_ROLES.has(f.role) && f.role !== 'deadline') || !f.values.length) continue;
    // a line break inside a unit cell separates names, as 、 does (SCHEMA)
    const value = f.values.map((v) => v.text.trim()).join(f.role === 'deadline' ? '' : '、');
    lines.push({ kind: 'line', text: `${f.label}:${value}`, pos: f.values[0].pos });
  }
  return lines;
}

/** /[::].*[::]/u.test(t) by one scan (the regex backtracks from every colon to the end of the line). */
function twoColons(t: string): boolean {
  let open = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) { if (open) return true; open = true; }
    else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) open = false; // what . does not match
  }
  return false;
}
