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
import type { Block, Pos, TextLine } from '../model.js';
import { columnRole, type ColumnRole } from './cell-tables.js';
import { readMarker } from './markers.js';
import { DATE_LINE } from './index.js';

const UNIT_ROLES: ReadonlySet<ColumnRole> = new Set(['leaders', 'leadUnits', 'coUnits', 'prose']);
/** "01 项目名称:X", "责任单位:", "配合单位" — an optional zero-padded record number, a label, a value. */
const LABELLED = /^(?:(\d{1,3})\s+)?([^::\s|]{2,12})\s*([::]?)\s*(.*)$/u;
const NUMBER_ONLY = /^(\d{1,3})$/u;
/** The task fields of a form, as labels without a colon print them. */
const FIELD_LABEL = /^(?:具体|主要|重点|工作|目标|项目|建设|实施)?(?:任务|内容|事项|措施|举措)(?:名称|内容)?$|^(?:项目|任务|工作|事项)名称$/u;

interface Label { num: string | null; label: string; role: ColumnRole; value: string; pos: Pos }

function labelOf(line: TextLine): Label | null {
  // "1.项目名称:X": a numbered record
  const marker = readMarker(line.text);
  const m = marker ? /^()([^::\s|]{2,12})\s*([::]?)\s*(.*)$/u.exec(line.text.slice(marker.length)) : LABELLED.exec(line.text.trim());
  if (!m) return null;
  const [, zeroNum, label, colon, value] = m;
  const num = marker ? marker.label : zeroNum;
  // a label without a colon stands alone on its line, and is a form's field label (具体任务, 责任单位), not a
  // short heading that ends like one (学生托管项目); a numbered line without a colon is a heading
  if (!colon && (value || marker || [...label].length > 6)) return null;
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

interface Field { role: ColumnRole; label: string; values: TextLine[] }
interface Record { num: string | null; pos: Pos; fields: Field[] }

const isTaskRole = (r: ColumnRole) => r === 'text' || r === 'title';


export function readLabelRecords(blocks: Block[]): Block[] {
  // cheap test first: a label standing alone on its line, its value below
  const lone = blocks.findIndex((b, i) => {
    if (b.kind !== 'line') return false;
    const l = labelOf(b);
    const next = blocks[i + 1];
    return !!l && !l.value && l.role !== 'other' && !!next && next.kind === 'line' && !labelOf(next) && !readMarker(next.text) && !!next.text.trim();
  });
  if (lone < 0) return blocks;
  const records: Record[] = [];
  let current: Record | null = null, field: Field | null = null, pendingNum: { num: string; pos: Pos } | null = null;
  let first = -1, last = -1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') { if (current) break; continue; }
    const text = b.text.trim();
    if (!text) continue;
    const num = NUMBER_ONLY.exec(text);
    const label = num ? null : labelOf(b);
    if (num && (current || records.length === 0)) {
      const next = blocks.slice(i + 1).find((x) => x.kind !== 'line' || x.text.trim());
      const nl = next && next.kind === 'line' ? labelOf(next) : null;
      if (nl && isTaskRole(nl.role)) { pendingNum = { num: num[1], pos: b.pos }; if (first < 0) first = i; continue; }
    }
    if (label) {
      // a record opens at its number, its title, or a task label once the current one has its own
      const opens = !current || pendingNum || label.num || (isTaskRole(label.role)
        && current.fields.some((f) => f.role === label.role || (label.role === 'title' && f.role === 'text')));
      if (opens) {
        if (first < 0) first = i;
        current = { num: pendingNum?.num ?? label.num, pos: pendingNum?.pos ?? b.pos, fields: [] };
        pendingNum = null;
        records.push(current);
      }
      field = { role: label.role, label: label.label, values: label.value ? [{ kind: 'line', text: label.value, pos: label.pos }] : [] };
      current!.fields.push(field);
      last = i;
      continue;
    }
    if (!current) continue;
    // a value line; an item or heading marker, or a date, ends the layout
    if (readMarker(text) || DATE_LINE.test(text)) break;
    field?.values.push(b);
    last = i;
  }
  // the layout holds records that each give a task and its units
  const full = records.filter((r) => r.fields.some((f) => isTaskRole(f.role) && f.values.length) && r.fields.some((f) => UNIT_ROLES.has(f.role)));
  if (!full.length || first < 0) return blocks;
  const out: Block[] = blocks.slice(0, first);
  for (const r of records) {
    const title = r.fields.find((f) => f.role === 'title' && f.values.length);
    const texts = r.fields.filter((f) => f.role === 'text' && f.values.length);
    const head = title ?? texts[0];
    if (!head) continue;
    const lines: TextLine[] = [];
    const opening = head.values[0];
    // the record's number is kept as an item marker (01、): the lines below are the item's
    lines.push({ kind: 'line', text: r.num ? `${r.num}、${opening.text}` : opening.text, pos: r.num ? r.pos : opening.pos, opensTask: true });
    for (const v of head.values.slice(1)) lines.push(v);
    for (const f of texts) if (f !== head) for (const v of f.values) lines.push(v);
    for (const f of r.fields) {
      if (!UNIT_ROLES.has(f.role) && f.role !== 'deadline') continue;
      if (!f.values.length) continue;
      // a line break inside a unit cell separates names, as 、 does (SCHEMA)
      const value = f.values.map((v) => v.text.trim()).join(f.role === 'deadline' ? '' : '、');
      lines.push({ kind: 'line', text: `${f.label}:${value}`, pos: f.values[0].pos });
    }
    for (const l of lines) out.push(l);
  }
  for (const b of blocks.slice(last + 1)) out.push(b);
  return out;
}
