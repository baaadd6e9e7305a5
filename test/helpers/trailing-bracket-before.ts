// The trailing-bracket scan as it was before its code rewrites (one-character strings, includes, whole-line
// lastIndexOf): the oracle the speed tests compare src/assign/brackets.ts against.
import { isStatusRemark } from '../../src/recognize/cell-kind.js';
import { trimSet } from '../../src/text.js';

const PAIRS: Array<[string, string]> = [['((', '))'], ['[【〔', ']】〕']];
export const trailingBracketBefore = (text: string): { inner: string; start: number } | null => {
  let trimmed = trimSet(text, '。.;;,,', 'end');
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
};
