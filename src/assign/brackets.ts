// Bracket groups at the end of a line: where inline assignments sit.
import { trimSet } from '../text.js';
const PAIRS: Array<[string, string]> = [['((', '))'], ['[【〔', ']】〕']];

/** The bracket group that closes a line: its inner text and where it opens. Null when none. */
export function trailingBracket(text: string): { inner: string; start: number } | null {
  const trimmed = trimSet(text, '。.;;,,', 'end');
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
