// Bracket groups at the end of a line: where inline assignments sit.
import { trimSet } from '../text.js';
import { isStatusRemark } from '../recognize/cell-kind.js';
const PAIRS: Array<[string, string]> = [['((', '))'], ['[【〔', ']】〕']];

/** The bracket group that closes a line: its inner text and where it opens. Null when none. */
export function trailingBracket(text: string): { inner: string; start: number } | null {
  let trimmed = trimSet(text, '。.;;,,', 'end');
  // a remark on progress after the block (…(责任单位:X)该件实事已全面完成) is no part of the line's text: the block closes it
  const last = Math.max(trimmed.lastIndexOf(')'), trimmed.lastIndexOf(')'), trimmed.lastIndexOf('】'), trimmed.lastIndexOf('〕'), trimmed.lastIndexOf(']'));
  if (last > 0 && last < trimmed.length - 1 && trimmed.length - last <= 26 && isStatusRemark(trimmed.slice(last + 1))) trimmed = trimmed.slice(0, last + 1);
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

/** Whether the brackets `set` (BMP characters) include the code unit c. */
function holds(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}
