// Offsets in a decoded source -> line:column (1-based, lines split as the text extractor splits them).
import type { Pos } from '../model.js';

export class SourceMap {
  private readonly starts: number[] = [0];

  constructor(src: string) {
    // without CR, by indexOf: a page is parsed once, and in a one-file run this loop would run interpreted
    if (!src.includes('\r')) {
      for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
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
  return rawIndexer(raw).at(index);
}

/**
 * rawIndex for many indexes into one raw slice: a cursor that moves on from the last index asked for
 * (back to the start only for a smaller one), so increasing indexes cost one pass in all. `steps`
 * counts the characters the cursor has moved over.
 */
export function rawIndexer(raw: string): { at(index: number): number; steps: number } {
  let i = 0, k = 0;
  const self = {
    steps: 0,
    at(index: number): number {
      if (index < k) { i = 0; k = 0; }
      const from = i;
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
      self.steps += Math.abs(i - from);
      return i;
    },
  };
  return self;
}
