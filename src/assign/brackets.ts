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
  const close = trimmed[trimmed.length - 1];
  const pair = close ? PAIRS.find(([, c]) => c.includes(close)) : undefined;
  if (!pair) return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i >= 0; i--) {
    if (pair[1].includes(trimmed[i])) depth++;
    else if (pair[0].includes(trimmed[i]) && --depth === 0) return { inner: trimmed.slice(i + 1, -1), start: i };
  }
  return null;
}
