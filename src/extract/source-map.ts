// Offsets in a decoded source -> line:column (1-based, lines split as the text extractor splits them).
import type { Pos } from '../model.js';

export class SourceMap {
  private readonly starts: number[] = [0];

  constructor(src: string) {
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10 || (c === 13 && src.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  pos(offset: number): Pos {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

const ENTITY = /^&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|[A-Za-z][A-Za-z0-9]{1,31};?)/;

/**
 * Where the character at `index` of a text node's decoded data sits in the raw source `raw`
 * (the node's own slice): entities count as what they decode to, CR LF as one character.
 */
export function rawIndex(raw: string, index: number): number {
  let i = 0, k = 0;
  while (k < index && i < raw.length) {
    if (raw[i] === '&') {
      const m = ENTITY.exec(raw.slice(i, i + 40));
      if (m) {
        const cp = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : 0;
        k += cp > 0xffff && cp <= 0x10ffff ? 2 : 1;
        i += m[0].length;
        continue;
      }
    }
    if (raw[i] === '\r' && raw[i + 1] === '\n') i++;
    i++;
    k++;
  }
  return i;
}
