// A departmental division of work written as one line per unit: the unit's name, a colon, its tasks
//   办公室:负责与阳山县统计局对接,落实活动场所……
//   综合核算科:制定活动工作方案……
// Each such line becomes a task's lines: its text opening an item, then "责任单位:<unit>" (a unit named with no
// lead word answers for the task: SCHEMA's co-unit). The name must read as a unit's own name (src/recognize/unit):
// a form's label (活动时间:, 地点:, 联系人:) or a role word (责任单位:) is none, and one such line alone is no list.
import type { Block, TextLine } from '../model.js';
import { isUnit } from '../recognize/unit.js';
import { KEY_LINE, STOP_LINE } from '../assign/keys.js';
import { readMarker } from './markers.js';
import { DATE_LINE } from './date-line.js';
import { codePoints } from '../text.js';

/** At most this long a name before the colon (市自然资源和规划局综合执法支队 still fits). */
const MAX_NAME = 20;
/** The fewest such lines in a row that make a departmental list. */
const MIN_RUN = 2;
/** A generic role noun (主办单位, 协办部门, 科室) names no one unit: a form's label. */
const GENERIC = /(?:单位|部门|机构|科室|处室|股室|站所|领导|人员?)$/u;

interface Split { name: string; value: string; at: number }

/** The unit and its task of one line, or null. (Exported for its test.) */
export function unitColonLine(text: string): Split | null {
  const t = text.trim();
  const c = t.search(/[::]/u);
  if (c < 2 || c > MAX_NAME) return null;
  const name = t.slice(0, c).trim();
  const value = t.slice(c + 1).trim();
  if (/[\s,,。;;、()()《》“”"]/u.test(name) || GENERIC.test(name)) return null;
  if (readMarker(t) || KEY_LINE.test(t) || STOP_LINE.test(t)) return null;
  // a task is a sentence of some length, not a date, a unit or a list of names
  if (codePoints(value) < 6 || DATE_LINE.test(value) || isUnit(value) || !/\p{Script=Han}{4}/u.test(value)) return null;
  if (!isUnit(name)) return null;
  return { name, value, at: text.indexOf(value) };
}

export function readUnitColonLines(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    if (b.kind !== 'line' || b.opensTask || !unitColonLine(b.text)) { out?.push(b); i++; continue; }
    // the run of such lines (blank lines between them do not end it)
    let n = 0, j = i;
    for (; j < blocks.length; j++) {
      const x = blocks[j];
      if (x.kind !== 'line') break;
      if (!x.text.trim()) continue;
      if (x.opensTask || !unitColonLine(x.text)) break;
      n++;
    }
    if (n < MIN_RUN) { out?.push(b); i++; continue; }
    out ??= blocks.slice(0, i);
    for (let k = i; k < j; k++) {
      const x = blocks[k] as TextLine;
      const s = x.text.trim() ? unitColonLine(x.text) : null;
      if (!s) { out.push(x); continue; }
      out.push({ kind: 'line', text: s.value, pos: { line: x.pos.line, column: x.pos.column + s.at }, opensTask: true });
      out.push({ kind: 'line', text: `责任单位:${s.name}`, pos: x.pos });
    }
    i = j;
  }
  return out ?? blocks;
}
