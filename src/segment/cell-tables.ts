// Task tables rendered as text, whatever their header words: one cell per line (序号 / 主要任务 / 分管
// 领导 / 牵头单位 … each on its own line, often ending in " |") or one row per line with cells between
// "|". The header is found by what its labels mean; rows by their running numbers (a row number
// every k lines, k varying because empty cells vanish); each row's lines are dealt to the columns by
// matching what each line is (units, people, a deadline, a sentence) to what each column holds.
import { fieldOfHeader, fieldOfKey, isKnownKey } from '../assign/keys.js';
import { headingLeader, headingLeadUnit } from '../assemble/heading-rules.js';
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { cellKind, isProgressCell, type CellKind } from '../recognize/cell-kind.js';
import { memo } from '../memo.js';
import { isPersonName, readPerson } from '../recognize/person.js';
import { isUnit } from '../recognize/unit.js';
import { chineseNumber, readMarker, SECTION_MARKERS } from './markers.js';
import { codePoints, endsIn, isSpaceCode, opensIn, squashSpaces, trimSet } from '../text.js';
import { scanTables } from './scan.js';
import { splitNames } from '../units.js';
import { splitTitle } from './title-split.js';
import { isHeaderWord } from './header-words.js';

export type ColumnRole = 'number' | 'text' | 'title' | 'leaders' | 'leadUnits' | 'coUnits' | 'deadline' | 'prose' | 'category' | 'other';

const MAX_LABEL = 18;
const MAX_COLUMNS = 24;
const CATEGORY = /^(类别|分类|类型|领域|板块|方面|项目类别|门类|大类)$/u;
/** Columns that hold no task text and no assignment: progress, plans, remarks, money, places. */
const OTHER = /(计划$|阶段|推进情况|完成情况|任务来源|依据|出处|进展|进度|实施计划|工作计划|推进计划|计划安排|成效|备注|说明|是否|电话|投资|金额|资金|地点|地址|规模|评价|得分|状态|存在问题|问题|情况|状况|达序|序时|联系人|建设年限|建设性质|起止年限|完成率|完成数|实际|累计|百分比|%|%|评分|分值|权重|属性|性质|类型$|预期效果|预期成效|成果$)/u;
/** Units that judge or supply data, not units that carry the task (评分部门, 数据提供单位). */
export const NOT_ASSIGNED = /(?:评分|打分|考评|考核|审核|监督|数据提供).*(?:部门|单位|处室|科室)$|责任人$|负责人$/u;
/** A unit label joined to its head's (牵头单位及主要负责人, 责任部门、责任人, 责任单位(负责人)). */
const UNIT_WITH_HEAD = /^(.{2,10}?(?:单位|部门|处室|科室))(?:及其?|和|与|、|\/|[((])(?:单位|部门)?(?:主要)?(?:负责人|责任人|负责同志)[))]?$/u;
/** A target column's label (年度目标, 目标任务, 预期目标): figures or short phrases, beside the task. */
const TARGET = /^(?:\d{4}年)?(?:年度|全年|年)?(?:目标|预期目标|目标任务|目标值|预期值|任务目标)$/u;
/** A label for one period of the year (一季度目标, 上半年推进情况, 1-6月进展): the plan or progress for that period, not the task. */
export const PERIOD_LABEL = /^(?:第?[一二三四1-4]季度|前[一二三]季度|[上下]半年|\d{1,2}(?:\s*[-—~至]\s*\d{1,2})?月(?:份|底|末)?)/u;
const SCHEDULE = /^(?:完成)?(?:时间|时限|期限)(?:进度|安排|计划)(?:要求)?$|^(?:进度|计划)(?:时间|时限|期限)$/u;
/** A table's own name above its header (…任务分解表, …清单) is no column label. */
const TABLE_NAME = /(?:表|方案|清单|一览|台账|汇总|[((]\d+项[))])$|^.{5,}(?:分工|分解)$/u;
const SQUASH = squashSpaces;
const BREAKDOWN = /^(?:细化|分解|具体)(?:分工|任务|内容|措施)$/u;
/** A label for the breakdown of the task beside it (细化分工): its column holds the task's content. */
export const isBreakdownLabel = (label: string) => BREAKDOWN.test(SQUASH(label));

/** Beside a breakdown column (细化分工), the task column it breaks down names the task: its title. */
function titleBesideBreakdown(labels: string[], roles: ColumnRole[]): void {
  if (roles.includes('title')) return;
  const a = breakdownTitle(labels, roles.flatMap((r, c) => (r === 'text' ? [c] : [])));
  if (a !== undefined) roles[a] = 'title';
}

/** Of two task columns, the first when the second is a breakdown of it (工作任务 beside 细化分工): its title. */
export function breakdownTitle(labels: string[], textCols: number[]): number | undefined {
  const [a, b] = textCols;
  return textCols.length === 2 && isBreakdownLabel(labels[b]) && !isBreakdownLabel(labels[a]) ? a : undefined;
}

/** The role a header label gives its column; null when the label names nothing we know. Asked of the
 * same labels again and again while a header is found and joined: kept per document (src/memo.ts). */
export const columnRole = (label: string): ColumnRole | null => (beyondLabel(label) ? null : keptRole(label));
const keptRole = memo(readColumnRole);

/**
 * A text readColumnRole refuses at its length test, told without squashing it (columnRole is asked of every
 * line's cells): more than MAX_LABEL * 2 code units that are not white space or "|" (so more than MAX_LABEL code
 * points, past the period test's 10), and no ")" last, which a bracketed note could cut off.
 */
export function beyondLabel(label: string): boolean {
  let n = 0, i = 0;
  for (; i < label.length && n <= MAX_LABEL * 2; i++) { const c = label.charCodeAt(i); if (c !== 124 && !isSpaceCode(c)) n++; }
  if (n <= MAX_LABEL * 2) return false;
  for (let j = label.length - 1; j >= 0; j--) { const c = label.charCodeAt(j); if (c !== 124 && !isSpaceCode(c)) return c !== 0x29; }
  return false;
}

export function readColumnRole(label: string): ColumnRole | null {
  const full = SQUASH(label);
  // a note in brackets after the label (重点工作任务(杭州市2项牵头工作、19项配合工作)) says how many, not what
  const note = full.endsWith(')') || full.endsWith(')') ? /^(.{2,}?)[((][^()()]*[))]$/u.exec(full) : null; // (the lazy scan only where it can end)
  const h = note && (codePoints(full) > MAX_LABEL || /[。;;,,::]/u.test(full)) ? note[1] : full;
  // one period's breakdown of the task (四季度任务分解, 上半年工作分解): that period's plan, a column, not the table's name
  if (h && codePoints(h) <= 10 && PERIOD_LABEL.test(h) && /(?:分工|分解)$/u.test(h)) return 'other';
  if (!h || h.length > MAX_LABEL * 2 || codePoints(h) > MAX_LABEL || /[。;;,,::]/u.test(h) || TABLE_NAME.test(h) || TABLE_NAME.test(full)) return null;
  if (/^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))])/u.test(h)) return null; // a heading (一、…), not a label
  if (endsIn(h, '0123456789') && /\p{Script=Han}\d+$/u.test(h)) return null; // a word and its number (任务228): a numbered heading, not a label
  // a year over an indicator's figures (2022年, 2025年目标, 2027年底): the value for that year, no task
  if ((h[0] === '1' || h[0] === '2') && /^(?:19|20)\d{2}年(?:底|末)?(?:目标值?|预期值?|基期值|现状值|基数|完成值|实际值)?$/u.test(h)) return 'other';
  if (CATEGORY.test(h)) return 'category';
  // a rectification list's goal and measures (整改目标, 整改措施) beside its problem: the problem is the task
  if (/^整改(?:目标|措施)$/u.test(h)) return 'other';
  // a column headed by a year alone (2022年, 2025年度) holds that year's figures: values, not the task
  if (/^\d{4}年度?$/u.test(h)) return 'other';
  if (/^(?:项目|任务|工作|事项|指标)?名称$/u.test(h)) return 'title';
  // a breakdown of the task beside it (细化分工, 细化任务, 分解任务): the task's detailed content, no assignment
  if (BREAKDOWN.test(h)) return 'text';
  const field = fieldOfHeader(h);
  if (field === 'number') return 'number';
  // a unit column that also names the unit's head (牵头单位及主要负责人, 责任单位/责任人): the unit's column (the head
  // is no leader of the task, SCHEMA); a head alone (责任人, 单位负责人) is no unit column
  const withHead = h.includes('负责') || h.includes('责任人') ? UNIT_WITH_HEAD.exec(h) : null; // (exact pre-check)
  if (withHead) {
    const unit = fieldOfHeader(withHead[1]);
    if (unit === 'leadUnits' || unit === 'coUnits') return unit;
  }
  if (endsIn(h, '门位室人') && NOT_ASSIGNED.test(h)) return 'other'; // (exact: its alternatives' last characters)
  if (opensIn(h, '第一二三四前上下0123456789') && PERIOD_LABEL.test(h) && field !== 'leaders' && field !== 'leadUnits' && field !== 'coUnits' && field !== 'deadline') return 'other';
  // a schedule (时间进度, 时间安排, 进度时限) says when, not how far a task has come; so do a project's years
  if ((field === 'deadline' && SCHEDULE.test(h)) || /^(?:建设|实施|完成)?(?:起止)?年限$/u.test(h)) return 'deadline';
  // a label that names the content beside a figure (建设规模及内容) is the task; progress on it is not (任务完成率)
  if (OTHER.test(h) && field !== 'leaders' && field !== 'leadUnits' && field !== 'coUnits'
    && !(/内容|任务/u.test(h) && !/情况|进展|进度|完成|成效|计划|安排|问题|评价|阶段|来源|依据|出处/u.test(h))) return 'other';
  if (field) return field === 'prose' ? 'prose' : field;
  // a label with another name for it in brackets (落实科室(部门)): what the label before the brackets names
  if (note && note[1] !== h) return readColumnRole(note[1]);
  return null;
}

const usable = (roles: ColumnRole[]) =>
  roles.length >= 3 && roles.some((r) => r === 'text' || r === 'title')
  && roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits' || r === 'prose');

// a row number alone on its line; "1*" (a starred row: the list marks some items so) keeps its star as its label
const ROW_NUMBER = /^(\d{1,4})\s*(?:[.、.]|\*)?\s*\|?\s*$/u;
/** A row number with the row's first cell after a space on the same line ("1 全市生产总值增长8%。"). */
const ROW_NUMBER_AND_CELL = /^(\d{1,4})(?:\s*[.、.]\s*|\s+)(?=[^\s\d%%.])/u;
/** A row number in brackets or circled, alone on its line ((一) / (3) / ③): 序号 cells print them so. */
const ROW_MARK = /^(?:[((]\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[))]|([\u2460-\u2473])|([一二三四五六七八九十]{1,3}))\s*\|?\s*$/u;
/** The value of a row number alone on its line (1 / 1. / (一) / ③), or null. */
function rowNumber(t: string): number | null {
  const d = ROW_NUMBER.exec(t);
  if (d) return Number(d[1]);
  const m = ROW_MARK.exec(t);
  if (!m) return null;
  if (m[3]) return chineseNumber(m[3]);
  return m[2] ? m[2].codePointAt(0)! - 0x2460 + 1 : /\d/u.test(m[1]) ? Number(m[1]) : chineseNumber(m[1]);
}
const isRowNumber = (t: string) => rowNumber(t) !== null;
/** The first row's number, 1, alone on its line. */
const isFirstRow = (t: string | null) => !!t && ROW_NUMBER.exec(t)?.[1] === '1';
const opensRow = (t: string) => isRowNumber(t) || ROW_NUMBER_AND_CELL.test(t);
const PIPES_ONLY = /^[\s|]*$/u;
/** A spaced row's opening: its number (maybe starred, ★6) before a space, or alone on its line. */
const ROW_START = /^[★☆*]?\d{1,4}(?:\s|$)/u;
/** A cell's text without the "|" that closes or opens it (no regex over a run of spaces: linear). */
const cellText = (t: string) => trimSet(t, '|');

// ---- dealing a row's lines to the columns -----------------------------------------------------

type Score = Record<CellKind, number>;
/** How each column takes lines; 'name' is the first of two task cells under one header cell (名称 | 内容). */
type DealRole = ColumnRole | 'name' | 'judges' | 'target';
const EMIT: Record<DealRole, Partial<Score>> = {
  name: { sentence: 3, short: 1, units: -3, people: -4, deadline: -2, number: -3 },
  judges: { units: 3, short: 0.5, people: -1, sentence: -4, deadline: -3, number: -4 },
  target: { sentence: 2, short: 1.5, number: 1.5, units: -3, people: -4, deadline: 0 },
  number: { number: 2, short: -3, sentence: -6, units: -6, people: -6, deadline: -6 },
  text: { sentence: 3, short: 1, units: -3, people: -4, deadline: -2, number: -3 },
  title: { short: 2.5, sentence: -1, units: -2, people: -3, deadline: -2, number: -3 },
  leaders: { people: 4, units: -1, short: -1, sentence: -5, deadline: -3, number: -4 },
  leadUnits: { units: 4, people: -1, short: 0.5, sentence: -4, deadline: -3, number: -4 },
  coUnits: { units: 4, people: -1, short: 0.5, sentence: -4, deadline: -3, number: -4 },
  deadline: { deadline: 4, number: 1, short: 0, sentence: -2, units: -3, people: -3 },
  prose: { sentence: 1, units: 2, short: 1, people: 0, deadline: 0, number: -1 },
  category: { short: 2, sentence: -1, units: -2, people: -2, deadline: -2, number: -2 },
  other: { sentence: 1, short: 1, number: 1.5, deadline: 0.5, units: -0.5, people: -1 },
};
const PROGRESS_EMIT: Partial<Record<DealRole, number>> = { name: -4, text: -4, title: -4, target: -3, category: -3, other: 1.5 };
const SKIP: Record<DealRole, number> = {
  name: -1, judges: -0.3, target: -0.3, number: -1, text: -4, title: -1, leaders: -0.5, leadUnits: -1, coUnits: -0.5, deadline: -0.5, prose: -0.5, category: -0.3, other: -0.2,
};
/** Extra lines in one cell: names and remarks may run over lines, a deadline or a title rarely does. */
const MORE: Record<DealRole, number> = {
  name: -2.5, judges: 0, target: -2, number: -6, text: -2.5, title: -2, leaders: 0, leadUnits: -1, coUnits: 0, deadline: -2, prose: 0, category: -3, other: 0,
};
const WRAP = -2.5;
const LEVEL_CHANGE = -1.5;

/**
 * Deals lines to columns in order (a Viterbi pass over line × column). A column may take no line (an
 * empty or merged cell), or several (names over lines); a sentence after the last column may open a
 * sub-row that shares the row's other cells. Returns, per sub-row, each column's lines.
 */
export function dealRow(lines: string[], roles: DealRole[], delimited = false, rowsAtFirst = false): number[][][] {
  const n = lines.length, k = roles.length;
  if (!n) return [];
  const kinds = lines.map(cellKind);
  // a report of progress (已完成…, 正在推进…) goes to a progress or remark column, never to the task's
  const progress = lines.map(isProgressCell);
  const emit = (i: number, c: number) => (EMIT[roles[c]][kinds[i]] ?? 0) + (progress[i] ? PROGRESS_EMIT[roles[c]] ?? 0 : 0);
  // the level a unit line names (县…, 市…): one cell's names are of one level, a change opens the next cell
  const levels = lines.map((l, i) => (kinds[i] === 'units' ? (/^[省市县区]/u.exec(l.trim())?.[0] ?? '') : ''));
  // how a units line is written: a list on one line (A、B、C) or one name; one cell's lines are written
  // one way (a name a line, or the whole list on one line), so a list after single names opens the next cell
  const listed = lines.map((l, i) => (kinds[i] === 'units' ? /[、,,;;]/u.test(l) : null));
  // a lone character after a word or a sentence (加强水资源保 / 护): the end of that word, wrapped or spaced off
  // (a one-character answer, 无 / 是 / 否, or a measure word, 个 / 座, is a cell of its own)
  const fragment = lines.map((l, i) => i > 0 && kinds[i] === 'short' && /^\p{Script=Han}$/u.test(l.trim()) && !/^[无有]$/u.test(l.trim())
    && (kinds[i - 1] === 'short' || kinds[i - 1] === 'sentence') && !/[。;;!!??]$/u.test(lines[i - 1].trim()));
  // one line a column, none out of place: the row is complete, read it in order (not when the deadline
  // column would take something else while a deadline stands in the column after it: 经管站 / 2 / 2023年底)
  const deadlineAside = roles.some((r, c) => r === 'deadline' && kinds[c] !== 'deadline' && kinds[c + 1] === 'deadline' && roles[c + 1] !== 'deadline');
  if (n === k && !deadlineAside && kinds.every((_, i) => emit(i, i) > -2.5)) return [roles.map((_, c) => [c])];
  // cells between "|" or spaces whose last ones are empty: read in order when each cell plainly fits its column
  if (delimited && n < k && kinds.every((_, i) => emit(i, i) >= 0) && roles.slice(n).every((r) => SKIP[r] >= -1)) {
    return [roles.map((_, c) => (c < n ? [c] : []))];
  }
  const skipSum = (from: number, to: number) => { let s = 0; for (let c = from; c < to; c++) s += SKIP[roles[c]]; return s; };
  const score: number[][] = Array.from({ length: n }, () => new Array(k).fill(-Infinity));
  const back: Array<Array<[number, boolean] | null>> = Array.from({ length: n }, () => new Array(k).fill(null));
  for (let c = 0; c < k; c++) score[0][c] = skipSum(0, c) + emit(0, c);
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let best = -Infinity, from: [number, boolean] | null = null;
      for (let p = 0; p < k; p++) {
        const prev = score[i - 1][p];
        if (prev === -Infinity) continue;
        let s: number;
        let wrap = false;
        if (p === c) s = prev + (fragment[i] ? 0 : MORE[roles[c]]) + (levels[i - 1] && levels[i] && levels[i - 1] !== levels[i] ? LEVEL_CHANGE : 0)
          + (listed[i - 1] === false && listed[i] === true ? LEVEL_CHANGE : 0);
        else if (fragment[i]) continue;
        else if (c > p) s = prev + skipSum(p + 1, c);
        // a new (sub-)row opens at the task text; in rows without numbers led by a unit column, at that column too
        else if (roles[c] === 'text' || roles[c] === 'title' || (rowsAtFirst && c === 0)) { s = prev + skipSum(p + 1, k) + WRAP; wrap = true; }
        else continue;
        if (s > best) { best = s; from = [p, wrap]; }
      }
      score[i][c] = best + emit(i, c);
      back[i][c] = from;
    }
  }
  let end = 0;
  for (let c = 1; c < k; c++) if (score[n - 1][c] + skipSum(c + 1, k) > score[n - 1][end] + skipSum(end + 1, k)) end = c;
  const path: Array<{ c: number; wrap: boolean }> = new Array(n);
  for (let i = n - 1, c = end; i >= 0; i--) {
    const b = back[i][c];
    path[i] = { c, wrap: b ? b[1] : false };
    if (b) c = b[0];
  }
  const rows: number[][][] = [roles.map(() => [])];
  path.forEach(({ c, wrap }, i) => {
    if (wrap) rows.push(roles.map(() => []));
    rows[rows.length - 1][c].push(i);
  });
  return rows;
}

// ---- finding the tables -----------------------------------------------------------------------

/** How a column label ends: a stub line that ends so finishes the label above it (攻坚目标 / 任务). */
const LABEL_WORD_END = /(?:任务|单位|部门|领导|时限|时间|期限|内容|措施|举措|目标|事项|名称|情况|备注|分工|节点|科室|处室|项目|指标|人|号)$/u;
const PERIODS = /^(?:(?:[一二三四1-4]|第[一二三四])季度|\d{1,2}月份?|[上下]半年|全年)+$/u;
/** How column labels end (…单位, …时限, …情况): a label is cut after one. */
export const LABEL_ENDS = /(?:序号|编号|名称|内容|领导|单位|部门|科室|处室|主体|时限|时间|期限|节点|进度|安排|任务|措施|目标|事项|备注|情况)/gu;

/** A line of three labels or more run together, each cut after a label ending and read as a column. */
function runTogetherLabels(s: string): string[] | null {
  if (codePoints(s) > MAX_LABEL * 4 || /[。;;,,::\d]/u.test(s)) return null;
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    LABEL_ENDS.lastIndex = i;
    let found = false;
    for (let m = LABEL_ENDS.exec(s); m && m.index - i < 10; m = LABEL_ENDS.exec(s)) {
      const label = s.slice(i, m.index + m[0].length);
      if (columnRole(label)) { out.push(label); i = m.index + m[0].length; found = true; break; }
    }
    if (!found) return null;
  }
  return out.length >= 3 ? out : null;
}

interface Header { roles: ColumnRole[]; labels: string[]; next: number; unnumbered?: boolean }

const labelOf = (b: Block | undefined) => (b && b.kind === 'line' ? cellText(b.text) : null);

/** A person named with the office (周阳市长, 副市长张三): the first row's leader cell, never a label. */
function titledPerson(t: string): boolean {
  const p = readPerson(SQUASH(t));
  return !!p?.title && p.name !== p.title;
}

/** The line at `i` is the first part of a name wrapped over narrow lines (市政 / 府办 / 公厅), or a long name: a cell, no label. */
function startsName(blocks: Block[], i: number): boolean {
  const parts: string[] = [];
  for (let j = i; j < blocks.length && parts.length < 4; j = nextContent(blocks, j + 1)) {
    const t = labelOf(blocks[j]);
    if (!t || !/^\p{Script=Han}{1,12}$/u.test(SQUASH(t)) || (parts.length > 0 && columnRole(t))) break;
    if (parts.length > 1 && codePoints(parts[parts.length - 1]) !== codePoints(parts[0])) break;
    parts.push(SQUASH(t));
    // (a bare 单位 is a label: a name alone on its line is one of four characters or more)
    if (isUnit(parts.join('')) && (parts.length > 1 || codePoints(parts[0]) >= 4)) return true;
  }
  return false;
}

/** A stacked header starting at `start`: consecutive label lines (blank and "|" lines skipped). */
function stackedHeader(blocks: Block[], start: number): Header | null {
  const roles: ColumnRole[] = [];
  const labels: string[] = [];
  let i = start;
  let unknown = 0;
  let lastUnknown = -1;
  while (i < blocks.length && roles.length <= MAX_COLUMNS) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (PIPES_ONLY.test(b.text)) { i++; continue; }
    const t = cellText(b.text);
    // (a line of cells between "|" is a header or a row of its own, never one cell of a stacked header)
    if (isRowNumber(t) || (t.includes('|') && lineHeader(b.text) !== null)) break;
    // quarters or months under a progress column (一季度二季度三季度四季度): columns we do not read
    if (roles.includes('other') && PERIODS.test(SQUASH(t))) { i++; continue; }
    // labels run together on one line (实事内容工作任务责任单位进展情况), read before it passes for one label
    const run = runTogetherLabels(SQUASH(t));
    if (run) { for (const l of run) { labels.push(l); roles.push(columnRole(l)!); } i++; continue; }
    // …or the whole header on one line, spaced, over rows one cell a line (a long row the page cut at its spaces)
    const spaced = !labels.length ? spacedLabels(t) : null;
    if (spaced) { labels.push(...spaced.labels); roles.push(...spaced.roles); i++; break; }
    // a heading that names who leads the rows under it (徐仁标市长牵头重点工作) reads like a 牵头 label: once
    // the header is whole it is the first section row
    if (usable(roles) && (headingLeader(t) || headingLeadUnit(t))) break;
    let role = columnRole(t);
    // a third task label after a name and a task column is the first row's name (养老服务项目)
    if ((role === 'text' || role === 'title') && !roles.includes('number') && roles.includes('title') && roles.includes('text') && usable(roles)) break;
    // under a category column first (类别 / 序号 / …), a second task label right before the first row number is
    // the first category's value (确保完成全年主要预期目标), not a column
    if (roles[0] === 'category' && usable(roles) && (role === 'text' || role === 'title') && roles.includes('text')
      && isRowNumber(labelOf(blocks[nextContent(blocks, i + 1)]) ?? '')) break;
    let used = 1;
    // a label broken over two lines: 责任 / 领导 (the first names nothing alone, or both are two-character stubs)
    {
      let j = i + 1;
      while (j < blocks.length && blocks[j].kind === 'line' && PIPES_ONLY.test((blocks[j] as TextLine).text)) j++;
      const next = labelOf(blocks[j]);
      if (next && codePoints(SQUASH(t + next)) <= MAX_LABEL && !opensRow(next)) {
        const joined = columnRole(t + next);
        // two two-character stubs that are one known label together (项目 / 名称, 牵头 / 单位)
        // (or two stubs that are a label headers print: 工作 / 任务, 主办 / 单位, 完成 / 时限)
        const stubs = codePoints(SQUASH(t)) <= 2 && codePoints(SQUASH(next)) <= 2 && (fieldOfKey(SQUASH(t + next)) || /名称$/u.test(SQUASH(t + next))
          || !columnRole(next) || isHeaderWord(SQUASH(t + next)));
        // (a label of its own that would turn into another column's label only by the generic …单位 reading,
        // 指标 / 单位, is two columns: the figure's measure follows its name)
        const j2 = SQUASH(t + next);
        const recast = !!role && joined !== role && !isKnownKey(j2) && !isHeaderWord(j2) && !/名称$/u.test(j2);
        // (an organ over a label, 区政府 / 分管领导: whose leaders the column names, one label)
        const organ = !role && joined === columnRole(next) && /^[省市县区镇乡]\p{Script=Han}{1,3}$/u.test(SQUASH(t)) && isUnit(SQUASH(t));
        if (joined && (!role || (stubs && !recast)) && (codePoints(SQUASH(next)) <= 2 || !columnRole(next) || organ)) { role = joined; used = j - i + 1; labels.push(t + next); roles.push(role); i += used; continue; }
      }
    }
    // a period or a measure under a label (进展情况 / (7月), 总投资 / (万元)) qualifies it: one label
    if (labels.length && /^[((][^()()]{0,8}(?:月|季度|年|日|周|旬|元|个|%|%|人|户|公里|亩|平方米|吨)[^()()]{0,4}[))]$/u.test(SQUASH(t)) && columnRole(labels[labels.length - 1])) {
      labels[labels.length - 1] += t;
      i += 1;
      continue;
    }
    // a two-character stub that ends the label before it (攻坚目标 / 任务)
    const prevRole = roles[roles.length - 1];
    if (labels.length && codePoints(SQUASH(t)) <= 2 && (role === null || role === prevRole) && prevRole !== 'other' && prevRole !== 'number'
      && columnRole(labels[labels.length - 1] + t) === prevRole && LABEL_WORD_END.test(SQUASH(t))) {
      labels[labels.length - 1] += t;
      i += 1;
      continue;
    }
    if (!role) {
      // an unknown short label inside a header (说明, 监督电话) is a column we do not read; unless a figure
      // other than the first row's number follows it and the unknown lines after it: the first row has begun
      // (宏观调控 / 地区生产总值增长率 / 3, a category and a name over their score)
      let k = nextContent(blocks, i + 1);
      for (let n = 0; n < 2 && labelOf(blocks[k]) && !columnRole(labelOf(blocks[k])!) && cellKind(labelOf(blocks[k])!) !== 'number'; n++) k = nextContent(blocks, k + 1);
      const ahead = labelOf(blocks[k]);
      // (or, no 序号, a short name under the first task column with the row's task and its units after it, each
      // what its column holds: 推进政策公开 / 常态化公开…信息。 / 财政所、… — the first row, its category cell first)
      const k1 = nextContent(blocks, i + 1), k2 = nextContent(blocks, k1 + 1);
      const named = (x: number, r: ColumnRole | undefined) => !!labelOf(blocks[x]) && !!r && (r === 'text' ? cellKind(labelOf(blocks[x])!) === 'sentence'
        : (r === 'leadUnits' || r === 'coUnits') && cellKind(labelOf(blocks[x])!) === 'units');
      const firstCell = usable(roles) && !roles.includes('number') && (roles[0] === 'text' || roles[0] === 'title') && cellKind(t) === 'short'
        && roles.length >= 3 && named(k1, roles[1]) && named(k2, roles[2]);
      // (or, no 序号, the lines from here on fill the header's columns in order, each what its column holds, names
      // that are no label under the names: the first row, its first cell a category's or a name's)
      const period = usable(roles) && !roles.includes('number') && roles.length >= 3 && (() => {
        for (let c = 0, x = i; c < roles.length; c++, x = nextContent(blocks, x + 1)) {
          const l = labelOf(blocks[x]);
          if (!l || !fitsColumn(cellKind(l), roles[c], isProgressCell(l)) || (ASSIGNED.has(roles[c]) && columnRole(l))) return false;
        }
        return true;
      })();
      const rowBegun = (!!ahead && cellKind(ahead) === 'number' && !isFirstRow(ahead)) || firstCell || period;
      if (roles.length >= 2 && codePoints(SQUASH(t)) <= 12 && !/[。;;,,::]/u.test(t) && !readMarker(t) && unknown < 3
        && !startsName(blocks, i) && !titledPerson(t) && !rowBegun) { role = 'other'; unknown++; lastUnknown = i; }
      else break;
    }
    labels.push(t);
    roles.push(role);
    i += used;
  }
  // a header without a 序号 label over rows that have numbers: the number column is there, unlabelled —
  // first (1 right under the header), or after a task column that groups the rows (its cell, then 1; a
  // short cell may have passed for an unknown label)
  if (usable(roles) && !roles.includes('number')) {
    const j0 = nextContent(blocks, i), j1 = nextContent(blocks, j0 + 1);
    const first = labelOf(blocks[j0]), second = labelOf(blocks[j1]);
    const grouped = roles.filter((r) => r === 'text' || r === 'title').length >= 2 && (roles[0] === 'text' || roles[0] === 'title');
    if (isFirstRow(first) && grouped && lastUnknown >= 0 && roles[roles.length - 1] === 'other' && nextContent(blocks, lastUnknown + 1) === j0) {
      labels.pop();
      roles.pop();
      i = lastUnknown;
      roles.splice(1, 0, 'number');
      labels.splice(1, 0, '序号');
    } else if (isFirstRow(first)) {
      roles.unshift('number');
      labels.unshift('序号');
    } else if (first && isFirstRow(second) && grouped && cellKind(first) === 'short') {
      roles.splice(1, 0, 'number');
      labels.splice(1, 0, '序号');
    }
  }
  // a category column first (考核项目 before 序号): an unknown last label right before the first row is the
  // first category's value (农业高质高效), not a column
  if (roles.length > 3 && (roles[0] === 'text' || roles[0] === 'title' || roles[0] === 'category') && roles[1] === 'number' && lastUnknown >= 0
    && nextContent(blocks, lastUnknown + 1) === nextContent(blocks, i) && roles[roles.length - 1] === 'other' && opensRow(labelOf(blocks[nextContent(blocks, i)]) ?? '')) {
    labels.pop();
    roles.pop();
    i = lastUnknown;
  }
  // so is a task-like last label (发展目标) after the assignment columns, when the header has its task column
  // already: a task column follows 序号, it does not close the header after the units
  {
    let k = i - 1;
    while (k > 0 && blocks[k].kind === 'line' && PIPES_ONLY.test((blocks[k] as TextLine).text)) k--;
    const n = roles.length;
    const taskLike = (r: ColumnRole) => r === 'text' || r === 'title';
    if (n > 4 && (roles[0] === 'category' || taskLike(roles[0])) && roles[1] === 'number' && taskLike(roles[n - 1])
      && roles.slice(2, n - 1).some(taskLike) && ['leaders', 'leadUnits', 'coUnits'].includes(roles[n - 2])
      && labelOf(blocks[k]) === labels[n - 1] && opensRow(labelOf(blocks[nextContent(blocks, i)]) ?? '')) {
      labels.pop();
      roles.pop();
      i = k;
    }
  }
  // two columns, a task and who does it (重点任务 / 责任单位), with no 序号: read as rows without numbers
  // (or the unit first and its duties, 相关部门 / 职责分工: a list of who does what)
  const pair = roles.length === 2 && ((['text', 'title'].includes(roles[0]) && ['leaders', 'leadUnits', 'coUnits'].includes(roles[1]))
    || (['leadUnits', 'coUnits'].includes(roles[0]) && roles[1] === 'text'));
  if (!roles.length || !(usable(roles) || pair)) return null;
  titleBesideBreakdown(labels, roles);
  // a text column standing before 序号 groups the rows: a category (SCHEMA), not the task
  if (roles.length > 2 && (roles[0] === 'text' || roles[0] === 'title') && roles[1] === 'number') roles[0] = 'category';
  // the first row, or a section line (经济社会发展主要预期目标(15项)) and then the first row
  let j = nextContent(blocks, i);
  const categoryFirst = roles[0] === 'category';
  // (a category's cell may be a sentence or two, 提升线上服务友好度。加强…, right over the first row's number)
  const categoryCell = (t: string) => cellKind(t) === 'short' || (cellKind(t) === 'sentence' && isFirstRow(labelOf(blocks[nextContent(blocks, j + 1)])));
  if (labelOf(blocks[j]) && !opensRow(labelOf(blocks[j])!) && (isSectionLine(labelOf(blocks[j])!) || (categoryFirst && categoryCell(labelOf(blocks[j])!)))) j = nextContent(blocks, j + 1);
  // (or headings stacked over the first numbered row: 强化科技创新支撑能力。 / (一) / 加强战略科技力量建设。)
  if (roles.includes('number')) j = leadInEnd(blocks, j) ?? j;
  const firstRow = labelOf(blocks[j]);
  if (!firstRow) return null;
  // rows without numbers: a table with no 序号 column whose first row opens with its name or its task
  // (or, a unit column first, with the first row's name: 牵头单位 | 目标任务 | 责任单位 over 市政 / 府办 / 公厅)
  if (!opensRow(firstRow)) {
    // a 序号 column first whose cells are all empty (old tables print no numbers): the rows are unnumbered,
    // their lines dealt to the other columns
    if (roles[0] === 'number' && roles.length > 3 && !roles.slice(1).includes('number') && usable(roles.slice(1))) {
      roles.shift();
      labels.shift();
    }
    // (or, a category column first, with the row's name or task after the first category's cell, passed above)
    const opensWithTask = (['title', 'text'].includes(roles[0]) || (categoryFirst && ['title', 'text'].includes(roles[1])))
      && ['short', 'sentence'].includes(cellKind(firstRow));
    const opensWithUnit = (roles[0] === 'leadUnits' || roles[0] === 'coUnits') && startsName(blocks, j);
    // (or, a leaders column first, with the row's leader: 负责领导 | 重点工作 | … over 王波 / 分管领域…)
    const opensWithLeader = roles[0] === 'leaders' && cellKind(firstRow) === 'people';
    return !roles.includes('number') && (opensWithTask || opensWithUnit || opensWithLeader) ? { roles, labels, next: i, unnumbered: true } : null;
  }
  return { roles, labels, next: i };
}

const MARKER_ALONE = /^(?:[一二三四五六七八九十]+[、.．]|[((][一二三四五六七八九十]+[))])$/u;
const LEAD_IN_MAX = 4;
/** A heading line over a numbered table's first row: short, and neither names, a figure nor a deadline (no cell of a row). */
/** A long heading with a section marker and its own sentences (一、提升…友好度。加强…。具体措施:), no cell gap in it. */
const markedHeading = (t: string) => {
  const m = readMarker(t);
  return !!m && SECTION_MARKERS.has(m.type) && codePoints(t) <= 120 && !/\s{2,}/u.test(t);
};
const headingLike = (t: string) => (codePoints(SQUASH(t)) <= 40 || markedHeading(t)) && !opensRow(t)
  && !['units', 'people', 'deadline', 'number', 'empty'].includes(cellKind(t));
/**
 * Headings stacked between a numbered table's header and its first row (a marker alone on its line, then
 * its title): where the first row's number stands, or null when no row number follows a few such lines.
 */
function leadInEnd(blocks: Block[], from: number): number | null {
  let j = from;
  for (let n = 0; n < LEAD_IN_MAX && j < blocks.length; n++) {
    const t = labelOf(blocks[j]);
    if (!t) return null;
    // (a marker alone over its title, (一) / 加强…建设。, is a heading here, not a row's number: a row 1 follows)
    const markerAlone = MARKER_ALONE.test(t) && headingLike(labelOf(blocks[nextContent(blocks, j + 1)]) ?? '');
    if (opensRow(t) && !markerAlone) return n > 0 && isFirstRow(t) ? j : null;
    if (!headingLike(t) && !markerAlone) return null;
    j = nextContent(blocks, j + 1);
  }
  const t = labelOf(blocks[j]);
  return isFirstRow(t) ? j : null;
}

function nextContent(blocks: Block[], from: number): number {
  let j = from;
  while (j < blocks.length && blocks[j].kind === 'line' && PIPES_ONLY.test((blocks[j] as TextLine).text)) j++;
  return j;
}

/** A line between rows that heads the rows after it: a marker, a count of items, or a heading's ending. */
function isSectionLine(t: string): boolean {
  const m = readMarker(t);
  // (a heading may close with a full stop: 一、总体要求和主要预期目标。)
  if (m && SECTION_MARKERS.has(m.type) && t.length <= 40 && /^[^。;;,,]+。$/u.test(t.slice(m.length))) return true;
  if (t.length > 40 || /[。;;,,]$/u.test(t)) return false;
  return (m !== null && SECTION_MARKERS.has(m.type)) || /[((]\d+项[))]$|(?:目标|任务|工作|事项|项目|方面|领域|建设|发展|保障|改革)(?:[((][^()()]*[))])?$/u.test(t);
}

/** A 序号 cell that numbers a section row: a Chinese numeral, bracketed or not (一 / 一、 / (一)). */
const NUMERAL_CELL = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[((][一二三四五六七八九十]{1,3}[))])$/u;

/**
 * The cells of a section row under a header (the line after it, read as the header going on, or as the first
 * row's section): a numeral in the first and a title (一 | 产业发展), a marked heading first (一、产业发展), or
 * one heading alone that is no label, a row right under it (产业发展 | then 1 | …).
 */
function sectionCells(cells: string[], nextLine: string): boolean {
  const m = readMarker(cells[0]);
  return (NUMERAL_CELL.test(cells[0]) && cells.length === 2)
    || (!!m && SECTION_MARKERS.has(m.type) && isSectionLine(cells[0]))
    || (cells.length === 1 && !columnRole(cells[0]) && isSectionLine(cells[0]) && /^[\s|]*\d{1,4}\s*\|/u.test(nextLine));
}

type Sep = '|' | ' ';
const splitBy = (text: string, sep: Sep) => (sep === '|' ? text.split('|') : text.split(/\s{1,}/u));

/** Whether splitBy(text, sep) has at least three cells that are not blank, counted by code unit (exported for its test). */
export function threeCells(text: string, sep: Sep): boolean {
  let cells = 0, filled = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (sep === '|' ? c === 124 : isSpaceCode(c)) {
      if (filled && ++cells >= 3) return true;
      filled = false;
    } else if (!filled && !isSpaceCode(c)) filled = true;
  }
  return cells + (filled ? 1 : 0) >= 3;
}

/** A header written on one line, its cells between "|" or spaces (a label broken by a space is joined). */
function lineHeader(text: string): { roles: ColumnRole[]; labels: string[]; sep: Sep; named?: number } | null {
  const pipe = text.indexOf('|');
  const sep: Sep = pipe >= 0 && text.indexOf('|', pipe + 1) >= 0 ? '|' : ' ';
  // (asked of every line: most have fewer than three cells, told without splitting them; between "|", two may
  // be a task and who does it, | 主要任务 | 责任科室 |)
  if (!threeCells(text, sep) && sep !== '|') return null;
  const parts = splitBy(text, sep).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2 || (parts.length < 3 && sep !== '|')) return null;
  const labels: string[] = [];
  const roles: ColumnRole[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    let r = columnRole(parts[i]);
    let label = parts[i];
    const joined = i + 1 < parts.length ? parts[i] + parts[i + 1] : '';
    // a label broken by a space: 1- 8月…, or a two-character qualifier before what it qualifies (牵头 领导,
    // 主体 责任单位) when together they are one assignment label
    // (between "|" a cell that is a label of its own, 时间安排, is its own column: no stub of the one before)
    if (joined && ((!r && columnRole(joined) && (sep !== '|' || !columnRole(parts[i + 1]))) || (sep === ' ' && [...parts[i]].length <= 2 && r !== 'number' && fieldOfKey(joined) && columnRole(joined)))) {
      label = joined; r = columnRole(label); i++;
    }
    // (between "|" an unknown label may still head the items: see itemsUnderUnknownLabel)
    if (!r && (sep !== '|' || !LABEL_LIKE.test(SQUASH(label)))) return null;
    if (!r) unknown.push(labels.length);
    labels.push(label);
    roles.push(r ?? 'other');
  }
  const named = unknown.length ? itemsUnderUnknownLabel(labels, roles, unknown) : undefined;
  if (unknown.length && named === undefined) return null;
  titleBesideBreakdown(labels, roles);
  const pair = roles.length === 2 && !unknown.length && roles.includes('text') && roles.some((r) => r === 'leadUnits' || r === 'coUnits');
  // spaced rows are told by their numbers, or (none) by the row under the header fitting it cell for cell
  return usable(roles) || pair ? { roles, labels, sep, ...(named !== undefined ? { named } : {}) } : null;
}

/** A short label of words only (专项整治行业名称, 一级要点): no sentence, no figure. */
const LABEL_LIKE = /^\p{Script=Han}{2,12}$/u;

/**
 * A header between "|" that names who does the work (责任单位, 牵头部门) but labels its items in words we do not
 * know (专项整治行业名称 | 时间安排 | 责任单位): what the unit column is assigned are the rows' items, so the
 * first unknown label before the first assignment column is the task column (when no label names one);
 * other unknown labels are columns we do not read. Returns that column (its label then reads as a task
 * column's), or undefined when the header is no such thing: no unit column, or a task column already
 * named and unknown labels among the assignment columns.
 */
function itemsUnderUnknownLabel(labels: string[], roles: ColumnRole[], unknown: number[]): number | undefined {
  const assignAt = roles.findIndex((r) => r === 'leadUnits' || r === 'coUnits');
  if (assignAt < 0) return undefined;
  // (beside a task column, 工作要求 | 一级要点 | 二级要点 | 责任科室: every unknown label between it and the units
  // is a task column too, the innermost holding the items; headings merged over them are read as sections)
  const textAt = roles.findIndex((r) => r === 'text' || r === 'title');
  if (textAt >= 0) {
    const between = unknown.filter((c) => c > textAt && c < assignAt);
    if (!between.length || between.length !== unknown.length || between.some((c, k) => c !== textAt + 1 + k) || between[between.length - 1] !== assignAt - 1) return undefined;
    for (const c of between) { roles[c] = 'text'; labels[c] = ROLE_LABEL.text!; }
    return between[between.length - 1];
  }
  const at = unknown.find((c) => c < assignAt);
  if (at === undefined) return undefined;
  roles[at] = 'text';
  labels[at] = ROLE_LABEL.text!;
  return at;
}

const ASSIGNED: ReadonlySet<string> = new Set(['leaders', 'leadUnits', 'coUnits']);
/**
 * A spaced row with no number (负责领导 重点工作 … then 王波 分管领域投资工作 … 县农业农村局、县林业局 …): it has
 * a cell for every column, or for all but a first one merged over it, and its assignment columns hold
 * names (a person where leaders stand, units where units do). One line of words is no such row.
 */
function fitsSpacedRow(text: string, roles: ColumnRole[]): boolean {
  // (cells two spaces or more apart when the gaps are as many as the columns ask: 新引进 5 亿元以上重大项目   9   区投促局)
  const wide = text.trim().split(/\s{2,}/u);
  const cells = wide.length === roles.length || wide.length === roles.length - 1 ? wide : text.trim().split(/\s+/u);
  // a cell short: a first one merged over the row, or (a column after the names, 推进情况) a last one left empty
  const ats = cells.length === roles.length ? [0] : cells.length === roles.length - 1 ? [1, 0] : [];
  return ats.some((at) => fitsAt(cells, roles, at));
}

function fitsAt(cells: string[], roles: ColumnRole[], at: number): boolean {
  // (the last cell left empty is no assignment column's)
  if (at === 0 && cells.length < roles.length && roles.slice(cells.length).some((r) => ASSIGNED.has(r))) return false;
  let named = 0;
  for (let c = at; c < Math.min(roles.length, cells.length + at); c++) {
    if (!ASSIGNED.has(roles[c])) continue;
    const kind = cellKind(cells[c - at]);
    if (kind !== (roles[c] === 'leaders' ? 'people' : 'units')) return false;
    named++;
  }
  // (one assignment column: every cell there, and the task cell a sentence of its own: 启动学校空调…。)
  const sentence = roles.some((r, c) => r === 'text' && c >= at && c - at < cells.length && cellKind(cells[c - at]) === 'sentence');
  // (…or a name column first, 项目名称, and the row opens with a name: 地区生产总值增长率   年终…考核   区发改局)
  // (two task columns first, 实事名称 | 实事内容: the first names the row as a name column does)
  const titled = (roles[0] === 'title' || (roles[0] === 'text' && roles[1] === 'text')) && at === 0 && ['short', 'sentence'].includes(cellKind(cells[0]));
  return named >= 2 || (named === 1 && at === 0 && roles.length >= 3 && (sentence || titled));
}

/** A spaced header line whose every part is a label (负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况). */
function spacedLabels(text: string): { labels: string[]; roles: ColumnRole[] } | null {
  if (text.includes('|') || !/\s/u.test(text.trim())) return null;
  const h = lineHeader(text);
  if (!h || h.sep !== ' ') return null;
  return { labels: h.labels, roles: h.roles };
}

function cellsOf(lines: TextLine[][], roles: ColumnRole[]): Cell[] {
  // an empty cell stands where its row starts
  const rowPos = lines.find((ls) => ls.length)?.[0].pos ?? { line: 1, column: 1 };
  return roles.map((role, c) => {
    const ls = lines[c];
    if (role === 'text' || role === 'title' || role === 'other' || role === 'category') return { text: ls.map((l) => cellText(l.text)).join(''), pos: ls[0]?.pos ?? rowPos };
    // a deadline cell with a stray figure beside its date (2 / 2023年底): the date is the deadline
    if (role === 'deadline' && ls.length > 1 && ls.some((l) => cellKind(cellText(l.text)) === 'deadline')) {
      const dated = ls.filter((l) => cellKind(cellText(l.text)) !== 'number');
      return { text: joinNameLines(dated.map((l) => cellText(l.text))), pos: dated[0].pos };
    }
    return { text: joinNameLines(ls.map((l) => cellText(l.text))), pos: ls[0]?.pos ?? rowPos };
  });
}

/** Lines that are one name wrapped in its cell (市生态 / 环境局) are one line before the row is dealt. */
function mergeWrappedNames(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // a name wrapped over three or four narrow lines (市政 / 府办 / 公厅): no part names anything alone, and
    // a narrow column wraps at one width (every part but the last as wide as the first)
    const frag = (k: number) => (lines[k] ? cellText(lines[k].text) : '');
    let joined = false;
    for (let n = 4; n >= 3 && !joined; n--) {
      if (i + n > lines.length || lines.slice(i, i + n - 1).some((x) => /\|\s*$/u.test(x.text))) continue;
      const parts = Array.from({ length: n }, (_, k) => frag(i + k));
      const w = codePoints(parts[0]);
      if (!parts.every((p, k) => /^\p{Script=Han}{1,3}$/u.test(p) && (k === n - 1 ? codePoints(p) <= w : codePoints(p) === w))) continue;
      if (isUnit(parts[0]) || isPersonName(parts[0]) || !isUnit(parts.join(''))) continue;
      out.push({ ...l, text: parts.join('') });
      i += n - 1;
      joined = true;
    }
    if (joined) continue;
    const prev = out[out.length - 1];
    const a = prev ? cellText(prev.text) : '', b = cellText(l.text);
    // a bracketed name alone under a unit (应急管理局 / (安委办)) is that unit's other name, in its cell
    if (prev && /^[((][^()()]{1,12}[))]$/u.test(b) && cellKind(a) === 'units' && isUnit(a + b) && !/[、,,;;]/u.test(a)) {
      out[out.length - 1] = { ...prev, text: a + b };
      continue;
    }
    // the first part names nothing alone, the second does not open a name of its own (县…, 市…, 各…)
    if (prev && /^\p{Script=Han}{2,4}$/u.test(a) && /^\p{Script=Han}{1,4}$/u.test(b) && cellKind(a) === 'short' && !/^(?:省|市|县|区|镇|乡|各|州)/u.test(b)
      && !isUnit(a) && isUnit(a + b) && (/^[省市县区]/u.test(a) || !isUnit(b))) out[out.length - 1] = { ...prev, text: a + b };
    else out.push(l);
  }
  return out;
}

/** A name cell's lines are one name each, except where a name wrapped (市生态 / 环境局): those are joined. */
function joinNameLines(parts: string[]): string {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // a line that is only a bracketed name under a unit (市财政局 / (市国资委)) is the other name that unit
    // goes by, part of the same name, not a unit of its own
    const aside = /^[((][^()()]+[))]$/u.test(p) && isUnit(p.slice(1, -1));
    if (prev !== undefined && !/[、,,;;]$/u.test(prev) && (!isUnit(prev) || !isUnit(p) || aside) && isUnit(prev + p) && !isPersonName(p)) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out.join('\n');
}


/**
 * A unit line that is names the same table writes alone elsewhere, run together (文化宣传股文化馆 where
 * 文化宣传股 and 文化馆 each fill a line of their own): cut into those names, one a line. The table's own
 * names tell where one ends, with no level prefix to cut at. `rows[0]` is the header.
 */
export function cutKnownNames(rows: Cell[][], roles: ColumnRole[]): void {
  const cols = roles.flatMap((r, c) => (r === 'leadUnits' || r === 'coUnits' ? [c] : []));
  const body = rows.slice(1).filter((row) => !row.every((x) => x.text === row[0].text));
  const known = new Set<string>();
  for (const row of body) for (const c of cols) for (const l of row[c].text.split('\n')) {
    const t = l.trim();
    if (codePoints(t) >= 3 && !/[、,,;;((]/u.test(t) && isUnit(t)) known.add(t);
  }
  if (known.size < 2) return;
  const cover = (t: string): string[] | null => {
    if (!t) return [];
    for (let j = t.length - 3; j >= 3; j--) {
      const head = t.slice(0, j);
      if (!known.has(head)) continue;
      const rest = t.slice(j);
      const tail = known.has(rest) ? [rest] : cover(rest);
      if (tail) return [head, ...tail];
    }
    return null;
  };
  for (const row of body) for (const c of cols) {
    if (!row[c].text) continue;
    const lines = row[c].text.split('\n').map((l) => (known.has(l.trim()) ? cover(l.trim())?.join('\n') ?? l : l));
    row[c] = { ...row[c], text: lines.join('\n') };
  }
}

/** Cells a row lacks take the value of the cell above them (a cell merged over rows appears once). */
function inherit(row: Cell[], prev: Cell[] | null, roles: ColumnRole[], delimited = false, empty: ReadonlySet<number> = new Set()): void {
  if (!prev) return;
  const hasUnits = roles.some((r, c) => (r === 'leadUnits' || r === 'coUnits') && row[c].text);
  const numberCol = roles.indexOf('number');
  // a row without its number lies under a number cell merged over several rows: it shares that row's name
  const merged = numberCol >= 0 && !row[numberCol].text && !!prev[numberCol].text;
  // no 序号 column, the number printed in the name (1.城市人居环境提升项目): a row with neither a name nor
  // a number of its own lies under that name (merged over rows); with only assignment cells, under its text too
  const titleCol = roles.indexOf('title'), textCol = roles.indexOf('text');
  const numbered = (t: string | undefined) => !!t && readMarker(t)?.type === 'num';
  if (numberCol < 0 && titleCol >= 0 && !row[titleCol].text && numbered(prev[titleCol].text) && !(textCol >= 0 && numbered(row[textCol].text))) {
    row[titleCol] = { ...prev[titleCol] };
    const filled = roles.flatMap((r, c) => (row[c].text ? [r] : []));
    if (textCol >= 0 && !row[textCol].text && filled.length > 1
      && filled.every((r) => r === 'title' || r === 'leaders' || r === 'leadUnits' || r === 'coUnits' || r === 'deadline')) row[textCol] = { ...prev[textCol] };
  }
  roles.forEach((r, c) => {
    if (row[c].text || !prev[c].text || empty.has(c)) return;
    // (between "|" or spaces an empty leader cell beside the row's own units is empty, not merged: cells one
    // a line cannot tell the two apart); a row with its own text but no name lies under a name merged over
    // rows (工作任务 beside 细化分工)
    if (r === 'category' || ((r === 'leaders' || r === 'deadline') && !(delimited && hasUnits)) || (merged && (r === 'number' || r === 'title'))
      || (r === 'title' && textCol >= 0 && !!row[textCol].text)
      || (!hasUnits && (r === 'leadUnits' || r === 'coUnits'))) {
      row[c] = { ...prev[c] };
    }
  });
}

/** `empties`: the lines (their numbers) of explicitly empty cells in the row, a "|" alone after a closed cell. */
type Row = { number: TextLine | null; lines: TextLine[]; short?: boolean; empties?: number[] };

/**
 * A task column whose cells are mostly figures (8950人, 7699套, ≥2%) beside another task column holds
 * targets, not tasks (目标任务 next to 项目名称). `columns` holds each column's cells.
 */
export function figureColumns(roles: ReadonlyArray<string | null>, columns: string[][]): number[] {
  const textCols = roles.flatMap((r, c) => (r === 'text' || r === 'title' ? [c] : []));
  if (textCols.length < 2) return [];
  const out = textCols.filter((c) => {
    const cells = columns[c].map((t) => t.trim()).filter(Boolean);
    const kinds = cells.map(cellKind);
    const figures = kinds.filter((k) => k === 'number').length;
    // (a column that also states targets in words, no figure in them, 年终根据全省平均水平综合考核, is the
    // task's content)
    const sentences = cells.filter((t, k) => (kinds[k] === 'sentence' || kinds[k] === 'short') && codePoints(t) >= 8 && !/\d/u.test(t)).length;
    return figures >= 2 && figures * 5 >= cells.length * 3 && sentences < 2;
  });
  return out.length < textCols.length ? out : [];
}

/** Cells of delimited rows read in order (the first cell in the first column …): each column's cells. */
function cellsInOrder(rows: Row[], roles: ColumnRole[]): string[][] {
  const columns: string[][] = roles.map(() => []);
  const numberCol = roles.indexOf('number');
  for (const r of rows) {
    // the columns the row's lines stand for: all, or all but 序号 when the number stands apart
    // (a category before 序号 was read as a section)
    const cols = roles.flatMap((role, c) => (r.number && (c === numberCol || (c < numberCol && role === 'category')) ? [] : [c]));
    // only rows that fit the header and open where it does (a sub-row, a row with an extra cell, would shift)
    const fits = r.lines.length <= cols.length && (r.number || roles[0] !== 'number' || isRowNumber(cellText(r.lines[0]?.text ?? '')));
    if (fits) r.lines.forEach((l, i) => columns[cols[i]].push(cellText(l.text)));
  }
  return columns;
}

/** Cells one a line, each closed by "|": every line is a whole cell, none a wrapped part of one. */
const closedCells = (rows: Row[]) => {
  const lines = rows.flatMap((r) => r.lines);
  return lines.length > 0 && lines.filter((l) => /\|\s*$/u.test(l.text)).length >= lines.length * 0.9;
};

/**
 * Two task columns side by side (实事内容 | 工作任务) and only one of them filled: the cells ran together
 * in one line (教育惠民启动学校空调…); the name is cut off where the content opens.
 */
function splitRunTogetherTitle(cells: Cell[], roles: ColumnRole[]): void {
  const c = roles.findIndex((r, k) => (r === 'text' || r === 'title') && roles[k + 1] === 'text');
  if (c < 0) return;
  const [a, b] = [cells[c], cells[c + 1]];
  const filled = a.text && !b.text ? a : !a.text && b.text ? b : null;
  if (!filled) return;
  const { title, text } = splitTitle(filled.text);
  if (!title || /[。;;,,]/u.test(title)) return;
  cells[c] = { text: title, pos: filled.pos };
  cells[c + 1] = { text, pos: filled.pos };
}

function buildTable(headPos: TextLine['pos'], labels: string[], roles: ColumnRole[], rows: Row[],
  sectionBefore: Map<number, TextLine[]>, delimited = false, stacked = false): TableBlock {
  // (rows one a line only: one cell a line, a merged cell missing from a row shifts every cell after it)
  const figures = delimited && !stacked ? new Set(figureColumns(roles, cellsInOrder(rows, roles))) : new Set<number>();
  // the task columns, but for targets (by their cells, or one cell a line by their label: 目标任务)
  const tasks = roles.flatMap((r, c) => ((r === 'text' && !figures.has(c) && !(stacked && TARGET.test(SQUASH(labels[c])))) || r === 'title' ? [c] : []));
  if (delimited && tasks.length === 1) {
    // cells between "|" or spaces are whole cells: two of them dealt to one task column are a name and its
    // content under a header cell spanning both (项目名称 over 深化…改革 | 完成在职参保人数6300人)
    const at = tasks[0];
    // only where no column stands between the task and its assignment to take the second cell
    if (['leaders', 'leadUnits', 'coUnits', 'deadline', 'prose'].includes(roles[at + 1])) {
      const titled = [...roles.slice(0, at), 'title' as const, 'text' as const, ...roles.slice(at + 1)];
      const named = roles[at] === 'title' ? [labels[at], '内容'] : ['名称', labels[at]];
      const titledLabels = [...labels.slice(0, at), ...named, ...labels.slice(at + 1)];
      const dealt = dealTable(titled, titledLabels, rows, delimited, stacked, at);
      const filled = (ri: number, ks: number[]) => ks.some((k) => k < 0 || !!cellText(rows[ri].lines[k]?.text ?? ''));
      if (dealt.some((sub, ri) => sub.some((cols) => filled(ri, cols[at]) && filled(ri, cols[at + 1])))) {
        return assembleTable(headPos, titledLabels, titled, rows, dealt, sectionBefore, stacked);
      }
    }
  }
  return assembleTable(headPos, labels, roles, rows, dealTable(roles, labels, rows, delimited, stacked), sectionBefore, stacked);
}

// (a 名称 column names each row's own project: not merged)
const isOuterTask = (roles: ColumnRole[], labels: string[], c: number) =>
  roles[c] === 'text' && roles[c + 1] === 'text' && !TARGET.test(SQUASH(labels[c + 1]));

/** An item's own number at the start of a task cell: (1), (12), or circled (①, the same level printed so). */
const ITEM_NUMBER = /^\s*(?:[((](\d{1,3})[))]|[\u2460-\u2473])/u;
// a cell opening with its own number (1.地区生产总值增长5%以上。): a numbered point, maybe a sub-row's task
const DOT_ITEM = /^\s*(\d{1,3})[.、.](?!\d)/u;
/**
 * Sub-rows numbered (1), (2) … in one row, each with its own cells: a task cell that took several such
 * lines is several sub-rows whose cells were merged (the cells after them stand with the last one).
 */
function splitAtItems(subs: number[][][], texts: string[], roles: DealRole[]): number[][][] {
  const c = roles.findIndex((r) => r === 'text');
  if (c < 0 || subs.length < 2) return subs;
  const opens = (sub: number[][]) => sub[c].length > 0 && ITEM_NUMBER.test(texts[sub[c][0]]);
  if (subs.filter(opens).length < 2) return subs;
  return subs.flatMap((sub) => {
    const lines = sub[c];
    if (!opens(sub) || lines.length < 2 || !lines.every((k) => ITEM_NUMBER.test(texts[k]))) return [sub];
    const before = lines.slice(0, -1).map((k) => roles.map((_, col) => (col === c ? [k] : [])));
    return [...before, sub.map((ls, col) => (col === c ? [lines[lines.length - 1]] : ls))];
  });
}

/** Whether a line of this kind may stand in a column of this role (names only in the name columns, and there only names). */
function fitsColumn(kind: CellKind, role: DealRole, progress = false): boolean {
  // (a report of progress, 已完成 / 正在推进…, stands only in a column we do not read)
  if (progress) return role === 'other';
  if (role === 'leaders') return kind === 'people';
  if (role === 'leadUnits' || role === 'coUnits' || role === 'judges') return kind === 'units';
  if (role === 'deadline') return kind === 'deadline' || kind === 'number';
  if (role === 'number') return kind === 'number';
  return kind !== 'units' && kind !== 'people' && kind !== 'empty';
}

/** Columns whose cell may be merged from the row above, and so absent from a row one cell a line: names, a
 * deadline, a category printed once over the rows it groups; and a column we do not read, its cell often empty. */
const MERGEABLE: ReadonlySet<DealRole> = new Set<DealRole>(['leaders', 'leadUnits', 'coUnits', 'judges', 'deadline', 'category', 'other']);

/** One step of the table's period: a column the line takes, whether it opens a row, how many cells it passes absent. */
export interface PeriodStep { col: number; opens: boolean; skipped: number }
/**
 * The table's period, one step: the columns a line of this kind may take after the line before took column `at`
 * (-1: none yet), going on in the row past absent cells that may be merged from the row above, or opening the
 * next row when all the row's cells left may be so. Empty when the line fits none.
 */
export function periodSteps(kind: CellKind, roles: readonly DealRole[], at: number, progress = false): PeriodStep[] {
  const out: PeriodStep[] = [];
  let c = at + 1;
  for (; c < roles.length; c++) {
    if (fitsColumn(kind, roles[c], progress)) out.push({ col: c, opens: at < 0, skipped: c - at - 1 });
    if (!MERGEABLE.has(roles[c])) break;
  }
  if (at < 0 || c < roles.length) return out;
  for (let d = 0; d <= at; d++) {
    if (fitsColumn(kind, roles[d], progress)) out.push({ col: d, opens: true, skipped: roles.length - at - 1 + d });
    if (!MERGEABLE.has(roles[d])) break;
  }
  return out;
}

/**
 * Rows with no numbers, one cell a line, each row as wide as the header but for cells merged from the row above
 * (the table's period): when every line can stand in a column that holds what it is (names under the names, no
 * name under the task), the reading that passes the fewest absent cells gives the rows, one line a cell, if most
 * rows lack none but a category's; null otherwise. (A long name under a short one is no sub-row then.)
 */
export function periodicRows(texts: string[], roles: DealRole[]): number[][][] | null {
  const k = roles.length, n = texts.length;
  if (k < 2 || n < 2 * k - 2 || !roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits')) return null;
  // cost[i][c]: fewest absent cells with line i in column c; from[i][c]: the step that got there
  const cost: number[][] = Array.from({ length: n }, () => new Array<number>(k).fill(Infinity));
  const from: Array<Array<{ at: number; opens: boolean } | null>> = Array.from({ length: n }, () => new Array(k).fill(null));
  for (let i = 0; i < n; i++) {
    const kind = cellKind(texts[i]), progress = isProgressCell(texts[i]);
    for (let at = i ? 0 : -1; at < (i ? k : 0); at++) {
      const before = i ? cost[i - 1][at] : 0;
      if (before === Infinity) continue;
      for (const st of periodSteps(kind, roles, at, progress)) {
        if (before + st.skipped < cost[i][st.col]) { cost[i][st.col] = before + st.skipped; from[i][st.col] = { at, opens: st.opens || st.col <= at }; }
      }
    }
    if (cost[i].every((x) => x === Infinity)) return null;
  }
  // (the last row's cells after its last line must be ones that may be absent)
  let end = -1;
  for (let c = 0; c < k; c++) if (cost[n - 1][c] < Infinity && roles.slice(c + 1).every((r) => MERGEABLE.has(r)) && (end < 0 || cost[n - 1][c] < cost[n - 1][end])) end = c;
  if (end < 0) return null;
  const cols: number[] = new Array(n);
  const opens: boolean[] = new Array(n);
  for (let i = n - 1, c = end; i >= 0; i--) { cols[i] = c; opens[i] = from[i][c]!.opens; c = from[i][c]!.at; }
  const rows: number[][][] = [];
  for (let i = 0; i < n; i++) {
    if (opens[i] || !rows.length) rows.push(roles.map(() => []));
    rows[rows.length - 1][cols[i]].push(i);
  }
  const whole = rows.filter((r) => r.every((x, c) => x.length || roles[c] === 'category' || roles[c] === 'other')).length;
  return rows.length >= 2 && whole * 2 > rows.length ? rows : null;
}

/** Each row's lines dealt to the columns: per row, per sub-row, each column's lines. */
function dealTable(roles: ColumnRole[], labels: string[], rows: Row[], delimited: boolean, stacked: boolean, nameCol = -1): number[][][][] {
  const numberCol = roles.indexOf('number');
  // a name column that is the only task column takes the tasks' text, long or short (指标名称)
  const onlyTitle = !roles.includes('text');
  const tasks = roles.filter((r) => r === 'text' || r === 'title').length;
  let dealRoles: DealRole[] = roles.map((r, c) => {
    if (c === nameCol || (onlyTitle && r === 'title')) return 'name';
    if (c === numberCol && rows.every((x) => x.number)) return 'other';
    // units that judge or supply data (评分部门) take unit lines, so the units before them keep only their own
    if (r === 'other' && NOT_ASSIGNED.test(SQUASH(labels[c])) && !/人$/u.test(SQUASH(labels[c]))) return 'judges';
    // a target beside the task column (年度目标) may be a figure as well as a phrase
    if (r === 'text' && tasks >= 2 && TARGET.test(SQUASH(labels[c]))) return 'target';
    // the first of two task columns one after the other, in cells one a line, is the outer one: merged over the
    // rows under it, it appears only in the first of them (考核指标 over 考核内容)
    if (stacked && isOuterTask(roles, labels, c)) return 'name';
    return r;
  });
  if (delimited && !stacked) {
    const figures = new Set(figureColumns(roles, cellsInOrder(rows, roles)));
    dealRoles = dealRoles.map((r, c) => (figures.has(c) ? 'other' : r));
  }
  // rows without numbers whose first column is a unit column (牵头单位 | 目标任务 | 责任单位): each row opens there
  const unitsFirst = rows.every((r) => !r.number) && (roles[0] === 'leadUnits' || roles[0] === 'coUnits');
  // a category column after 序号 whose cells are headings (一、就业促进(3项)): merged over its rows, it shows
  // in the first of them only, as a heading; a row that opens with no heading has no category cell
  const categoryCol = roles.indexOf('category');
  const headed = (t: string | undefined) => !!t && !!readMarker(t) && SECTION_MARKERS.has(readMarker(t)!.type) && isSectionLine(t);
  const headingCategory = categoryCol > numberCol && numberCol >= 0 && stacked
    && rows.some((r) => r.number && headed(cellText(r.lines[0]?.text ?? '')));
  const dealt = rows.map((row) => {
    row.lines = mergeWrappedNames(row.lines);
    const texts = row.lines.map((l) => cellText(l.text));
    if (row.number && numberCol >= 0) {
      // the number stands apart: deal the columns after it (a category before it was read as a section)
      // and the ones before it that may still follow it, then put the number back in its column
      const before = dealRoles.slice(0, numberCol).map((r) => r === 'category');
      const skip = (c: number) => c === numberCol || (c < numberCol && before[c]) || (headingCategory && c === categoryCol);
      if (headingCategory) {
        // the heading, when the row has one, is its category cell; the other lines are dealt to the other columns
        const heading = headed(texts[0]) ? 1 : 0;
        const rest = texts.slice(heading);
        const kept = dealRoles.filter((_, c) => !skip(c));
        return splitAtItems(dealRow(rest, kept, delimited), rest, kept).map((sub, n) => {
          const out: number[][] = [];
          let k = 0;
          dealRoles.forEach((_, c) => out.push(c === numberCol ? [-1] : c === categoryCol ? (heading && n === 0 ? [0] : []) : skip(c) ? [] : sub[k++].map((x) => x + heading)));
          return out;
        });
      }
      return splitAtItems(dealRow(texts, dealRoles.filter((_, c) => !skip(c)), delimited), texts, dealRoles.filter((_, c) => !skip(c)))
        .map((sub) => {
          const out: number[][] = [];
          let k = 0;
          dealRoles.forEach((_, c) => out.push(c === numberCol ? [-1] : skip(c) ? [] : sub[k++]));
          return out;
        });
    }
    return periodicRows(texts, dealRoles) ?? splitAtItems(dealRow(texts, dealRoles, delimited, unitsFirst), texts, dealRoles);
  });
  return stacked ? splitAtStops(dealt, rows, dealRoles) : dealt;
}

const STOP_END = /[。;;!?!?]$/u;
/**
 * Cells one a line where the task cells are mostly one line each: a task cell that took several lines, each a whole
 * sentence closed by its stop, is as many sub-rows whose other cells are merged over them from the first (a
 * units cell printed once over the rows it spans); the cells after them stand with the last one.
 */
function splitAtStops(dealt: number[][][][], rows: Row[], roles: DealRole[]): number[][][][] {
  const c = roles.lastIndexOf('text');
  if (c < 0) return dealt;
  const subs = dealt.flat().filter((sub) => sub[c].length > 0);
  if (subs.length < 2 || subs.filter((sub) => sub[c].length === 1).length * 2 < subs.length) return dealt;
  return dealt.map((row, ri) => row.flatMap((sub) => {
    const ls = sub[c];
    const texts = ls.map((k) => cellText(rows[ri].lines[k]?.text ?? ''));
    if (ls.length < 2 || ls.some((k) => k < 0) || !texts.every((t) => STOP_END.test(t) && cellKind(t) === 'sentence' && !ITEM_NUMBER.test(t) && !DOT_ITEM.test(t))) return [sub];
    // (the lines must follow one another: a cell of its own between them is no merged cell's)
    if (ls.some((k, j) => j > 0 && k !== ls[j - 1] + 1)) return [sub];
    const before = ls.slice(0, -1).map((k, j) => sub.map((x, col) => (col === c ? [k] : j === 0 && col !== c ? x.filter((y) => y < ls[0]) : [])));
    return [...before, sub.map((x, col) => (col === c ? [ls[ls.length - 1]] : x.filter((y) => y > ls[0] || y < 0)))];
  }));
}

/**
 * The columns a sub-row leaves explicitly empty: between two of its filled cells, as many "|" cells alone as
 * there are columns without a line (a merged cell is absent, an empty one is printed: 钱 宇 / | / 区… vs | / 区…).
 * Fewer such cells than columns leave it open which are merged: none is taken for empty.
 */
function emptyColumns(cols: TextLine[][], empties: number[] | undefined): Set<number> {
  const out = new Set<number>();
  if (!empties?.length) return out;
  const filled = cols.flatMap((ls, c) => (ls.length ? [c] : []));
  for (let k = 0; k + 1 < filled.length; k++) {
    const a = filled[k], b = filled[k + 1];
    if (b - a < 2) continue;
    const from = Math.max(...cols[a].map((l) => l.pos.line)), to = Math.min(...cols[b].map((l) => l.pos.line));
    if (empties.filter((e) => e > from && e < to).length === b - a - 1) for (let c = a + 1; c < b; c++) out.add(c);
  }
  return out;
}

/**
 * Cells one a line, no 序号: a first column of short names beside the task column, each name printed once
 * over the rows it groups (the rows under it lack the cell), is a category merged over them: a section (SCHEMA),
 * as the category before 序号 is. Its index, or -1.
 */
function mergedFirstName(roles: ColumnRole[], rows: Row[], dealt: number[][][][], stacked: boolean): number {
  if (!stacked || roles.includes('number') || !(roles[0] === 'text' || roles[0] === 'title') || !roles.slice(1).includes('text')) return -1;
  if (rows.some((r) => r.number)) return -1;
  // (every sub-row: rows with no number are dealt as one run, a row where a line goes back to the first columns)
  const firsts = rows.flatMap((row, ri) => dealt[ri].map((sub) => (sub[0] ?? []).map((k) => cellText(row.lines[k]?.text ?? '')).join('')));
  const named = firsts.filter(Boolean);
  return named.length >= 2 && named.length < firsts.length && !!firsts[0] && named.every((t) => cellKind(t) === 'short') ? 0 : -1;
}

/**
 * A lead column and a co-unit column side by side, cells one a line: the names each holds in the rows that fill
 * both (the unambiguous ones), so that a row with one units cell is read as the column whose names it shares.
 */
function namesByColumn(roles: ColumnRole[], rows: Row[], dealt: number[][][][]): { lead: number; co: number; names: [Set<string>, Set<string>]; leadMost: number } | null {
  const lead = roles.indexOf('leadUnits'), co = roles.indexOf('coUnits');
  if (lead < 0 || co !== lead + 1) return null;
  const names: [Set<string>, Set<string>] = [new Set(), new Set()];
  let leadMost = 0;
  rows.forEach((row, ri) => dealt[ri].forEach((sub) => {
    if (!sub[lead].length || !sub[co].length) return;
    [lead, co].forEach((c, n) => {
      const listed = sub[c].flatMap((k) => (k >= 0 ? splitNames(cellText(row.lines[k]?.text ?? '')).names : []));
      for (const x of listed) names[n].add(x);
      if (n === 0) leadMost = Math.max(leadMost, listed.length);
    });
  }));
  return names[0].size && names[1].size ? { lead, co, names, leadMost } : null;
}

/** Whether a units cell dealt to the lead column reads as a co-unit cell: more names than any lead cell holds,
 * some of them names the co-unit column holds elsewhere, none a lead cell's. */
function readsAsCoUnits(text: string, byColumn: NonNullable<ReturnType<typeof namesByColumn>>): boolean {
  const names = splitNames(text).names;
  const [lead, co] = byColumn.names;
  const inLead = names.filter((x) => lead.has(x)).length, inCo = names.filter((x) => co.has(x) && !lead.has(x)).length;
  return names.length > byColumn.leadMost && inCo > 0 && inLead === 0;
}

function assembleTable(headPos: TextLine['pos'], labels: string[], roles: ColumnRole[], rows: Row[], dealt: number[][][][],
  sectionBefore: Map<number, TextLine[]>, stacked = false): TableBlock {
  // (cells one a line: a row with a co-unit cell and no lead cell of its own lies under a lead cell merged over it)
  const byColumn = stacked ? namesByColumn(roles, rows, dealt) : null;
  const outer = !stacked ? [] : roles.flatMap((_, c) => (isOuterTask(roles, labels, c) ? [c] : []));
  // (a target column after another task column, in cells one a line)
  const targets = !stacked ? [] : roles.flatMap((r, c) => (r === 'text' && TARGET.test(SQUASH(labels[c])) && roles.slice(0, c).some((x) => x === 'text' || x === 'title') ? [c] : []));
  const out: Cell[][] = [labels.map((l) => ({ text: l, pos: headPos }))];
  let prev: Cell[] | null = null;
  let category = '';
  const categoryCol = roles.includes('category') ? roles.indexOf('category') : mergedFirstName(roles, rows, dealt, stacked);
  // a leaders column before 序号 groups the rows (分管市长 | 序号 | …): a piped row short of cells lies under
  // the leader merged over it; elsewhere a vanished leader cell is empty
  const outerLeader = roles.indexOf('leaders') >= 0 && roles.indexOf('leaders') < roles.indexOf('number');
  rows.forEach((row, ri) => {
    for (const section of sectionBefore.get(ri) ?? []) out.push(roles.map(() => ({ text: cellText(section.text), pos: section.pos })));
    let first: Cell[] | null = null;
    let above: Cell[] | null = null;
    // sub-rows numbered (1), (2) … are the row's tasks: its number and name head them as a section
    // (the inner task column; the row's name is its title, or the outer task column merged over its rows)
    const textCol = roles.lastIndexOf('text'), numberCol = roles.indexOf('number');
    const titleCol = roles.includes('title') ? roles.indexOf('title') : outer.includes(textCol - 1) ? textCol - 1 : -1;
    const items = textCol >= 0 && dealt[ri].length >= 2 && dealt[ri].every((sub) => sub[textCol].length > 0
      && ITEM_NUMBER.test(cellText(row.lines[sub[textCol][0]]?.text ?? '')));
    // sub-rows whose task cells carry the list's own numbers, one after another (1.… 2.… 3.…): those are the
    // tasks' numbers; the row's number and name are merged over them, each sub-row takes the name
    const dotNumbers = textCol >= 0 && numberCol >= 0 && !items && dealt[ri].length >= 2
      ? dealt[ri].map((sub) => Number(DOT_ITEM.exec(cellText(row.lines[sub[textCol][0]]?.text ?? ''))?.[1] ?? NaN)) : [];
    const dotItems = dotNumbers.length >= 2 && dotNumbers.every((n, k) => k === 0 ? n >= 1 : n === dotNumbers[k - 1] + 1);
    for (const sub of dealt[ri]) {
      const cols = sub.map((ls) => ls.map((k) => (k < 0 ? row.number! : row.lines[k])));
      const cells = cellsOf(cols, roles);
      const empty = emptyColumns(cols, row.empties);
      const moved = !!byColumn && !!cells[byColumn.lead].text && !cells[byColumn.co].text && readsAsCoUnits(cells[byColumn.lead].text, byColumn);
      if (moved) { cells[byColumn.co] = cells[byColumn.lead]; cells[byColumn.lead] = { text: '', pos: cells[byColumn.co].pos }; }
      if (dotItems) {
        const m = DOT_ITEM.exec(cells[textCol].text)!;
        if (numberCol >= 0) cells[numberCol] = { ...cells[numberCol], text: m[1] };
        cells[textCol] = { ...cells[textCol], text: cells[textCol].text.slice(m[0].length).trim() };
        if (first && titleCol >= 0 && !cells[titleCol].text) cells[titleCol] = { ...first[titleCol] };
      }
      if (items) {
        const m = ITEM_NUMBER.exec(cells[textCol].text)!;
        if (!first && titleCol >= 0 && cells[titleCol].text) out.push(roles.map(() => ({ ...cells[titleCol] })));
        if (titleCol >= 0) cells[titleCol] = { ...cells[titleCol], text: '' };
        if (numberCol >= 0) cells[numberCol] = { ...cells[numberCol], text: m[0].trim() };
        cells[textCol] = { ...cells[textCol], text: cells[textCol].text.slice(m[0].length).trim() };
      }
      // a sub-row shares every cell but its text with the sub-row above it (a cell merged over them appears
      // once, in the first); a row, the merged cells above it
      if (first) {
        inherit(cells, above, roles.map((r) => (r === 'text' || r === 'title' || r === 'other' ? 'other' : 'leaders')), false, empty);
        // a sub-row with its own task and no name lies under the row's name, merged over it
        if (stacked && above && !items && titleCol >= 0 && titleCol !== textCol && !cells[titleCol].text && above[titleCol].text && cells[textCol].text) cells[titleCol] = { ...above[titleCol] };
      }
      else {
        inherit(cells, prev, roles, !stacked && !(row.short && outerLeader), empty);
        if (moved && prev?.[byColumn!.lead].text) cells[byColumn!.lead] = { ...prev[byColumn!.lead] };
        // a target cell merged over rows (年终根据全省平均水平综合考核 beside several indicators) is each one's
        for (const c of targets) if (prev && !cells[c].text && prev[c].text && cells.some((x, k) => k !== c && roles[k] === 'text' && x.text)) cells[c] = { ...prev[c] };
        // the outer task cell merged over rows (考核指标): a row with its inner task and not the outer lies under it
        for (const c of outer) if (prev && !cells[c].text && cells[c + 1].text && prev[c].text) cells[c] = { ...prev[c] };
      }
      // a category column before 序号 is a section: one section row when its value changes
      if (categoryCol >= 0 && cells[categoryCol].text && cells[categoryCol].text !== category) {
        category = cells[categoryCol].text;
        out.push(roles.map(() => ({ text: category, pos: cells[categoryCol].pos })));
      }
      if (categoryCol >= 0) cells[categoryCol] = { ...cells[categoryCol], text: '' };
      out.push(cells);
      first ??= cells;
      above = cells;
    }
    prev = first;
  });
  cutKnownNames(out, roles);
  return { kind: 'table', rows: out, pos: headPos };
}

/** A stacked row's line, or its cells when it holds several between "|". */
function splitCells(b: TextLine): TextLine[] {
  const t = cellText(b.text);
  if (!t.includes('|')) return [b];
  const out: TextLine[] = [];
  let from = 0;
  for (const part of b.text.split('|')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) out.push({ kind: 'line', text: part.trim(), pos: { line: b.pos.line, column: b.pos.column + from + lead } });
    from += part.length + 1;
  }
  return out.length ? out : [b];
}

/** Rows of a stacked (one cell a line) table, from the first row number on. */
/** The header printed again between rows (a page break in the table): where its last label stands, or -1. */
function repeatedHeader(blocks: Block[], at: number, labels: string[]): number {
  let k = at;
  for (let n = 0; n < labels.length; n++, k = nextContent(blocks, k + 1)) {
    const t = labelOf(blocks[k]);
    if (t === null || SQUASH(t) !== SQUASH(labels[n])) return -1;
  }
  return labels.length >= 3 ? k : -1;
}

function stackedRows(blocks: Block[], start: number, width: number, numbered: boolean, categoryFirst = false, labels: string[] = []) {
  const rows: Row[] = [];
  const sectionBefore = new Map<number, TextLine[]>();
  let expect = -1;
  let i = start;
  let pendingSection: TextLine | null = null;
  let aloneNumbers = false;
  // whether the cell before closed with "|": a "|" alone after it is an empty cell, not the closing one
  let closed = true;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (PIPES_ONLY.test(b.text)) {
      const row = rows[rows.length - 1];
      if (row && b.text.trim() === '|' && closed && row.lines.length) (row.empties ??= []).push(b.pos.line);
      if (b.text.trim()) closed = true;
      continue;
    }
    closed = /\|\s*$/u.test(b.text);
    const t = cellText(b.text);
    // (the header again, after a page break: no cells of the row above)
    if (rows.length && labels.length && SQUASH(t) === SQUASH(labels[0])) {
      const end = repeatedHeader(blocks, i, labels);
      if (end >= 0) { i = end - 1; continue; }
    }
    // headings stacked over the first row are its sections, a marker alone on its line joined with its title
    if (!rows.length && numbered && !pendingSection) {
      const end = leadInEnd(blocks, i);
      if (end !== null) {
        const heads: TextLine[] = [];
        for (let k = i; k < end; k = nextContent(blocks, k + 1)) {
          const line = blocks[k] as TextLine;
          const last = heads[heads.length - 1];
          if (last && MARKER_ALONE.test(cellText(last.text))) heads[heads.length - 1] = { ...last, text: cellText(last.text) + cellText(line.text) };
          else heads.push(line);
        }
        sectionBefore.set(0, heads);
        i = end - 1;
        continue;
      }
    }
    // rows whose numbers stand alone on their lines ((一), ③ too): a line opening with "2." is a numbered point
    // inside a cell (进展情况: 1.… 2.… 3.…), not the next row
    const alone = isRowNumber(t);
    const num = alone ? [t, String(rowNumber(t))] : aloneNumbers ? null : ROW_NUMBER_AND_CELL.exec(t);
    const value = alone ? rowNumber(t)! : num ? Number(num[1]) : NaN;
    // a figure in a cell (a target of 5) is no row number: while the row above has named nobody yet, a
    // number followed by names or figures goes on with that row (a row opens with its task or name)
    const open = rows[rows.length - 1];
    const named = !open || open.lines.some((l) => ['units', 'people'].includes(cellKind(cellText(l.text))));
    const after = num && !named && alone ? labelOf(blocks[nextContent(blocks, i + 1)]) : null;
    // (a row opens with its task or name, never with a figure: 4 over 4 over 100% are a sub-row's figures,
    // after the row above has named its units too)
    const ahead = num && alone && named ? labelOf(blocks[nextContent(blocks, i + 1)]) ?? '' : '';
    const figureNext = /^[\d.%%-]/u.test(ahead) && cellKind(ahead) === 'number';
    const opensTask = !figureNext && (!after || !['units', 'people', 'number', 'deadline'].includes(cellKind(after)));
    // the numbering may jump where rows were left out of an excerpt: after a section line, or after a row that
    // named its units when a task follows the number
    const next = alone ? labelOf(blocks[nextContent(blocks, i + 1)]) : null;
    // (a leap of a hundred is no left-out run of rows: a year, a figure; unless the row above has all its
    // cells and a sentence follows: an excerpt of a long list, 145 then 249)
    const complete = !!open && open.lines.length >= width - (numbered ? 1 : 0) && !(value >= 1900 && value <= 2100) && !!next && cellKind(next) === 'sentence';
    const jump = (value - expect < 100 || complete) && (!!pendingSection || (named && !!open && !!next && ['short', 'sentence'].includes(cellKind(next))));
    // the numbering starts again at 1 (a second group of rows, its tasks numbered in their cells): a 1 alone
    // after a row closed by its names, then a task or a name
    const closedByNames = !!open && open.lines.length >= 2
      && ['units', 'people'].includes(cellKind(cellText(open.lines[open.lines.length - 1].text)));
    // (…or a 1 right after a section line or category cell: each group's rows counted from 1, whatever cells the
    // row above left empty; or after a row closed by its task's full stop, its units cell merged over it from a row
    // above that named them)
    const lastText = open ? cellText(open.lines[open.lines.length - 1]?.text ?? '') : '';
    const closedByStop = !!open && !named && open.lines.length >= 1 && /[。;;]$/u.test(lastText) && cellKind(lastText) === 'sentence'
      && rows.slice(0, -1).some((r) => r.lines.some((l) => ['units', 'people'].includes(cellKind(cellText(l.text))))) && !!next && cellKind(next) === 'sentence';
    const restart = alone && value === 1 && !!open && !!next && ['short', 'sentence'].includes(cellKind(next))
      && ((named && ((open.lines.length >= width - 1 && closedByNames) || !!pendingSection)) || closedByStop);
    // (under a section line, read as one when a row number follows it, the numbering may start again at 1)
    if (num && opensTask && (expect < 0 || restart || (value === 1 && !!pendingSection && alone) || (value > expect - 1 && (value <= expect + 2 || jump)))) {
      if (pendingSection) { sectionBefore.set(rows.length, [pendingSection]); pendingSection = null; }
      if (!rows.length) aloneNumbers = alone;
      if (alone) rows.push({ number: b, lines: [] });
      else if (!numbered) rows.push({ number: b, lines: [b] }); // no 序号 column: the number stays in the first cell
      else {
        // the number and the first cell share the line: split them
        const at = b.text.indexOf(num[1]) + num[0].length;
        rows.push({ number: { kind: 'line', text: num[1], pos: b.pos },
          lines: [{ kind: 'line', text: b.text.slice(at), pos: { line: b.pos.line, column: b.pos.column + at } }] });
      }
      expect = value + 1;
      continue;
    }
    // a category cell stands before the number of the first row it groups, after the last cell of the row above
    // (its names or its deadline)
    const row0 = rows[rows.length - 1];
    const lastLine = row0?.lines[row0.lines.length - 1];
    // (a sentence or two too, over the row number that follows it: 提升线上服务友好度。加强… / 1)
    if (categoryFirst && (!row0 || (lastLine && ['units', 'people', 'deadline'].includes(cellKind(cellText(lastLine.text))))) && ['short', 'sentence'].includes(cellKind(t))) {
      const after = blocks[nextContent(blocks, i + 1)];
      if (after && after.kind === 'line' && isRowNumber(cellText(after.text))) { pendingSection = b; continue; }
    }
    // (a line right after a row's number alone is that row's first cell, whatever it reads like: 主要预期目标)
    // (…nor is a deadline that ends like a heading, 常态工作: the row's last cell)
    if ((isSectionLine(t) || (markedHeading(t) && rows.length > 0 && opensRow(labelOf(blocks[nextContent(blocks, i + 1)]) ?? ''))) && !(aloneNumbers && open && open.number && !open.lines.length) && !(open && cellKind(t) === 'deadline')) {
      // a section line between rows (一、经济发展) when a row number follows it, maybe after more section lines
      // (sections with no rows in the excerpt): the last of them heads the row
      let last = i;
      let k = nextContent(blocks, i + 1);
      const sameKind = (x: Block) => x.kind === 'line' && !opensRow(cellText(x.text)) && isSectionLine(cellText(x.text))
        && readMarker(cellText(x.text))?.type === readMarker(t)?.type;
      while (k < blocks.length && sameKind(blocks[k])) { last = k; k = nextContent(blocks, k + 1); }
      const after = blocks[k];
      // (the next row's number, going on or starting again under the section, not a figure or a year in a
      // cell: 项目 / 2024)
      const at = after && after.kind === 'line' ? rowNumber(cellText(after.text)) ?? Number(/^\d{1,4}/u.exec(cellText(after.text))?.[0]) : NaN;
      if (after && after.kind === 'line' && opensRow(cellText(after.text)) && (expect < 0 || at === 1 || (at > expect - 1 && at - expect < 100))) {
        pendingSection = blocks[last] as TextLine;
        i = last;
        continue;
      }
      const marker = readMarker(t);
      if (marker && SECTION_MARKERS.has(marker.type)) break;
    }
    const row = rows[rows.length - 1];
    // (a row of sub-items numbered (1), (2) … has lines for each of them)
    const items = row ? row.lines.filter((l) => ITEM_NUMBER.test(cellText(l.text)) || DOT_ITEM.test(cellText(l.text))).length : 0;
    // (a row of sub-rows under its merged number and name has a task and names for each: a units line
    // among every width lines or so)
    const subRows = row ? row.lines.filter((l) => cellKind(cellText(l.text)) === 'units').length : 0;
    if (!row || row.lines.length > width * (3 + items + Math.max(0, subRows - 2))) break;
    // (a line holding two cells or more between "|", 人均预期寿命 | 岁 |, where a flat page was split again
    // into lines: each is a cell of its own)
    row.lines.push(...splitCells(b));
  }
  return { rows, sectionBefore, next: i };
}

/**
 * The lines of a stacked table whose rows have no numbers, as one run: the dealing opens a new row where
 * a line goes back to the name or task column. The run ends at a heading, a label line (分享:), a date.
 */
function unnumberedRows(blocks: Block[], start: number, width: number, roles: ColumnRole[] = []) {
  // a name column, then a column of figures (项目 | 分值 | …): each row opens with a name over a figure, the
  // table's period; a name over another name over a figure is a category merged over the rows below
  const period = (roles[0] === 'text' || roles[0] === 'title') && roles[1] === 'other';
  const kindAt = (k: number) => { const t = labelOf(blocks[k]); return t ? cellKind(t) : 'empty'; };
  const named = (k: CellKind) => k === 'short' || k === 'sentence';
  // a unit, then its duties (相关部门 | 职责分工): after a duty, a short line that names no unit ends the list (相关依据)
  const unitFirst = (roles[0] === 'leadUnits' || roles[0] === 'coUnits') && roles[1] === 'text' && width === 2;
  const rows: Row[] = [];
  const sectionBefore = new Map<number, TextLine[]>();
  let lines: TextLine[] = [];
  let pending: TextLine[] = [];
  let i = start;

  // while every line can stand in a column that holds what it is, row after row (the table's period, periodSteps),
  // the run goes on past the caps below, figures among its cells or not; where a line first breaks the period
  // past them, the table ends with the last whole row
  let periodic = roles.length === width;
  // (where the row under way surely opened: its first line's block and its place in the run; the columns its last
  // line may have taken)
  let periodAt = start, rowAt = 0, periodCols = new Set<number>();
  const close = () => {
    periodic = roles.length === width;
    periodCols = new Set();
    rowAt = 0;
    if (!lines.length) return;
    if (pending.length) { sectionBefore.set(rows.length, pending); pending = []; }
    rows.push({ number: null, lines });
    lines = [];
  };
  // a long run of rows under one heading: past the cap a new row opens only where a task follows a unit
  const atRowStart = (t: string) => !lines.length || (lines.length >= 2 && kindAt(lastAt) === 'units' && named(cellKind(t)));
  let lastAt = -1;
  for (; i < blocks.length && (periodic || lines.length < width * 9); i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (PIPES_ONLY.test(b.text)) continue;
    const t = cellText(b.text);
    const marker = readMarker(t);
    if (/[::]$/u.test(t) || /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u.test(t)) break;
    if (unitFirst && lines.length && kindAt(lastAt) === 'sentence' && cellKind(t) === 'short') break;
    const steps = periodic ? [...(lines.length ? periodCols : [-1])].flatMap((at) => periodSteps(cellKind(t), roles, at, isProgressCell(t)).map((st) => ({ ...st, opens: st.opens || st.col <= at }))) : [];
    if (periodic && !steps.length && lines.length >= width * 8 && !(marker && SECTION_MARKERS.has(marker.type) && lines.length === rowAt)) {
      lines.splice(rowAt);
      i = periodAt;
      break;
    }
    // (a row opens here surely when every reading opens one)
    if (steps.length && steps.every((st) => st.opens)) { periodAt = i; rowAt = lines.length; }
    periodCols = new Set(steps.map((st) => st.col));
    periodic = steps.length > 0;
    // (only rows of words: where figures stand among them, 186 / 18.4, the rows' shape is not read so)
    if (!periodic && lines.length >= width * 8 && lines.some((l) => cellKind(cellText(l.text)) === 'number')) break;
    if (!periodic && lines.length >= width * 8) {
      // (a task sentence after a unit opens the next row; a unit still closes the row under way; else the table ends)
      if (cellKind(t) === 'sentence' && atRowStart(t)) close();
      else if (cellKind(t) !== 'units' || lines.length >= width * 9) break;
    }
    // a (1) heading between rows (a sub-heading merged over them): at a row's start, a task line under it, no unit
    if (marker && marker.type === 'paren-num' && codePoints(t) <= 40 && /^[^。;;,,]+。?$/u.test(t.slice(marker.length)) && atRowStart(t)) {
      const j = nextContent(blocks, i + 1);
      if (kindAt(j) === 'sentence' && !readMarker(labelOf(blocks[j]) ?? '')) {
        close();
        pending.push({ ...b, text: t });
        lastAt = i;
        continue;
      }
    }
    if (marker && SECTION_MARKERS.has(marker.type)) {
      // a heading between the rows (一、… / (一)…, a category merged over them) heads the rows after it
      const after = labelOf(blocks[nextContent(blocks, i + 1)]);
      if (!isSectionLine(t) || !after) break;
      close();
      pending.push({ ...b, text: t });
      continue;
    }
    if (period && named(cellKind(t))) {
      const j = nextContent(blocks, i + 1), k = nextContent(blocks, j + 1);
      if (named(kindAt(j)) && kindAt(k) === 'number' && (!lines.length || lines.length >= 2) && codePoints(t) <= 12 && !/\d/u.test(t)) {
        close();
        pending.push({ ...b, text: t });
        continue;
      }
      if (kindAt(j) === 'number' && lines.length >= 2) close();
    }
    lines.push(b);
    lastAt = i;
  }
  close();
  return { rows, sectionBefore, next: i };
}

/** A spaced row opens with its number, then white space (1 …, (一) …). */
const numberFirst = (text: string) => {
  const first = /^\S+(?=\s)/u.exec(text.trim());
  return !!first && isRowNumber(first[0]);
};

/** Rows of a table with one row a line, cells between "|" (or spaces, a row opening with its number). */
function lineRows(blocks: Block[], start: number, sep: Sep, roles: ColumnRole[]) {
  const width = roles.length;
  // spaced rows under a header with no 序号: each row is a line that fits the header
  const unnumbered = sep === ' ' && roles.length > 0 && !roles.includes('number');
  const rows: Array<{ number: TextLine | null; lines: TextLine[] }> = [];
  const sectionBefore = new Map<number, TextLine[]>();
  let pending: TextLine[] = [];
  let pendingAt = -1;
  let i = start;
  let cut = false;
  // a column after the last assignment column (推进情况 after 责任单位): a row's cells go on after its names
  const lastAssign = Math.max(...roles.map((r, c) => (r === 'leaders' || r === 'leadUnits' || r === 'coUnits' ? c : -1)));
  const afterNames = lastAssign >= 0 && lastAssign < width - 1;
  // a spaced row opens with its number, maybe starred (★6: the list marks key tasks so), or with the
  // number alone on its line when the row's cells went one a line
  const opens = (t: string) => ROW_START.test(t.trim()) || numberFirst(t);
  const valueOf = (r: Row | undefined) => Number(/\d{1,4}/u.exec((r?.number ?? r?.lines[0])?.text ?? '')?.[0] ?? NaN);
  let alone = false;
  const cellsOf = (b: TextLine) => {
    const lines: TextLine[] = [];
    // cells two spaces or more apart, as many gaps as the header's: a single space stays inside its cell
    const gaps = sep === ' ' ? (b.text.trim().match(/\s{2,}/g)?.length ?? 0) : 0;
    const wide = gaps >= Math.max(2, width - 2);
    const re = sep === '|' ? /[^|]+/gu : wide ? /\S+(?:\s\S+)*/gu : /\S+/gu;
    for (const m of b.text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const prev = lines[lines.length - 1];
      // a spaced name (汪  峰) is one cell, not two
      if (sep === ' ' && prev && text.length <= 2 && prev.text.length <= 4 && /^\p{Script=Han}$/u.test(text) && /^\p{Script=Han}{1,2}$/u.test(prev.text) && isPersonName(prev.text + text)) {
        lines[lines.length - 1] = { ...prev, text: prev.text + text };
        continue;
      }
      lines.push({ kind: 'line', text, pos: { line: b.pos.line, column: b.pos.column + m.index! + lead } });
    }
    return lines;
  };
  /**
   * A row between "|" with as many cells as the header, empty ones included: each cell stands in its column, so
   * an empty cell keeps its place (an empty 牵头单位 beside the row's 配合单位). Null when the count differs.
   */
  const placed = (b: TextLine): TextLine[] | null => {
    if (sep !== '|') return null;
    const t = b.text;
    const parts: Array<{ text: string; at: number }> = [];
    let from = 0;
    for (let k = 0; k <= t.length; k++) {
      if (k < t.length && t[k] !== '|') continue;
      parts.push({ text: t.slice(from, k), at: from });
      from = k + 1;
    }
    if (parts.length && !parts[0].text.trim()) parts.shift(); // the border before the first cell
    if (parts.length && !parts[parts.length - 1].text.trim()) parts.pop(); // the border after the last
    if (parts.length !== width || parts.filter((p) => p.text.trim()).length < 2 || parts.every((p) => p.text.trim())) return null;
    // (a cell that plainly is not what its column holds, names under a task label: the empty cells stand
    // elsewhere than where the merged cells were, as pages that print them all at the row's end do)
    if (parts.some((p, c) => p.text.trim() && (EMIT[roles[c]][cellKind(p.text.trim())] ?? 0) <= -3)) return null;
    return parts.map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return { kind: 'line' as const, text: p.text.trim(), pos: { line: b.pos.line, column: b.pos.column + p.at + lead } };
    });
  };
  /** A numbered row within the next few lines (a row's names may run over as many as it has columns): the table goes on. */
  const rowAhead = (from: number) => {
    for (let j = from, seen = 0; j < blocks.length && seen < Math.max(3, width); j++) {
      const x = blocks[j];
      if (x.kind !== 'line') return false;
      if (!x.text.trim()) continue;
      if (opens(x.text)) return true;
      if (isSectionLine(x.text.trim())) continue; // a section line between rows (二、重点工作)
      seen++;
    }
    return false;
  };
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (!b.text.trim()) continue;
    const pipes = (b.text.match(/\|/g) ?? []).length;
    const prev = rows[rows.length - 1];
    const lone = sep === ' ' ? /^([★☆*]?)(\d{1,4})$/u.exec(b.text.trim()) : null;
    const nextRow = lone && Number(lone[2]) === (rows.length ? valueOf(prev) + 1 : 1);
    // the cells of a row opened by its number alone, one a line, up to the next row
    if (sep === ' ' && prev && alone && !nextRow && !/^[★☆*]?\d{1,4}\s/u.test(b.text.trim()) && !isSectionLine(b.text.trim()) && prev.lines.length < width * 3) {
      prev.lines.push(...cellsOf(b));
      continue;
    }
    if (lone && nextRow) {
      if (pending.length) { sectionBefore.set(rows.length, pending); pending = []; }
      rows.push({ number: { ...b, text: b.text.trim() }, lines: [] });
      alone = true;
      continue;
    }
    alone = false;
    // a row whose cell wrapped: the next line, with no number of its own, goes on with the row's last cell
    if (sep === '|' && prev && cut && prev.lines.length < width && !/^\s*\d{1,4}\s*\|/u.test(b.text) && !readMarker(b.text.trim())) {
      const more = cellsOf(b);
      const startsNewCell = /^\s*\|/u.test(b.text);
      if (more.length && !startsNewCell) {
        const last = prev.lines[prev.lines.length - 1];
        prev.lines[prev.lines.length - 1] = { ...last, text: last.text + more.shift()!.text };
      }
      for (const m of more) prev.lines.push(m);
      cut = !/\|\s*$/u.test(b.text);
      continue;
    }
    // a spaced row's cells that went on over the next lines (各乡镇 / 县开发区 / 县直有关单位 …): a line that
    // opens with names or figures, not with a task, continues the row above
    if (sep === ' ' && prev && !opens(b.text) && rowAhead(i + 1)) {
      const more = cellsOf(b);
      const kind = cellKind(more[0]?.text ?? '');
      if (more.length && kind !== 'sentence' && kind !== 'short' && prev.lines.length + more.length <= width * 2) {
        prev.lines.push(...more);
        continue;
      }
      // the cell after the names (推进情况) when the names went on over lines: the row's last line names
      // units or people, and a column after the assignment columns is still to come
      const lastKind = cellKind(prev.lines[prev.lines.length - 1]?.text ?? '');
      if (more.length === 1 && afterNames && (lastKind === 'units' || lastKind === 'people') && !isSectionLine(more[0].text)
        && prev.lines.length < width * 2) {
        prev.lines.push(...more);
        continue;
      }
    }
    // a section line between rows (一、经济发展, (一)…) heads the rows after it, maybe with more section lines
    // (under a header with no 序号, a row between "|" is a line of as many cells as the header)
    const rowLine = (t: string) => (sep === ' ' ? opens(t) || (unnumbered && fitsSpacedRow(t, roles)) : /^[\s|]*[★☆*]?(?:\d{1,4}|[((](?:[一二三四五六七八九十]{1,3}|\d{1,3})[))])\s*\|/u.test(t)
      || (!roles.includes('number') && width >= 3 && t.split('|').filter((x) => x.trim()).length >= width - 1));
    // (between "|": a line of no cell but the heading, 一、… | or | 一、… |)
    const lone1 = sep === '|' && pipes > 0 && !cut ? cellsOf(b) : null;
    // (or a numeral in the 序号 cell and the heading beside it, nothing else: | 一 | 产业发展 | | |)
    // ((一) | 工业 | | | too: a row of a numeral and a title only is a section row, as the table reads it)
    const numeral = lone1 && lone1.length === 2 && NUMERAL_CELL.test(lone1[0].text)
      ? (/^[((]/u.test(lone1[0].text) ? lone1[0].text + lone1[1].text : `${lone1[0].text.replace(/[、.．]$/u, '')}、${lone1[1].text}`) : null;
    const headingText = lone1 && lone1.length === 1 ? lone1[0].text : numeral ?? b.text.trim();
    // (the header's first content line may stand after blank lines: 序号 … / (blank) / 一、主要预期目标)
    // (a long heading with its own sentences, 一、提升…友好度。加强…。具体措施:, is one too: a section marker opens it
    // and it holds no cell gap)
    if ((!rowLine(b.text) || numeral !== null) && (sep === ' ' || pipes === 0 || (lone1 !== null && (lone1.length === 1 || numeral !== null))) && (isSectionLine(headingText) || markedHeading(headingText)) && (rows.length || pending.length || i === nextContent(blocks, start))) {
      let k = i + 1;
      while (k < blocks.length && blocks[k].kind === 'line' && !(blocks[k] as TextLine).text.trim()) k++;
      const after = blocks[k];
      if (after && after.kind === 'line' && (rowLine(after.text) || isSectionLine(after.text.trim()))) {
        if (!pending.length) pendingAt = i;
        pending.push({ ...b, text: headingText });
        continue;
      }
    }
    // a line of nothing but "|" between piped rows is an empty row (a page's row rule): the table goes on
    if (sep === '|' && rows.length && PIPES_ONLY.test(b.text)) continue;
    if (sep === '|' ? pipes < 2 : !/\s/.test(b.text.trim())) break;
    if (unnumbered) {
      if (!fitsSpacedRow(b.text, roles)) break;
      // (the section lines above head it)
      if (pending.length) { sectionBefore.set(rows.length, pending); pending = []; }
      rows.push({ number: null, lines: cellsOf(b) });
      continue;
    }
    // a line that does not close its last cell with "|" was cut inside that cell
    cut = !/\|\s*$/u.test(b.text);
    const lines = cellsOf(b);
    // a spaced row opens with its number; a line that does not continues the row above (a sub-row)
    if (sep === ' ' && !isRowNumber(lines[0]?.text ?? '') && !rows.length) break;
    if (pending.length) { sectionBefore.set(rows.length, pending); pending = []; }
    // a starred number (★6) stands apart from the cells: the star is part of its label, not a cell's text
    if (sep === ' ' && /^[★☆*]\d{1,4}$/u.test(lines[0]?.text ?? '')) rows.push({ number: lines[0], lines: lines.slice(1) });
    // (a piped row short of cells, no empty one among them, lacks the cells merged over it from above)
    else rows.push({ number: null, lines: placed(b) ?? lines, ...(sep === '|' && !/\|\s*\|/u.test(b.text) && lines.length < width ? { short: true } : {}) });
  }
  if (pending.length) i = pendingAt; // section lines heading no row are left to the text after the table
  // the file ends inside a piped row short of its cells (…区统计局、区): the page was cut off there; what is
  // left of the row cannot be dealt to its columns, and it is no task
  // (unless the row has as many cells as a whole row above it of the same shape, under the same merged cells, and
  // the cut is in the last column, one that holds no task and no name (推进情况): its task and names are whole)
  const last = rows[rows.length - 1];
  const cutInRemark = roles[width - 1] === 'other' && rows.slice(0, -1).some((r) => r.lines.length === last?.lines.length);
  if (sep === '|' && cut && rows.length > 1 && last.lines.length < width && !cutInRemark
    && blocks.slice(i).every((x) => x.kind === 'line' && !x.text.trim())) rows.pop();
  // the file ends inside a spaced row's last cell: every other row closes its last cell with a full stop,
  // this one breaks off mid-sentence (…新能源汽车), cut off with the page, and it is no task (reported)
  const closes = (r: Row) => /[。;;!?!?))%%]$/u.test(r.lines[r.lines.length - 1]?.text ?? '');
  const before = rows.slice(0, -1);
  const cutOff = sep === ' ' && before.length >= 2 && !closes(rows[rows.length - 1]) && before.filter(closes).length >= before.length * 0.8
    && blocks.slice(i).every((x) => x.kind === 'line' && !x.text.trim());
  return { rows, sectionBefore, next: i, cutOff };
}

/**
 * Piped rows whose number stands after heading cells (一、… | (一)… | 1 | task | units |, or a category's
 * name: 加强制度建设 | 1 | …): the headings are
 * category cells merged over the rows under them, so only the first of those rows has them; they head the
 * rows as sections. A header that lacks the 序号 label gets its number column back, and the task column
 * the headings stood under (工作任务 over 一、/(一), beside 具体要求) is that category, not a task column.
 */
function numberedUnderHeadings(rows: Row[], roles: ColumnRole[], labels: string[], sectionBefore: Map<number, TextLine[]>): void {
  if (roles.includes('number') || rows.length < 2) return;
  // a heading (一、…, (一)…) or a short category name (加强制度建设) before the number
  const heading = (t: string) => { const m = readMarker(t); return (!!m && SECTION_MARKERS.has(m.type) && t.length <= 60) || cellKind(t) === 'short'; };
  const numberAt = (r: Row) => r.lines.findIndex((l) => /^\d{1,4}$/u.test(l.text));
  const numbered = rows.filter((r) => { const k = numberAt(r); return k >= 0 && r.lines.slice(0, k).every((l) => heading(l.text)); });
  if (numbered.length < rows.length * 0.8 || !numbered.some((r) => numberAt(r) > 0)) return;
  rows.forEach((r, ri) => {
    const k = numberAt(r);
    if (k <= 0 || !r.lines.slice(0, k).every((l) => heading(l.text))) return;
    sectionBefore.set(ri, [...(sectionBefore.get(ri) ?? []), ...r.lines.slice(0, k)]);
    r.lines = r.lines.slice(k);
  });
  if ((roles[0] === 'text' || roles[0] === 'title') && roles.filter((r) => r === 'text' || r === 'title').length >= 2) {
    roles.shift();
    labels.shift();
  }
  roles.unshift('number');
  labels.unshift('序号');
}

/**
 * Piped rows whose task cell carries the list's own number (一、… | (一)… | 1.加强… | units |), no 序号
 * column: the cells before it are headings merged over the rows under them, so only the first of those rows
 * has them. They head the rows as sections, and their columns are no task columns.
 */
function dotNumberedUnderHeadings(rows: Row[], roles: ColumnRole[], labels: string[], sectionBefore: Map<number, TextLine[]>): void {
  if (roles.includes('number') || rows.length < 2) return;
  // (a heading may close with its full stop: (一)深化规范性文件集中公开。)
  const heading = (t: string) => { const m = readMarker(t); return !!m && SECTION_MARKERS.has(m.type) && codePoints(t) <= 60 && !/[。;;]/u.test(t.replace(/。$/u, '')); };
  const dotAt = (r: Row) => r.lines.findIndex((l) => DOT_ITEM.test(cellText(l.text)));
  // (an empty cell before it is the merged heading's place)
  const under = (r: Row, k: number) => r.lines.slice(0, k).every((l) => !cellText(l.text).trim() || heading(cellText(l.text)));
  const fits = rows.filter((r) => { const k = dotAt(r); return k >= 0 && under(r, k); });
  if (fits.length < rows.length * 0.8 || !fits.some((r) => dotAt(r) > 0 && r.lines.slice(0, dotAt(r)).some((l) => cellText(l.text).trim()))) return;
  const depth = Math.max(...fits.map(dotAt));
  const task = (r: ColumnRole) => r === 'text' || r === 'title' || r === 'category';
  if (!roles.slice(0, depth).every(task) || !roles.slice(depth).some((r) => r === 'text' || r === 'title')) return;
  // the numbers run on (1, 2, 3 …): the list's own numbering, not figures
  const numbers = fits.map((r) => Number(DOT_ITEM.exec(cellText(r.lines[dotAt(r)].text))![1]));
  if (!numbers.every((n, k) => k === 0 || n > numbers[k - 1])) return;
  rows.forEach((r, ri) => {
    const k = dotAt(r);
    if (k <= 0 || !under(r, k)) return;
    // (a heading's closing full stop is no part of its title)
    const heads = r.lines.slice(0, k).filter((l) => cellText(l.text).trim()).map((l) => ({ ...l, text: cellText(l.text).trim().replace(/。$/u, '') }));
    if (heads.length) sectionBefore.set(ri, [...(sectionBefore.get(ri) ?? []), ...heads]);
    r.lines = r.lines.slice(k);
  });
  roles.splice(0, depth);
  labels.splice(0, depth);
}

/**
 * Cells one a line, each closed by "|" (at its end or on the line after it), and the file ends in a cell
 * that is not: the page was cut off inside that cell, and the row it belongs to is no task.
 */
function cutAtEnd(blocks: Block[], from: number, to: number): boolean {
  if (blocks.slice(to).some((x) => x.kind !== 'line' || x.text.trim())) return false;
  const content: number[] = [];
  for (let k = from; k < to; k++) if (blocks[k].kind === 'line' && !PIPES_ONLY.test((blocks[k] as TextLine).text)) content.push(k);
  const closed = (k: number) => /\|\s*$/u.test((blocks[k] as TextLine).text)
    || (k + 1 < to && blocks[k + 1].kind === 'line' && /\|/u.test((blocks[k + 1] as TextLine).text) && PIPES_ONLY.test((blocks[k + 1] as TextLine).text));
  const last = content[content.length - 1];
  // (a note under the table, 注:… / 说明:…, is no cell left open)
  return content.length >= 4 && content.slice(0, -1).every(closed) && !closed(last)
    && !/^(?:注|说明|备注)\s*\d*\s*[::]/u.test((blocks[last] as TextLine).text.trim());
}

/**
 * Numbered rows one cell a line, and the file ends in a row cut off with the page: short of the cells
 * every other row has (no cell left empty anywhere else), or broken off mid-sentence before naming any
 * unit or person while every other row names its own. That row is no task.
 */
function shortAtEnd(rows: Row[], blocks: Block[], to: number): boolean {
  if (rows.length < 2 || !rows.every((r) => r.number) || blocks.slice(to).some((x) => x.kind !== 'line' || x.text.trim())) return false;
  const last = rows[rows.length - 1];
  const before = rows.slice(0, -1);
  const names = (r: Row) => r.lines.some((l) => ['units', 'people'].includes(cellKind(cellText(l.text))));
  const end = cellText(last.lines[last.lines.length - 1]?.text ?? '');
  if (codePoints(end) >= 10 && !/[。;;!?!?))]$/u.test(end) && !names(last) && before.every(names)) return true;
  const full = rows[0].lines.length;
  if (!(full >= 2 && before.every((r) => r.lines.length === full) && last.lines.length < full)) return false;
  if (rows.length >= 4) return true;
  // (in a short table, only when the row breaks off inside a name: a stub where the row above has its names)
  const k = last.lines.length - 1;
  const above = cellKind(cellText(before[before.length - 1].lines[k]?.text ?? ''));
  // (two characters, 市科, read as a unit by its suffix, are what is left of a longer name more likely than a name)
  return k >= 0 && (above === 'units' || above === 'people') && (cellKind(end) === 'short' || codePoints(SQUASH(end)) <= 2);
}

/** The label a column read by its cells stands for, so the table format reads it as that column. */
const ROLE_LABEL: Partial<Record<ColumnRole, string>> = { number: '序号', text: '工作任务', leaders: '责任领导', leadUnits: '牵头单位', coUnits: '责任单位', deadline: '完成时限', other: '备注' };

/**
 * Rows between "|" with no header above them (1 | task | plan | 陆夏峰 | *区投促局 各镇街 |): each column
 * is what its cells are — the numbers, the first column of sentences the task (later ones plans or
 * progress), a column of people the leaders, a column of unit lists the units, a column of deadlines
 * the deadline. Read only when the rows name who does the work.
 */
function headerlessRows(all: Block[], i: number, b: TextLine): { table: TableBlock; next: number } | null {
  if (!/^\s*1\s*\|/u.test(b.text) || (b.text.match(/\|/g) ?? []).length < 4) return null;
  const width = b.text.split('|').map((x) => x.trim()).filter(Boolean).length;
  const { rows, next } = lineRows(all, i, '|', new Array<ColumnRole>(width).fill('other'));
  const whole = rows.filter((r) => r.lines.length === width);
  if (rows.length < 2 || whole.length < rows.length * 0.8 || !whole.every((r, k) => r.lines[0].text === String(k + 1))) return null;
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    const kinds = whole.map((r) => cellKind(r.lines[c].text));
    const most = (k: CellKind) => kinds.filter((x) => x === k).length * 2 > kinds.length;
    if (c === 0) roles.push('number');
    else if (most('people')) roles.push('leaders');
    else if (most('units')) roles.push('coUnits');
    else if (most('deadline')) roles.push('deadline');
    else if (!roles.includes('text') && kinds.every((k) => k === 'sentence' || k === 'short')) roles.push('text');
    else roles.push('other');
  }
  if (!usable(roles)) return null;
  // two columns of unit lists: the first leads, the second co-operates (牵头单位 | 配合单位)
  const unitCols = roles.flatMap((r, c) => (r === 'coUnits' ? [c] : []));
  if (unitCols.length === 2) roles[unitCols[0]] = 'leadUnits';
  const labels = roles.map((r) => ROLE_LABEL[r] ?? '备注');
  return { table: buildTable(b.pos, labels, roles, rows, new Map(), true), next };
}

/**
 * Columns under labels no header word names (落实主体, 配合力量), typed by their cells: a column of unit lists
 * is a units column (the lead one before a co-unit column, or the first of two such; alone, 责任单位), of
 * people the leaders, of dates the deadline. Null when no such column changes.
 */
function typeUnknownColumns(table: TableBlock, labels: string[], roles: ColumnRole[]): { labels: string[]; roles: ColumnRole[] } | null {
  const body = table.rows.slice(1).filter((r) => new Set(r.map((c) => c.text)).size > 1);
  if (body.length < 2 || table.rows[0].length !== roles.length) return null;
  const found = new Map<number, 'units' | 'leaders' | 'deadline'>();
  // (a plan's label, 进度安排 / 工作进度 / 推进计划, over dates in a table with no deadline column: the deadline)
  const plan = (c: number) => !roles.includes('deadline') && /^(?:进度安排|工作进度|进度计划|推进计划|时间计划|工作计划|计划安排)$/u.test(SQUASH(labels[c]));
  roles.forEach((r, c) => {
    if (r !== 'other' || (columnRole(labels[c]) !== null && !plan(c))) return;
    const cells = body.map((row) => row[c].text.trim()).filter(Boolean);
    if (cells.length < 2 || cells.length * 2 < body.length) return;
    const share = (k: CellKind) => cells.filter((t) => t.split('\n').every((l) => cellKind(l) === k)).length / cells.length;
    if (plan(c)) { if (share('deadline') >= 0.6) found.set(c, 'deadline'); return; }
    if (share('units') >= 0.6) found.set(c, 'units');
    else if (share('people') >= 0.6) found.set(c, 'leaders');
    else if (share('deadline') >= 0.6) found.set(c, 'deadline');
  });
  if (!found.size) return null;
  const out = [...roles], names = [...labels];
  const units = [...found].filter(([, k]) => k === 'units').map(([c]) => c);
  const firstCo = roles.indexOf('coUnits');
  units.forEach((c, k) => {
    const lead = !roles.includes('leadUnits') && ((firstCo >= 0 && c < firstCo) || (firstCo < 0 && units.length >= 2 && k === 0));
    out[c] = lead ? 'leadUnits' : 'coUnits';
  });
  for (const [c, k] of found) if (k !== 'units') out[c] = k;
  const hasLead = out.includes('leadUnits');
  for (const c of found.keys()) names[c] = out[c] === 'leadUnits' ? '牵头单位' : out[c] === 'coUnits' ? (hasLead ? '配合单位' : '责任单位') : ROLE_LABEL[out[c]]!;
  return { labels: names, roles: out };
}

/**
 * The column read as the task column under an unknown label holds items (not people, dates or figures), at
 * least two rows, and most rows name their units.
 */
function itemsRead(table: TableBlock, roles: ColumnRole[], c: number): boolean {
  const body = table.rows.slice(1).filter((r) => new Set(r.map((x) => x.text)).size > 1);
  // (a place's or a trade's name may read as an organ's, 敬老院, 中小学校: only people, dates and figures are no items)
  const items = body.filter((r) => !['people', 'deadline', 'number', 'empty'].includes(cellKind((r[c]?.text ?? '').trim())));
  return body.length >= 2 && items.length * 4 >= body.length * 3 && namesPeople(table, roles);
}

/**
 * Rows whose lines hold items numbered 1., 2., 3. … in running order (three or more), units named between
 * some of them and not others: a cell holds several items and the names after them (not one cell's numbered
 * points, 1、… 2、… of a progress cell run on unbroken; nor one item a row, each with its names).
 */
function numberedItems(lines: TextLine[]): boolean {
  const numbers: number[] = [];
  let unitsBetween = 0, none = 0, units = false;
  for (const l of lines) {
    const t = cellText(l.text);
    const m = DOT_ITEM.exec(t);
    if (m) { numbers.push(Number(m[1])); if (numbers.length > 1) { if (units) unitsBetween++; else none++; } units = false; }
    else if (cellKind(t) === 'units') units = true;
  }
  // (some items one after another with no names between: one cell holds several, the names after them theirs)
  return numbers.length >= 3 && unitsBetween >= 1 && none >= 1 && numbers[0] === 1 && numbers.every((n, k) => k === 0 || n === numbers[k - 1] + 1);
}

/** The rows' lines in order, each row's number line first where it is a line of its own. */
const rowLines = (rows: Row[]) => rows.flatMap((r) => (r.number && !r.lines.includes(r.number) ? [r.number, ...r.lines] : r.lines));

/**
 * A table of a category, its numbered items and who does them (工作任务 | 具体要求 | 落实科室), one cell a line, where a
 * cell holds several items and the names after them are theirs (做好… / 3.… / 4.… / 5.… / 法规科、医药科): each item is a
 * row with the names that follow it; a line between such groups that is no item is the next category (a section). The
 * items the file ends inside the names of (…、医保中心按职责分工落), or before any names, are cut off: no rows. Null when
 * the header is not a category, an items column and one units column.
 */
function itemsSharingCells(all: Block[], header: Header, rows: Row[], sectionBefore: Map<number, TextLine[]>, next: number): { table: TableBlock; next: number } | null {
  const { roles, labels } = header;
  const unitAt = roles.length - 1;
  if (roles.length < 2 || roles.length > 3 || !['leadUnits', 'coUnits'].includes(roles[unitAt]) || !roles.slice(0, unitAt).every((r) => r === 'text' || r === 'title')) return null;
  const lines = rows.flatMap((r, ri) => [...(sectionBefore.get(ri) ?? []), ...rowLines([r])]).filter((l) => cellText(l.text).trim());
  const out: Cell[][] = [[{ text: labels[unitAt - 1], pos: lines[0]?.pos ?? { line: 1, column: 1 } }, { text: labels[unitAt], pos: lines[0]?.pos ?? { line: 1, column: 1 } }]];
  let pending: TextLine[] = [];
  const last = lines[lines.length - 1];
  const ends = !all.slice(next).some((b) => b.kind !== 'line' || b.text.trim());
  for (const l of lines) {
    const t = cellText(l.text).trim();
    if (DOT_ITEM.test(t)) { pending.push({ ...l, text: t }); continue; }
    if (pending.length && cellKind(t) === 'units') {
      // (the names the file ends inside: the last is no name, its items cut off)
      const names = splitNames(t, 'units').names;
      if (!(ends && l === last && !isUnit(names[names.length - 1] ?? ''))) for (const item of pending) out.push([{ text: item.text, pos: item.pos }, { text: t, pos: l.pos }]);
      pending = [];
      continue;
    }
    if (pending.length) { const p = pending[pending.length - 1]; pending[pending.length - 1] = { ...p, text: p.text + t }; continue; }
    out.push([{ text: t, pos: l.pos }, { text: t, pos: l.pos }]);
  }
  return out.length > 2 ? { table: { kind: 'table', rows: out, pos: lines[0].pos }, next } : null;
}

function namesPeople(table: TableBlock, roles: ColumnRole[]): boolean {
  const body = table.rows.slice(1).filter((r) => new Set(r.map((c) => c.text)).size > 1);
  const named = body.filter((r) => roles.some((role, c) => (role === 'leaders' || role === 'leadUnits' || role === 'coUnits')
    && r[c].text.split('\n').some((t) => ['units', 'people'].includes(cellKind(t))))).length;
  return body.length > 0 && named * 2 >= body.length;
}

/**
 * A spaced header run onto the end of the paragraph before it (… 附件:…分解表 序号 名称 工作任务 牵头责任单位, a
 * forum page that joined the letter's lines): the labels from 序号 on are the header line when the rows come
 * next (a numbered row, or a section line over one). Such a line is split there; other lines are left as they are.
 */
function splitHeaderTails(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  blocks.forEach((b, i) => {
    let split: Block[] | null = null;
    if (b.kind === 'line' && !b.text.includes('|')) {
      const m = /\s(?:序号|编号)\s/u.exec(b.text);
      const tail = m ? b.text.slice(m.index + 1) : '';
      const head = m ? b.text.slice(0, m.index).trimEnd() : '';
      // (the next line with text is looked for only behind a header: no scan from every line of a long file)
      let k = i + 1;
      if (m && head) while (k < blocks.length && blocks[k].kind === 'line' && !(blocks[k] as TextLine).text.trim()) k++;
      const next = m && head ? blocks[k] : undefined;
      const t = next?.kind === 'line' ? next.text.trim() : '';
      if (m && head && lineHeader(tail)?.sep === ' ' && (ROW_START.test(t) || isSectionLine(t))) {
        split = [{ ...b, text: head }, { kind: 'line', text: tail, pos: { line: b.pos.line, column: b.pos.column + m.index + 1 } }];
      }
    }
    if (split && !out) out = blocks.slice(0, i);
    if (out) out.push(...(split ?? [b]));
  });
  return out ?? blocks;
}

/**
 * A section's marker alone on its line over its title, one cell a line (一 / 产业发展 / 1 / …, or 一、 / 产业发展):
 * where the title is a heading and a row number comes right after it, the two lines are one section line
 * (一、产业发展), as the rows read it. A numeral over a task and its names is a row's number and stays.
 */
function joinMarkersAlone(blocks: Block[]): Block[] {
  let out: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.kind === 'line' ? cellText(b.text) : '';
    let joined: Block | null = null;
    if (t && t.length <= 4 && (MARKER_ALONE.test(t) || /^[一二三四五六七八九十]{1,3}$/u.test(t))) {
      const j = nextContent(blocks, i + 1);
      const title = labelOf(blocks[j]);
      const k = title ? nextContent(blocks, j + 1) : -1;
      const after = k >= 0 ? labelOf(blocks[k]) : null;
      const line = title ? (/^[((]/u.test(t) ? t + title : `${t.replace(/[、.．]$/u, '')}、${title}`) : '';
      if (title && after && !opensRow(title) && !readMarker(title) && headingLike(title) && isSectionLine(line) && ROW_NUMBER.test(after)) {
        joined = { ...(b as TextLine), text: line };
        if (!out) out = blocks.slice(0, i);
        out.push(joined);
        i = j;
        continue;
      }
    }
    if (out) out.push(b);
  }
  return out ?? blocks;
}

/** A cell printed empty in a table one cell a line (/, —, 无). */
const EMPTY_CELL = /^(?:[/／\\—–-]{1,2}|无)$/u;
const ROTATED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['number', 'text', 'title', 'leaders', 'leadUnits', 'coUnits', 'deadline', 'category']);
/** A label line over a rotated table's run of cells: a column label we read, or one headers print (备注). */
const rotatedLabel = (t: string): ColumnRole | null => {
  const role = codePoints(SQUASH(t)) <= MAX_LABEL ? columnRole(t) : null;
  return role && (ROTATED_ROLES.has(role) || isHeaderWord(SQUASH(t))) ? role : null;
};
/** The most rows a rotated table is read with (a label over a long run of lines is no such table: the scan stops). */
const ROTATED_MAX = 200;
/** How many of a column's cells must be what it holds (names under the names, no name under the task). */
const ROTATED_FIT = 0.8;

/** Tables rotated one cell a line found from each line, per block list (inRotatedTable asks the same lines again). */
const rotatedFrom = new WeakMap<Block[], Map<number, ReturnType<typeof rotatedTable>>>();

/** Whether the line at `at` stands inside a table rotated one cell a line (its label there or earlier, up to ROTATED_MAX lines back). */
export function inRotatedTable(blocks: Block[], at: number): boolean {
  let seen = rotatedFrom.get(blocks);
  if (!seen) rotatedFrom.set(blocks, (seen = new Map()));
  for (let k = at, n = 0; k >= 0 && n <= ROTATED_MAX && blocks[k].kind === 'line'; k--, n++) {
    const t = cellText((blocks[k] as TextLine).text);
    if (!t || !rotatedLabel(t)) continue;
    if (!seen.has(k)) seen.set(k, rotatedTable(blocks, k));
    const r = seen.get(k);
    if (r && r.next > at) return true;
  }
  return false;
}

/**
 * A table rotated, one cell a line: each column printed as a run, its label, then every row's cell in order
 * (序号 / 1 / 2 / 3 / 工作任务 / … / 牵头单位 / …), as pages render a table whose rows are its fields. Read when
 * every run is as long as the first, two or more cells, and each column's cells are mostly what it holds; the
 * rows are then the runs read across. A category column gives the sections.
 */
function rotatedTable(blocks: Block[], start: number): { table: TableBlock; next: number } | null {
  const runs: Array<{ label: TextLine; role: ColumnRole; cells: string[] }> = [];
  let i = start, n = -1;
  for (; i < blocks.length && runs.length <= MAX_COLUMNS; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') break;
    if (PIPES_ONLY.test(b.text)) continue;
    const t = cellText(b.text);
    const run = runs[runs.length - 1];
    // (a run closes at the first run's length; a label then opens the next, anything else ends the table)
    if (run && n >= 0 && run.cells.length === n) {
      const role = rotatedLabel(t);
      if (!role) break;
      runs.push({ label: b, role, cells: [] });
      continue;
    }
    // (inside the first run only a label headers print, or one of a column that is no task's, closes it: a
    // category's or a task's cell may read like a task label, 发展目标)
    const label = run && run.cells.length ? rotatedLabel(t) : runs.length ? null : rotatedLabel(t);
    const role = label && runs.length && (label === 'text' || label === 'title' || label === 'category') && !isHeaderWord(SQUASH(t)) ? null : label;
    if (!runs.length) { if (!role) return null; runs.push({ label: b, role, cells: [] }); continue; }
    if (role && n < 0) { if (run.cells.length < 2) return null; n = run.cells.length; runs.push({ label: b, role, cells: [] }); continue; }
    if (role) return null; // (a label inside a run that is not yet whole: no rotated table)
    if (run.cells.length >= ROTATED_MAX) return null;
    run.cells.push(EMPTY_CELL.test(SQUASH(t)) ? '' : t);
  }
  if (n < 2 || runs.length < 3 || runs[runs.length - 1].cells.length !== n) return null;
  const roles = runs.map((r) => r.role);
  if (!usable(roles)) return null;
  for (const r of runs) {
    const cells = r.cells.filter(Boolean);
    const fit = cells.filter((t) => {
      const kind = cellKind(t);
      if (r.role === 'leaders') return kind === 'people';
      if (r.role === 'leadUnits' || r.role === 'coUnits') return kind === 'units';
      if (r.role === 'number') return isRowNumber(t) || /^\d{1,4}$/u.test(SQUASH(t));
      return kind !== 'units' && kind !== 'people';
    }).length;
    if (fit < cells.length * ROTATED_FIT || ((r.role === 'text' || r.role === 'title') && !cells.length)) return null;
  }
  const pos = runs[0].label.pos;
  const out: Cell[][] = [runs.map((r) => ({ text: cellText(r.label.text), pos: r.label.pos }))];
  const categoryCol = roles.indexOf('category');
  let category = '';
  for (let k = 0; k < n; k++) {
    const row = runs.map((r) => ({ text: r.cells[k], pos: r.label.pos }));
    if (categoryCol >= 0) {
      const c = row[categoryCol].text;
      if (c && c !== category) { category = c; out.push(runs.map(() => ({ text: c, pos }))); }
      row[categoryCol] = { ...row[categoryCol], text: '' };
    }
    out.push(row);
  }
  return { table: { kind: 'table', rows: out, pos }, next: i };
}

export function findCellTables(blocks: Block[]): Block[] {
  return scanTables(splitHeaderTails(joinMarkersAlone(blocks)), (all, i, b) => {
    const line = lineHeader(b.text);
    // (a line with no "|" is its own cells' text: its spaced header is this one, read once per line)
    const spacedHere = !b.text.includes('|') && line?.sep === ' ';
    let piped = line;
    if (piped && piped.sep === ' ' && !piped.roles.includes('number')) {
      let k = i + 1;
      // (past blank lines, and section lines over the first row: 一、关键词 教育)
      while (k < all.length && all[k].kind === 'line' && (!(all[k] as TextLine).text.trim() || isSectionLine((all[k] as TextLine).text.trim()))) k++;
      const below = all[k];
      if (below?.kind !== 'line' || !fitsSpacedRow(below.text, piped.roles)) piped = null;
    }
    if (piped) {
      // a header that goes on over the next line ("任务完成率 | 备注 |")
      let h = i + 1;
      while (h < all.length && all[h].kind === 'line' && piped.sep === '|') {
        const more = (all[h] as TextLine).text.split('|').map((x) => x.trim()).filter(Boolean);
        // (a cell of names, 安监站 安监所, is a row's: no label)
        const roles = more.map((x) => columnRole(x) ?? (x.length <= 8 && !/\d{2}/u.test(x) && !['units', 'people'].includes(cellKind(x)) ? 'other' : null));
        // (a line with no "|" is no header cell: a section line over the first rows, 一、主要预期目标; a line whose
        // first cell is a row number is the first row, whatever its cells read as)
        // (nor a section row: a numeral in the 序号 cell, 一 | 产业发展, or a marked heading, 一、产业发展)
        if (!more.length || roles.some((r) => r === null) || /^[\s|]*\d/u.test((all[h] as TextLine).text) || !(all[h] as TextLine).text.includes('|')
          || sectionCells(more, all[h + 1]?.kind === 'line' ? (all[h + 1] as TextLine).text : '')) break;
        // a header row as wide as the rows (padded with "|") is whole: the line under it is a second header
        // row that splits some of its columns (2022年工作计划 → 投资 | 工程主要形象进度). When it names no
        // assignment, its labels stand among the unread columns before the first assignment column.
        const pipes = (t: string) => (t.match(/\|/g) ?? []).length;
        const firstRow = all.slice(h + 1).find((x): x is TextLine => x.kind === 'line' && /^\s*\d{1,4}\s*\|/u.test(x.text));
        const assignAt = piped.roles.findIndex((r, c) => ['leaders', 'leadUnits', 'coUnits'].includes(r) && c > piped.roles.findIndex((x) => x === 'text' || x === 'title'));
        if (firstRow && pipes(b.text) >= pipes(firstRow.text) && roles.every((r) => r === 'other') && assignAt > 0) {
          const at = piped.roles[assignAt - 1] === 'other' ? assignAt - 1 : assignAt;
          piped.labels.splice(at, assignAt - at, ...more);
          piped.roles.splice(at, assignAt - at, ...(roles as ColumnRole[]));
          h++;
          continue;
        }
        piped.labels.push(...more);
        piped.roles.push(...(roles as ColumnRole[]));
        h++;
      }
      const { rows, sectionBefore, next, cutOff } = lineRows(all, h, piped.sep, piped.roles);
      numberedUnderHeadings(rows, piped.roles, piped.labels, sectionBefore);
      if (piped.sep === '|') dotNumberedUnderHeadings(rows, piped.roles, piped.labels, sectionBefore);
      const built = rows.length ? buildTable(b.pos, piped.labels, piped.roles, rows, sectionBefore, true) : null;
      // (a task column read under a label we do not know: its cells are items, and the rows name their units)
      if (built && (piped.named === undefined || itemsRead(built, piped.roles, piped.roles.lastIndexOf('text')))) return { table: { ...built, ...(cutOff ? { cutOff } : {}) }, next };
    }
    const bare = headerlessRows(all, i, b);
    if (bare) return bare;
    const cell = cellText(b.text);
    const role = columnRole(cell);
    // a heading that names who leads the rows (——李丹副区长牵头重点工作) opens no header: it heads the table
    const undashed = cell.replace(/^(?:——|—|●)\s*/u, '');
    if (headingLeader(undashed) || headingLeadUnit(undashed)) return null;
    if ((!role || role === 'other') && !runTogetherLabels(SQUASH(cell))
      && !(b.text.includes('|') ? spacedLabels(cell) : spacedHere)) return null;
    // (a header begins at its first label: from a task label's line below another, 工作任务 / 具体要求, the header
    // above was read, and declined, already)
    let above = i - 1;
    while (above >= 0 && all[above].kind === 'line' && PIPES_ONLY.test((all[above] as TextLine).text)) above--;
    const over = above >= 0 ? labelOf(all[above]) : null;
    if (over && ['text', 'title'].includes(columnRole(over) ?? '') && (role === 'text' || role === 'title')) return null;
    const rotated = rotatedTable(all, i);
    if (rotated) return rotated;
    const header = stackedHeader(all, i);
    if (!header) return null;
    const { rows, sectionBefore, next } = header.unnumbered ? unnumberedRows(all, header.next, header.roles.length, header.roles)
      : stackedRows(all, header.next, header.roles.length, header.roles.includes('number'), header.roles[0] === 'category', header.labels);
    if (!rows.length) return null;
    let table = buildTable(b.pos, header.labels, header.roles, rows, sectionBefore, closedCells(rows), true);
    // labels we do not know over columns of names or dates: the columns are what their cells are
    const typed = typeUnknownColumns(table, header.labels, header.roles);
    if (typed) {
      header.labels = typed.labels;
      header.roles = typed.roles;
      table = buildTable(b.pos, header.labels, header.roles, rows, sectionBefore, closedCells(rows), true);
    }
    // rows without numbers are a table only when they name who does the work: most rows name someone
    // in an assignment column (a checklist of 组织领导 / 业务职责 with deadlines names nobody)
    if (header.unnumbered && !namesPeople(table, header.roles)) return null;
    // (nor when their task lines are items numbered in running order, 1.主动公开… / 2.加强…: the numbered items are
    // read as such, their cells merged over several of them; the rows would join the items they hold)
    // (rows opened by those items' numbers are no rows either: 1.… / 2.… of a cell that holds several)
    const shared = !header.roles.includes('number') && numberedItems(rowLines(rows)) ? itemsSharingCells(all, header, rows, sectionBefore, next) : null;
    if (shared || (header.unnumbered && numberedItems(rowLines(rows)))) return shared;
    if (header.unnumbered && table.rows[0].length === header.roles.length) for (const r of table.rows.slice(1)) splitRunTogetherTitle(r, header.roles);
    if (table.rows.length > 2 && (cutAtEnd(all, header.next, next) || shortAtEnd(rows, all, next))) table.cutOff = true;
    return { table, next };
  });
}
