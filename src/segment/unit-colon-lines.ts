// A departmental division of work written as one line per unit: the unit's name, a colon, its tasks
//   办公室:负责与阳山县统计局对接,落实活动场所……
//   综合核算科:制定活动工作方案……
// Each such line becomes a task's lines: its text opening an item, then "责任单位:<unit>" (a unit named with no
// lead word answers for the task: SCHEMA's co-unit). The name must read as a unit's own name (src/recognize/unit):
// a form's label (活动时间:, 地点:, 联系人:) or a role word (责任单位:) is none, and one such line alone is no list.
import type { Block, TextLine } from '../model.js';
import { isBareOrgan, isUnit } from '../recognize/unit.js';
import { isKeyWord, isKnownKey, KEY_LINE, STOP_LINE } from '../assign/keys.js';
import { readMarker } from './markers.js';
import { DATE_LINE } from './date-line.js';
import { codePoints } from '../text.js';

/** At most this long a name before the colon (市自然资源和规划局综合执法支队 still fits). */
const MAX_NAME = 20;
/** The fewest such lines in a row that make a departmental list. */
const MIN_RUN = 2;
/** A generic role noun (主办单位, 协办部门, 科室) names no one unit: a form's label. */
const GENERIC = /(?:单位|部门|机构|科室|处室|股室|站所|领导|人员?)$/u;

interface Split { name: string; value: string; at: number; marker: string }

/** A unit's name read by what it is, a role noun after a field (农业部门, 公安部门) too; never a form's label. */
const ROLE_NOUN = /^(?:责任|牵头|主办|协办|承办|配合|协同|参与|相关|有关|其他|其它|各|成员|联系|主管)/u;
const fieldUnit = (name: string) => /(?:部门|机构)$/u.test(name) && codePoints(name) >= 4 && !ROLE_NOUN.test(name) && !/各|相关|有关/u.test(name) && isUnit(name);

/**
 * The unit and its task of one line, or null: the name, then a colon or a gap (办公室  组织、协调…: spaces, an
 * ideographic space), then the task; the line may open with its item's number
 * (1.区环卫服务中心:负责…, (一)农业部门:要…). (Exported for its test.)
 */
export function unitColonLine(text: string, loose = true): Split | null {
  const t = text.trim();
  const m = readMarker(t);
  // (outside a section that shares out duties only the plain form: a name, a colon, its task)
  if (!loose && m) return null;
  // (a numbered line's number stays with its task: the item keeps it)
  const marker = m && m.type !== 'bullet' ? t.slice(0, m.length) : '';
  const body = t.slice(marker.length).trimStart();
  // (numbered, in a section that shares out duties, the unit may be the sentence's subject: (三)市委宣传部负责协调…;
  // the task is what it is responsible for, 负责 kept)
  if (loose && marker) {
    const f = body.indexOf('负责');
    if (f >= 2 && f <= MAX_NAME && unitNames(body.slice(0, f))) {
      const value = body.slice(f).trim();
      if (codePoints(value) >= 8 && /[,,;;。]/u.test(value)) return { name: body.slice(0, f), value, at: text.indexOf(value), marker };
    }
  }
  // (the gap one space where a page collapsed white space, as HTML does)
  const c = body.search(/[::]|\s/u);
  if (c < 2 || c > MAX_NAME) return null;
  const name = body.slice(0, c).trim();
  const value = body.slice(c).replace(/^[::\s\u3000]+/u, '').trim();
  if (!loose && (!/^[::]/u.test(body.slice(c)) || name.includes('、') || GENERIC.test(name))) return null;
  if (/[\s,,。;;()()《》“”"]/u.test(name) || name.split('、').some((x) => GENERIC.test(x) && !fieldUnit(x))) return null;
  if ((m && !marker) || (!marker && m) || isKnownKey(name) || STOP_LINE.test(body)) return null;
  if (KEY_LINE.test(body) && !fieldUnit(name)) return null;
  // a task is a sentence of some length, not a date, a unit or a list of names
  if (codePoints(value) < 6 || DATE_LINE.test(value) || isUnit(value) || !/\p{Script=Han}{4}/u.test(value)) return null;
  // (after a gap, not a colon: the task reads as one, a sentence, no more names or labels)
  if (!/^[::]/u.test(body.slice(c)) && !/[,,;;。、]/u.test(value)) return null;
  // (names listed, 县交通局、公路局: each a unit's)
  if (!name.split('、').every((x) => codePoints(x) >= 2 && isUnit(x))) return null;
  return { name, value, at: text.indexOf(value), marker };
}

/** A unit's duties opening inside a run-on line: maybe an item's number, the name, a colon or a full stop, the task. */
const NAME_END = /[::。]/u;
const OPEN_MARK = /^(?:[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、.](?!\d))/u;
const HEADING_MARK = /^[一二三四五六七八九十]{1,3}、/u;
const PLACE_CHARS = '省市县区镇乡州';
/** The fewest characters a run-on line holds before it is read for duties run together. */
const RUN_ON_MIN = 60;

/** A unit's name that opens with its level (县环保局, 市农委) or is an organ's body and ending alone (公路局). */
const levelled = (x: string) => codePoints(x) <= 12 && ((PLACE_CHARS.includes(x[0]) && isUnit(x)) || isBareOrgan(x));
/** The run before the colon at `c` is a key's (责任主体:, 执行对象:). */
function keyBefore(t: string, c: number): boolean {
  const m = /\p{Script=Han}{2,8}$/u.exec(t.slice(Math.max(0, c - 8), c));
  if (!m) return false;
  for (let k = 0; k < m[0].length - 1; k++) if (isKeyWord(m[0].slice(k)) || STOP_LINE.test(`${m[0].slice(k)}:`)) return true;
  return false;
}

/** A list of whole unit names (县交通局、公路局), none a label, or null. */
function unitNames(name: string): boolean {
  if (!name || /[\s,,;;()()《》“”"]/u.test(name) || isKnownKey(name)) return false;
  const parts = name.split('、');
  return parts.every((x) => codePoints(x) >= 2 && isUnit(x) && (!GENERIC.test(x) || fieldUnit(x)));
}

/**
 * The places a run-on line (a page that lost its line breaks) opens a unit's duties: after a stop or a colon
 * (…如下:县环保局。负责… / …工作。县水利局:履行…), or at an item's number (职责分工(一)农业部门:要…), a unit's name
 * (or names) then a colon or a full stop and a sentence of the unit's task; `cut` is where the piece starts, before
 * a heading's words it was run onto (二、明确职责任务分工县应急管理局: the heading ends before 县).
 */
function dutyStarts(t: string): Array<{ cut: number; name: string; sep: number }> {
  const out: Array<{ cut: number; name: string; sep: number }> = [];
  for (let p = 0; p < t.length; p++) {
    const afterStop = p === 0 || '。;;::'.includes(t[p - 1]);
    const mark = OPEN_MARK.exec(t.slice(p, p + 6));
    if (!afterStop && !mark) continue;
    const q = p + (mark ? mark[0].length : 0);
    const e = t.slice(q, q + MAX_NAME + 12).search(NAME_END);
    if (e < 2) continue;
    let name = t.slice(q, q + e);
    let cut = p;
    // (a heading run onto the name: the name is the longest unit from a place's level on)
    const heading = !mark && HEADING_MARK.exec(t.slice(p, p + 5));
    if (heading) {
      const from = q + heading[0].length;
      let k = from + 2;
      for (; k < q + e - 1; k++) if (PLACE_CHARS.includes(t[k]) && unitNames(t.slice(k, q + e))) break;
      if (k >= q + e - 1) continue;
      name = t.slice(k, q + e);
      cut = k;
    }
    if (codePoints(name) > MAX_NAME || !unitNames(name)) continue;
    // (a key's value, 责任主体:市编办, is no unit's duties)
    if (p > 0 && '::'.includes(t[p - 1]) && keyBefore(t, p - 1)) continue;
    // (a full stop after a name: only a name that says it is an organ's, by its level or its body, 县环保局。负责…;
    // an item's short title, (一)统筹规划布局。, ends so too)
    if (t[q + e] === '。' && (mark || heading || !levelled(name.split('、')[0]))) continue;
    // the task: a sentence of some length after the name, no label's
    const rest = t.slice(q + e + 1, q + e + 40);
    if (!/^\p{Script=Han}{4}/u.test(rest) || isUnit(rest.split(/[,,。;;]/u)[0]) || STOP_LINE.test(rest) || /^\p{Script=Han}{2,6}[。::]/u.test(rest)) continue;
    out.push({ cut, name, sep: q + e });
    p = q + e;
  }
  return out;
}

/** A run-on line cut where each unit's duties open (see dutyStarts): two such places or more make the list. */
function splitRunOnDuties(b: TextLine, sharing: boolean): TextLine[] {
  if (b.text.length < RUN_ON_MIN) return [b];
  const starts = dutyStarts(b.text);
  // (only in a section that shares out duties, named before the first: a news story may narrate what each did so)
  if (starts.length < MIN_RUN || !(sharing || SHARING.test(b.text.slice(0, starts[0].cut)))) return [b];
  const pieces: TextLine[] = [];
  const at = (from: number, to: number, sep = -1): void => {
    let text = b.text.slice(from, to);
    // (a full stop after the name stands for its colon: 县环保局。负责…)
    if (sep >= from && text[sep - from] === '。') text = `${text.slice(0, sep - from)}:${text.slice(sep - from + 1)}`;
    if (text.trim()) pieces.push({ kind: 'line', text: text.trim(), pos: { line: b.pos.line, column: b.pos.column + from } });
  };
  at(0, starts[0].cut);
  starts.forEach((s, k) => at(s.cut, k + 1 < starts.length ? starts[k + 1].cut : b.text.length, s.sep));
  return pieces;
}

/** A heading or lead-in that shares out duties (职责分工, 工作分工, 各部门职责, 其职责如下). */
const SHARING = /分工|职责/u;
const SHARING_BACK = 6;
/** Whether one of the few lines with text before `i` shares out duties. */
function sharingBefore(blocks: Block[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < SHARING_BACK; k--) {
    const b = blocks[k];
    if (b.kind !== 'line') return false;
    if (!b.text.trim()) continue;
    seen++;
    if (SHARING.test(b.text.slice(-60))) return true;
  }
  return false;
}

/** A line that is only a unit's name (or names), maybe numbered: 县环保局 / (一)农业部门 / 县交通局、公路局. */
function unitOnly(text: string): { marker: string; name: string } | null {
  const t = text.trim();
  const m = readMarker(t);
  const marker = m && m.type !== 'bullet' ? t.slice(0, m.length) : '';
  if (m && !marker) return null;
  const name = t.slice(marker.length).trim().replace(/[::]$/u, '');
  return codePoints(name) <= MAX_NAME && unitNames(name) ? { marker, name } : null;
}

/** A unit's duties on the line under its name: a sentence of its own, no number, no name, no key. */
const dutyLine = (text: string) => {
  const t = text.trim();
  return codePoints(t) >= 6 && !readMarker(t) && !KEY_LINE.test(t) && !STOP_LINE.test(t) && !isUnit(t) && /[,,;;。、]/u.test(t) && /^\p{Script=Han}{4}/u.test(t);
};

/**
 * Under a heading that shares out duties, each unit's name on a line of its own and its duties on the line under
 * it (县环保局 / 负责对全县…): two such pairs or more become a task each, its text opening an item and the unit its
 * 责任单位.
 */
function unitsOverDuties(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  const nextText = (k: number) => { let j = k; while (j < blocks.length && blocks[j].kind === 'line' && !(blocks[j] as TextLine).text.trim()) j++; return j; };
  const pairAt = (k: number) => {
    const b = blocks[k];
    if (!b || b.kind !== 'line' || b.opensTask) return null;
    const u = unitOnly(b.text);
    if (!u) return null;
    const d = nextText(k + 1);
    const x = blocks[d];
    return x && x.kind === 'line' && !x.opensTask && dutyLine(x.text) ? { u, d } : null;
  };
  let i = 0;
  while (i < blocks.length) {
    const first = pairAt(i);
    if (!first || !sharingBefore(blocks, i)) { out?.push(blocks[i]); i++; continue; }
    const run: Array<{ at: number; u: { marker: string; name: string }; d: number }> = [];
    for (let k = i, p: ReturnType<typeof pairAt> = first; p; p = pairAt(k)) { run.push({ at: k, ...p }); k = nextText(p.d + 1); }
    if (run.length < MIN_RUN) { out?.push(blocks[i]); i++; continue; }
    out ??= blocks.slice(0, i);
    for (const r of run) {
      const unit = blocks[r.at] as TextLine, duty = blocks[r.d] as TextLine;
      out.push({ kind: 'line', text: `${r.u.marker}${duty.text.trim()}`, pos: r.u.marker ? unit.pos : duty.pos, opensTask: true });
      out.push({ kind: 'line', text: `责任单位:${r.u.name}`, pos: unit.pos });
    }
    i = run[run.length - 1].d + 1;
  }
  return out ?? blocks;
}

export function readUnitColonLines(input: Block[]): Block[] {
  // (lines run together first cut where each unit's duties open; a name over its duties read as one line's)
  let blocks = input;
  if (input.some((b) => b.kind === 'line' && b.text.length >= RUN_ON_MIN)) {
    blocks = input.flatMap((b, i) => (b.kind === 'line' && !b.opensTask ? splitRunOnDuties(b, b.text.length >= RUN_ON_MIN && sharingBefore(input, i)) : [b]));
  }
  blocks = unitsOverDuties(blocks);
  let out: Block[] | null = null;
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    // (the looser forms, a number first, a gap for the colon, names listed, only under a heading that shares out duties)
    const loose = b.kind === 'line' && !b.opensTask && unitColonLine(b.text) !== null && sharingBefore(blocks, i);
    if (b.kind !== 'line' || b.opensTask || !unitColonLine(b.text, loose)) { out?.push(b); i++; continue; }
    // the run of such lines (blank lines between them do not end it)
    let n = 0, j = i;
    for (; j < blocks.length; j++) {
      const x = blocks[j];
      if (x.kind !== 'line') break;
      if (!x.text.trim()) continue;
      if (x.opensTask || !unitColonLine(x.text, loose)) break;
      n++;
    }
    if (n < MIN_RUN) { out?.push(b); i++; continue; }
    out ??= blocks.slice(0, i);
    for (let k = i; k < j; k++) {
      const x = blocks[k] as TextLine;
      const s = x.text.trim() ? unitColonLine(x.text, loose) : null;
      if (!s) { out.push(x); continue; }
      if (s.marker) out.push({ kind: 'line', text: `${s.marker}${s.value}`, pos: x.pos, opensTask: true });
      else out.push({ kind: 'line', text: s.value, pos: { line: x.pos.line, column: x.pos.column + s.at }, opensTask: true });
      out.push({ kind: 'line', text: `责任单位:${s.name}`, pos: x.pos });
    }
    i = j;
  }
  return out ?? (blocks === input ? input : blocks);
}
