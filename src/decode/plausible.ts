// How much a legacy double-byte decode looks like real Chinese text rather than mojibake.
import type { Pos } from '../model.js';

/**
 * Share of double-byte characters that fall in the encoding's common block: GB2312 level-1 hanzi and
 * CJK punctuation for GB18030, Big5's frequent hanzi and punctuation for Big5. Real text scores
 * 0.67 (traditional text in GBK) to 1.0; the other encoding's bytes read this way score 0.6 or less.
 */
export function plausibility(bytes: Uint8Array, encoding: string): number {
  let common = 0, all = 0;
  const gb = encoding === 'gb18030';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    all++;
    if (gb && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39) { i += 4; continue; } // four-byte GB18030
    if (gb ? (b >= 0xb0 && b <= 0xd7) || (b >= 0xa1 && b <= 0xa3) : (b >= 0xa4 && b <= 0xc6) || (b >= 0xa1 && b <= 0xa3)) common++;
    i += 2;
  }
  return all ? common / all : 1;
}

/**
 * Share of a decoded text's characters that a notice is made of: ASCII text, Han characters, CJK and
 * general punctuation, full-width forms, enclosed and circled numbers. A wrong UTF-16 byte order turns
 * Han characters into code points spread over the whole plane (Hangul, Yi, private use …): ~0.3.
 */
export function textPlausibility(text: string): number {
  let good = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 0x20 || c === 9 || c === 10 || c === 13
      : (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
        || (c >= 0x2000 && c <= 0x206f) || (c >= 0x2460 && c <= 0x24ff) || (c >= 0x3200 && c <= 0x33ff)
        || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2160 && c <= 0x217f)
        || (c >= 0x2500 && c <= 0x257f) || (c >= 0xa0 && c <= 0xff) || (c >= 0xfe30 && c <= 0xfe4f)) good++;
  }
  return n ? good / n : 1;
}

/** line:column (1-based) of a UTF-16 offset in text, lines split as the text extractor splits them. */
export function positionOf(text: string, offset: number): Pos | null {
  if (offset < 0) return null;
  let line = 1, start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; start = i + 1; }
  }
  return { line, column: offset - start + 1 };
}
