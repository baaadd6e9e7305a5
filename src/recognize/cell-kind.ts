// What a table cell (or a line standing for one) holds, by what its words are: names of units,
// people, a deadline, a figure, a short label or running text. Tables laid out one cell per line are
// put back together by matching these kinds to the columns' roles.
import { splitNames } from '../units.js';
import { isDeadlineSpan } from './deadline-span.js';
import { isPersonName, readPerson } from './person.js';
import { isUnit } from './unit.js';
import { readClause } from './clause.js';
import { codePoints, endsIn, hasAny, hasDigit, isSpaceCode, opensIn } from '../text.js';
import { memo } from '../memo.js';

export type CellKind = 'empty' | 'units' | 'people' | 'deadline' | 'number' | 'short' | 'sentence';

const FIGURE = /^[\d.,,%%‰\s万亿元个户座所公里人次年月日()()~\-—至/]+$/u;
const FIGURE_FIRST = /^\d+(?:\.\d+)?\s*[%%]/u;
/** A count with its measure word, maybe bounded (7699套, ≥2%, 2家, 1.5万亩): a target or a result, no name. */
export const QUANTITY = /^(?:[≥≤><>＜约近超逾各共]|不少于|不低于|达到)?\d+(?:\.\d+)?(?:[%%‰]|[十百千万亿]*(?:个|元|人|户|套|座|所|家|项|条|处|台|辆|场|次|公里|千米|米|平方米|亩|吨|床|张|间|只|头|斤|份|名|栋|块|批|件|本|册|部|支|株|棵|盏|个百分点)?(?:次|以上|以内|左右)?)$/u;
const SENTENCE = /[。;;!?!?]|[,,].{6,}/u;
const SHORT = 16;
/** One dated step of a schedule (2021年8月公布决算信息); the first step names its year. */
const STEP_BODY = '\\d{1,2}月(?:底|末|前|中旬|上旬|下旬|\\d{1,2}日)?(?:前)?[^,,;;。]{2,16}';
const STEP = `(?:\\d{4}年)?${STEP_BODY}`;
export const SCHEDULE_STEPS = new RegExp(`^\\d{4}年${STEP_BODY}(?:[,,;;]${STEP})+[。;;]?$`, 'u');
const COUNT_INSIDE = /\p{Script=Han}.*\d+(?:\.\d+)?[十百千万亿]*(?:个|元|人|户|套|座|所|家|项|条|处|台|辆|场|次|公里|米|亩|吨|床|张|间|[%%])/u;
/** A unit of measure alone (万亩, 万元/人, %): the 单位 column of an indicator table. */
export const MEASURE = /^[十百千万亿]?(?:元|人|户|套|座|所|家|项|个|条|处|台|辆|场|次|公里|千米|米|平方米|亩|吨|床|张|间|只|头|斤)(?:\/[人户年月日个])?$/u;
/** How far a task has come (进度评价 cells): a status, read like a figure, never a name. */
const STATUS_WORDS: ReadonlySet<string> = new Set('已完成|已开工|已启动|已竣工|已建成|完成|基本完成|正常推进|正在推进|推进中|进行中|实施中|未完成|未开工|滞后|严重滞后|序时推进|达序时|超序时|达序|未达序|是|否|良好|较好|一般|优秀|合格|预期性|约束性|指导性'.split('|'));
/** (a whole-text alternation of words: the set's lookup, no regular expression) */
const STATUS = { test: (s: string) => STATUS_WORDS.has(s) };

/** A date a thing is planned to be done by, with the thing (计划10月底完成新增墓地建设): a 时间节点 cell. */
const PLANNED_BY = /^(?:计划|预计|拟|力争|争取)于?(?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?前?(?:完成|建成|竣工|投用|投入使用|开工)[^,,。;;\d]{0,12}$/u;

/** The verb a units cell may close with (市发改委牵头落实, 市金融办、市财政局分别负责): still a cell of names. */
export const ROLE_VERB = /(?:分别)?(?:牵头|负责|配合)(?:落实|实施|推进)?$/u;
const ROW_MARK = /^[((][一二三四五六七八九十]{1,3}[))]$|^[\u2460-\u2473]$/u;

/** Whitespace-separated people's names: 俞 悦 / 王从峰 刘虹 (a spaced two-character name stays one). */
function peopleList(t: string): boolean {
  const parts = splitNames(t, 'leaders').names;
  if (parts.length > 0 && parts.every((p) => readPerson(p) !== null)) return true;
  // spaced two-character names run together (陆 明俞 悦): pairs of characters, each a person's name
  const tokens = t.split(/\s+/u);
  const squashed = tokens.join('');
  if (tokens.length < 3 || !tokens.every((x) => x.length <= 4 && /^\p{Script=Han}{1,2}$/u.test(x)) || squashed.length % 2) return false;
  for (let i = 0; i < squashed.length; i += 2) if (!isPersonName(squashed.slice(i, i + 2))) return false;
  return true;
}

/** What a cell holds. Asked of the same cells again and again (dealing a row, typing a column, the
 * formats): kept per document (src/memo.ts); measured ~6 asks of each distinct cell text. */
export const cellKind: (raw: string) => CellKind = memo(readCellKind);

// exact pre-checks: the expressions after them open with a digit (V8 never compiles one for a text that cannot match)
const opensWithDigit = (s: string) => { const c = s.charCodeAt(0); return c >= 0x30 && c <= 0x39; };
// QUANTITY's digit comes first or after one of its bounds (≥, 约, 不少于, 达到 …)
export const opensQuantity = (s: string) => opensWithDigit(s) || opensIn(s, '≥≤><>＜约近超逾各共不达');
/** The longest text MEASURE matches: a numeral, a three-character measure (平方米), /人. */
export const MEASURE_MAX = 6;
/** SCHEDULE_STEPS opens with a year (\\d{4}年: 年 its fifth code unit) and has two steps or more, a separator between each two. */
export const STEP_SEPARATORS = [',', ',', ';', ';'];

function readCellKind(raw: string): CellKind {
  const t = raw.replace(/\|/g, ' ').trim();
  if (!t) return 'empty';
  const squashed = t.replace(/\s+/g, '');
  // a month or a year alone (6月, 2024) is a deadline before it is a figure
  if (opensWithDigit(squashed) && /^(?:\d{1,2}月(?:底|末|前|中旬|上旬|下旬)?|(?:19|20)\d{2}(?:年|[.\/-]\d{1,2}月?)?(?:底|末|前)?(?:[-—~至](?:19|20)\d{2}(?:年|[.\/-]\d{1,2}月?)?(?:底|末|前)?)?)$/u.test(squashed)) return 'deadline';
  // a row number in brackets or circled ((一), (3), ③), as 序号 cells print them: a number, no name
  if (ROW_MARK.test(squashed)) return 'number';
  if (FIGURE.test(squashed) || FIGURE_FIRST.test(squashed) || (opensQuantity(squashed) && QUANTITY.test(squashed))
    || (squashed.length <= MEASURE_MAX && MEASURE.test(squashed)) || STATUS.test(squashed)) return 'number';
  if (isDeadlineSpan(squashed) || (squashed.includes('月') && PLANNED_BY.test(squashed))) return 'deadline';
  // a schedule of dated steps (2021年2月公布预算信息,2021年8月公布决算信息): each clause opens with its date
  if (squashed[4] === '年' && hasAny(squashed, STEP_SEPARATORS) && SCHEDULE_STEPS.test(squashed)) return 'deadline';
  // a phrase with a count in it (完成在职参保人数6300人, 送戏曲下乡20场) is content, never a name, with or
  // without its stop (开展文化下乡等惠民演出不少于100场。 is no list of two names cut at 等)
  if (hasDigit(squashed) && COUNT_INSIDE.test(squashed)) return 'sentence';
  // a name never ends a sentence (迁建县政务服务中心。is a task); a list of names, or one that opens with its
  // level, may (区教育局、各乡镇人民政府。, 区投资促进中心。)
  if (/[。!?!?]$/u.test(t)) {
    const listed = splitNames(t.replace(/[。!?!?]+$/u, ''), 'units').names;
    const unitLike = (n: string) => isUnit(n) && (listed.length >= 2 || /^[省市县区镇乡各]/u.test(n));
    return listed.length && listed.every(unitLike) ? 'units' : 'sentence';
  }
  if (isPersonName(squashed) || peopleList(t)) return 'people';
  const { names } = splitNames(t, 'units');
  if (names.length && names.every(isUnit)) return 'units';
  const bare = endsIn(t, '头责合实施进') ? t.replace(ROLE_VERB, '') : t; // (exact: the verbs' last characters)
  if (bare !== t && bare && !/[。;;]/u.test(bare)) {
    const listed = splitNames(bare, 'units').names;
    if (listed.length && listed.every(isUnit)) return 'units';
  }
  // a list of units with a shorthand level among them (各县、市、区政府: 市 stands for 各市政府)
  if (names.filter(isUnit).length >= 2 && names.every((n) => isUnit(n) || /^[省市县区镇乡]$/u.test(n))) return 'units';
  // a clause of names that says who leads and who helps (X牵头,Y按照职责分工负责): a units cell, not text
  if (/牵头|配合|负责/u.test(t) && readClause(t)) return 'units';
  if (codePoints(squashed) <= SHORT && !SENTENCE.test(t)) return 'short';
  return 'sentence';
}

/**
 * How a report of progress opens (前三季度,… / 截至9月底,… / 1-11月,… / 目前… / 已完成…): a period it reports
 * on or a state already reached, never the task it reports on. A numbered point (1.…) opens one too, after a
 * task that has ended its sentence.
 */
/** The characters PROGRESS_OPENS's alternatives open with (exact pre-check; the digits too). */
export const PROGRESS_OPENS_FIRST = '截今年前第一二三四上下目当现已0123456789';
/** (exported for progressStart's test) */
export const PROGRESS_OPENS = new RegExp([
  '(?:截至|截止|截止到)',
  '(?:今年|年初|\\d{4}年)以来',
  '(?:前|第)?[一二三四1-4]季度(?:以来|末)?[,,]',
  '[上下]半年(?:以来)?[,,]',
  '\\d{1,2}\\s*[-—~至]\\s*\\d{1,2}月(?:份|底|末)?[,,]',
  '\\d{1,2}月(?:份|底|末)?(?:以来)?[,,]',
  '(?:目前|当前|现已|已经|已于|已完成|已开工|已建成)',
  '1[.、.](?!\\d)',
].map((s) => `^(?:${s})`).join('|'), 'u');

/**
 * Where progress narration begins in a task cell run together with the progress cell after it: the first
 * sentence that opens as a report of progress does (前三季度,全市GDP增长11.4%…), after at least one
 * sentence of task; -1 when none does.
 */
export function progressStart(text: string): number {
  // by code unit: no one-character string per character, no copy of the text before and after each stop
  for (let i = 1; i < text.length; i++) {
    if (!SENTENCE_END.has(text.charCodeAt(i - 1))) continue;
    // (11 code units or more hold at least 6 code points)
    if (i < 11 && codePoints(text.slice(0, i)) < 6) continue;
    let j = i; // the next sentence, white space after the stop skipped
    while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++;
    // (anchored: the report opens the sentence, within its first 12 characters)
    if (opensIn(text[j] ?? '', PROGRESS_OPENS_FIRST) && PROGRESS_OPENS.test(text.slice(j, j + 12))) return j;
  }
  return -1;
}
const SENTENCE_END = new Set([...'。;;!!'].map((c) => c.charCodeAt(0)));

/** A cell that reports progress (已完成…, 正在推进…, 截至9月底…, 按序时推进): a progress or remark column's, never a task's. */
/** The characters PROGRESS_CELL's alternatives open with (exact pre-check). */
export const PROGRESS_CELL_FIRST = '已正目现截按达序超进推稳今前第上下0123456789';
export const PROGRESS_CELL = /^(?:已(?!有)|正在|目前|现已|截至|截止|按序时|达到?序时|序时推进|超序时|进展顺利|推进顺利|稳步推进中|今年以来|(?:前|第)[一二三四]季度[,,]|[上下]半年[,,]|\d{1,2}\s*[-—~至]\s*\d{1,2}月(?:份|底|末)?[,,])/u;
export const isProgressCell = (t: string) => {
  const s = t.replace(/\|/g, ' ').trim();
  return opensIn(s, PROGRESS_CELL_FIRST) && PROGRESS_CELL.test(s);
};

/** Who a remark on progress is about, opening it (该件实事, 此项工作, 本项目): no name. */
const REMARK_SUBJECT = /^(?:该|此|本|这)(?:项目|事项|[件项个]?(?:实事|工作|任务|项目|事项)?)/u;
export const DONE = /^(?:已经?|均已)?(?:全面|基本|全部|如期|按期|提前|顺利)?(?:完成|竣工|建成|办结|落实到位)(?:任务)?$|^(?:正在|按序时|稳步)?推进(?:中)?$|^进展顺利$/u;
/** The characters DONE's alternatives end on (完成 竣工 办结 落实到位 任务, 推进 推进中, 进展顺利). */
export const DONE_LAST = '成工结位务进中利';
/**
 * A short remark on how far an item has come, written after its assignment block (…(责任单位:X)该件实事已全面完成 /
 * 已完成 / 此项工作正在推进): a report of progress, neither the task's text nor a name.
 */
export function isStatusRemark(raw: string): boolean {
  const t = raw.replace(/[。.;;,,!!\s]+$/u, '').trim();
  if (!t || codePoints(t) > 24) return false;
  const rest = t.replace(REMARK_SUBJECT, '');
  return STATUS.test(rest) || (endsIn(rest, DONE_LAST) && DONE.test(rest)) || (rest !== t && isProgressCell(rest));
}

/** A paragraph that opens by reporting progress (此项工作已完成。截至…, 已完成…, 截至12月底,…): narration, no task's measures. */
export function opensWithProgress(text: string): boolean {
  const t = text.trim();
  if (isProgressCell(t)) return true;
  const first = /^[^。;;,,!!]{2,24}(?=[。;;,,!!])/u.exec(t)?.[0];
  return !!first && isStatusRemark(first);
}
