// Bundle step (scripts/bundle.mjs): \p{Script=Han} in a regular expression literal written out as the
// code point ranges it stands for. V8 looks a property class up in ICU each time it parses a pattern
// (at creation and again at compilation): ~20 M instructions of a one-file run for ~120 uses, while a
// class of 21 ranges parses for almost nothing; the set of code points is the same, taken from this
// Node's ICU (the manifest records its Unicode version: src/bundle.cts runs dist/ under another one).

/** \p{Script=Han}'s code point ranges, [first, last], from this Node's ICU. */
export function hanRanges() {
  const ranges = [];
  let first = -1;
  let last = -1;
  for (let c = 0; c <= 0x10ffff; c++) {
    if (/\p{Script=Han}/u.test(String.fromCodePoint(c))) {
      if (first < 0) first = c;
      last = c;
    } else if (first >= 0) {
      ranges.push([first, last]);
      first = -1;
    }
  }
  if (first >= 0) ranges.push([first, last]);
  return ranges;
}

const hex = (c) => (c > 0xffff ? `\\u{${c.toString(16)}}` : `\\u${c.toString(16).padStart(4, '0')}`);
/** The ranges as the inside of a character class (u flag). */
export const classBody = (ranges) => ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');

const HAN = '\\p{Script=Han}';
/**
 * A pattern (u flag, no i or v) with each \p{Script=Han} as its ranges: inside a class the ranges, outside
 * one a class of them. Escapes are stepped over whole, so \\p{Script=Han} (a backslash, then text) stays.
 */
export function rewritePattern(pattern, body) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (pattern.startsWith(HAN, i)) {
        out += inClass ? body : `[${body}]`;
        i += HAN.length - 1;
      } else {
        out += pattern.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * The code with every regular expression literal's \p{Script=Han} rewritten (null: nothing to do);
 * parseAst is rolldown's (ESTree with offsets). Only literals: a pattern built from strings stays.
 */
export function rewriteHanLiterals(code, parseAst, body) {
  if (!code.includes(HAN)) return null;
  const edits = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal' && node.regex) {
      const { pattern, flags } = node.regex;
      if (code.slice(node.start, node.end) !== node.raw) throw new Error('han-class: offsets are not code units');
      if (flags.includes('u') && !flags.includes('i') && !flags.includes('v') && pattern.includes(HAN)) {
        edits.push([node.start, node.end, `/${rewritePattern(pattern, body)}/${flags}`]);
      }
      return;
    }
    for (const key in node) if (key !== 'parent') visit(node[key]);
  };
  try {
    visit(parseAst(code));
  } catch {
    return null; // leave the chunk as it is
  }
  if (!edits.length) return null;
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}
