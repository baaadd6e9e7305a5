// Small string helpers that stay linear on any input (a regex like /[…]+$/ is quadratic on a long run
// of those characters that does not reach the end).

/** The code unit is white space as /\s/ reads it (without a regex per character: trimSet runs on every name). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * s without white space (as /\s/ reads it) and "|": what s.replace(/[\s|]+/g, '') gives, by code unit, and s
 * itself when it holds neither (most lines). The table readers squash every line they ask about.
 */
export function squashSpaces(s: string): string {
  let out = '', from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 124 && !isSpaceCode(c)) continue;
    if (i > from) out += s.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? s : from < s.length ? out + s.slice(from) : out;
}

/** A set of BMP code units asked by charCodeAt: a bit table, one lookup a character (a Set's hash
 * lookup cost more than the rest of the splitting loops that ask it of every character). */
export interface CodeSet { has(c: number): boolean }

class CodeBits implements CodeSet {
  private readonly bits = new Uint32Array(2048);
  constructor(chars: string) {
    for (const ch of chars) { const c = ch.charCodeAt(0); this.bits[c >>> 5] |= 1 << (c & 31); }
  }
  has(c: number): boolean { return c >= 0 && c < 0x10000 && (this.bits[c >>> 5] & (1 << (c & 31))) !== 0; }
}

/** The code units of `chars` (BMP characters), for a scan by charCodeAt that builds no one-character strings. */
export const charCodes = (chars: string): CodeSet => new CodeBits(chars);

/** Does `chars` hold the code unit c (trimSet's sets are a few characters: a scan, no string made)? */
function holds(chars: string, c: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/** Removes characters of `chars` from the start and/or the end of `s`. */
export function trimSet(s: string, chars: string, ends: 'both' | 'start' | 'end' = 'both'): string {
  let a = 0, b = s.length;
  // (by code unit: a lone surrogate half of `chars` never occurs, as with s[i] before)
  if (ends !== 'end') while (a < b && (isSpaceCode(s.charCodeAt(a)) || holds(chars, s.charCodeAt(a)))) a++;
  if (ends !== 'start') while (b > a && (isSpaceCode(s.charCodeAt(b - 1)) || holds(chars, s.charCodeAt(b - 1)))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Appends without spreading (a spread of a huge array overflows the call stack). */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const x of items) into.push(x);
  return into;
}

/** Brackets a text opens minus those it closes ((（[【〔 against their closers): > 0 when one is left open. */
export function bracketDepth(text: string): number {
  let d = 0; // (by code unit, no match arrays: the brackets are BMP characters)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (holds(OPENERS, c)) d++;
    else if (holds(CLOSERS, c)) d--;
  }
  return d;
}
const OPENERS = '([【〔', CLOSERS = ')]】〕';

/** Characters (code points) in `s`, as `[...s].length` counts them, without building that array. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

const DIGITS = '〇一二三四五六七八九';

/** 十二 for chineseCounting; legal (financial) numerals write the one: 壹拾贰. */
export function chineseCount(n: number, d = DIGITS, ten = '十', hundred = '百', legal = false): string {
  if (n <= 0 || n >= 1000) return String(n);
  if (n < 10) return d[n];
  if (n < 100) return `${n < 20 && !legal ? '' : d[Math.floor(n / 10)]}${ten}${n % 10 ? d[n % 10] : ''}`;
  const r = n % 100;
  const zero = d[0] === '〇' ? '零' : d[0];
  return `${d[Math.floor(n / 100)]}${hundred}${r === 0 ? '' : r < 10 ? `${zero}${d[r]}` : `${r < 20 && !legal ? d[1] : ''}${chineseCount(r, d, ten, hundred, legal)}`}`;
}

/**
 * Whether s holds any of words: the exact pre-check in front of a regular expression that needs one of
 * them, so that V8 never compiles the expression for a text that cannot match (regexp compilation is
 * much of a one-file run: each is compiled on its first use, and again to machine code on its second).
 */
export function hasAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/**
 * hasAny for a fixed list of many words, as one scan of s: each position looks up the words that open with its
 * code unit (a list of ~40 words was ~40 scans of s). Exact: s.includes(w) for some w, an empty word included.
 */
export function anyWordOf(words: readonly string[]): (s: string) => boolean {
  if (words.some((w) => !w)) return () => true;
  const byFirst = wordsByCode(words, (w) => w.charCodeAt(0));
  return (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const ws = byFirst.get(s.charCodeAt(i));
      if (ws) for (const w of ws) if (s.startsWith(w, i)) return true;
    }
    return false;
  };
}

/** words (in their order) grouped by one code unit of each, `at` (its first, its last): the words that can
 * open or end a text at that unit, looked up instead of tried one by one. */
export function wordsByCode(words: readonly string[], at: (w: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) { const c = at(w); const l = m.get(c); if (l) l.push(w); else m.set(c, [w]); }
  return m;
}

/** Whether s holds an ASCII digit (what \d reads, with or without the u flag): a pre-check like hasAny. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0x30 && c <= 0x39) return true; }
  return false;
}

/** Whether some occurrence of word in s is directly followed by a character of next (all BMP): a pre-check. */
export function followedBy(s: string, word: string, next: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const j = i + word.length;
    if (j < s.length && holds(next, s.charCodeAt(j))) return true;
  }
  return false;
}

/** Whether some occurrence of word in s is directly preceded by a character of prev (all BMP): a pre-check. */
export function precededBy(s: string, word: string, prev: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) if (i > 0 && holds(prev, s.charCodeAt(i - 1))) return true;
  return false;
}

// (these pre-checks run on every line: by code unit, since s[i] of a Han text is a new one-character string
// each time; `chars` are BMP characters, so a surrogate half of s, which s[i].includes tested, never matches)
/** Whether s opens (ends) with a character of chars (all BMP): a pre-check for an anchored expression. */
export const opensIn = (s: string, chars: string): boolean => s.length > 0 && holds(chars, s.charCodeAt(0));
export const endsIn = (s: string, chars: string): boolean => s.length > 0 && holds(chars, s.charCodeAt(s.length - 1));
/** The first (last) characters of an alternation of plain words (a|b|c), for opensIn (endsIn). */
export const firstsOf = (alternation: string): string => [...new Set(alternation.split('|').map((w) => w[0]))].join('');
export const lastsOf = (alternation: string): string => [...new Set(alternation.split('|').map((w) => w[w.length - 1]))].join('');
/** Whether some character of s in a is directly followed by one in b (all BMP). */
export function pairIn(s: string, a: string, b: string): boolean {
  for (let i = 0; i + 1 < s.length; i++) if (holds(a, s.charCodeAt(i)) && holds(b, s.charCodeAt(i + 1))) return true;
  return false;
}

const HAN_ONE = /^\p{Script=Han}$/u;
/** Whether code point c is Script=Han: the BMP's ranges by number (test/speed-prechecks.test.ts checks every
 * BMP code point against \p{Script=Han}), astral ones by the regex (rare: compiled only when one is asked). */
export function isHanCode(c: number): boolean {
  if (c < 0x2e80) return false;
  if (c <= 0xffff) {
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x2e80 && c <= 0x2e99) || (c >= 0x2e9b && c <= 0x2ef3)
      || (c >= 0x2f00 && c <= 0x2fd5) || c === 0x3005 || c === 0x3007 || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303b)
      || (c >= 0xf900 && c <= 0xfa6d) || (c >= 0xfa70 && c <= 0xfad9);
  }
  return HAN_ONE.test(String.fromCodePoint(c));
}
