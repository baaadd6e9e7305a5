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
