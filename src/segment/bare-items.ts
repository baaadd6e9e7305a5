// Tasks printed without a label: paragraphs that end in their own assignment, under a heading or
// on their own. Each becomes an item with an empty label so the formats read it like any other.
import { KEY_LINE, STOP_LINE } from '../assign/keys.js';
import { hasKey, parseKeyed, PROSE_WORD } from '../assign/parse.js';
import { trailingBracket } from '../assign/brackets.js';
import { isRemarkOnly, keyedClauses, readClause } from '../recognize/clause.js';
import type { TextLine } from '../model.js';
import { opensWithProgress } from '../recognize/cell-kind.js';
import { append, codePoints, trimSet } from '../text.js';
import { memo } from '../memo.js';
import { BARE, SECTION_MARKERS, type Marker } from './markers.js';
import type { Item, Unit } from './index.js';

const HEADING_LIKE = /^[^。;;,,::]{1,40}$/u;
/** A heading's phrase, which a notice may close with a full stop (1.主要指标的责任部门。). */
const HEADING_PHRASE = /^[^。;;,,::]{1,40}。?$/u;
/** A section's heading phrase: no sentence stop, at most a comma or two between its parts. */
const SECTION_HEADING = /^[^。;;::()()]{4,40}$/u;
const FIELD_LINE = /^[^。;;,,::()()]{1,6}[::]/u;
const DOC_NAME_END = /(?:表|方案|清单|一览|台账|通知|意见|计划|要点|报告|办法|细则)$/u;

/**
 * Whether a line (or a run-on piece) ends in its own assignment. Kept per document (src/memo.ts): segment asks
 * it of every line, then its bare-item readers and assemble ask again of the same lines.
 */
export const endsWithAssignment: (text: string) => boolean = memo(readEndsWithAssignment);

export function readEndsWithAssignment(text: string): boolean {
  // "…增长8%(…),责任单位为区经信局;" / "…,由区科技局负责;": a closing clause that names the units after its role word
  if (/(?:(?:单位|部门|科室|处室)\s*(?:[::]|均?为|是)|[,,;;]由)[^,,;;。]{2,60}[;;。.]?$/u.test(text) && keyedClauses(text)) return true;
  const b = trailingBracket(text);
  if (!b || b.start === 0 || isRemarkOnly(b.inner)) return false;
  if (hasKey(b.inner) || (PROSE_WORD.test(b.inner) && b.inner.length <= 120)) return true;
  // 信息来源:县农业农村局(水利局): a short label's value, its bracket part of a name, not a task's units;
  // …进展情况统计表(政府): a document's or table's name with whose it is, no task
  return !FIELD_LINE.test(text) && !DOC_NAME_END.test(text.slice(0, b.start).trim()) && readClause(b.inner, { bareList: true }) !== null;
}

const bare = (lines: TextLine[], marker: Marker = BARE): Item => ({
  kind: 'item', marker, line: lines[0], head: lines[0].text, headPos: lines[0].pos, lines: lines.slice(1),
});

/** The lines under a heading as one unlabelled item (its body and the body's own assignment). */
export const bodyItem = (lines: TextLine[]): Item => bare(lines);

/**
 * The first unlabelled task in lines a task's parse left over (the paragraphs after its assignment):
 * the lines up to the first one that ends in an assignment; the lines after it stay its lines, to be
 * read in turn. Null when no line ends in an assignment.
 */
export function bareItemIn(lines: TextLine[], marker: Marker): Item | null {
  // a key line (牵头单位:X(Y)) is an assignment of the task before, not a paragraph of its own
  const end = lines.findIndex((l) => !KEY_LINE.test(l.text) && endsWithAssignment(l.text));
  if (end < 0) return null;
  const item = bare(lines.slice(0, end + 1), marker);
  return { ...item, lines: [...item.lines, ...lines.slice(end + 1)] };
}

/** The lines under a heading as its one unlabelled task. */
export const bareTaskOf = (lines: TextLine[]): Item | null => (lines.length ? bare(lines) : null);

/**
 * The paragraph under a heading that carries its own assignment ("一、强化科技创新(区科技局牵头)" then the
 * measures): a long sentence with no assignment of its own, read as the heading's task.
 */
export function paragraphUnder(lines: TextLine[]): Item | null {
  const first = lines[0];
  if (!first || KEY_LINE.test(first.text) || endsWithAssignment(first.text)) return null;
  if (codePoints(first.text) < 20 || !/[。;;]$/u.test(first.text.trim())) return null;
  // (a report of what was done, 此项工作已完成。截至…, is progress under the item, not its measures)
  if (opensWithProgress(first.text)) return null;
  return bare(lines);
}

/** Cuts runs of lines into bare items, each ending at a line that ends in an assignment; returns the rest. */
function cut(lines: TextLine[]): { items: Item[]; rest: TextLine[] } {
  const items: Item[] = [];
  let start = 0;
  lines.forEach((l, i) => {
    if (endsWithAssignment(l.text)) { items.push(bare(lines.slice(start, i + 1))); start = i + 1; }
  });
  // The lines after the last one stay its lines: what its parse leaves is read (or reported) after it.
  const last = items[items.length - 1];
  if (last) { last.lines = [...last.lines, ...lines.slice(start)]; start = lines.length; }
  return { items, rest: lines.slice(start) };
}

/**
 * Unnumbered tasks each followed by key lines of their own (news pages, 实事 lists): "市区新增学位2.36万个。"
 * then "主管领导:刘东" / "责任单位:市教育局". A sentence right before a key line of who does it opens a task
 * that takes the key lines after it; two such groups or more make the run a list of tasks.
 */
const MIN_LONE_KEYED = 40;
function cutKeyed(lines: TextLine[]): { items: Item[]; rest: TextLine[]; after?: TextLine[] } | null {
  const starts: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i].text;
    if (!KEY_LINE.test(t) && !STOP_LINE.test(t) && /[。;;]$/u.test(t) && KEY_LINE.test(lines[i + 1].text) && !FIELD_LINE.test(t)) starts.push(i);
  }
  if (starts.length === 1) {
    // one such group is a task when its key lines say who leads and who co-operates (牵头单位:X配合单位:Y) or who
    // answers for it (责任单位:X; a reply letter's 分管单位/承办人 is no such key): a page that lost the heading over
    // it (a document site's excerpt, one item of a list a page each) keeps one. Its sentence takes the lines it
    // was wrapped from.
    const s = starts[0];
    let end = s + 1;
    while (end < lines.length && (KEY_LINE.test(lines[end].text) || STOP_LINE.test(lines[end].text))) end++;
    const keys = parseKeyed(lines.slice(s + 1, end).map((l) => l.text).join(';'));
    if (!keys || !((keys.leadUnits.length && keys.coUnits.length) || keys.responsibleUnits?.length)) return null;
    let from = s;
    while (from > 0 && !/[。;;::!!??]$/u.test(lines[from - 1].text.trim()) && !HEADING_LIKE.test(lines[from - 1].text.trim()) && !FIELD_LINE.test(lines[from - 1].text)) from--;
    if (codePoints(lines.slice(from, s + 1).map((l) => l.text).join('')) < MIN_LONE_KEYED) return null;
    return { items: [{ ...bare(lines.slice(from, end)) }], rest: lines.slice(0, from), after: lines.slice(end) };
  }
  if (starts.length < 2) return null;
  const items: Item[] = starts.map((s, k) => {
    let end = s + 1;
    const stop = k + 1 < starts.length ? starts[k + 1] : lines.length;
    while (end < stop && (KEY_LINE.test(lines[end].text) || STOP_LINE.test(lines[end].text))) end++;
    return bare(lines.slice(s, end));
  });
  return { items, rest: lines.slice(0, starts[0]) };
}

export function splitBareItems(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let free: TextLine[] = [];
  const flushFree = () => {
    const keyed = cut(free).items.length ? null : cutKeyed(free);
    if (keyed) {
      for (const l of keyed.rest) out.push({ kind: 'free', line: l });
      append(out, keyed.items);
      for (const l of keyed.after ?? []) out.push({ kind: 'free', line: l });
      free = [];
      return;
    }
    const { items, rest } = cut(free);
    // Free lines before the first bare task stay free (titles, the covering letter): before its assignment
    // line it takes only the lines its paragraph was wrapped from (no stop at their end, no heading or field).
    if (items.length) {
      const first = free.findIndex((l) => endsWithAssignment(l.text));
      let from = first;
      const ends = (t: string) => /[。;;::!!??]$/u.test(t) || HEADING_LIKE.test(t) || FIELD_LINE.test(t);
      while (from > 0 && !ends(free[from - 1].text.trim())) from--;
      if (from > 0) items[0] = { ...items[0], line: free[from], head: free[from].text, headPos: free[from].pos, lines: items[0].lines.slice(from) };
      const firstStart = free.indexOf(items[0].line);
      for (const l of free.slice(0, firstStart)) out.push({ kind: 'free', line: l });
      append(out, items);
      for (const l of rest) out.push({ kind: 'free', line: l });
    } else for (const l of free) out.push({ kind: 'free', line: l });
    free = [];
  };
  for (const u of units) {
    if (u.kind === 'free') { free.push(u.line); continue; }
    flushFree();
    // (a section's heading may hold a comma: 一、努力扩大内需,促进经济平稳较快发展)
    const section = u.kind === 'item' && SECTION_MARKERS.has(u.marker.type) && SECTION_HEADING.test(u.head);
    if (u.kind !== 'item' || !(HEADING_PHRASE.test(u.head) || section) || u.lines.some((l) => KEY_LINE.test(l.text))) { out.push(u); continue; }
    // A heading over two or more paragraphs that each end in an assignment: those are unlabeled tasks.
    // Under a section's heading, one such paragraph among others is enough (a page cut short keeps one).
    const ending = u.lines.filter((l) => endsWithAssignment(l.text)).length;
    if (ending < 2 && !(section && ending === 1 && u.lines.length >= 2 && endsWithAssignment(u.lines[0].text))) { out.push(u); continue; }
    const { items, rest } = cut(u.lines);
    out.push({ ...u, lines: [] }, ...items);
    for (const l of rest) out.push({ kind: 'free', line: l });
  }
  flushFree();
  return out;
}

/** Where a run-on sentence ends in its assignment: "…(X牵头)。" or, the full stop before the block, "…。(X负责)" + next.
 * The closing bracket comes before the lookbehind, so that only a bracket starts the scan back over the block. */
export const RUN_ON_END = /[))\]】〕][。;;]|[))](?<=[。;;][((][^()()]{2,160}[))])(?=\p{Script=Han})/gu;

/** Sentences in a run-on piece before its closing block: a stop (。) inside, outside brackets, means two or more. */
function sentencesBeforeBlock(piece: string): number {
  const b = trailingBracket(piece);
  const body = trimSet(b ? piece.slice(0, b.start) : piece, '。.;;,, ', 'end');
  let depth = 0, n = 1;
  for (const c of body) {
    if ('((【〔[“《'.includes(c)) depth++;
    else if ('))】〕]”》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '。' || c === '!' || c === '?')) n++;
  }
  return n;
}

/** A block that names its lead unit (X牵头, Y等按职责分工负责). */
const LEAD_BLOCK = /^[^()()]{2,60}?牵头/u;

export interface RunOnOptions {
  /**
   * Cut only where each block closes one sentence: a block after several sentences
   * ("实施…。推进…培训(X、Y)。做好…(Z)。") is one of the paragraph's assignments, not a target's
   * (unless every block names its lead: then only the blocks after the first must close one sentence).
   */
  oneSentenceEach?: boolean;
}

/**
 * An unnumbered paragraph of several sentences, each closing in its own assignment (old notices:
 * "地区生产总值增长10%(市发改委牵头)。地方财政收入增长12%(市财政局牵头)。"), is cut after each of them,
 * so that every sentence is read as a task. A paragraph with one such sentence stays whole.
 */
export function splitRunOnTasks(line: TextLine, opts: RunOnOptions = {}): TextLine[] {
  const text = line.text;
  if (text.length < 20 || text.length > 20_000) return [line];
  const cuts: number[] = [];
  for (const m of text.matchAll(RUN_ON_END)) {
    const end = m.index! + m[0].length;
    const start = cuts.length ? cuts[cuts.length - 1] : 0;
    if (end < text.length && endsWithAssignment(text.slice(start, end))) cuts.push(end);
  }
  if (!cuts.length || !endsWithAssignment(text.slice(cuts[cuts.length - 1])) && cuts.length < 2) return [line];
  if (opts.oneSentenceEach) {
    const closed = [...cuts.map((c, k) => text.slice(k ? cuts[k - 1] : 0, c)), text.slice(cuts[cuts.length - 1])].filter(endsWithAssignment);
    // (a paragraph whose blocks each name their lead, 科技部牵头,…负责, as the State Council's 分工 and its reprints
    // write them, may open with a task of several sentences: each later block closing one sentence is a task too)
    const led = closed.every((p) => LEAD_BLOCK.test(trailingBracket(p)?.inner ?? ''));
    if ((led ? closed.slice(1) : closed).some((p) => sentencesBeforeBlock(p) > 1)) return [line];
  }
  const out: TextLine[] = [];
  let from = 0;
  for (const c of [...cuts, text.length]) {
    const piece = text.slice(from, c);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) out.push({ kind: 'line', text: piece.trim(), pos: { line: line.pos.line, column: line.pos.column + from + lead } });
    from = c;
  }
  return out;
}

/** A heading's last word, and the verb that opens the task glued to it with no stop between. */
const HEAD_ENDS = /(?:工作|建设|体系|机制|管理|能力|水平|环境|服务|保障|监管|责任|治理|改革|发展|安全|质量|基础|制度)$/u;
const TASK_OPENS = /^(?:制定|出台|推进|推动|加快|加强|完善|建立|健全|开展|落实|实施|组织|依据|根据|按照|深化|强化|修订|制修订|编制|启动|全面|持续|严格|统筹|围绕|聚焦|坚持)/u;
const MAX_GLUED_HEADING = 30;

/**
 * A heading run into the tasks under it, as document-sharing sites print a page on one line:
 * "一、切实加强食品平安工作制定出台…措施。(市食安办负责)依据…。(X牵头,Y协作)…". When the head holds
 * two tasks or more that each close in their assignment, it is cut where a heading's last word meets
 * the verb that opens the first task; the tasks become the lines under the heading.
 */
export function splitRunOnHead(item: Item): Item {
  const pieces = splitRunOnTasks({ kind: 'line', text: item.head, pos: item.headPos });
  // a section's heading run into the sentence that opens its part (二、责任主体及工作分工按照上述原则,明确…。):
  // the heading phrase ends where a clause of what to do opens
  if (pieces.length < 2 && SECTION_MARKERS.has(item.marker.type) && !item.lines.length && /[,,]/u.test(item.head) && /。$/u.test(item.head)) {
    const first = item.head;
    for (let k = 4; k <= Math.min(MAX_GLUED_HEADING, first.length - 4); k++) {
      const heading = first.slice(0, k);
      if (/[。;;,,::()()《》“”]/u.test(heading) || !(HEAD_ENDS.test(heading) || /(?:分工|目标|任务|要求)$/u.test(heading)) || !/^(?:根据|按照|围绕|对照|依据)/u.test(first.slice(k))) continue;
      const body: TextLine = { kind: 'line', text: first.slice(k), pos: { line: item.headPos.line, column: item.headPos.column + k } };
      return { ...item, head: heading, lines: [body] };
    }
  }
  if (pieces.length < 2) return item;
  const first = pieces[0].text;
  // an item's heading phrase closed by its full stop (1.主要指标的责任部门。常住人口…(X牵头)万元…(Y牵头)); not a
  // section's (一)增强…能力。, whose sentences are one task, nor a phrase that opens with what to do
  const stop = first.indexOf('。');
  if (!SECTION_MARKERS.has(item.marker.type) && stop >= 2 && !TASK_OPENS.test(first) && HEADING_PHRASE.test(first.slice(0, stop + 1)) && codePoints(first.slice(0, stop)) <= MAX_GLUED_HEADING
    && first.length - stop > 8 && !/[((]/u.test(first.slice(0, stop))) {
    const body: TextLine = { kind: 'line', text: first.slice(stop + 1), pos: { line: pieces[0].pos.line, column: pieces[0].pos.column + stop + 1 } };
    return { ...item, head: first.slice(0, stop + 1), lines: [body, ...pieces.slice(1), ...item.lines] };
  }
  if (item.lines.length || !SECTION_MARKERS.has(item.marker.type)) return item;
  for (let k = 4; k <= Math.min(MAX_GLUED_HEADING, first.length - 4); k++) {
    const heading = first.slice(0, k);
    if (/[。;;,,::()()]/u.test(heading) || !HEAD_ENDS.test(heading) || !TASK_OPENS.test(first.slice(k))) continue;
    const body: TextLine = { kind: 'line', text: first.slice(k), pos: { line: pieces[0].pos.line, column: pieces[0].pos.column + k } };
    return { ...item, head: heading, lines: [body, ...pieces.slice(1)] };
  }
  return item;
}
