// 完成时限 wordings -> the last day a task is due. Pure functions, no imports from other stages, so
// formats (does this cell read as a deadline?) and facts (task.due, milestones) can both ask.

import { anyWordOf, isSpaceCode } from '../text.js';

export type DueKind = 'date' | 'ongoing' | 'unparsed';

export interface Due { due: string | null; dueKind: DueKind }

/** A time expression found in a text: where it is, and the last day it names (null: open-ended, periodic). */
export interface TimePoint {
  start: number;
  end: number;
  /** yyyy-mm-dd, or null for a point that names no day (每季度, 长期坚持, 2021年起). */
  date: string | null;
  kind: 'date' | 'ongoing' | 'start';
  /** How finely the wording names its day: 10月15日 day, 6月底 month, 三季度 quarter, 上半年 half, 年底 year. */
  precision: 'day' | 'month' | 'quarter' | 'half' | 'year';
}

const HAN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 -> 12, 三十一 -> 31, 二〇二三 -> 2023 (digit by digit when there is no 十). */
function hanNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s.includes('十')) {
    let n = 0;
    for (const ch of s) { if (!(ch in HAN_DIGIT)) return null; n = n * 10 + HAN_DIGIT[ch]; }
    return n;
  }
  const [tens, ones] = s.split('十');
  const t = tens === '' ? 1 : HAN_DIGIT[tens];
  const o = ones === '' ? 0 : HAN_DIGIT[ones];
  return t === undefined || o === undefined ? null : t * 10 + o;
}

interface Mapped { text: string; /** at[i]: the index in the raw text of text[i]; null: i itself (nothing changed) */ at: number[] | null }

const rawIndex = (m: Mapped, k: number) => (m.at ? m.at[k] : k);

/** Rewrites matches of re, keeping for each new character the raw index it came from. */
function rewrite(src: Mapped, re: RegExp, fn: (m: RegExpExecArray) => string): Mapped {
  re.lastIndex = 0;
  const any = re.test(src.text);
  re.lastIndex = 0; // matchAll below starts where the regex stands
  if (!any) return src; // nothing to rewrite (most texts): no copy of the index
  let text = '';
  const at: number[] = [];
  let last = 0;
  for (const m of src.text.matchAll(re)) {
    const i = m.index;
    text += src.text.slice(last, i);
    for (let k = last; k < i; k++) at.push(rawIndex(src, k)); // (no spread: the list may be long)
    const rep = fn(m as RegExpExecArray);
    text += rep;
    for (let k = 0; k < rep.length; k++) at.push(rawIndex(src, i + Math.min(k, m[0].length - 1)));
    last = i + m[0].length;
  }
  text += src.text.slice(last);
  for (let k = last; k < src.text.length; k++) at.push(rawIndex(src, k));
  return { text, at };
}

/** What the character loop below changes: white space (as /\s/), full-width digits and the four marks. */
const NORMALIZED = /[\s０-９．／－﹣]/;

/**
 * Full-width digits as ASCII, spaces out (2023 年 6 月), 二〇二三年 / 十二月 / 三十日 as digits,
 * with the raw index of every character kept so points can say where they stand in the source.
 */
function normalize(raw: string): Mapped {
  let m: Mapped;
  // the text as it is, each character its own index (no copy, no index list)
  if (!NORMALIZED.test(raw)) m = { text: raw, at: null };
  else {
    // by code unit, unchanged characters copied in runs (isSpaceCode is /\s/ on a code unit)
    let text = '';
    const at: number[] = [];
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      const rep = isSpaceCode(c) ? '' : c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xfee0)
        : c === 0xff0e ? '.' : c === 0xff0f ? '/' : c === 0xff0d || c === 0xfe63 ? '-' : null;
      if (rep === null) { at.push(i); continue; }
      text += raw.slice(from, i) + rep;
      if (rep) at.push(i);
      from = i + 1;
    }
    m = { text: text + raw.slice(from), at };
  }
  // 二〇二三年, also written with ○ or the letter O.
  m = rewrite(m, /([〇○OＯ零一二三四五六七八九]{4})年/gu, (x) => `${hanNumber(x[1].replace(/[○OＯ]/gu, '〇'))}年`);
  m = rewrite(m, /(?<![一二三四五六七八九十第])([一二三四五六七八九十]{1,3})(月|日|号)/gu, (x) => {
    const v = hanNumber(x[1]);
    return v === null || v < 1 || v > 31 ? x[0] : `${v}${x[2]}`;
  });
  return m;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

/** Words that put no end on a task: it recurs or never stops. */
const ONGOING = /长效|分季度|分年度|逐年|长期推进|长期开展|长期执行|长期有效|长期|持续推进|持续开展|持续实施|持续落实|持续抓好|持续|常态化|常态|常年|经常性|每季度|每个季度|每半年|每月|每个月|每周|每年|每日|逐月|逐季|按季度|按月|按年度|定期|动态调整|动态管理|适时|分阶段推进|按进度推进|按序时推进|按时序推进|按计划推进|按序时|按时序|按进度|按计划|按节点|分步实施|分步推进|滚动推进|久久为功/u;
/** ONGOING's words (plain): the exact pre-check before it, by String.includes. */
const ONGOING_WORDS = ONGOING.source.split('|');
/** hasAny(s, ONGOING_WORDS) in one scan of s (~40 words). */
const hasOngoingWord = anyWordOf(ONGOING_WORDS);

/** Events whose day moves from year to year, or that no calendar fixes: never a guessed date. */
const EVENT = /春节|元旦|国庆|中秋|端午|清明|汛期|汛前|汛后|主汛|开学|春季|夏季|秋季|冬季|冬春|春耕|秋收|供暖|采暖|雨季|旱季|两会|换届|验收前|批复后|后续/u;

const QUARTER_END = [0, 3, 6, 9, 12];

/**
 * A character every time expression below needs (before normalizing): a digit (also 二〇二三年 and 十二月
 * once rewritten), 年 (上半年, 年底, 本年度), 季 (季度) or 五 (十四五). Text with none of them names no time.
 */
const MAY_NAME_TIME = /[0-9０-９年季五月日号]/u;

/**
 * Every time expression of the text, left to right. `year` is the document's year; a year written in
 * the text carries on to the year-less points after it (2023年6月底前启动,12月底前完成).
 */
export function timePoints(raw: string, year: number | null): TimePoint[] {
  if (!MAY_NAME_TIME.test(raw)) return []; // most task texts: no normalizing, no scans
  const mapped = normalize(raw);
  const text = mapped.text;
  const points: TimePoint[] = [];
  let lastYear: number | null = null;
  let lastMonth = 0;
  const yearFor = (explicit: number | null, month: number, inRange: boolean) => {
    if (explicit !== null) { lastYear = explicit; lastMonth = month; return explicit; }
    let y = lastYear ?? year;
    // 2023年11月—3月: the end of a range lies after its start.
    if (y !== null && inRange && month < lastMonth && lastYear !== null) y += 1;
    lastMonth = month;
    return y;
  };
  // Characters already taken by a point: one array, so the overlap test costs the match's length.
  const taken = new Uint8Array(text.length + 1);
  const overlaps = (start: number, end: number) => { for (let i = start; i < end; i++) if (taken[i]) return true; return false; };
  const push = (start: number, end: number, date: string | null, kind: TimePoint['kind'], precision: TimePoint['precision']) => {
    if (overlaps(start, end)) return;
    taken.fill(1, start, end);
    // 每月底前, 每季度末, 逐月: a recurring point, no due day.
    const every = /[每逐各]个?$/u.exec(text.slice(Math.max(0, start - 2), start));
    if (every) { kind = 'ongoing'; date = null; start -= every[0].length; }
    points.push({ start, end, date, kind, precision });
  };
  const relYear = (word: string | undefined): number | null => {
    if (!word || year === null) return null;
    if (/^(?:次年|明年|下一年|下年|次|明)$/.test(word)) return year + 1;
    if (/今年|当年|本年|年度/.test(word)) return year;
    return null;
  };
  const isRangeJoin = (i: number) => /[-—–~～至到]/.test(text[i] ?? '') || /[-—–~～至到]$/.test(text.slice(Math.max(0, i - 1), i));
  let m: RegExpExecArray | null;

  // 2023年10月15日, 2023.10.15, 2023-10-15, 2023/10/15, 10月15日(前), 10月15号, 次年3月10日
  // (6.30前: a month.day pair only when 前 / 日 / 底 follows, never a decimal like 6.5%.)
  const DAY = /(?:(?<y>\d{4})年|(?<rel>次年|明年|今年|当年|本年))?(?<mo>\d{1,2})月(?<d>\d{1,2})[日号]|(?<y2>\d{4})[.\-/](?<mo2>\d{1,2})[.\-/](?<d2>\d{1,2})(?!\d)|(?<![\d.])(?<mo3>\d{1,2})\.(?<d3>\d{1,2})(?=前|日|号|以前|之前)/gu;
  // (each scan below only where its one needed character stands: a digit, 季度, 年, 五)
  const digit = /\d/.test(text);
  if (digit && (text.includes('月') || text.includes('.') || text.includes('-') || text.includes('/'))) while ((m = DAY.exec(text))) { // (exact: 月 or a date's separator)
    const g = m.groups!;
    const explicit = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : relYear(g.rel);
    const mo = Number(g.mo ?? g.mo2 ?? g.mo3);
    const d = Number(g.d ?? g.d2 ?? g.d3);
    const y = yearFor(explicit, mo, isRangeJoin(m.index));
    if (y === null || !validDay(y, mo, d)) { push(m.index, m.index + m[0].length, null, 'date', 'day'); continue; }
    push(m.index, m.index + m[0].length, iso(y, mo, d), pointKind(text, m.index + m[0].length), 'day');
  }
  // 2023年6月(底|末|份|中旬|上旬|下旬|初)?, 6月底前, 3-6月, 3月至6月, 次年3月, 2023.6
  const MONTH = /(?:(?<y>\d{4})年|(?<rel>次年|明年|今年|当年|本年)|(?<y2>\d{4})[.\-/](?=\d{1,2}(?:[^\d.\-/]|$)))?(?:(?<from>\d{1,2})[-—–~～至到、])?(?<mo>\d{1,2})(?:(?<yue>月)|(?<=\d{4}[.\-/]\d{1,2})(?!\d))份?(?<part>底|末|中旬|上旬|下旬|初|中)?/gu;
  if (digit) while ((m = MONTH.exec(text))) {
    const g = m.groups!;
    if (!g.yue && !g.y2) continue;
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const explicit = g.y ? Number(g.y) : g.y2 ? Number(g.y2) : relYear(g.rel);
    const from = g.from ? Number(g.from) : null;
    const mo = Number(g.mo);
    if (mo < 1 || mo > 12 || (from !== null && (from < 1 || from > 12))) continue;
    if (from !== null) yearFor(explicit, from, false);
    const y = from !== null ? yearFor(null, mo, true) : yearFor(explicit, mo, isRangeJoin(m.index));
    const part = g.part;
    const d = y === null ? 0 : part === '上旬' || part === '初' ? 10 : part === '中旬' || part === '中' ? 20 : lastDay(y, mo);
    push(m.index, m.index + m[0].length, y === null ? null : iso(y, mo, d), pointKind(text, m.index + m[0].length), 'month');
  }
  // Quarters and halves: (2023年)(第)三季度(末|底), 前三季度, 二、三季度, 上半年, 下半年, 年中
  const QUARTER = /(?:(\d{4})\s*年|(今年|当年|本年度?|次年|明年))?(前)?(?:第)?([一二三四1-4])(?:[、,和至到-]\s*(?:第)?([一二三四1-4]))?季度(末|底)?/gu;
  if (text.includes('季度')) while ((m = QUARTER.exec(text))) {
    const explicit = m[1] ? Number(m[1]) : relYear(m[2]);
    const q = Number(hanNumber(m[5] ?? m[4]));
    const y = yearFor(explicit, QUARTER_END[q], false);
    push(m.index, m.index + m[0].length, y === null ? null : iso(y, QUARTER_END[q], lastDay(y, QUARTER_END[q])), pointKind(text, m.index + m[0].length), 'quarter');
  }
  const HALF = /(?:(\d{4})\s*年|(今年|当年|本年度?|次年|明年|次|明))?(上半年|下半年|年中|年底|年末|年内|全年|年度内)/gu;
  const nian = text.includes('年');
  if (nian) while ((m = HALF.exec(text))) {
    const explicit = m[1] ? Number(m[1]) : relYear(m[2]);
    const word = m[3];
    if (overlaps(m.index, m.index + m[0].length)) continue;
    // 2023年底 is the year's (below); 3年内 is a span of years, not this one.
    if (!m[1] && !m[2] && /[\d〇零一二三四五六七八九十两几]$/u.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    // 2023年年底 is one point; 去年年底 / 上年底 is the past.
    if (/(去|上|前|往|每)$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && !m[1] && !m[2]) continue;
    const mo = word === '上半年' || word === '年中' ? 6 : 12;
    const y = yearFor(explicit, mo, false);
    push(m.index, m.index + m[0].length, y === null ? null : iso(y, mo, lastDay(y, mo)), pointKind(text, m.index + m[0].length), word === '上半年' || word === '下半年' || word === '年中' ? 'half' : 'year');
  }
  // 本年度, 今年内, 当年: the document's year.
  const THIS_YEAR = /(本年度|本年|今年|当年)(?:内|底|末)?/gu;
  if (nian) while ((m = THIS_YEAR.exec(text))) {
    if (overlaps(m.index, m.index + m[0].length) || year === null) continue;
    push(m.index, m.index + m[0].length, iso(year, 12, 31), pointKind(text, m.index + m[0].length), 'year');
  }
  // 2023—2025年, 2023-2025年 (the range ends with its last year); 2023年(底|末|内|前)?; a bare 2024 cell.
  const YEAR = /(\d{4})\s*(?:年)?\s*[-—–~～至到]\s*(\d{4})\s*年?|(\d{4})\s*年(底|末|内|前|以前|之前|度)?|^(\d{4})$/gu;
  if (digit) while ((m = YEAR.exec(text))) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    const y = Number(m[2] ?? m[3] ?? m[5]);
    if (y < 1949 || y > 2100) continue;
    lastYear = y; lastMonth = 12;
    push(m.index, m.index + m[0].length, iso(y, 12, 31), pointKind(text, m.index + m[0].length), 'year');
  }
  // 十四五 (2021–2025), 十五五 (2026–2030): the plan period ends its last year.
  const PLAN = /[“"]?(十[一二三四五六七八九]五)[”"]?(?:期间|末|时期)?/gu;
  if (text.includes('五') && text.includes('十')) while ((m = PLAN.exec(text))) {
    const n = hanNumber(m[1].slice(0, 2));
    if (n === null || n < 3) continue;
    const end = 1970 + 5 * (n - 3); // the third plan ended in 1970; plans run five years since

    push(m.index, m.index + m[0].length, iso(end, 12, 31), 'date', 'year');
  }
  // Offsets back into the raw text.
  const rawAt = (i: number) => rawIndex(mapped, Math.min(i, (mapped.at ? mapped.at.length : text.length) - 1));
  return points
    .map((p) => ({ ...p, start: rawAt(p.start), end: rawAt(p.end - 1) + 1 }))
    .sort((a, b) => a.start - b.start);
}

/** 2021年5月1日起 / 以来 starts something; it is no due date. */
function pointKind(text: string, end: number): TimePoint['kind'] {
  return /^(?:前|底|末)?(?:起|开始|以来|至今)/u.test(text.slice(end, end + 4)) ? 'start' : 'date';
}

/**
 * The due date a 完成时限 wording names, given the document's year: the latest day it names.
 * 每季度 / 长期坚持 / 持续推进 (and nothing dated) -> ongoing; wording with no day -> unparsed.
 */
export function parseDue(text: string, year: number | null): Due {
  const t = normalize(text).text;
  const points = timePoints(text, year);
  // Beside a movable event (汛期前, 春节前) only a named month or day is a due date.
  const event = EVENT.test(t);
  const dated = points.filter((p) => p.kind === 'date' && p.date !== null && (!event || p.precision === 'day' || p.precision === 'month'));
  // 全年 alone bounds the year; beside 持续推进 it says the work goes on.
  const strong = dated.filter((p) => text.slice(p.start, p.end) !== '全年');
  if (!strong.length && hasOngoingWord(t) && ONGOING.test(t)) return { due: null, dueKind: 'ongoing' };
  if (!dated.length) {
    if (!event && points.some((p) => p.kind === 'ongoing' || p.kind === 'start')) return { due: null, dueKind: 'ongoing' };
    return { due: null, dueKind: 'unparsed' };
  }
  return { due: dated.map((p) => p.date!).sort().at(-1)!, dueKind: 'date' };
}

/** Wordings of when that name no day: a deadline cell all the same (parseDue: unparsed). */
const TIMELY = /及时|按期|按时|如期|立即|即时|随时|限期|尽快|同步|立行立改|马上/gu;

/** Fillers that may stand beside a time expression in a 完成时限 cell. */
const FILLER = /(?:以前|之前|前后|以内|之内|期间|[前底末内止])|(?:截至|截止|截止到|到|于|在|力争|争取|确保|全面|基本|逐步|初步|分批|分期|并|及|和|与|或|且|至|起|完成|建成|竣工|开工|启动|投用|投入使用|实施|推进|落实|到位|见效|出台|印发|动工|开展|实现|报送|上报|办结|销号|验收|交付|通车|运行|坚持)/gu;

// built once, not per call (ONGOING and TIMELY are large alternations); .test of a non-global regex and
// .replace of a global one keep no state between calls
const ONGOING_ALL = new RegExp(ONGOING.source, 'gu');
const TIMELY_ONE = new RegExp(TIMELY.source, 'u');

/** Does this span read as a 完成时限 wording (dates, 月底前, 年内, 长期坚持, 每季度, ranges …), and not as a task? */
export function isDeadline(span: string): boolean {
  if (!span.trim() || span.length > 40) return false;
  const points = timePoints(span, 2000);
  let rest = '';
  let from = 0;
  for (const p of points) { rest += span.slice(from, p.start); from = p.end; }
  rest += span.slice(from);
  rest = normalize(rest).text.replace(/[,，、;；。:：()（）\[\]【】“”"'—\-–~～/.]/gu, '');
  const ongoing = hasOngoingWord(rest);
  if (!points.length && !(ongoing && ONGOING.test(rest)) && !TIMELY_ONE.test(rest)) return false;
  // (每月28日前: the day of a recurring point stays once its 每月 is gone.)
  rest = (ongoing ? rest.replace(ONGOING_ALL, '') : rest).replace(TIMELY, '').replace(FILLER, '').replace(/(?<!\d)\d{1,2}[日号]/gu, '');
  return rest.length <= 2 && !/\d/.test(rest);
}
