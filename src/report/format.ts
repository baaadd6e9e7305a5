// Small text helpers shared by the reporters.
import type { FileResult, Problem } from '../check/types.js';

export const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
export const num = (x: number) => x.toLocaleString('en-US');
export const plural = (n: number, word: string) => `${num(n)} ${word}${n === 1 ? '' : 's'}`;

/** A file's problems, file-level ones first, then by place. */
export const sorted = (f: FileResult, quiet = false): Problem[] =>
  f.problems.filter((p) => !quiet || p.severity === 'error')
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);

/** Columns on a terminal: East Asian wide characters take two. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
      || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/** Rows padded into columns (the last column is not padded); `paint` colours a cell after padding. */
export function columns(rows: string[][], paint: (text: string, col: number, row: number) => string = (t) => t): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r, ri) => r.map((cell, i) => {
    const padded = i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell));
    return paint(padded, i, ri);
  }).join('  ').trimEnd());
}
