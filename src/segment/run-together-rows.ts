// Run-together tables the keyed reader (run-together-tables.ts) does not take: headers with 编号 or three
// labels, a section heading over the first row or between rows, rows numbered (一) (二) or from where an
// excerpt opens, unit lists with 、 whose lead and co cells are told apart where names run together, and
// rows read from their end when no stop precedes their names.
// Task tables whose cells were run together with no separator (document-sharing sites):
//   序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建…。何海平教育局经开区各街道2促进…
// The header names the columns; the row numbers run 1, 2, 3 …; the cells can only be told apart by
// recognizing a person's name and the unit names after it for what they are. A sentence after the
// units opens a sub-row that shares the row's number and name.
import type { Block, Cell, Pos, TableBlock, TextLine } from '../model.js';
import { holdsPerson, isPersonName } from '../recognize/person.js';
import { bracketDepth, chineseCount } from '../text.js';
import { BARE_SUFFIX, cutRunTogether, holdsBareOrgan, isBareOrgan, isUnit, OPENS_WITH_ACTION } from '../recognize/unit.js';
import { columnRole, LABEL_ENDS, type ColumnRole } from './cell-tables.js';
import { isHeaderWord } from './header-words.js';
import { splitTitle } from './title-split.js';
import { isDeadlineSpan } from '../recognize/deadline-span.js';
import { progressStart } from '../recognize/cell-kind.js';
import { isDeadline } from '../recognize/deadline.js';
import { ACTION_WORDS, ORGAN_SUFFIXES } from '../recognize/lexicon.js';

const OPENS_ACTION = new RegExp(`^(?:${ACTION_WORDS.source})`, 'u');

/** A column label for how far the tasks have come (完成情况, 进展情况, 推进情况, 工作进度). */
const PROGRESS_LABEL = /(?:完成|进展|推进|落实|执行|工作)?(?:情况|进展|进度)$/u;

/** A progress column (完成情况, 进展情况) after the task column and before the assignment columns. */
export function hasProgressBetween(labels: string[], roles: ColumnRole[]): boolean {
  const textAt = Math.max(roles.indexOf('text'), roles.indexOf('title'));
  const unitsAt = roles.findIndex((r) => r === 'leadUnits' || r === 'coUnits' || r === 'leaders');
  return textAt >= 0 && unitsAt > textAt && labels.some((l, c) => c > textAt && c < unitsAt && roles[c] === 'other' && PROGRESS_LABEL.test(l));
}

const LABEL_TAIL = new RegExp(`(?:${LABEL_ENDS.source})$`, 'u');
export const MAX_HEADER = 80;
/** A page number that document-sharing sites print at the start of each page: "2、". */
export const PAGE_MARK = /^\d{1,3}、/u;
export const MEASURE_AFTER = /^[个万亿千百十余元人户座所项条家只次年月日号%%.\d]/u;

/** The lines of a run-together table as one string: page marks after the first line and all spaces dropped. */
export function joinLines(lines: TextLine[]): string {
  return [lines[0].text, ...lines.slice(1).map((l) => l.text.replace(PAGE_MARK, ''))].join('');
}

interface Header { labels: string[]; roles: ColumnRole[]; end: number }

/**
 * Two unit columns neither of which says 牵头 (责任单位 | 参与单位): the first is the lead one (SCHEMA: 责任单位
 * beside a 配合 column leads), so that its cell and the co-units' cell stay apart.
 */
export function unitColumns(roles: ColumnRole[]): ColumnRole[] {
  const co = roles.flatMap((r, c) => (r === 'coUnits' ? [c] : []));
  return !roles.includes('leadUnits') && co.length >= 2 ? roles.map((r, c) => (c === co[0] ? 'leadUnits' : r)) : roles;
}

/** The header run together: labels cut after each label ending, from 序号 to the first row number (or, `toEnd`, to the line's end). */
function readHeader(s: string, toEnd = false): Header | null {
  const found = /序号|编号/u.exec(s);
  // (a header alone on its line may have no number column: 实事名称实事内容责任科室)
  if (!found && !toEnd) return null;
  const at = found ? found.index : 0;
  // the labels end where the first row (a digit) or a section heading (一、, (一)) begins
  let e = toEnd ? s.length : at;
  while (e < s.length && e - at < MAX_HEADER && !/\d/u.test(s[e]) && !/^(?:[一二三四五六七八九十]{1,3}、|[((](?:[一二三四五六七八九十]{1,3}|\d{1,3})[))])/u.test(s.slice(e))) e++;
  const labels = labelsOf(s, at, e);
  if (!labels) return null;
  const roles = unitColumns(labels.map((l) => columnRole(l)!));
  const i = e;
  // the first row (1 / (一)), or a section heading over it (一、…)
  const rest = s.slice(i);
  // (an excerpt may open at a later row: 24优化提升…)
  if (!toEnd && !(/^\d{1,3}(?!\d)/u.test(rest) || /^[((](?:[一二三四五六七八九十]{1,3}|\d{1,3})[))]/u.test(rest) || /^[一二三四五六七八九十]{1,3}、/u.test(rest))) return null;
  const usable = (roles.includes('number') || (toEnd && !found)) && roles.some((r) => r === 'text' || r === 'title')
    && roles.some((r) => r === 'leadUnits' || r === 'coUnits');
  // (a header alone on its line may name two columns only, the task and its units: 主要任务牵头部门)
  return usable && labels.length >= (toEnd && labels.every((l) => isHeaderWord(l)) ? 2 : 3) ? { labels, roles, end: i } : null;
}

/** s[at, e) cut so that as many as can be are labels headers print (时间节点, not 时间 + 节点; 进度安排 whole); null when it is no header. */
function labelsOf(s: string, at: number, e: number): string[] | null {
  return labelCuts(s, at, e)[e - at]?.labels ?? null;
}

/**
 * The best cut into labels of every opening s[at, at + k), k ≤ e − at, in one pass: a cut of an opening uses
 * no label past its end, so the cut of s[at, at + k) is the same whatever e is (the unnumbered header asks
 * for every length of one line's opening).
 */
function labelCuts(s: string, at: number, e: number): Array<{ cost: number; labels: string[] } | null> {
  const best: Array<{ cost: number; labels: string[] } | null> = new Array(e - at + 1).fill(null);
  best[0] = { cost: 0, labels: [] };
  for (let i = 0; i < e - at; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 2; j <= Math.min(e - at, i + 14); j++) {
      const label = s.slice(at + i, at + j);
      const known = isHeaderWord(label);
      if (!known && !LABEL_TAIL.test(label)) continue;
      if (!columnRole(label)) continue;
      // (an unknown label costs more the longer it is: 责任单位 + 进度安排, not 分管领导责任单位进度安排)
      const cand = { cost: from.cost + (known ? 0 : label.length > 6 ? label.length / 2 : 1), labels: [...from.labels, label] };
      const have = best[j];
      if (!have || cand.cost < have.cost || (cand.cost === have.cost && cand.labels.length > have.labels.length)) best[j] = cand;
    }
  }
  return best;
}

/**
 * A header with no number column run into its first row (工作内容责任主体时间节点切实做好…): the longest opening
 * that cuts into known header labels only, a task column first and a unit column among them, Han text after it.
 */
/** Whether some opening s[0, j), 2 ≤ j ≤ min(top, 14), is a header word: what a first label of labelCuts can be. */
export function opensWithHeaderWord(s: string, top: number): boolean {
  for (let j = 2; j <= Math.min(top, 14); j++) if (isHeaderWord(s.slice(0, j))) return true;
  return false;
}

/** (`precheck` false only for the test that checks the pre-check changes no answer) */
export function unnumberedHeader(s: string, precheck = true): Header | null {
  const top = Math.min(s.length - 4, 40);
  if (top < 8) return null;
  // (exact pre-check: every label of the header is a header word, its first one s[0, j) too; with no such
  // opening every cut below fails, and the cuts are the costly part: asked of every long line)
  if (precheck && !opensWithHeaderWord(s, top)) return null;
  const cuts = labelCuts(s, 0, top);
  for (let e = top; e >= 8; e--) {
    if (!/^[\p{Script=Han}“"]/u.test(s.slice(e))) continue;
    const labels = cuts[e]?.labels ?? null;
    if (!labels || labels.length < 3 || !labels.every((l) => isHeaderWord(l))) continue;
    const roles = unitColumns(labels.map((l) => columnRole(l)!));
    if (roles.includes('number') || !(roles[0] === 'text' || roles[0] === 'title') || !roles.some((r) => r === 'leadUnits' || r === 'coUnits')) continue;
    // (the first row's opening would be one more label: the header ends before it)
    return { labels, roles, end: e };
  }
  return null;
}


const ORGAN_END = /(?:局|委|办|厅|中心|公司|政府|街道|管委会)(?:[、,,]|\p{Script=Han})/u;

/** How the rows are numbered: 1 2 3 …, or (一) (二) (三) …. */
type Numbering = (k: number) => string;
const ARABIC: Numbering = (k) => String(k);
const PAREN_CN: Numbering = (k) => `(${chineseCount(k)})`;
/** Rows numbered (1) (2) (3) …, in the brackets the row uses ((1) or (1)). */
const parenArabic = (open: string, close: string): Numbering => (k) => `${open}${k}${close}`;
const PAREN_AR = /^([((])(\d{1,3})([))])/u;

/**
 * A section heading over the first row (一、强化组织领导(5分)1认真…): up to the first row number, one that no
 * figure's measure follows, outside brackets (a figure in the heading is no row number: (15项), 2021年, (5分)).
 */
function sectionHead(body: string): [string, string] | null {
  const m = /^[一二三四五六七八九十]{1,3}、/u.exec(body);
  if (!m) return null;
  for (let k = m[0].length + 2; k < Math.min(body.length, m[0].length + 82); k++) {
    const t = body.slice(0, k);
    // (a heading may be a sentence or two, 一、减少…6.76万人;实施…。1减少…: it ends at a stop then)
    if (/[。;;]/u.test(t) ? !/[。;;]$/u.test(t) : k >= m[0].length + 42) continue;
    if (bracketDepth(t) > 0) continue;
    const rest = body.slice(k);
    if (/^[((](?:一|1)[))]/u.test(rest) || (!/\d/u.test(body[k - 1]) && /^\d{1,3}(?!\d)(?![个万亿千百十余元人户座所项条家只次年月日号分%%.])[\p{Script=Han}“"(]/u.test(rest))) return [t, t];
  }
  return null;
}

/** A section heading (一、经济发展) standing at the end of `s`, after the last cell of the row before it. */
const SECTION_AT_END = /[一二三四五六七八九十]{1,3}、(?:[^。;;]{2,40}|[^|]{2,80}[。;;])$/u;
const DEADLINE_END = /(?:月底?前?|年底前?|年内|日前?|季度|长期|持续推进|全年|常态化)$/u;

/**
 * Row starts: the first row, then each next number where it follows the end of a name (or of a deadline,
 * or a section heading after one) and opens a word. Sections: where each heading between rows begins.
 */
function rowStarts(body: string, num: Numbering, first: number, n0: number, namesLast = false): { starts: number[]; nums: number[]; sections: Map<number, { at: number; title: string }> } {
  const starts = [first];
  const nums = [n0];
  const sections = new Map<number, { at: number; title: string }>();
  const ends = (at: number) => endsInName(body.slice(Math.max(0, at - 12), at)) || DEADLINE_END.test(body.slice(Math.max(0, at - 6), at))
    || deadlineAfterName(body.slice(Math.max(0, at - 26), at));
  /** Where row `key` begins after the last row found; `headed`: only right after a section heading. */
  const search = (key: string, headed: boolean): { at: number; section: { at: number; title: string } | null } => {
    const last = starts[starts.length - 1];
    let from = last + num(nums[nums.length - 1]).length + 4;
    while (from < body.length) {
      const j = body.indexOf(key, from);
      if (j < 0) break;
      const before = body[j - 1] ?? '', after = body.slice(j + key.length);
      const sec = SECTION_AT_END.exec(body.slice(Math.max(last, j - 84), j));
      const end = sec ? j - sec[0].length : j;
      // (a measure after the number is a figure, unless a whole name closes the row before it: …地税局2万元地区…)
      // (nor is one a single character and a stop after it opens: 口袋公园2处;)
      const figure = (MEASURE_AFTER.test(after) && (/^[%%.\d]/u.test(after) || !/(?:局|委|办|厅|政府|中心|公司|街道|管委会)$/u.test(body.slice(Math.max(0, j - 3), j))
        || !endsInName(body.slice(Math.max(0, j - 12), j)))) || /^\p{Script=Han}[;;,,。、]/u.test(after);
      // (a row's text may open with a year, run into its number: …财政局|6|98年元旦…, when the names close the row
      // before it, no deadline column there to hold the figure)
      // (or, a column after the names, a year closing the row's last cell runs into the number: …教体局2024|2城北…)
      const yearCell = !namesLast && /^(?:19|20)\d{2}$/u.test(body.slice(Math.max(0, j - 4), j)) && !/\d/u.test(body[j - 5] ?? '')
        && endsInName(body.slice(Math.max(0, j - 16), j - 4));
      const year = (namesLast && endsInName(body.slice(Math.max(0, j - 12), j)) || yearCell) && YEAR_OPENS.test(after);
      if ((!/\d/u.test(before) || yearCell) && (!/^\d/u.test(after) || year) && (!figure || year) && (/[\p{Script=Han}))]/u.test(before) || yearCell || (sec && /[。;;]$/u.test(sec[0])))
        && (year || /^[\p{Script=Han}“"(]/u.test(after)) && (headed ? sec && ends(end) && !ends(j) : ends(j) || (sec && ends(end)))) {
        return { at: j, section: sec && !ends(j) ? { at: end, title: sec[0] } : null };
      }
      from = j + 1;
    }
    return { at: -1, section: null };
  };
  for (;;) {
    const k = nums[nums.length - 1] + 1;
    const key = num(k);
    let { at: found, section } = search(key, false);
    // (the numbers may start again at 1 under each section heading: …机关纪委二、持续深化…1把学习…)
    const again = k > 2 ? search(num(1), true) : { at: -1, section: null };
    const restart = again.at >= 0 && (found < 0 || again.at < found);
    if (restart) ({ at: found, section } = again);
    if (section) sections.set(starts.length, section);
    if (found < 0) {
      // a row may close with a deadline in words (…后完成, 持续实施): the next number, opening a word, after a row
      // that has named its units
      const prev = starts[starts.length - 1];
      for (let j = body.indexOf(key, prev + num(k - 1).length + 4); j >= 0; j = body.indexOf(key, j + 1)) {
        const before = body[j - 1] ?? '', after = body.slice(j + key.length);
        if (/\p{Script=Han}/u.test(before) && /^[\p{Script=Han}“"]/u.test(after) && !/\d/u.test(before) && !/^\d/u.test(after)
          && !MEASURE_AFTER.test(after) && ORGAN_END.test(body.slice(prev, j))) { found = j; break; }
        if (j - prev > 600) break;
      }
    }
    if (found < 0) return { starts, nums, sections };
    starts.push(found);
    nums.push(restart ? 1 : k);
  }
}

/** A year opening a row's text (98年, 2011年; a two-digit year of the last century only, so that 20|24年 is no row 20). */
export const YEAR_OPENS = /^(?:(?:19|20)\d{2}|[5-9]\d)年/u;

/** `s` ends in a deadline cell right after a unit's name (…基层处|长期推进, …城投集团|2021.12). */
function deadlineAfterName(s: string): boolean {
  for (let n = 3; n <= Math.min(14, s.length - 2); n++) {
    if (isDeadlineSpan(s.slice(-n)) && /^[\d一二三四五六七八九十上下年全长持常每今明本]/u.test(s.slice(-n)) && endsInName(s.slice(0, -n))) return true;
  }
  return false;
}

export const endsInName = (s: string) => {
  for (let n = Math.min(12, s.length); n >= 2; n--) if (isUnit(s.slice(-n))) return true;
  return false;
};

/** The longest run of units from `at`, cut where each part is a whole unit. */
function unitRun(s: string, at: number): { units: string[]; cells: string[][]; end: number } | null {
  let stop = s.length;
  // (a comma between whole names separates them as 、 does: 市商务局,市住建局、市发改委)
  for (let j = at; j < s.length && j < at + 200; j++) if (/[。;;]/u.test(s[j])) { stop = j; break; }
  for (let j = Math.min(stop, at + 200); j >= at + 2; j--) {
    if (/[、,,]/u.test(s[j - 1])) continue;
    const cells = unitCells(s.slice(at, j));
    if (cells && (j === s.length || !isUnit(s.slice(j, j + 3)) || /[。;;]/u.test(s[j - 1]))) return { units: cells.flat(), cells, end: j };
  }
  return null;
}

/** One task cut from a run-together row: its text, leader, units (or unit cells told apart) and deadline. */
export interface Piece { text: string; leader: string | null; units: string[]; cells?: string[][]; deadline?: string | null }

/**
 * A row's name and content cells run together, cut: a name printed again where its content opens (地区生产总值|
 * 地区生产总值增长12%, 政务服务|注重政务服务…), a figure alone after a name (全社会固定资产投资额|186: the content
 * cell a target value), a change and its figure opening a target cell (服务业增加值|增长8%), else where a content verb opens (splitTitle) — when more than the verb follows it: a verb
 * that closes the cell (…巩固提升, 城市棚户区改造(户)) ends a name, it opens no content.
 */
const TARGET_OPENS = /(?:增长|新增|提高|下降|降低|减少|达到|控制在)(?=\d)/u;

export function splitGluedTitle(text: string): { title: string | null; text: string } {
  for (let k = Math.min(12, Math.floor(text.length / 2)); k >= 2; k--) {
    const name = text.slice(0, k);
    if (!/^\p{Script=Han}+$/u.test(name)) continue;
    const again = text.indexOf(name, k);
    if (again === k || (k >= 4 && again > k && again - k <= 4 && !OPENS_WITH_ACTION.test(name))) return { title: name, text: text.slice(k) };
  }
  const figure = /^(\D*\p{Script=Han})(\d+(?:\.\d+)?)$/u.exec(text);
  if (figure && figure[1].length >= 2) return { title: figure[1], text: figure[2] };
  // (a target cell after an indicator's name opens with the change and its figure: 规模以上工业增加值|增长8%(…), 高新技术企业数|新增10家)
  const target = TARGET_OPENS.exec(text);
  // (not where the words before open with a verb of doing: 确保地区生产总值增长7% is one sentence, no name)
  if (target && target.index >= 4 && !/[,,。;;、(())]/u.test(text.slice(0, target.index)) && !OPENS_WITH_ACTION.test(text)) return { title: text.slice(0, target.index), text: text.slice(target.index) };
  const t = splitTitle(text);
  if (t.title && (t.text.replace(/[((][^()()]*[))]/gu, '').match(/\p{Script=Han}/gu)?.length ?? 0) < 4) return { title: null, text };
  return t;
}

/**
 * A piece's cells in the header's columns, for both readers of run-together tables: the row's first piece
 * names the row's title (a name column and a content column run together), the pieces after it repeat it.
 */
export function pieceCells(roles: ColumnRole[], pos: Pos, num: string, p: Piece, first: boolean, row: { title: string | null }): Cell[] {
  const cells: Cell[] = roles.map(() => ({ text: '', pos }));
  const put = (r: ColumnRole, v: string) => { const c = roles.indexOf(r); if (c >= 0) cells[c] = { text: v, pos }; };
  put('number', num);
  let text = p.text;
  // (a name column alone, no content column beside it: the whole text is the name)
  if (roles.includes('title') && roles.includes('text')) {
    if (first) { const t = splitGluedTitle(text); row.title = t.title; text = t.text; }
    if (row.title) put('title', row.title);
  }
  put(roles.includes('text') ? 'text' : 'title', text);
  if (p.leader) put('leaders', p.leader);
  if (p.deadline) put('deadline', p.deadline);
  if (roles.includes('leadUnits') && p.cells) {
    // cells told apart where names ran together: the first is the lead cell
    put('leadUnits', p.cells[0].join('、'));
    put('coUnits', p.cells.slice(1).flat().join('、'));
  } else if (roles.includes('leadUnits')) {
    put('leadUnits', p.units[0]);
    put('coUnits', p.units.slice(1).join('、'));
  } else put('coUnits', p.units.join('、'));
  return cells;
}

/** How much a run of units reads like names: whole organ endings and bare organs' names count, a name holding another's ending does not. */
export function runQuality(units: string[]): number {
  // (a bare organ's name, 发展改革委, is surer than the same characters less its first, 路军发|展改革委)
  return units.reduce((q, u) => q + (/(?:局|委|办|厅|中心|公司|街道|政府)$/u.test(u) ? 2 : 1) - (/[局委办厅]./u.test(u) ? 3 : 0) + (isBareOrgan(u) ? 1 : 0), 0);
}

/**
 * The best "person + units" at i that closes a task (cutPieces, both readers): a leader's
 * name of three or two characters, then a run of units (`unitRun`, the reader's own), scored by `quality`.
 * A leader closes a sentence, or stands before two units or more; its first unit is a whole name.
 */
function leaderAt<R extends { units: string[]; end: number }>(row: string, i: number, afterStop: boolean,
  unitRun: (s: string, at: number) => R | null, quality: (run: R, len: number) => number): { name: string; run: R; q: number } | null {
  let best: { name: string; run: R; q: number } | null = null;
  for (const len of [3, 2]) {
    const name = row.slice(i, i + len);
    if (!isPersonName(name)) continue;
    const run = unitRun(row, i + len);
    // (a first unit that holds the row's real leader and the names after it is the task's words run on)
    if (!run || run.units[0].length < 3 || !(afterStop || run.units.length >= 2) || holdsPerson(run.units[0])) continue;
    const q = quality(run, len);
    if (!best || q > best.q) best = { name, run, q };
  }
  return best;
}

/**
 * A row cut at each "person + units" that closes a task, for both readers of run-together tables: text,
 * leader, units (their cells, when the reader's `unitRun` tells them apart); repeated for sub-rows. With
 * no leaders column, units after a stop close a task. `deadlineAfter`: a deadline column after the names,
 * the rest of the row when it reads as one (2024年底前).
 */
export function cutPieces<R extends { units: string[]; end: number; cells?: string[][] }>(row: string, hasLeaders: boolean,
  unitRun: (s: string, at: number) => R | null, quality: (run: R, len: number, at: number) => number,
  deadlineAfter?: (rest: string) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let textStart = 0;
  let i = 1;
  while (i < row.length) {
    let best: { name: string | null; run: R; q: number } | null = null;
    const afterStop = /[。;;))]/u.test(row[i - 1]);
    if (hasLeaders) {
      const at = i;
      best = leaderAt(row, i, afterStop, unitRun, (run, len) => quality(run, len, at));
    } else if (afterStop) {
      const run = unitRun(row, i);
      // (or the list goes on to the row's end with names not read as such: …镇人民政府、|人民大垸、荒湖管理区)
      if (run && run.units[0].length >= 3 && !holdsLevelName(run.units[0]) && (run.end === row.length || /^[\p{Script=Han}]/u.test(row.slice(run.end)) || /^[、,,][^。;;]{1,24}$/u.test(row.slice(run.end))
        || deadlineAfter?.(row.slice(run.end)) || deadlineOpening(row.slice(run.end), deadlineAfter))) best = { name: null, run, q: 0 };
    }
    if (best) {
      const rest = row.slice(best.run.end);
      const deadline = rest && deadlineAfter?.(rest) ? rest : deadlineOpening(rest, deadlineAfter);
      pieces.push({ text: row.slice(textStart, i), leader: best.name, units: best.run.units, cells: best.run.cells, deadline });
      textStart = i = deadline ? best.run.end + deadline.length : best.run.end;
    } else i++;
  }
  // text after the last names is one more sub-row under the same cells (merged over it)
  const last = pieces[pieces.length - 1];
  // (unless it goes on the names' list: …各部门、各直属机构 — a 、 opens no task)
  const tail = row.slice(textStart + 1);
  const more = last && /^[、,,]/u.test(row.slice(textStart))
    ? unitCells(tail) ?? (tail.length <= 24 && /^[^。;;::!?!?\d]+$/u.test(tail) ? [tail.split(/[、,,]/u).filter(Boolean)] : null) : null;
  if (last && more) {
    last.units = [...last.units, ...more.flat()];
    if (last.cells) last.cells = [...last.cells.slice(0, -1), [...last.cells[last.cells.length - 1], ...more[0]], ...more.slice(1)];
  } else if (last && textStart < row.length && /[\p{Script=Han}]{4}/u.test(row.slice(textStart))) pieces.push({ ...last, text: row.slice(textStart) });
  return pieces.filter((p) => p.text);
}

/**
 * The deadline cell after a sub-row's names when the next sub-row's text follows it (…;城投集团2021.8对七星路…):
 * the longest opening that reads as a deadline and leaves a word after it. Null otherwise.
 */
function deadlineOpening(rest: string, isDeadlineCell?: (s: string) => boolean): string | null {
  if (!isDeadlineCell || !/^[\d一二三四五六七八九十上下年全长持常]/u.test(rest)) return null;
  for (let n = Math.min(14, rest.length - 4); n >= 2; n--) {
    const cell = rest.slice(0, n);
    if (/[\d.\-—]$/u.test(cell) && /^[\d.]/u.test(rest.slice(n))) continue;
    // (a deadline ends in a date's own word or figure, never in the next text's verb: 11月 | 新建…)
    if (/^[\p{Script=Han}“"]/u.test(rest.slice(n)) && /(?:[\d月日底末前旬内度]|完成|推进|坚持|全年|长期)$/u.test(cell) && isDeadlineCell(cell)) return cell;
  }
  return null;
}

/** This reader's row cut: a three-character name preferred, and a run that opens at a level or that the table repeats. */
function cutRow(row: string, hasLeaders: boolean, deadlineLast = false, sure = false): Piece[] {
  // (`sure`: with no row numbers to bound them, a run closes a row only when its first name reads surely as
  // one: it opens at a level or ends in an organ's own ending, not a loose cut inside a sentence, 认真实施园|区…)
  // (and its last name ends where the next row's text opens with a verb of doing: 各镇街 | 加强交通…)
  const run = sure ? (s: string, at: number) => {
    const r = unitRun(s, at);
    if (!r || !(/^[省市县区镇乡各州]/u.test(r.units[0]) || /(?:局|委|办|厅|中心|公司|政府|街道|部)$/u.test(r.units[0]))) return null;
    const u = r.units[r.units.length - 1];
    if (s.slice(r.end - u.length, r.end) !== u) return r;
    for (let k = 2; k <= u.length - 2; k++) {
      if (!OPENS_ACTION.test(u.slice(k)) || !isUnit(u.slice(0, k))) continue;
      const cells = r.cells.map((c, n) => (n === r.cells.length - 1 ? [...c.slice(0, -1), u.slice(0, k)] : c));
      return { units: cells.flat(), cells, end: r.end - (u.length - k) };
    }
    return r;
  } : unitRun;
  return cutPieces(row, hasLeaders, run, (run, len, i) => {
    // a name of three characters is the commoner, unless the unit after two opens at its level (金力 | 市…)
    // or is written elsewhere in the table (a name the table repeats is whole there)
    const elsewhere = row.indexOf(run.units[0], run.end) >= 0 || row.lastIndexOf(run.units[0], i - 1) >= 0;
    return runQuality(run.units) + (/^[省市县区镇乡各州]/u.test(run.units[0]) ? 1 : 0) + (elsewhere ? 0.5 : 0) + (len === 3 ? 0.05 : 0);
  }, deadlineLast ? isDeadline : undefined);
}

/** A whole name closed by 等 (X等部门, X等单位, X等): the entry rule later drops the group word. */
export function closedByEtc(p: string): boolean {
  const etc = /^(.{3,}?)等(?:相关|有关)?(?:部门|单位)?$/u.exec(p);
  return !!etc && isUnit(etc[1]);
}

/** Levels alone with a bracketed level, no organ: 各区(市) in 各区(市)县政府 opens a name, it is none. */
export const LEVELS_ONLY = /^[各省市县区乡镇州]+[((][省市县区乡镇州、]+[))]$/u;

/** Units separated by 、 and cells run together: each cell's names (市发改委市经信局、市商务局 → [市发改委], [市经信局, 市商务局]). */
export function unitCells(span: string): string[][] | null {
  const parts: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < span.length; i++) {
    const c = span[i];
    if (c === '(' || c === '(') depth++;
    else if ((c === ')' || c === ')') && depth) depth--;
    else if (/[、,,]/u.test(c) && !depth) { parts.push(span.slice(from, i)); from = i + 1; }
  }
  parts.push(span.slice(from));
  const cells: string[][] = [[]];
  for (const p of parts) {
    if (!p) return null;
    // (X等部门 / X等单位 / X等: a whole name closed by 等, the entry rule later drops the group word)
    if (closedByEtc(p)) { cells[cells.length - 1].push(p); continue; }
    // (names run together are cut where each part is a whole name of three characters or more: 市委宣传部 stays)
    const parts = cutRunTogether(p, true);
    // (nor after a level that opens the next name: …考核区 | 发改局 is …考核 | 区发改局, the level the name's own)
    const levelTaken = parts?.some((u, k) => k + 1 < parts.length && /[省市县区镇乡州]$/u.test(u) && !/^[省市县区镇乡州各]/u.test(parts[k + 1])
      && isUnit(u.slice(-1) + parts[k + 1]));
    // (a name of two characters only when it is surely an organ's: 经委, 农办)
    const cut = parts && !levelTaken && parts.every((u) => (u.length >= 3 || /^各/u.test(u) || isBareOrgan(u)) && !BARE_SUFFIX.test(u) && !LEVELS_ONLY.test(u)) ? parts
      : isUnit(p) ? [p] : levelTaken ? null : parts;
    if (!cut) return null;
    cells[cells.length - 1].push(cut[0]);
    for (const u of cut.slice(1)) cells.push([u]);
  }
  return cells;
}

/**
 * A name read as one that holds a whole name opening at a later level (县社会救助体系建设|县民政局, 建农村用户厕所|
 * 区农业农村局): a task's last words run into the name, not one name. Not levels stacked in one name (各县市区政府),
 * a level and an ending alone (市直园区管委会), nor the level 自治区 (自治区农牧厅).
 */
export const holdsLevelName = (n: string) => [...n.matchAll(/[省市县区州]/gu)].some((m) => !/自治$/u.test(n.slice(0, m.index!)) && n.slice(0, m.index!).replace(/[((][^()()]*[))]/gu, '').replace(/[各省市县区乡镇州]/gu, '').length >= 2
  && n.length - m.index! >= 3 && isUnit(n.slice(m.index!)) && !BARE_SUFFIX.test(n.slice(m.index! + 1)));

/** Words a level's character closes (示范区, 园区, 城市, 乡镇): the character is the word's, it opens no name. */
const LEVEL_WORDS: ReadonlySet<string> = new Set([...ORGAN_SUFFIXES.filter((w) => w.length >= 2 && /[省市县区镇乡州]$/u.test(w)), '城市', '城区', '城镇', '乡镇', '山区', '郊区', '辖区', '自治区', '自治州', '自治县', '特区']);
const closesWord = (row: string, p: number) => [2, 3, 4].some((k) => p + 1 - k >= 0 && LEVEL_WORDS.has(row.slice(p + 1 - k, p + 1)));

/** A figure or a word that says when, in a deadline the date reader does not take (省出台办法后完成, 持续实施, 2023.01-2023.12). */
const WHEN_WORD = /(?:\d|完成|前|后|底|内|止|年|月|日|季度|持续|长期|常态|坚持|推进|实施|启动|开工|建成)/u;

/**
 * A row whose cells end in names with no stop before them (增长5.5%左右区发展改革委): read from its end —
 * a deadline, then the units (the longest run that is all names, opening at a level or after a figure),
 * then people's names; the rest is the task.
 */
function cutFromEnd(row: string, hasLeaders: boolean, hasDeadline: boolean, known?: ReadonlySet<string>): Piece | null {
  let end = row.length, deadline: string | null = null;
  if (hasDeadline) {
    for (let p = Math.max(1, row.length - 24); p < row.length - 1; p++) {
      if (isDeadlineSpan(row.slice(p)) && endsInName(row.slice(Math.max(0, p - 12), p))) {
        // (a deadline may carry a character or two it reads past: the name's own end, when the name is whole
        // without them, is the name's, 办公室|持续推进, not 办|公室持续推进)
        const q = [p + 2, p + 1].find((x) => x < row.length - 1 && isDeadlineSpan(row.slice(x)) && endsInName(row.slice(Math.max(0, x - 12), x))) ?? p;
        deadline = row.slice(q); end = q; break;
      }
    }
  }
  const unitsBefore = (end: number) => {
    // names open at a level (区…, 市…) or after a figure or a stop; a level is the surer sign; else a name
    // that is surely an organ's with no place before it (教育局, 人社局), or one the table's other rows name
    // (`known`: 疾控处 read after a 、 elsewhere), opens them where it stands
    const bare = (p: number) => !/^[省市县区镇乡各州]/u.test(row.slice(p)) && /\p{Script=Han}/u.test(row[p - 1]);
    // (a 、 goes on a list of names rather than opens one, 房管局、|发改局: the last resort)
    // (a level's character that opens a word, 市场, 区域, 乡村, opens no name: 农贸市场|区商务粮食局)
    // (nor one that closes a word before it, 示范区|规划司, 城市|管理体制, 园区|管委会: a name opens there with no sign of its own)
    const level = (p: number) => /^[省市县区镇乡各州]/u.test(row.slice(p)) && !/^(?:市场|区域|县域|乡村|镇村)/u.test(row.slice(p)) && !closesWord(row, p);
    for (const opens of [level, (p: number) => !/\p{Script=Han}|、/u.test(row[p - 1]), bare,
      (p: number) => row[p - 1] === '、']) {
      for (let p = Math.max(2, end - 160); p < end - 1; p++) {
        if (!opens(p)) continue;
        const cells = unitCells(row.slice(p, end));
        if (cells && opens === bare && !isBareOrgan(cells[0][0]) && !known?.has(cells[0][0])) continue;
        // (a first name holding a whole name at a later level, 县社会救助体系建设|县民政局, took the task's end)
        // (not levels stacked in one name: 各县市区政府)
        const holds = holdsLevelName;
        // (nor a first name, or the words before the first 、, that end in a bare organ's name after a task's words)
        if (cells && cells[0][0].length <= 20 && !cells.flat().some(holds) && !holdsBareOrgan(cells[0][0])
          && !holdsBareOrgan(row.slice(p, end).split(/[、,,]/u)[0])) return { cells, at: p };
      }
    }
    return null;
  };
  let found = unitsBefore(end);
  // a deadline in words (省出台办法后完成): what follows the last organ's name, when the header has the column
  for (let e = end - 2; !found && hasDeadline && !deadline && e > end - 30 && e > 4; e--) {
    if (!/(?:局|委|办|厅|中心|公司|政府|街道|管委会|部门|单位)$/u.test(row.slice(0, e))) continue;
    // (the words say when: a time or an end, 后完成, 持续实施; not a heading's own words, 规范办|理依申请公开)
    if (!WHEN_WORD.test(row.slice(e))) continue;
    const u = unitsBefore(e);
    if (u) { found = u; deadline = row.slice(e); }
  }
  if (!found) return null;
  const units = found.cells;
  let at = found.at;
  let leader: string | null = null;
  if (hasLeaders) {
    for (const len of [3, 2]) {
      const name = row.slice(at - len, at);
      if (at - len >= 2 && isPersonName(name)) { leader = name; at -= len; break; }
    }
  }
  return { text: row.slice(0, at), leader, units: units.flat(), cells: units, deadline };
}

/** A column after the last unit column (进度安排, 备注): a row's names are not its last cell. */
function cellAfterUnits(roles: ColumnRole[]): boolean {
  let last = -1;
  roles.forEach((r, c) => { if (r === 'leadUnits' || r === 'coUnits') last = c; });
  return last >= 0 && last < roles.length - 1;
}

/**
 * The names a table's rows read where each one's names open at a sign of their own (a level, a stop, a
 * 、 list, a bare organ's name): a row whose names open with none (…信息公开|疾控处) is cut where a name
 * the table names elsewhere begins.
 */
function namesRead(rows: string[], hasLeaders: boolean, deadlineLast: boolean, hasDeadline: boolean): { known: Set<string>; forwards: Piece[][] } {
  const known = new Set<string>();
  const forwards = rows.map((row) => {
    const forward = cutRow(row, hasLeaders, deadlineLast);
    const pieces = forward.length ? forward : [cutFromEnd(row, hasLeaders, hasDeadline)].filter((p): p is Piece => p !== null);
    for (const p of pieces) for (const u of p.units) if (u.length >= 2 && u.length <= 12) known.add(u);
    return forward;
  });
  // (each row's forward cut too: a reader whose rows are these reads them again with `known` from its end only)
  return { known, forwards };
}

/**
 * A section heading run into the front of a run-together header (…责任分工一、徐国龙副市长重点工作序号内容…):
 * a 一、 heading with no sentence mark, right before 序号, after a non-Han mark or the end of the table's
 * own title (…分工, …方案, …清单, …表, …任务, …工作), so that 统一、 inside a sentence is no heading.
 */
export function headingBeforeHeader(joined: string): string | null {
  const m = /(?:^|[^\p{Script=Han}]|[表案单工解务作])([一二三四五六七八九十]{1,3}、[^。;;,,::、\d]{2,30})$/u.exec(joined.slice(0, Math.max(0, joined.indexOf('序号'))));
  return m ? m[1] : null;
}

/**
 * A run-together table whose rows carry no numbers (工作内容责任主体时间节点切实做好…。市政府各部门持续推进加大…): the
 * rows can only be told apart by what closes each one, a stop, then the unit list (and a deadline, when the
 * header has the column after them), then the next row's text. Two rows or more, or it is no table.
 */
export function readUnnumbered(joined: string, pos: Pos): TableBlock | null {
  const header = unnumberedHeader(joined);
  if (!header) return null;
  const roles = header.roles;
  const hasLeaders = roles.includes('leaders');
  const deadlineLast = roles[roles.length - 1] === 'deadline' && ['leadUnits', 'coUnits'].includes(roles[roles.length - 2]);
  const pieces = cutRow(joined.slice(header.end), hasLeaders, deadlineLast, true);
  if (pieces.length < 2) return null;
  const out: Cell[][] = [header.labels.map((l) => ({ text: l, pos }))];
  for (const p of pieces) out.push(pieceCells(roles, pos, '', p, true, { title: null }));
  return { kind: 'table', rows: out, pos };
}

/** One line (or a run of lines broken by page marks or one row a line) holding a whole table run together; null otherwise. */
export function readRunTogetherRows(lines: TextLine[]): TableBlock | null {
  const first = lines[0];
  const joined = joinLines(lines).replace(/\s+/g, '');
  const header = readHeader(joined);
  if (!header) return readUnnumbered(joined, first.pos);
  const body = joined.slice(header.end);
  // a section heading over the first row, then the first row's number
  // (a figure in the heading is no row number: 分解(15项), 2021年)
  const head = sectionHead(body);
  const firstAt = head ? head[0].length : 0;
  const paren = PAREN_AR.exec(body.slice(firstAt));
  const numbering = paren ? parenArabic(paren[1], paren[3]) : /^[((]/u.test(body.slice(firstAt)) ? PAREN_CN : ARABIC;
  // (an excerpt may open at a later row, (七) as 24 does)
  const n0 = paren ? Number(paren[2]) : numbering === ARABIC ? Number(/^\d{1,3}/u.exec(body.slice(firstAt))?.[0] ?? NaN)
    : Math.max(1, Array.from({ length: 30 }, (_, k) => k + 1).find((k) => body.startsWith(PAREN_CN(k), firstAt)) ?? 1);
  if (!Number.isFinite(n0) || !body.startsWith(numbering(n0), firstAt)) return null;
  // (the names last in each row: a figure after them opens the next row's text)
  const unitsLast = ['leadUnits', 'coUnits'].includes(header.roles[header.roles.length - 1]);
  const { starts, nums, sections } = rowStarts(body, numbering, firstAt, n0, unitsLast);
  // two task columns side by side (实事名称 | 实事内容): the first is the name, cut from the content where it opens
  const texts = header.roles.flatMap((r, c) => (r === 'text' ? [c] : []));
  const roles = texts.length === 2 && !header.roles.includes('title') && texts[1] === texts[0] + 1
    ? header.roles.map((r, c) => (c === texts[0] ? 'title' as const : r)) : header.roles;
  const col = (r: ColumnRole) => roles.indexOf(r);
  const hasLeaders = col('leaders') >= 0;
  const progressBetween = hasProgressBetween(header.labels, roles);
  // a deadline column last, after the unit columns (…协办单位 | 完成时限)
  const deadlineLast = roles[roles.length - 1] === 'deadline' && ['leadUnits', 'coUnits'].includes(roles[roles.length - 2]);
  const out: Cell[][] = [header.labels.map((l) => ({ text: l, pos: first.pos }))];
  const pos = first.pos;
  const sectionRow = (title: string) => out.push(roles.map(() => ({ text: title, pos })));
  // a section heading run into the header's front (…一、徐国龙副市长重点工作序号内容与要求责任单位1…) heads the
  // first rows, when nothing stands between them and there is no heading after the header
  const lead = head ? null : headingBeforeHeader(joined);
  if (lead && starts.length) sectionRow(lead);
  if (head) sectionRow(head[1]);
  const rowText = (s: number, k: number) => {
    const next = sections.get(k + 1);
    return body.slice(s + numbering(nums[k]).length, next ? next.at : k + 1 < starts.length ? starts[k + 1] : body.length);
  };
  const endCell = col('deadline') >= 0 || cellAfterUnits(roles);
  const read = progressBetween ? null : namesRead(starts.map(rowText), hasLeaders, deadlineLast, endCell);
  const known = read?.known;
  starts.forEach((s, k) => {
    const num = numbering(nums[k]);
    const next = sections.get(k + 1);
    const row = rowText(s, k);
    // (a progress column between the task and the units: its narration names units of its own, so the row's
    // units are read from its end, and the task is cut where the narration opens; a row that does not end in
    // units was cut off with the page)
    const forward = read ? read.forwards[k] : [];
    const back = forward.length ? null : cutFromEnd(row, hasLeaders, endCell, known);
    if (back && progressBetween) {
      const at = progressStart(back.text);
      if (at > 0) back.text = back.text.slice(0, at);
    }
    const named = { title: null as string | null };
    (back ? [back] : forward).forEach((p, n) => {
      out.push(pieceCells(roles, pos, num, p, n === 0, named));
    });
    if (next) sectionRow(next.title);
  });
  repeatedTitles(out, roles);
  return out.length > 1 ? { kind: 'table', rows: out, pos } : null;
}


/**
 * A name column run into the content column, the same name printed on each of its rows (确保粮食…供给|农林牧渔业…,
 * 确保粮食…供给|农业劳动…): what consecutive rows open with alike is the name, whatever the verb-based cut made of
 * it. Rows in place (`rows`: header first, section rows with all cells alike, left alone).
 */
export function repeatedTitles(rows: Cell[][], roles: ColumnRole[]): void {
  const tc = roles.indexOf('title'), xc = roles.indexOf('text');
  if (tc < 0 || xc < 0) return;
  const body = rows.slice(1).filter((r) => !r.every((c) => c.text === r[0].text));
  const full = (r: Cell[]) => r[tc].text + r[xc].text;
  const lcp = (a: string, b: string) => { let k = 0; while (k < a.length && k < b.length && a[k] === b[k]) k++; return k; };
  for (let i = 0; i < body.length;) {
    let j = i + 1, p = full(body[i]).length;
    while (j < body.length && lcp(full(body[j - 1]), full(body[j])) >= 4) { p = Math.min(p, lcp(full(body[i]), full(body[j]))); j++; }
    if (j - i >= 2 && p >= 6 && p <= 30 && body.slice(i, j).every((r) => full(r).length >= p + 2)) {
      const name = full(body[i]).slice(0, p);
      for (const r of body.slice(i, j)) { const f = full(r); r[tc] = { ...r[tc], text: name }; r[xc] = { ...r[xc], text: f.slice(p) }; }
    }
    i = j;
  }
}

/** A row number's value (3, (3), (三) → 3); NaN when it is none. */
function rowValue(num: string): number {
  const inner = num.replace(/^[((]|[))]$/gu, '');
  if (/^\d+$/u.test(inner)) return Number(inner);
  for (let k = 1; k < 100; k++) if (chineseCount(k) === inner) return k;
  return NaN;
}

/** A row's own number at the start of its line: 3, (3), (三) — not a figure (2022年, 3个, 5.5%). */
const ROW_NUMBER = /^(?:\d{1,3}(?![\d个万亿千百十余元人户座所项条家只次年月日号分%%.．、,,])|[((](?:\d{1,3}|[一二三四五六七八九十]{1,3})[))])(?=[\p{Script=Han}“"((])/u;
/** A section heading row: 一、…, short, no sentence in it. */
const HEADING_ROW = /^[一二三四五六七八九十]{1,3}、[^。;;]{2,40}$/u;

/**
 * A run-together table printed one row a line (a document's table copied without its cell separators): the
 * header alone on its line, then each row on its own line, so the line, not a number found in the text, is
 * where a row begins. A line with no number of its own is a sub-row of the numbered row above it (its number
 * and name merged over it), or, under a section heading, a row with no number. The table ends at the first
 * line that is neither a heading nor a row whose cells can be told apart. Null unless two rows or more are read.
 */
export function readRowLines(lines: Block[], from = 0): { table: TableBlock; used: number } | null {
  const first = lines[from];
  if (first.kind !== 'line') return null;
  const head = first.text.replace(/\s+/gu, '');
  const header = readHeader(head, true);
  if (!header) return null;
  const texts = header.roles.flatMap((r, c) => (r === 'text' ? [c] : []));
  const roles = texts.length === 2 && !header.roles.includes('title') && texts[1] === texts[0] + 1
    ? header.roles.map((r, c) => (c === texts[0] ? 'title' as const : r)) : header.roles;
  const hasLeaders = roles.includes('leaders');
  // (a cell after the names, a deadline or a column we do not read, 进度安排: the names end before it)
  const hasDeadline = roles.includes('deadline') || cellAfterUnits(roles);
  const numbered = roles.includes('number');
  const progressBetween = hasProgressBetween(header.labels, roles);
  const deadlineLast = roles[roles.length - 1] === 'deadline' && ['leadUnits', 'coUnits'].includes(roles[roles.length - 2]);
  const pos = first.pos;
  const out: Cell[][] = [header.labels.map((l) => ({ text: l, pos }))];
  let rows = 0, used = 1;
  // (the rows' last number, and what the table holds up to its last row with names or heading: rows with empty names
  // cells after it are no part of it)
  let lastValue = 0;
  let kept = { out: out.length, used };
  type Prev = { num: string; named: { title: string | null } };
  let prev = null as Prev | null;
  // (the names the rows read surely, for the rows whose names open with no sign of their own)
  const rowLines: string[] = [];
  for (let i = from + 1; i < lines.length && rowLines.length < 400; i++) {
    const line = lines[i];
    if (line.kind !== 'line' || /[|\t]|\s{2}/u.test(line.text.trim()) || !line.text.trim()) break;
    const text = line.text.replace(/\s+/gu, '');
    rowLines.push(numbered ? text.replace(ROW_NUMBER, '') : text);
  }
  const read = progressBetween ? null : namesRead(rowLines, hasLeaders, deadlineLast, hasDeadline);
  const known = read?.known;
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'line' || /[|\t]|\s{2}/u.test(line.text.trim())) break;
    const text = line.text.replace(/\s+/gu, '');
    if (!text) break;
    // (the next row's number run into a year that opens its text, 4 + 2011年…, or into a measure that opens a
    // word there, 3 + 万元生产总值, 4 + 人均…: the line's opening and the rows' sequence say it is the row's number)
    const next = prev && /^\d+$/u.test(prev.num) ? String(Number(prev.num) + 1) : null;
    const m = !numbered ? null : ROW_NUMBER.exec(text) ?? (next && new RegExp(`^${next}(?=(?:(?:19|20)\\d{2}|[5-9]\\d)年|万元(?![以左]|\\p{P})|人均|人口|年均)`, 'u').exec(text));
    const row = m ? text.slice(m[0].length) : text;
    // (the forward cut namesRead made of this row, when it read the same text)
    const r = i - from - 1;
    let forward = !read ? [] : rowLines[r] === row ? read.forwards[r] : cutRow(row, hasLeaders, deadlineLast);
    // (a line is one row: names of two rows read inside it, 延伸工程。|新农村社区|建设试点工程…, are the row's
    // words when its end reads as names)
    const withUnits = forward.filter((p) => p.units.length && p.text);
    const early = withUnits.some((p) => p.units.join() !== withUnits[0].units.join()) ? cutFromEnd(row, hasLeaders, hasDeadline, known) : null;
    if (early) forward = [];
    const back = forward.length ? null : early ?? cutFromEnd(row, hasLeaders, hasDeadline, known);
    if (back && progressBetween) {
      const at = progressStart(back.text);
      if (at > 0) back.text = back.text.slice(0, at);
    }
    // (a line is one row: names of two rows in it, or a heading run into a row, say the lines are no rows;
    // text after the row's names is a column we do not read, not a sub-row)
    let all = (back ? [back] : forward).filter((p) => p.units.length && p.text);
    // (a heading whose words read as a collective, 一、|主要指标的责任部门, leaves no task text: a heading)
    if (!m && HEADING_ROW.test(text) && all.every((p) => /^[一二三四五六七八九十]{1,3}、$/u.test(p.text))) all = [];
    if (all.some((p) => p.units.join() !== all[0].units.join()) || (/^[一二三四五六七八九十]{1,3}、/u.test(text) && all.length)) break;
    const pieces = all.slice(0, 1);
    if (!pieces.length) {
      // (a heading may be a sentence or two, 一、减少…6.76万人;实施…。: a 一、 line with no names is no row)
      if (!m && (HEADING_ROW.test(text) || /^[一二三四五六七八九十]{1,3}、[^|]{2,80}$/u.test(text))) {
        out.push(roles.map(() => ({ text, pos: line.pos }))); prev = null; used = i - from + 1; kept = { out: out.length, used }; continue;
      }
      // (a line opened by the next number in the rows' sequence is a row whose names cell is empty, when rows with
      // names follow it: the table does not end there)
      if (m && rowValue(m[0]) === lastValue + 1 && /\p{Script=Han}{4}/u.test(row)) {
        const named = { title: null as string | null };
        out.push(pieceCells(roles, line.pos, m[0], { text: row, leader: null, units: [], cells: [[]] }, true, named));
        prev = { num: m[0], named };
        lastValue++;
        used = i - from + 1;
        continue;
      }
      break;
    }
    // (a line of its own number opens a row; one without, under a numbered row, is that row's sub-row)
    const above: Prev | null = m ? null : prev;
    const sub: boolean = above !== null;
    const num: string = m ? m[0] : above ? above.num : '';
    const named: { title: string | null } = above ? above.named : { title: null };
    out.push(pieceCells(roles, line.pos, num, pieces[0], !sub, named));
    prev = num ? { num, named } : null;
    if (m) lastValue = rowValue(m[0]);
    rows++;
    used = i - from + 1;
    kept = { out: out.length, used };
  }
  if (rows < 2) return null;
  out.length = kept.out;
  used = kept.used;
  repeatedTitles(out, roles);
  return { table: { kind: 'table', rows: out, pos }, used };
}
