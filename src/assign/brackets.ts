// Bracket groups at the end of a line: where inline assignments sit.
import { trimSet } from '../text.js';
import { isStatusRemark } from '../recognize/cell-kind.js';
import { memo } from '../memo.js';
const PAIRS: Array<[string, string]> = [['((', '))'], ['[【〔', ']】〕']];

/** The bracket group that closes a line: its inner text and where it opens. Null when none. */
export function readTrailingBracket(text: string): { inner: string; start: number } | null {
  let trimmed = trimSet(text, '。.;;,,', 'end');
  // a remark on progress after the block (…(责任单位:X)该件实事已全面完成) is no part of the line's text: the block closes it
  // (the last closing bracket, looked for only among the last REMARK_REACH code units: one further back is no remark's)
  const last = lastClose(trimmed);
  if (last > 0 && last < trimmed.length - 1 && isStatusRemark(trimmed.slice(last + 1))) trimmed = trimmed.slice(0, last + 1);
  // by code unit: asked of every line, and a one-character string of a Han text is a new string each time
  const close = trimmed.charCodeAt(trimmed.length - 1);
  const pair = PAIRS.find(([, c]) => holds(c, close));
  if (!pair) return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    const c = trimmed.charCodeAt(i);
    if (holds(pair[1], c)) depth++;
    else if (holds(pair[0], c) && --depth === 0) return { inner: trimmed.slice(i + 1, -1), start: i };
  }
  return null;
}

/**
 * The line's trailing block, kept per document (src/memo.ts): segment's run-on and bare-item readers and the
 * three item formats each ask it of the same lines. Callers only read the answer.
 */
export const trailingBracket: (text: string) => { inner: string; start: number } | null = memo(readTrailingBracket);

/** How far from the end a remark's closing bracket may stand (the remark after it: at most 25 code units). */
const REMARK_REACH = 26;
const CLOSERS = ')】〕]';

/**
 * The index of the last of )】〕] in s when it lies within the last REMARK_REACH code units, else -1: what
 * Math.max of their lastIndexOfs gives wherever s.length - last <= REMARK_REACH (the only case asked).
 */
export function lastClose(s: string): number {
  for (let i = s.length - 1; i >= 0 && s.length - i <= REMARK_REACH; i--) if (holds(CLOSERS, s.charCodeAt(i))) return i;
  return -1;
}

/** Whether the brackets `set` (BMP characters) include the code unit c. */
function holds(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}
