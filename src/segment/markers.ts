// Item markers as printed at the start of a line: 第一部分 一、 (一) 1. 1、 (1) 1) ①.
export type MarkerType = 'part' | 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'rparen-num' | 'circled' | 'bullet' | 'bare';

export interface Marker {
  type: MarkerType;
  /** The label as printed, without its trailing 、 . . (parentheses kept: "(一)"). */
  label: string;
  value: number;
  /** Characters the marker takes, with the spaces after it. */
  length: number;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumber(s: string): number {
  let total = 0, current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else return NaN;
  }
  return total + current;
}

const CN = '[一二三四五六七八九十百零〇]{1,4}';
const PATTERNS: Array<[MarkerType, RegExp]> = [
  ['part', new RegExp(`^(第\\s*(?:${CN}|\\d{1,3})\\s*(?:部分|篇|章|节))[、,,.．::\\s]*`, 'u')],
  ['cn', new RegExp(`^(${CN})\\s*(?:[、,,]|[.．](?![\\d一二三四五六七八九十]))\\s*`, 'u')],
  ['paren-cn', new RegExp(`^([((]\\s*${CN}\\s*[))])\\s*[、,.．]?\\s*`, 'u')],
  ['num', /^(\d{1,3})\s*[.、．,,](?!\d)\s*/u],
  ['paren-num', /^([((]\s*\d{1,3}\s*[))])\s*[、,.．]?\s*/u],
  ['rparen-num', /^(\d{1,3})[))]\s*/u],
  ['circled', /^([\u2460-\u2473\u3251-\u325f])\s*/u],
];

/** A task written without any label (one paragraph, its assignment at the end). */
export const BARE: Marker = { type: 'bare', label: '', value: NaN, length: 0 };

const BULLET = /^[●•◆◇■□▲△★☆※▪▫◎]\s*/u;

export function readMarker(text: string): Marker | null {
  const bullet = BULLET.exec(text);
  if (bullet && text.length > bullet[0].length) return { type: 'bullet', label: '', value: NaN, length: bullet[0].length };
  for (const [type, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const label = m[1].replace(/\s+/g, '');
    const rest = text.slice(m[0].length);
    if (!rest.trim()) return null; // a bare number is a table cell or page number, not an item
    const digits = label.replace(/[(())第部分篇章节]/g, '');
    const value = type === 'circled' ? circledValue(label)
      : /\d/.test(digits) ? Number(digits) : chineseNumber(digits);
    if (!Number.isFinite(value)) continue;
    return { type, label, value, length: m[0].length };
  }
  return null;
}

function circledValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c <= 0x2473 ? c - 0x2460 + 1 : c - 0x3251 + 21;
}
