// Units + format plugins -> tasks with their sections. Decides which items are tasks, which are
// headings, what a heading or a group passes down, and reports every numbered item that is no task.
import { emptyAssignment, hasAssignment, parseKeyed, type Assignment } from '../assign/parse.js';
import type { ItemFormat, ItemParse, TableFormat } from '../formats/types.js';
import { msg, type Pos, type TextLine } from '../model.js';
import type { Message, Section, Task } from '../schema.js';
import { BARE, chineseNumber, type MarkerType } from '../segment/markers.js';
import type { Item, Unit } from '../segment/index.js';
import { bareItemIn, bareTaskOf, bodyItem, endsWithAssignment, paragraphUnder } from '../segment/bare-items.js';
import { itemLines, join } from '../formats/shared.js';
import { ItemChooser } from './choose.js';
import { isHeadingLike, isPartTitle } from './free-lines.js';
import { isProgressCell, progressStart } from '../recognize/cell-kind.js';
import { headingCoUnit, headingLeader, headingLeadUnit, leadInLeader } from './heading-rules.js';
import { FIRST_IS_LEAD } from '../units.js';
import { isUnit } from '../recognize/unit.js';
import { isMaskedName, isPersonName } from '../recognize/person.js';
import { fieldOfKey, KEY_LINE } from '../assign/keys.js';
import { append, codePoints, isSpaceCode, squashSpaces, trimSet } from '../text.js';
import type { Numbered } from '../validate/index.js';

interface Node {
  item: Item;
  parse: ItemParse | null;
  parent: Node | Heading | null;
  children: Node[];
  /** Assignment passed down from a heading or a group. */
  inherited: Assignment | null;
  bodyText: string;
  /** Items under this one behind an unmarked heading: they too make it a heading. */
  descendants: number;
  /** Parts of the notice are separated by breaks (附件, signature date) and part titles. */
  part: number;
  /** Position among all items, in document order. */
  index: number;
  /** A bullet under a task that carries its own assignment: a detail of that task, no task itself. */
  detail?: boolean;
}
interface Heading { kind: 'heading'; marker: string | null; title: string; type: MarkerType | 'none'; parent: Node | Heading | null; leader: string | null; leadUnit?: string | null; coUnit?: string | null }
type StackEntry = { type: MarkerType | 'none'; node: Node | Heading };
/** An item, or a table with the heading it sits under. */
type Entry = { node: Node } | { rows: ReturnType<TableFormat['parseTable']>; sections: Section[]; parser: string; under: Node | Heading | null; cutOff?: boolean };

export interface Assembled {
  tasks: Task[]; messages: Message[]; parsers: string[]; numbered: Numbered[];
  /** Items with names that the page was cut off inside the assignment of (reported, not read): the file assigns, even with no task left. */
  cutOff: number;
}

/** The usual depth of each marker kind in official documents (GB/T 9704): 一、 > (一) > 1. > (1) > ①. */
const LEVEL: Record<string, number> = { part: 0, 'cn-capital': 1, roman: 1, cn: 1, 'paren-cn': 2, num: 3, 'paren-num': 4, 'rparen-num': 5, circled: 6 };

// (masked names, ***, repeat: each stands for a person of its own)
const unique = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) === i || isMaskedName(x));

/** A line that can only be a heading: a dash or bullet before it, or a short topic that names no document. */
const plainHeading = (text: string, overTable: boolean) => {
  const t = text.trim();
  if (/^(?:——|—|●)\s*\S/u.test(t)) return true;
  // a short topic over items (关键词 教育), never over a table (a page's 通知公告 bar stands there)
  return !overTable && codePoints(t.replace(/\s+/g, '')) <= 8 && !/(通知|公告|方案|意见|决定|表|清单|计划|要点|报告|\d{4}年)$/u.test(t) && !/\d{4}/u.test(t);
};

/** What a list's topic ends in (主要预期目标, 重点工作任务, 民生实事项目(10项)): a heading over its first item. */
const TOPIC_END = /(?:目标|指标|任务|工作|事项|项目|实事)(?:[((]\d{1,3}[项个件条][))])?$/u;
/** A table's title (2024年民生实事项目表, 重点任务清单, 附表1): over its table it names it, no section. */
const TABLE_TITLE = /(?:表|清单|台账|一览|明细)(?:[((][^()()]{1,12}[))])?$|^附表\s*\d*/u;
/** A document's own name (its title, a table's title) heads nothing. */
const DOC_WORD = /通知|公告|方案|意见|决定|报告|分解|分工|清单|计划|要点|一览|[表号]$/u;
/** A line that names who leads the items under it (徐仁标市长牵头重点工作, 县示范区管委会牵头工作). */
const namesLead = (t: string) => { const x = t.trim().replace(/^(?:——|—|●)\s*/u, ''); return !!(headingLeader(x) || headingLeadUnit(x)); };
/** A part's title over a quoted excerpt: a short phrase that names no document, no year, no sentence. */
const excerptHeading = (text: string) => {
  const t = text.trim();
  return codePoints(t) <= 20 && /^\p{Script=Han}+$/u.test(t) && !/(通知|公告|方案|意见|决定|表|清单|计划|要点|报告|简介|正文|附件)$/u.test(t);
};

/** A lead-in that announces what follows (…提出如下任务分工: / 现将有关事项通知如下:). */
const LEAD_IN_END = /如下[^,,。;;]{0,8}[::]$/u;

/** A short key line ending in a colon (一类目标:), no sentence. */
const keyLine = (t: string) => /[::]$/u.test(t.trim()) && codePoints(t.trim()) <= 12 && !/[,,。;;]/u.test(t);

/**
 * An item a unit-name heading may stand over: a target's text, not a key line (a page's • 成文日期: bullets)
 * and not a report of progress (今年以来…, 已完成…: a departmental progress report assigns nothing).
 */
const targetItem = (item: Item) => {
  const head = item.head.trim();
  return !keyLine(head) && codePoints(head) >= 8 && !isProgressCell(head) && progressStart(head) < 0;
};

/** A line that carries an assignment anywhere: a key, or a bracket that assigns. */
const hasAssignmentText = (t: string) => KEY_LINE.test(t) || endsWithAssignment(t) || /[((][^()()]{0,60}(?:牵头|负责|配合)[^()()]{0,40}[))]/u.test(t);

const isHeading = (x: Node | Heading | null): x is Heading => !!x && 'kind' in x && x.kind === 'heading';

/** Leading lines of an item with no assignment that read as its text (sentences), the rest are free. */
function splitUnassigned(item: Item): { body: TextLine[]; free: TextLine[] } {
  let k = 0;
  while (k < item.lines.length && !isHeadingLike(item.lines[k].text) && !isPartTitle(item.lines[k].text)) k++;
  return { body: item.lines.slice(0, k), free: item.lines.slice(k) };
}

export interface AssembleOptions {
  /** The page reports on a notice (src/recognize/report-page.ts): its own narrating paragraphs assign nothing. */
  reportPage?: boolean;
}

export function assemble(units: Unit[], itemFmts: ItemFormat[], tableFmts: TableFormat[], allText: string, options: AssembleOptions = {}): Assembled {
  // Which format reads each item (src/assemble/choose.ts: each item read only as far as the choice needs).
  const chooser = new ItemChooser(itemFmts, units);
  const messages: Message[] = [];
  const nodes: Node[] = [];
  // Table tasks are placed among item tasks in document order.
  const ordered: Entry[] = [];
  let stack: StackEntry[] = [];
  let lastWasBareHeading = false;
  // The leader a lead-in sentence names ("市长徐立毅亲自牵头8项重点工作,分别为:") for the items right after it.
  let leadIn: string | null = null;
  // Lines between a part title and the part's first item continue the title, they head nothing.
  let sinceReset = true;
  let part = 0;

  const pushHeadingLine = (line: TextLine) => {
    // "——在深化改革上保持定力": a dash or bullet before an unnumbered heading is its marker (SCHEMA)
    const dash = /^(——|—|●|■|◆)\s*/u.exec(line.text.trim());
    const title = dash ? line.text.trim().slice(dash[0].length) : line.text.trim();
    const h: Heading = { kind: 'heading', marker: dash ? dash[1] : null, title, type: 'none', parent: null, leader: headingLeader(title), leadUnit: headingLeadUnit(title), coUnit: headingCoUnit(title) };
    // an unmarked heading of the form of one open above (——A … ——B, or two plain lines) is the sibling of the
    // innermost such one: it closes that one, and the levels it stood under stay open (城市建设 > (一) > ——A)
    let sameForm = -1;
    for (let k = stack.length - 1; k >= 0 && sameForm < 0; k--) { const e = stack[k]; if (e.type === 'none' && isHeading(e.node) && e.node.marker === h.marker) sameForm = k; }
    const noneAt = sameForm >= 0 ? sameForm : stack.findIndex((e) => e.type === 'none');
    // a heading that names who leads (李丹副区长牵头重点工作) after one that names another: its sibling, whatever
    // line stood between (总负责。): one leader's work never nests in another's
    const assigns = (x: Heading) => !!(x.leader || x.leadUnit);
    let rival = -1;
    if (assigns(h)) for (let k = stack.length - 1; k >= 0 && rival < 0; k--) { const e = stack[k]; if (e.type === 'none' && isHeading(e.node) && assigns(e.node)) rival = k; }
    if (rival >= 0) {
      stack = stack.slice(0, rival);
    } else if (lastWasBareHeading || stack.length === 0) {
      // right under a heading: its child
    } else if (noneAt >= 0) {
      stack = stack.slice(0, noneAt);
    } else {
      // after tasks, with no unmarked level yet: a heading whose marker was lost, sibling of the innermost one
      while (stack.length && !isHeading(stack[stack.length - 1].node) && (stack[stack.length - 1].node as Node).parse) stack.pop();
      const replaced = stack.pop();
      if (replaced) h.type = replaced.type;
    }
    h.parent = stack.length ? stack[stack.length - 1].node : null;
    stack.push({ type: h.type, node: h });
    lastWasBareHeading = true;
  };

  // a unit's name over its own run of the list (省工商局 / (一)… (二)…): it closes the items of that list above
  // it and the unit heading before it, and stands over the items after it (each unit's numbering restarts)
  const pushUnitHeading = (line: TextLine, type: MarkerType) => {
    const at = stack.findIndex((e) => e.type === type);
    if (at >= 0) stack = stack.slice(0, at);
    while (stack.length && isHeading(stack[stack.length - 1].node) && (stack[stack.length - 1].node as Heading).coUnit) stack.pop();
    const title = line.text.trim();
    const h: Heading = { kind: 'heading', marker: null, title, type: 'none', parent: stack.length ? stack[stack.length - 1].node : null,
      leader: null, leadUnit: null, coUnit: headingCoUnit(title) };
    stack.push({ type: 'none', node: h });
    lastWasBareHeading = true;
  };

  const underUnitHeading = () => stack.some((e) => isHeading(e.node) && !!e.node.coUnit);
  // 一类目标: under a unit heading, over the items of that class: it replaces the class before it
  const pushKeyHeading = (line: TextLine) => {
    while (stack.length && !(isHeading(stack[stack.length - 1].node) && (stack[stack.length - 1].node as Heading).coUnit)) stack.pop();
    const title = line.text.trim().replace(/[::]$/u, '');
    const h: Heading = { kind: 'heading', marker: null, title, type: 'none', parent: stack.length ? stack[stack.length - 1].node : null, leader: null, leadUnit: null };
    stack.push({ type: 'none', node: h });
    lastWasBareHeading = true;
  };

  // the last free line with text before this one (a lead-in announcing the list heads the line after it)
  let before = '';
  const freeLines = (lines: TextLine[], next: Unit | undefined) => {
    lines.forEach((line, i) => {
      const announced = LEAD_IN_END.test(before);
      const prevText = before;
      if (line.text.trim()) before = line.text.trim();
      const leader = leadInLeader(line.text);
      leadIn = leader ?? (line.text.trim() ? null : leadIn);
      if (leader) return;
      if (isPartTitle(line.text)) { stack = []; lastWasBareHeading = false; sinceReset = true; part++; return; }
      const following = i + 1 < lines.length ? null : next;
      // a bare unit name (省工商局) over the items it answers for, a short key line (一类目标:) between at most
      // (and under such a heading, that key line itself, last before an item: the class of the unit's items)
      if (next?.kind === 'item' && !keyLine(next.head) && i + 1 === lines.length && keyLine(line.text) && underUnitHeading()) { pushKeyHeading(line); return; }
      // (the items a task's text: a page's metadata bullets, • 成文日期:, are no unit's items)
      const taskItem = next?.kind === 'item' && targetItem(next);
      if (ordered.length > 0 && next?.kind === 'item' && taskItem && headingCoUnit(line.text.trim())
        && (i + 1 === lines.length || (i + 2 === lines.length && keyLine(lines[i + 1].text)))) { pushUnitHeading(line, next.marker.type); return; }
      // (a table's own title right above it, …项目表 / …清单 / …台账, names the table: it heads nothing)
      const heads = following && (following.kind === 'item' || (following.kind === 'table' && !TABLE_TITLE.test(line.text.trim()))) && isHeadingLike(line.text);
      // before the first item only a line that is plainly a heading heads it (——推进教育高质量发展, 关键词 教育),
      // never the notice's own title
      // (or a line right after the lead-in that announces the list, 提出如下任务分工:, over its first item)
      if (sinceReset && !stack.length) {
        // (or a short name of the list right after the covering letter's last sentence, over the first item:
        // …现将9项具体建设任务进行责任分解。 / “十三五”应急体系9个具体建设任务 / (一)…)
        const named = !!heads && following!.kind === 'item' && /。$/u.test(prevText) && codePoints(line.text.replace(/\s+/gu, '')) <= 30
          && /(?:任务|工作|事项)$/u.test(line.text.trim()) && !/(?:通知|公告|方案|意见|决定|报告)/u.test(line.text);
        // (or a topic of the list over its first item, 经济社会发展主要预期目标, right under the part's title: it ends
        // in what a heading names, and names no document)
        // (not over a 一、 item: a line over the list's top level is the list's own name, 成都市2021年民生实事工作目标)
        // (…or a slogan of two clauses, 坚持一以贯之,深化河湖长制, after the covering letter's last sentence)
        const squashed = line.text.replace(/\s+/gu, '');
        const topic = !!heads && following!.kind === 'item' && !SECTION_LEVELS.has(following!.marker.type) && codePoints(squashed) <= 40 && !DOC_WORD.test(line.text)
          && (TOPIC_END.test(line.text.trim()) || (/。$/u.test(prevText) && /^\p{Script=Han}{2,14}(?:[,,]\p{Script=Han}{2,14}){1,2}$/u.test(squashed))
            // (…or any heading over a first item numbered (一): the level above it, its marker lost, no year of a title)
            || (following!.marker.type === 'paren-cn' && following!.marker.value === 1 && !/\d{4}/u.test(squashed)));
        // (a line that names who leads heads what follows it, a line of its duties between: 孟学农省长负责的工作 /
        // 全面负责…落实。 / (一)…)
        const leads = !heads && ordered.length === 0 && isHeadingLike(line.text) && namesLead(line.text);
        // (or the part's title over an excerpt that starts in the middle of its list, 大力实施乡村振兴战略 / (二十四)…:
        // a page that quotes part of a notice heads what it quotes with the part's own title)
        const excerpt = !!heads && following!.kind === 'item' && following!.marker.value > 1 && excerptHeading(line.text);
        if (leads || (heads && ordered.length === 0 && (plainHeading(line.text, following!.kind === 'table') || (announced && following!.kind === 'item') || named || topic || excerpt || namesLead(line.text)))) pushHeadingLine(line);
        return;
      }
      // (a second heading before any task only when it names who leads, as the first may: 二、李丹…牵头重点工作)
      // (and wherever it stands, a line naming who leads, a line of duties after it or not: 张三副省长负责的工作)
      if ((heads && ordered.length > 0) || (isHeadingLike(line.text) && namesLead(line.text))) pushHeadingLine(line);
    });
  };

  // Unlabelled tasks found in what a task's parse left over are read next, in document order.
  const work = [...units];
  // Unlabelled tasks found after a task, with the node they sit under; they head nothing, so the stack
  // stays as it was: what follows them belongs where it would without them.
  const unlabelled = new Map<Item, Node | Heading | null>();
  // Paragraphs after a task's assignment that are read into no task: reported once the rest is known.
  const leftOver: Array<{ pos: Pos; label: string; after: number; part: number }> = [];
  // "附件: 1.…" lists the attachments by name: the numbered lines going on with it (2.… 3.…) name the
  // others, they head nothing (the table after them is no task of theirs)
  let attachmentNext: number | null = null;
  const step = (unit: Unit, ui: number) => {
    const listed = unit.kind === 'item' && attachmentNext !== null && unit.marker.type === 'num' && unit.marker.value === attachmentNext && !unit.lines.length;
    attachmentNext = null;
    if (listed) {
      attachmentNext = unit.marker.value + 1;
      messages.push(msg('info', 'unparsed-item', unit.line.pos, `numbered item ${unit.marker.label} names an attachment (附件 list), not a task or a heading`));
      return;
    }
    if (unit.kind === 'break') {
      const first = /^附\s*件\s*[::]?\s*(\d{1,2})\s*[.、.]/u.exec(unit.line.text);
      if (first) attachmentNext = Number(first[1]) + 1;
      stack = []; lastWasBareHeading = false; sinceReset = true; part++; leadIn = null; return;
    }
    if (unit.kind === 'free') {
      const nextUnit = work[ui + 1];
      // a bare unit name over a short key line ending in a colon (一类目标:) and then items heads those items
      const after = work[ui + 2];
      if (ordered.length > 0 && nextUnit?.kind === 'free' && after?.kind === 'item' && headingCoUnit(unit.line.text.trim())
        && keyLine(nextUnit.line.text) && targetItem(after)) {
        pushUnitHeading(unit.line, after.marker.type); before = unit.line.text.trim(); return;
      }
      freeLines([unit.line], nextUnit && nextUnit.kind === 'free' ? undefined : nextUnit);
      return;
    }
    if (unit.kind === 'table') {
      leadIn = null;
      for (const f of tableFmts) {
        const rows = f.parseTable(unit.table);
        if (!rows) continue;
        // the table sits under the innermost heading, not under a task just before it
        const under = [...stack].reverse().find((e) => isHeading(e.node) || !(e.node as Node).parse);
        ordered.push({ rows, sections: sectionsOf(under?.node ?? null), parser: f.meta.id, under: under?.node ?? null, cutOff: unit.table.cutOff });
        if (under && !isHeading(under.node) && rows.tasks.length) under.node.descendants += rows.tasks.length; // a heading over the table
        break;
      }
      lastWasBareHeading = false;
      return;
    }
    const item = unit;
    sinceReset = false;
    let parse = withMeasures(item, chooser.choose(item));
    // a heading that names its lead unit ((二)省审计厅牵头的工作) over its task's lines, read as that task's title:
    // it stays a heading, and the lines under it are its task (as for (一)省监察厅牵头的工作 over a paragraph)
    // (whether the head is such a heading is asked up to three times below: read once)
    let leadHead: boolean | undefined;
    const namesLeadUnit = () => (leadHead ??= !!headingLeadUnit(item.head) && isHeadingLike(item.head));
    const under = parse?.title && item.marker.label && item.lines.length && namesLeadUnit() ? bareTaskOf(item.lines) : null;
    if (under) parse = null;
    // the file's last line opens an assignment block that never closes: the page was cut off inside it
    // (…(牵头单位:省市场), and what the block names cannot be trusted to be whole
    if (parse && ui === work.length - 1 && parse.consumed >= item.lines.length && parse.messages.some((m) => m.rule === 'unclosed-assignment')) {
      messages.push(msg('warning', 'truncated', parse.end, `item ${item.marker.label || item.head.slice(0, 12)} is cut off inside its assignment block and is not read as a task`));
      parse = null;
    }
    // a numbered heading that names its lead unit or leader ((二)省审计厅牵头的工作) over its body and that body's
    // key lines: the heading stays a heading (it reads as an assignment, no task's name), the body is its task
    const assigningHeading = parse?.title && item.marker.label && item.lines.length && !KEY_LINE.test(item.lines[0].text)
      && (namesLeadUnit() || (isHeadingLike(item.head) && !!headingLeader(item.head))) ? bodyItem(item.lines) : null;
    if (assigningHeading) parse = null;
    // a numbered sentence with no assignment of its own over paragraphs that each close in their own
    // ((一)推动经济稳定健康发展,必须…作用。 / 认真贯彻…(X负责) / 发挥投资…(Y负责)): a heading over those tasks
    const overParagraphs = parse && item.marker.label && !parse.title && !hasAssignmentText(item.head) && item.lines.length >= 2
      && endsWithAssignment(item.lines[0].text) && item.lines.filter((l) => endsWithAssignment(l.text)).length >= 2 ? bareItemIn(item.lines, BARE) : null;
    if (overParagraphs) parse = null;
    // under a lead-in that names the leader: each item of the list it announces is that leader's
    if (leadIn && parse && !parse.assignment.leaders.length) parse = { ...parse, assignment: { ...parse.assignment, leaders: [leadIn] } };
    const type = item.marker.type;
    const placed = unlabelled.get(item);
    const at = placed === undefined ? stack.findIndex((e) => e.type === type) : -1;
    if (at >= 0) stack = stack.slice(0, at);
    // a marker of a higher level than the items above it (四、 after 3.: an excerpt that starts inside a part)
    // closes them: one level never nests in a deeper one (一、 > (一) > 1. > (1) > ①)
    else if (placed === undefined && type in LEVEL) {
      // an unlabelled task (a paragraph or a labelled record) heads no numbered item after it
      while (stack.length && stack[stack.length - 1].type === 'bare' && !isHeading(stack[stack.length - 1].node)) stack.pop();
      while (stack.length && stack[stack.length - 1].type in LEVEL && LEVEL[stack[stack.length - 1].type] > LEVEL[type]) stack.pop();
    }
    const parent = placed !== undefined ? placed : stack.length ? stack[stack.length - 1].node : null;
    const node: Node = { item, parse, parent, children: [], inherited: leadIn && !parse ? { ...emptyAssignment(), leaders: [leadIn] } : null,
      bodyText: '', descendants: 0, part, index: nodes.length };
    if (node.parent && !isHeading(node.parent)) node.parent.children.push(node);
    else for (let p: Node | Heading | null = node.parent; p; p = p.parent) if (!isHeading(p)) { p.descendants++; break; }
    if (placed === undefined) stack.push({ type, node });
    nodes.push(node);
    ordered.push({ node });
    if (assigningHeading) { unlabelled.set(assigningHeading, node); work.splice(ui + 1, 0, assigningHeading); return; }
    if (overParagraphs) { unlabelled.set(overParagraphs, node); work.splice(ui + 1, 0, overParagraphs); return; }
    if (parse) {
      append(messages, parse.messages);
      lastWasBareHeading = false;
      const left = item.lines.slice(parse.consumed);
      // A paragraph after the assignment that ends in its own is an unlabelled task: a sibling of a task
      // that names its units (or has no label itself), a task under a numbered item that names only a
      // leader or a deadline (a heading).
      const sibling = !item.marker.label || parse.assignment.leadUnits.length > 0 || parse.assignment.coUnits.length > 0;
      const next = bareItemIn(left, sibling ? { ...BARE, type } : BARE);
      if (next) { unlabelled.set(next, sibling ? node.parent : node); work.splice(ui + 1, 0, next); return; }
      // a heading that assigns ("一、强化科技创新(区科技局牵头)") over a paragraph of its measures: that is its task
      // (…unless numbered items of another kind follow: then the paragraph only introduces them, and they are its tasks)
      const following = work[ui + 1];
      const introduces = following?.kind === 'item' && !!following.marker.label && following.marker.type !== item.marker.type;
      const para = item.marker.label && parse.consumed === 0 && !parse.title && isHeadingLike(parse.text) && !introduces ? paragraphUnder(left) : null;
      if (para) { unlabelled.set(para, node); work.splice(ui + 1, 0, para); return; }
      freeLines(left, work[ui + 1]);
      let run = false;
      for (const l of left) {
        // a label with nothing after it (信息来源:) is page furniture, no text
        const text = isHeadingLike(l.text) || isPartTitle(l.text) || !l.text.trim() || /[::]$/u.test(l.text.trim()) ? null : l;
        if (text && !run) leftOver.push({ pos: l.pos, label: item.marker.label, after: nodes.length, part });
        run = !!text;
      }
    } else {
      if (under) { unlabelled.set(under, node); work.splice(ui + 1, 0, under); return; }
      // a heading that names its lead unit (（一）省监察厅牵头的工作) over a paragraph of measures: that is its task
      const split = splitUnassigned(item);
      // (…or over one paragraph and then the next unmarked heading, 李四副省长负责的工作: that line is free again)
      const para = item.marker.label && namesLeadUnit() && split.body.length === 1 ? paragraphUnder(split.body) : null;
      if (para && (item.lines.length === 1 || isHeadingLike(split.free[0]?.text ?? ''))) {
        unlabelled.set(para, node);
        work.splice(ui + 1, 0, para, ...split.free.map((line): Unit => ({ kind: 'free', line })));
        return;
      }
      const nextUnit = work[ui + 1];
      // under a unit heading a short key line last in the item (二类目标:) before the next item heads that item
      if (!split.free.length && split.body.length > 0 && nextUnit?.kind === 'item' && underUnitHeading() && keyLine(split.body[split.body.length - 1].text) && !keyLine(nextUnit.head)) split.free.push(split.body.pop()!);
      const { body, free } = split;
      // "以上3项指标的责任单位均为市统计局": one sentence assigns the items before it, this one included
      const group = body.length ? groupAssignment(body[body.length - 1].text) : null;
      if (group) {
        body.pop();
        const open = nodes.filter((x) => !x.parse && !x.inherited && x.item.marker.type === item.marker.type).slice(-group.count);
        for (const x of open) x.inherited = group.assignment;
      }
      node.bodyText = join(body.map((l) => l.text));
      lastWasBareHeading = true;
      freeLines(free, nextUnit);
      if (free.length && !free.some((l) => isHeadingLike(l.text))) lastWasBareHeading = false;
    }
  };
  for (let ui = 0; ui < work.length; ui++) step(work[ui], ui);
  headingsLikeSiblings(nodes, ordered);
  for (const l of leftOver) {
    // among tasks (an item follows in the same part) it may be a task's lost text; after the last, closing text
    const among = nodes.some((n) => n.index >= l.after && n.part === l.part);
    messages.push(msg(among ? 'warning' : 'info', 'unparsed-text', l.pos,
      `paragraph after the assignment of item ${l.label || '(unlabelled)'} carries no assignment and is read into no task`));
  }

  passDown(nodes);
  return toTasks(ordered, nodes, messages, allText, options);
}

/** "整改措施:…" right after a problem's assignment (整改 notices): the measures are the task's own text. */
const MEASURES = /^(?:整改|具体|工作|主要)?措施\s*[::]\s*\S/u;

function withMeasures(item: Item, parse: ItemParse | null): ItemParse | null {
  const next = parse ? item.lines[parse.consumed] : undefined;
  if (!parse || !next || !MEASURES.test(next.text.trim())) return parse;
  return { ...parse, text: join([parse.text, next.text.trim()]), consumed: parse.consumed + 1, end: { line: next.pos.line, column: next.pos.column + next.text.length - 1 } };
}

/** A line whose last label is a measures label (…整改时限:立行立改整改措施:筑牢…): what follows it are those measures. */
const MEASURES_LAST = /(?:整改|具体|工作|主要)措施\s*[::][^::]*$/u;

const SECTION_LEVELS: ReadonlySet<string> = new Set(['part', 'cn-capital', 'roman', 'cn']);

/**
 * Items of one list are of one kind: where a 一、 item's siblings head tasks of their own, an item of
 * that list whose head is a heading ("一、20*年我市经济和社会发展的主要目标") over a paragraph and its
 * assignment is a heading too, and the paragraph is its one unlabelled task.
 */
function headingsLikeSiblings(nodes: Node[], ordered: Entry[]): void {
  const heads = (n: Node) => n.children.length > 0 || n.descendants > 0;
  const made: Array<{ at: Node; body: Node }> = [];
  for (const n of nodes) {
    const p = n.parse;
    if (!p || p.title || heads(n) || !SECTION_LEVELS.has(n.item.marker.type) || !n.item.lines.length) continue;
    const head = n.item.head.trim();
    if (!isHeadingLike(head) || !p.text.startsWith(head) || p.text.length <= head.length) continue;
    if (!nodes.some((x) => x !== n && x.parent === n.parent && x.item.marker.type === n.item.marker.type && heads(x))) continue;
    const lines = n.item.lines;
    const item: Item = { kind: 'item', marker: BARE, line: lines[0], head: lines[0].text, headPos: lines[0].pos, lines: lines.slice(1) };
    const body: Node = { item, parse: { ...p, text: p.text.slice(head.length).trim(), title: null }, parent: n, children: [],
      inherited: null, bodyText: '', descendants: 0, part: n.part, index: n.index };
    n.parse = null;
    n.children.push(body);
    made.push({ at: n, body });
  }
  for (const { at, body } of made) {
    nodes.splice(nodes.indexOf(at) + 1, 0, body);
    const e = ordered.findIndex((x) => 'node' in x && x.node === at);
    ordered.splice(e + 1, 0, { node: body });
  }
  if (made.length) nodes.forEach((n, i) => { n.index = i; });
}

const GROUP_SENTENCE = /^(?:以上|上述|前)?(\d{1,2}|[一二两三四五六七八九十]{1,3}|该)项?(?:指标|任务|工作|目标|事项)?的?((?:牵头|主办|责任|配合)(?:单位|部门))(?:均为|均由|为|都是)(.+?)(?:负责)?[。.]?$/u;

/** "以上3项指标的责任单位均为市统计局" / "4项目标的责任单位均为X" / "该目标责任单位为X": how many items before it, and what it assigns them. */
function groupAssignment(text: string): { count: number; assignment: Assignment } | null {
  const m = GROUP_SENTENCE.exec(text.trim());
  if (!m) return null;
  // "该目标责任单位为X" names the item just before it
  const count = m[1] === '该' ? 1 : /\d/.test(m[1]) ? Number(m[1]) : chineseNumber(m[1].replace('两', '二'));
  const assignment = parseKeyed(`${m[2]}:${m[3]}`);
  return count > 0 && assignment && hasAssignment(assignment) ? { count, assignment } : null;
}

/** Heading assignments, heading leaders and group assignments flow down to the items under them. */
function passDown(nodes: Node[]): void {
  for (const n of nodes) {
    if (!n.children.length) continue;
    const kids = n.children;
    // "1、加强经济运行分析。(牵头单位:X)" over "▲增加值增长14%…" lines: bullets without an assignment of their own
    // detail the task above; it stays the task
    if (n.parse && hasAssignment(n.parse.assignment) && kids.every((k) => k.item.marker.type === 'bullet' && !k.parse && !k.children.length && !k.descendants)) {
      for (const k of kids) k.detail = true;
      n.children = [];
      continue;
    }
    // "(一)问题。责任单位:X责任人:Y整改时限:Z整改措施:…" over "1.… 2.…": items after the item's measures label, with no
    // assignment of their own, are those measures (a rectification list's 整改措施 cell), not tasks; it stays the task
    if (n.parse && hasAssignment(n.parse.assignment) && MEASURES_LAST.test(itemLines(n.item)[n.parse.consumed]?.text ?? '')
      && kids.every((k) => !k.parse && !k.children.length && !k.descendants)) {
      for (const k of kids) k.detail = true;
      n.children = [];
      continue;
    }
    const last = kids[kids.length - 1];
    const unassigned = kids.filter((k) => !k.parse);
    // "2.基坑开挖…;" "3.地下室工程…;" "4.主体施工…。" "责任单位:X": items that end in ; run on into the next, and
    // the assignment on lines of its own after the run's last item is theirs too
    kids.forEach((k, i) => {
      if (!k.parse || k.parse.parser !== 'assignment-lines' || !hasAssignment(k.parse.assignment)) return;
      for (let j = i - 1; j >= 0; j--) {
        const p = kids[j];
        if (p.parse || p.inherited || p.children.length || !/[;;]$/u.test(lastLine(p.item))) break;
        p.inherited = k.parse.assignment;
      }
    });
    // "1.完善应急预案体系 (1)… (2)… (责任单位:…)": the assignment after the last sub-item is the group's.
    // (not under a heading that names its lead unit or leader, (三)省编办牵头的工作: that is a section over
    // tasks, and the lines after its last task are that task's own)
    const sectionOver = !n.parse && (headingOf(n).leadUnit || headingOf(n).leader);
    // (the assignment on lines of its own: key lines, or a bracket alone on its line, (责任科室:X))
    const ownLines = !!last.parse && (last.parse.parser === 'assignment-lines'
      || (last.parse.consumed > 0 && BLOCK_LINE.test(last.item.lines[last.parse.consumed - 1]?.text.trim() ?? '') && hasAssignment(last.parse.assignment)));
    if (!sectionOver && ownLines && last.parse && unassigned.length === kids.length - 1 && kids.length >= 2) {
      for (const k of unassigned) k.inherited = last.parse.assignment;
    }
  }
}

/** A line that is one bracketed block and nothing else: an assignment written under the text. */
const BLOCK_LINE = /^[((【〔\[][^()()【】〔〕\[\]]+[))】〕\]][。.;;]?$/u;

const lastLine = (item: Item) => (item.lines.length ? item.lines[item.lines.length - 1].text : item.head).trim();

/** A heading's own assignment fills whatever its tasks leave empty ("(一)…(牵头领导:X)" over "1.…(牵头单位:Y)"). */
function withAncestors(n: Node, own: Assignment): Assignment {
  // a for-in copy (the same keys in the same order as a spread, which V8 runs on a slow path here)
  const copy = {} as Record<string, unknown>;
  for (const k in own) copy[k] = own[k as keyof Assignment];
  const a = copy as unknown as Assignment;
  a.leaders = [...own.leaders]; a.leadUnits = [...own.leadUnits]; a.coUnits = [...own.coUnits];
  for (let p = n.parent; p; p = p.parent) {
    if (isHeading(p) || !p.parse || !hasAssignment(p.parse.assignment)) continue;
    const h = p.parse.assignment;
    if (!a.leaders.length) a.leaders = [...h.leaders];
    if (!a.leadUnits.length && !a.coUnits.length) { a.leadUnits = [...h.leadUnits]; a.coUnits = [...h.coUnits]; a.responsible = h.responsible; }
    else if (!a.leadUnits.length && h.leadUnits.length) a.leadUnits = [...h.leadUnits];
    a.deadline ??= h.deadline;
    a.firstIsLead ||= h.firstIsLead;
  }
  return a;
}

const titles = new WeakMap<Node, { title: string; leader: string | null; leadUnit: string | null }>();

/** A heading item's title, and the leader it names; computed once per item. */
function headingOf(n: Node): { title: string; leader: string | null; leadUnit: string | null } {
  let h = titles.get(n);
  if (!h) {
    const title = trimSet(n.parse && n.parse.consumed > 0 ? (n.parse.title ?? n.parse.text) : n.item.head, '。.;;', 'end');
    h = { title, leader: headingLeader(title), leadUnit: n.parse ? null : headingLeadUnit(title) };
    titles.set(n, h);
  }
  return h;
}

const titleOf = (n: Node) => headingOf(n).title;

function sectionsOf(parent: Node | Heading | null): Section[] {
  const out: Section[] = [];
  for (let p = parent; p; p = p.parent) {
    out.unshift(isHeading(p) ? { marker: p.marker, title: p.title } : { marker: p.item.marker.label, title: titleOf(p) });
  }
  return out;
}

/** The first value pick finds going up the parents, nearest first; pick says undefined to go on, null to stop. */
function nearestUp(parent: Node | Heading | null, pick: (p: Node | Heading) => string | null | undefined): string[] {
  for (let p = parent; p; p = p.parent) {
    const v = pick(p);
    if (v !== undefined) return v ? [v] : [];
  }
  return [];
}

const ownHeading = (p: Node | Heading) => (isHeading(p) ? p : headingOf(p));

const leadersFrom = (parent: Node | Heading | null) => nearestUp(parent, (p) => ownHeading(p).leader || undefined);

/** The lead unit a heading above names (二、县示范区管委会牵头工作), nearest first. */
const leadUnitsFrom = (parent: Node | Heading | null) => nearestUp(parent, (p) => ownHeading(p).leadUnit || undefined);

/** The co-unit a bare unit-name heading above names (省工商局 over its items); a lead-unit heading nearer stops it. */
const coUnitsFrom = (parent: Node | Heading | null) => nearestUp(parent, (p) =>
  ownHeading(p).leadUnit ? null : isHeading(p) ? p.coUnit || undefined : undefined);

/** The last characters of the file, white space and the | of text tables dropped. */
const fileTail = (allText: string) => squashSpaces(allText.slice(-400));

/**
 * A task cell the file ends inside: one line that stops short of a sentence's end, and the file's last
 * characters are its last ones (a cell of several lines holds other cells after its text: 任务来源).
 */
function cutOffIn(text: string, tail: string): boolean {
  if (text.includes('\n') || /[。;;!!??)\])]\s*$/u.test(text)) return false;
  const t = squashSpaces(text);
  return codePoints(t) >= 6 && tail.endsWith(t.slice(-8));
}

/**
 * The file ends inside an item's list of names (责任主体:市编办、市): the page was cut off mid-name, so the
 * last name is a fragment and the list is incomplete. Such an item is reported, not read as a task.
 */
const LEVEL_PREFIX = /^[省市县区镇乡]/u;
/** Whether squashSpaces(text) ends with tail, without squashing text: text read back from its end, white space and "|" skipped. */
export function squashedEndsWith(text: string, tail: string): boolean {
  let j = tail.length;
  for (let i = text.length - 1; j > 0; i--) {
    if (i < 0) return false;
    const c = text.charCodeAt(i);
    if (c === 124 || isSpaceCode(c)) continue;
    if (c !== tail.charCodeAt(--j)) return false;
  }
  return true;
}

function cutOffAssignment(a: Assignment, allText: string): boolean {
  // the file's last line a key with no value (牵头单位:X / 责任单位): the page was cut off at that key, whether
  // the item named anyone before it or only inherits a heading's leader (5.… / 责任单位: at the end)
  const text = allText.trimEnd();
  const finalLine = text.slice(text.lastIndexOf('\n') + 1).replace(/[\s::|]+/gu, '');
  if (finalLine.length <= 8 && fieldOfKey(finalLine)) return true;
  const names = [...a.leaders, ...a.leadUnits, ...a.coUnits];
  const last = a.coUnits[a.coUnits.length - 1] ?? a.leadUnits[a.leadUnits.length - 1];
  // (the text's last character but white space, as /[。…】]\s*$/u asks of the whole text: trimEnd trims \s)
  if (!last || !names.length || (text.length > 0 && CLOSING_MARK.includes(text[text.length - 1]))) return false;
  // a short whole name (刘 哲, a person under a units key) is no fragment; a level's prefix and one more
  // character (区商, 市发) is the start of a unit's name, whatever surname it may look like; the page's
  // squashed text only then (the same answer: pure tests, cheapest first)
  const lastSquashed = last.replace(/\s+/gu, '');
  // (squashSpaces(text).endsWith(lastSquashed), read back from the end: the whole page squashed only when needed)
  if (!squashedEndsWith(text, lastSquashed) || isUnit(last)) return false;
  if (codePoints(lastSquashed) <= 2) return !isPersonName(last) || (LEVEL_PREFIX.test(lastSquashed) && !a.leaders.includes(last));
  // a longer stub (省发展改) is cut off when the notice writes the whole name elsewhere (省发展改革委): the stub
  // is that name's start, not a name of its own
  if (isPersonName(last) || a.leaders.includes(last)) return false;
  // (…or when, opening with its level, it is no whole unit: 省发展改 with no 省发展改革委 before it)
  // (…or when it stops inside an organ's ending: 某某建设发展有 of …有限公司, 某县人民政 of …政府)
  return (codePoints(lastSquashed) <= 8 && wholeNameElsewhere(squashSpaces(text).slice(0, -lastSquashed.length), lastSquashed))
    || (codePoints(lastSquashed) <= 10 && LEVEL_PREFIX.test(lastSquashed))
    || ENDING_RESTS.some((rest) => isUnit(lastSquashed + rest));
}
/** The rest of an organ's ending that a name cut off inside it lacks (有|限公司, 委员|会, 办公|室, 人民政|府). */
const ENDING_RESTS = ['限公司', '公司', '员会', '公室', '府'];

/** The text names a whole unit that starts with `stub` and goes on after it (…省发展改革委、… for 省发展改). */
function wholeNameElsewhere(text: string, stub: string): boolean {
  for (let at = text.indexOf(stub); at >= 0; at = text.indexOf(stub, at + 1)) {
    const more = /^\p{Script=Han}{1,6}?(?=[、,,;;。.)):]|$)/u.exec(text.slice(at + stub.length));
    if (more && more[0] && isUnit(stub + more[0])) return true;
  }
  return false;
}
const CLOSING_MARK = '。;;!!??))]】';
/** A whole sentence, then one that stops short of its end (…争取。开展储备,加大对已发行债). */
const UNFINISHED_SENTENCE = /[。!!??][^。;;!!??]{4,}$/u;

const OPENS = '((【〔[', CLOSES = '))】〕]';
/**
 * The file ends inside a bracket the item opened and never closed (…落实。[区发展改革委(粮食和储备局)): the
 * page was cut off inside an assignment block, so its list of names is incomplete, whatever blocks
 * the item closed before it. Such an item is reported, not read as a task.
 */
function cutOffInBracket(text: string, tail: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPENS.includes(c)) depth++;
    else if (CLOSES.includes(c)) depth = Math.max(0, depth - 1);
  }
  const t = squashSpaces(text);
  return depth > 0 && codePoints(t) >= 6 && tail.endsWith(t.slice(-8));
}

function toTasks(ordered: Entry[],
  nodes: Node[], messages: Message[], allText: string, options: AssembleOptions): Assembled {
  const firstIsLead = FIRST_IS_LEAD.test(allText);
  const tail = fileTail(allText);
  const assignments = ordered.flatMap((e) => ('rows' in e ? (e.rows?.tasks ?? []).map((r) => r.assignment)
    : [e.node.parse?.assignment ?? e.node.inherited].filter((x): x is Assignment => !!x)));
  const tellsApart = !assignments.some((a) => a.leadUnits.length) && assignments.some((a) => a.coKey)
    && assignments.some((a) => a.responsibleUnits?.length);
  const tasks: Task[] = [];
  let cutOffAssigned = 0;
  const parsers = new Set<string>();
  const numbered: Numbered[] = [];
  const own = (n: Node) => withAncestors(n, n.parse?.assignment ?? n.inherited ?? emptyAssignment());
  // asked of each node up to six times below, and nothing changes a node meanwhile: answered once
  const taskAnswers = new Map<Node, boolean>();
  const isTask = (n: Node) => {
    let t = taskAnswers.get(n);
    if (t === undefined) {
      t = !n.detail && !n.children.length && !n.descendants
        && (hasAssignment(own(n)) || leadersFrom(n.parent).length > 0 || leadUnitsFrom(n.parent).length > 0 || coUnitsFrom(n.parent).length > 0);
      taskAnswers.set(n, t);
    }
    return t;
  };
  const taskNodes = nodes.filter(isTask);
  const firstTask = taskNodes[0], lastTask = taskNodes[taskNodes.length - 1];
  const taskTypes = new Set(taskNodes.map((n) => n.item.marker.type));
  const add = (t: Omit<Task, 'id'>, a: Assignment) => {
    const task: Task = { id: `t${tasks.length + 1}`, ...t };
    // "中小学校护眼灯光工程★": a star that flags a project (重点, 新增) is no part of its name
    if (task.title) task.title = task.title.replace(/\s*[★☆]+$/u, '') || task.title;
    const merged = { ...a, leaders: [...a.leaders], leadUnits: [...a.leadUnits], coUnits: [...a.coUnits] };
    if ((firstIsLead || a.firstIsLead) && !merged.leadUnits.length && merged.coUnits.length && a.responsible) merged.leadUnits = [merged.coUnits.shift()!];
    // a notice that tells its 责任单位 apart from 配合单位 and names no 牵头: the 责任单位 lead (SCHEMA)
    else if (tellsApart && !merged.leadUnits.length && a.responsibleUnits?.length) {
      const lead = new Set(a.responsibleUnits);
      merged.leadUnits = [...lead];
      merged.coUnits = merged.coUnits.filter((u) => !lead.has(u));
    }
    // names merged from several keys or blocks: first occurrence kept, no repeats (SCHEMA)
    task.leaders = unique(merged.leaders.length ? merged.leaders : task.leaders);
    task.leadUnits = unique(merged.leadUnits);
    task.coUnits = unique(merged.coUnits.filter((u) => !merged.leadUnits.includes(u)));
    task.deadline = merged.deadline;
    tasks.push(task);
  };
  // An item with no assignment is a task left incomplete when it stands among tasks: in the part of the
  // notice where tasks start, with the label kind of tasks, and not after the last task.
  const firstIndex = firstTask?.index ?? -1, lastIndex = lastTask?.index ?? -1;
  const inList = (n: Node) => n.index > firstIndex && n.index < lastIndex;
  const amongTasks = (n: Node) => {
    if (!firstTask || !taskTypes.has(n.item.marker.type) || n.index > lastIndex) return false;
    if (n.index > firstIndex) return true;
    // before the first task: only an item of the same list (its number leads up to the first task's)
    if (n.part === firstTask.part && n.parent === firstTask.parent && n.item.marker.value < firstTask.item.marker.value) return true;
    // (or the same list's items above the first unit-name heading: each unit's run restarts the numbering)
    let p = firstTask.parent;
    while (p && isHeading(p) && !p.coUnit && !p.leadUnit && !p.leader && p.parent && isHeading(p.parent)) p = p.parent;
    return n.part === firstTask.part && !!p && isHeading(p) && !!p.coUnit && n.parent === p.parent && n.item.marker.type === firstTask.item.marker.type;
  };
  // The last task the page was cut off in: inside its text, before it names a unit (2.开展项目“双进双产), as
  // with a table's last row; or inside its assignment. It is reported, not read, so it heads nothing either.
  const cutOff = (entry: (typeof ordered)[number]): 'text' | 'assignment' | null => {
    if ('rows' in entry) return null;
    const n = entry.node;
    if (n.detail || n.children.length || n.descendants || !(isTask(n) || amongTasks(n))) return null;
    // only the file's last entry and its last task can be cut off: the others need no body (asked of every entry)
    const final = entry === ordered[ordered.length - 1] && taskNodes.length > 1;
    if (!final && n !== lastTask) return null;
    const body = join([n.item.head, n.bodyText]).trim();
    // (a task that names no one itself, under a heading that assigns, ended inside its last sentence after
    // a whole one, 加强资金争取。开展储备,加大对已发行债: the page was cut off there too; a text with no sentence
    // end at all may be a name that needs none, 1.优化城乡结构布局, and stays)
    const ownNames = hasAssignment(n.parse?.assignment ?? n.inherited ?? emptyAssignment());
    if (final
      // (or one whose names stand before its text, 县水利局:履行…, the file ending inside that text: the task is not whole)
      && (!hasAssignment(own(n)) || (!ownNames && UNFINISHED_SENTENCE.test(body)) || !!n.item.line.opensTask) && cutOffIn(body, tail)) return 'text';
    return n === lastTask && (cutOffAssignment(own(n), allText) || cutOffInBracket(body, tail)) ? 'assignment' : null;
  };
  // Headings over no task (every task a notice has, or none at all, lies elsewhere) are reported.
  const heads = new Set<Node | Heading>();
  const mark = (from: Node | Heading | null) => { for (let p = from; p && !heads.has(p); p = p.parent) heads.add(p); };
  for (const entry of ordered) {
    if ('rows' in entry) { if (entry.rows?.tasks.length) mark(entry.under); }
    else if (!entry.node.children.length && !entry.node.descendants && (isTask(entry.node) || amongTasks(entry.node)) && !cutOff(entry)) mark(entry.node.parent);
  }
  for (const entry of ordered) {
    if ('rows' in entry) {
      if (!entry.rows) continue;
      append(messages, entry.rows.messages);
      // rows after the table's last assigned row carry nothing (a page cut off inside a row, a 合计 row):
      // like items after the last task, they are reported, not read as tasks
      const rowTasks = entry.rows.tasks;
      let lastAssigned = rowTasks.length - 1;
      while (lastAssigned >= 0 && !hasAssignment(rowTasks[lastAssigned].assignment)) lastAssigned--;
      if (lastAssigned >= 0 && entry.sections.every((x) => !headingLeader(x.title) && !headingLeadUnit(x.title))) {
        for (const r of rowTasks.slice(lastAssigned + 1)) {
          if (r.sections.some((x) => headingLeader(x.title) || headingLeadUnit(x.title))) { lastAssigned = rowTasks.length - 1; break; }
        }
        for (const r of rowTasks.slice(lastAssigned + 1)) {
          messages.push(msg('warning', 'unparsed-item', r.start, `table row ${r.number ?? r.text.slice(0, 12)} after the table's last assigned row has no assignment and is not read as a task`));
        }
      } else lastAssigned = rowTasks.length - 1;
      // the file ends inside the task cell of the table's last row (研发投入强度达到3.): the page was cut off
      // there, and the cells a complete row has after its task (units, deadline) were never printed
      const lastRow = rowTasks[lastAssigned];
      // (or the table reader saw the file end inside the last row's other cells: cells left open, a row short
      // of the cells every other row has)
      if (lastRow && entry === ordered[ordered.length - 1] && lastAssigned === rowTasks.length - 1 && (cutOffIn(lastRow.text, tail) || entry.cutOff)) {
        messages.push(msg('warning', 'truncated', lastRow.start, `table row ${lastRow.number ?? lastRow.text.slice(0, 12)} is cut off ${entry.cutOff ? 'inside its cells' : 'inside its task cell'} at the end of the file and is not read as a task`));
        lastAssigned--;
        // the sub-rows the cut-off row opened (its task cell over lines read as several) share its cut-off cells: none is a task
        const at = (r: (typeof rowTasks)[number]) => `${r.start.line}:${r.start.column}`;
        // (by its printed number: rows with none, as a table flattened onto one line gives, are told apart by nothing)
        while (lastRow.number != null && lastAssigned >= 0 && at(rowTasks[lastAssigned]) === at(lastRow) && rowTasks[lastAssigned].number === lastRow.number) lastAssigned--;
      }
      for (const r of rowTasks.slice(0, lastAssigned + 1)) {
        if (!hasAssignment(r.assignment)) {
          messages.push(msg('warning', 'missing-assignment', r.start, `table row ${r.number ?? r.text.slice(0, 12)} has no assignment`, { taskId: `t${tasks.length + 1}` }));
        }
        parsers.add(entry.parser);
        numbered.push({ label: r.number, pos: r.start, taskId: `t${tasks.length + 1}` });
        const sections = [...entry.sections, ...r.sections];
        // a section row that names a leader or a lead unit (王宏副市长牵头重点工作) gives it to its rows
        const fromHeadings = (read: (t: string) => string | null) => {
          for (let k = sections.length - 1; k >= 0; k--) { const v = read(sections[k].title); if (v) return [v]; }
          return [];
        };
        const a = { ...r.assignment };
        if (!a.leaders.length) a.leaders = fromHeadings(headingLeader);
        if (!a.leadUnits.length) { const u = fromHeadings(headingLeadUnit); if (u.length) { a.leadUnits = u; a.coUnits = a.coUnits.filter((x) => !u.includes(x)); } }
        add({ number: r.number, sections,
          title: r.title, text: r.text, leaders: [], leadUnits: [], coUnits: [], deadline: null, span: { start: r.start, end: r.end }, parser: entry.parser }, a);
      }
      continue;
    }
    const n = entry.node;
    const start: Pos = n.item.line.pos;
    if (n.detail) {
      messages.push(msg('info', 'unparsed-item', start, `bullet ${n.item.head.slice(0, 12)} details the task above it and is not read as a task`));
      continue;
    }
    const cut = cutOff(entry);
    if (cut === 'text') {
      numbered.push({ label: n.item.marker.label, pos: start, taskId: null });
      messages.push(msg('warning', 'truncated', start, `item ${n.item.marker.label || n.item.head.slice(0, 12)} is cut off at the end of the file and is not read as a task`));
      continue;
    }
    // a report's own unnumbered paragraph that says who was given what (…,由X、Y等分工负责。) narrates: no task
    if (options.reportPage && !n.item.marker.label && n.parse?.narrated && !n.children.length && !n.descendants) {
      messages.push(msg('info', 'reported-assignment', start, `paragraph ${n.item.head.slice(0, 12)} of a page that reports on a notice narrates who was given what: not read as a task`));
      continue;
    }
    const willBeTask = !n.children.length && !n.descendants && (isTask(n) || amongTasks(n));
    numbered.push({ label: n.item.marker.label, pos: start, taskId: willBeTask ? `t${tasks.length + 1}` : null });
    if (n.children.length || n.descendants) {
      if (!heads.has(n)) messages.push(msg('info', 'unparsed-item', start, `numbered heading ${n.item.marker.label || n.item.head.slice(0, 12)} heads no task`));
      // a heading's own assignment goes to every task under it (SCHEMA): said where it stands, since its
      // text is no task of its own
      if (n.parse && hasAssignment(n.parse.assignment)) {
        messages.push(msg('info', 'heading-assignment', n.parse.end ?? start, `numbered heading ${n.item.marker.label || n.item.head.slice(0, 12)} carries an assignment: ${heads.has(n) ? 'given to each task under it' : 'no task under it is read'}`));
      }
      continue;
    }
    if (cut === 'assignment') {
      if (hasAssignment(own(n))) cutOffAssigned++;
      messages.push(msg('warning', 'truncated', start, `item ${n.item.marker.label} is cut off inside its assignment at the end of the file and is not read as a task`));
      continue;
    }
    if (isTask(n) || amongTasks(n)) {
      let a = own(n);
      const headingUnits = a.leadUnits.length ? [] : leadUnitsFrom(n.parent);
      if (headingUnits.length) a = { ...a, leadUnits: headingUnits, coUnits: a.coUnits.filter((u) => !headingUnits.includes(u)) };
      else if (!a.leadUnits.length && !a.coUnits.length) { const co = coUnitsFrom(n.parent); if (co.length) a = { ...a, coUnits: co }; }
      const leaders = a.leaders.length ? [] : leadersFrom(n.parent);
      const text = n.parse ? n.parse.text : join([n.item.head, n.bodyText]);
      const title = n.parse ? n.parse.title : null;
      const id = `t${tasks.length + 1}`;
      if (!isTask(n)) messages.push(msg('warning', 'missing-assignment', start, `item ${n.item.marker.label} has no assignment`, { taskId: id }));
      if (n.parse) parsers.add(n.parse.parser);
      add({ number: n.item.marker.label || null, sections: sectionsOf(n.parent), title, text: text.trim(), leaders, leadUnits: [], coUnits: [],
        deadline: null, span: { start, end: n.parse?.end ?? { line: start.line, column: start.column + n.item.line.text.length - 1 } },
        parser: n.parse?.parser }, a);
    } else if (inList(n)) {
      messages.push(msg('warning', 'unparsed-item', start, `numbered item ${n.item.marker.label} among the tasks carries no assignment and is not read as a task`));
    } else {
      messages.push(msg('info', 'unparsed-item', start, `numbered item ${n.item.marker.label || n.item.head.slice(0, 12)} lies outside the task list (covering letter or closing text)`));
    }
  }
  return { tasks, messages, parsers: [...parsers], numbered, cutOff: cutOffAssigned };
}
