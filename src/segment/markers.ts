// Item markers as printed at the start of a line: 第一部分 一、 (一) 1. 1、 (1) 1) ①, and the forms
// some notices print instead: 壹、 Ⅰ. 第一条, and the one-character ⑴ ⒈ ㈠ (read as (1) 1. (一)).
import { memo } from '../memo.js';
import { charCodes } from '../text.js';

export type MarkerType = 'part' | 'article' | 'cn-capital' | 'roman' | 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'rparen-num' | 'circled' | 'bullet' | 'bare';

/** Marker kinds that head sections in a table's full-width rows (一、 (一) 第一部分 Ⅰ. 壹、). */
export const SECTION_MARKERS: ReadonlySet<string> = new Set(['part', 'cn-capital', 'roman', 'cn', 'paren-cn']);

export interface Marker {
  type: MarkerType;
  /** The label as printed, without its trailing 、 . . (parentheses kept: "(一)"). */
  label: string;
  value: number;
  /** Characters the marker takes, with the spaces after it. */
  length: number;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // the capital (financial) numerals of 壹、贰、
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const TENS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100 };

export function chineseNumber(s: string): number {
  let total = 0, current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch in TENS) { total += (current || 1) * TENS[ch]; current = 0; }
    else return NaN;
  }
  return total + current;
}

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const CAPITAL = '[壹贰貳叁參肆伍陆陸柒捌玖拾佰零]{1,4}';
// Ⅰ–Ⅻ and ⅰ–ⅻ, or Latin capitals (IV.); a separator is required, so Ⅰ类水质 / Ⅱ级响应 are text.
const ROMAN = '(?:[\\u2160-\\u216b\\u2170-\\u217b]{1,4}|[IVX]{1,5})';
// Item numbers run past 999 (issue 9); a year is no item: 2023年 has no separator, 2023.03 is a date.
const NUM = '\\d{1,5}';
export const PATTERNS: Array<[MarkerType, RegExp]> = [
  ['part', new RegExp(`^(第\\s*(?:${CN}|\\d{1,3})\\s*(?:部分|篇|章|节))[、,,.．::\\s]*`, 'u')],
  // 第一条 needs a space or stop after it: 第一条生产线 is text
  ['article', new RegExp(`^(第\\s*(?:${CN}|\\d{1,3})\\s*条)(?:[、,,.．::]\\s*|\\s+)`, 'u')],
  ['cn-capital', new RegExp(`^(${CAPITAL})\\s*[、,,.．]\\s*`, 'u')],
  ['roman', new RegExp(`^(${ROMAN})(?:\\s*[、.．,,](?!\\d)\\s*|\\s+)`, 'u')],
  ['cn', new RegExp(`^(${CN})\\s*(?:[、,,]|[.．](?![\\d一二三四五六七八九十]))\\s*`, 'u')],
  ['paren-cn', new RegExp(`^([((]\\s*${CN}\\s*[))]|[\\u3220-\\u3229])\\s*[、,.．]?\\s*`, 'u')],
  // 1. 1、 1. 1, and the dot forms mirrors print (1﹒ 1・ 1·), and 1* (an item starred in its list)
  // (a year right after the dot is no decimal: 4.2011年底主体施工 is item 4)
  ['num', new RegExp(`^(?:(${NUM})\\s*(?:[.、．,,﹒・·。](?!\\d)|、(?=\\d{2}(?:\\d{2})?年)|(?<!^(?:19|20)\\d{2})[.．](?=(?:19|20)\\d{2}年)|\\*(?=\\s*\\p{Script=Han}))|([\\u2488-\\u249b]))\\s*`, 'u')],
  ['paren-num', new RegExp(`^([((]\\s*${NUM}\\s*[))]|[\\u2474-\\u2487])\\s*[、,.．]?\\s*`, 'u')],
  ['rparen-num', new RegExp(`^(${NUM})[))]\\s*`, 'u')],
  ['circled', /^([\u2460-\u2473\u3251-\u325f])\s*/u],
];

/** Whether chars (BMP) hold the code unit c, without a one-character string for it. */
const within = (c: number, chars: string) => { for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true; return false; };
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** The first code unit each pattern can match (all BMP): the patterns that cannot match a line are not run. */
export const OPENS: Record<string, (c: number) => boolean> = {
  part: (c) => c === 0x7b2c, // 第
  article: (c) => c === 0x7b2c,
  'cn-capital': (c) => within(c, '壹贰貳叁參肆伍陆陸柒捌玖拾佰零'),
  roman: (c) => (c >= 0x2160 && c <= 0x216b) || (c >= 0x2170 && c <= 0x217b) || c === 0x49 || c === 0x56 || c === 0x58,
  cn: (c) => within(c, '一二三四五六七八九十百零〇'),
  'paren-cn': (c) => c === 0x28 || c === 0xff08 || (c >= 0x3220 && c <= 0x3229),
  num: (c) => isDigit(c) || (c >= 0x2488 && c <= 0x249b),
  'paren-num': (c) => c === 0x28 || c === 0xff08 || (c >= 0x2474 && c <= 0x2487),
  'rparen-num': isDigit,
  circled: (c) => (c >= 0x2460 && c <= 0x2473) || (c >= 0x3251 && c <= 0x325f),
};

/** A task written without any label (one paragraph, its assignment at the end). */
export const BARE: Marker = { type: 'bare', label: '', value: NaN, length: 0 };

const BULLET = /^[●•◆◇■□▲△★☆※▪▫◎]\s*/u;

/** The characters a marker or bullet can start with (the first character of every pattern above): most
 * lines start with none of them and are answered by this one test instead of eleven. */
export const MARKER_START = /^[第壹贰貳叁參肆伍陆陸柒捌玖拾佰零\u2160-\u216b\u2170-\u217bIVX一二三四五六七八九十百〇((\u3220-\u3229\d\u2488-\u249b\u2474-\u2487\u2460-\u2473\u3251-\u325f●•◆◇■□▲△★☆※▪▫◎]/u;
const span = (from: number, to: number) => { let out = ''; for (let c = from; c <= to; c++) out += String.fromCharCode(c); return out; };
/** MARKER_START's class as a code-unit table: asked of every line, a table lookup instead of a regex call
 * (its characters are all BMP; a line opening on a surrogate pair opens on none of them, either way). */
export const MARKER_FIRST = charCodes('第壹贰貳叁參肆伍陆陸柒捌玖拾佰零' + span(0x2160, 0x216b) + span(0x2170, 0x217b) + 'IVX一二三四五六七八九十百〇('
  + span(0x3220, 0x3229) + '0123456789' + span(0x2488, 0x249b) + span(0x2474, 0x2487) + span(0x2460, 0x2473) + span(0x3251, 0x325f)
  + '●•◆◇■□▲△★☆※▪▫◎');

/** The marker a line starts with; null when none. Segmenting, the formats and the tables ask it of the
 * same lines many times (~370 calls a notice): the answers are kept per document (src/memo.ts). */
export function readMarker(text: string): Marker | null {
  return MARKER_FIRST.has(text.charCodeAt(0)) ? markerOf(text) : null;
}
const markerOf = memo(readMarkerOnce);

function readMarkerOnce(text: string): Marker | null {
  const bullet = BULLET.exec(text);
  if (bullet && text.length > bullet[0].length) return { type: 'bullet', label: '', value: NaN, length: bullet[0].length };
  const c0 = text.charCodeAt(0);
  for (const [type, re] of PATTERNS) {
    if (!OPENS[type](c0)) continue; // (exact pre-check: the pattern's first character)
    const m = re.exec(text);
    if (!m) continue;
    const label = (m[1] ?? m[2]).replace(/\s+/g, '');
    const rest = text.slice(m[0].length);
    if (!rest.trim()) return null; // a bare number is a table cell or page number, not an item
    if (type === 'num' && /^(19|20)\d\d$/.test(label) && /[,,]/.test(m[0])) return null; // 2023,全区…: a year
    // NFKC spells the one-character markers out: ⑴ → (1), ⒈ → 1., ㈠ → (一), Ⅻ → XII
    const digits = label.normalize('NFKC').replace(/[(())第部分篇章节条.]/g, '');
    const value = type === 'circled' ? circledValue(label) : type === 'roman' ? romanValue(digits)
      : /\d/.test(digits) ? Number(digits) : chineseNumber(digits);
    if (!Number.isFinite(value)) continue;
    // 1* keeps its star: it is part of the label as printed, not a separator like 、 or .
    const starred = type === 'num' && /^\d+\s*\*/u.test(m[0]);
    return { type, label: starred ? `${label}*` : label, value, length: m[0].length };
  }
  return null;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  const t = s.toUpperCase();
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_DIGITS[t[i]], next = ROMAN_DIGITS[t[i + 1]] ?? 0;
    if (!v) return NaN;
    total += v < next ? -v : v;
  }
  return total;
}

function circledValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c <= 0x2473 ? c - 0x2460 + 1 : c - 0x3251 + 21;
}
