// Bracket groups at the end of a line: where inline assignments sit.
import { trimSet } from '../text.js';
const PAIRS: Array<[string, string]> = [['((', '))'], ['[【〔', ']】〕']];

/** The bracket group that closes a line: its inner text and where it opens. Null when none. */
export function trailingBracket(text: string): { inner: string; start: number } | null {
  const trimmed = trimSet(text, '。.;;,,', 'end');
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
