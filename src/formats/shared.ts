// Helpers the item formats share: where an item's text lines are, and how they become title + text.
import type { Assignment } from '../assign/parse.js';
import type { Pos, TextLine } from '../model.js';
import { innerBlocks, type ClauseOptions } from '../recognize/clause.js';
import { KEY_LINE } from '../assign/keys.js';
import { isPerson } from '../recognize/person.js';
import { isUnit } from '../recognize/unit.js';
import type { Item, Unit } from '../segment/index.js';
import type { ItemFormat } from './types.js';
import { codePoints } from '../text.js';

/** The item's head (the marker line without its marker) followed by its other lines. */
export function itemLines(item: Item): TextLine[] {
  return [{ kind: 'line', text: item.head, pos: item.headPos }, ...item.lines];
}

export function endOf(line: TextLine, length = line.text.length): Pos {
  return { line: line.pos.line, column: line.pos.column + Math.max(0, length - 1) };
}

const SHORT_TITLE = 30;
const LONG_TITLE = 40;
const PROJECT_END = /(?:项目|工程|行动)$/u;
const TITLE_WITH_STOP = 12;
const TITLE_END = /(项目|工程|行动|计划|建设|工作|改造|提升|服务|中心|活动|体系|机制|平台|实事|保障|治理|整治|升级|共享|设施|制度|基地|园区|改革)$/u;

/** Labels of a task's attributes (建设内容: 完成时限: 主要目标:), not the name of the thing itself. */
const ATTRIBUTE_LABEL = /(内容|目标|任务|要求|措施|举措|时间|时限|地点|情况|说明|备注|进展|进度|名称|标准|范围|对象|方式|依据|重点|原则|规模|概况|成效|问题|计划|安排|来源|单位|部门|领导|责任人|联系人|电话|注|思路|路径|指标)$/u;
const NAMED_HEAD = /^([^。;;,,::、()()“”\s|]{4,20})[::]\s*(\S.*)$/u;

/**
 * A short, unpunctuated first line followed by a body is the task's own title (民生实事 projects); so is the
 * name before a colon that opens the task ("人均地区生产总值:增长6%左右"), unless it labels an attribute.
 */
export function titleAndText(lines: string[]): { title: string | null; text: string } {
  const parts = lines.map((l) => l.trim()).filter(Boolean);
  const first = parts[0] ?? '';
  const named = first.includes(':') || first.includes(':') ? NAMED_HEAD.exec(first) : null; // (exact pre-check: its colon)
  // (a unit or a person before the colon says who, not what: 市发改委:牵头推进…)
  if (named && !ATTRIBUTE_LABEL.test(named[1]) && !KEY_LINE.test(parts[0]) && !/^\d/u.test(named[1]) && !isUnit(named[1]) && !isPerson(named[1])) {
    return { title: named[1], text: join([named[2], ...parts.slice(1)]) };
  }
  const head = parts[0] ?? '', n = codePoints(head);
  // A wrapped first line of running text is not a title: a title is short, unpunctuated and names a thing.
  // (a project's long name, up to 40 characters, when it ends as a project's name does: …新建市政管网项目)
  if (parts.length >= 2 && (n <= SHORT_TITLE || (n <= LONG_TITLE && PROJECT_END.test(head))) && !/[。;;,,::!?!?]/u.test(head) && (n <= 15 || TITLE_END.test(head))) {
    return { title: parts[0], text: join(parts.slice(1)) };
  }
  // "(一)打造夜商圈。" on a line of its own over the paragraph of its measures: a name with a full stop
  // (no figure in it: "地区生产总值增长12%。" is a sentence of its own)
  const stopped = head.replace(/。$/u, '');
  if (parts.length >= 2 && stopped !== head && codePoints(stopped) <= TITLE_WITH_STOP && !/[。;;,,::!?!?、\d%%]/u.test(stopped)) {
    return { title: stopped, text: join(parts.slice(1)) };
  }
  return { title: null, text: join(parts) };
}

export function join(parts: string[]): string {
  const out: string[] = [];
  const alnum = /[A-Za-z0-9]/;
  let prev = '';
  // words of Latin letters or digits split over two lines keep a space between them; Chinese joins directly.
  // (Parts are collected, not concatenated: reading the end of a growing string copies it each time.)
  for (const p of parts) {
    if (!p) continue;
    out.push(prev && alnum.test(prev[prev.length - 1]) && alnum.test(p[0]) ? ` ${p}` : p);
    prev = p;
  }
  return out.join('');
}

/** Share of items the format can read: the detect score of an item format. */
export function shareParsed(format: Pick<ItemFormat, 'parseItem'>, units: Unit[]): number {
  const items = units.filter((u): u is Item => u.kind === 'item');
  if (!items.length) return 0;
  return items.filter((i) => format.parseItem(i) !== null).length / items.length;
}

export { trailingBracket } from '../assign/brackets.js';

/**
 * An item with more than one assignment block: the blocks inside its text are cut out too, and their
 * names merged after those of the closing block (SCHEMA: both blocks cut, names merged, first kept).
 * `bareList` when the closing block is a bare list of units: the item writes its assignments so, and its
 * inner bare lists are assignments too.
 */
export function withInnerBlocks(text: string, assignment: Assignment, opts: ClauseOptions = {}): { text: string; assignment: Assignment } {
  if (text.length > 4000 || !/[((【〔\[]/u.test(text)) return { text, assignment };
  const inner = innerBlocks(text, opts);
  if (!inner) return { text, assignment };
  const merged = mergeFirst(inner.assignment, assignment);
  return { text: inner.text, assignment: merged };
}

/** b's names after a's, without repeats; a's deadline first. */
function mergeFirst(a: Assignment, b: Assignment): Assignment {
  const out: Assignment = { ...a, leaders: [...a.leaders], leadUnits: [...a.leadUnits], coUnits: [...a.coUnits] };
  for (const x of b.leaders) if (!out.leaders.includes(x)) out.leaders.push(x);
  for (const x of b.leadUnits) if (!out.leadUnits.includes(x)) out.leadUnits.push(x);
  for (const x of b.coUnits) if (!out.coUnits.includes(x) && !out.leadUnits.includes(x)) out.coUnits.push(x);
  out.coUnits = out.coUnits.filter((x) => !out.leadUnits.includes(x));
  out.deadline ??= b.deadline;
  out.responsible ||= b.responsible;
  out.firstIsLead ||= b.firstIsLead;
  if (b.responsibleUnits?.length) out.responsibleUnits = [...(out.responsibleUnits ?? []), ...b.responsibleUnits];
  out.coKey ||= b.coKey;
  return out;
}
