// Text hard-wrapped at a fixed width (copied out of a PDF, a fixed-width .txt) breaks lines inside sentences,
// unit names and brackets, so every later stage would see half a clause: `(牵头单位:市发` / `改委)`.
// Such a document shows itself by its long lines piling up at one width; there a line at that width goes on
// in the next one, unless it ended a sentence or a clause (。;: — a list of targets one a line ends so too)
// or the next opens an item or a labelled field.
import type { TextLine } from '../model.js';
import { readMarker } from '../segment/markers.js';
import { isHeaderWord } from '../segment/header-words.js';
import { bracketDepth } from '../text.js';

/** Lines this long or longer count when looking for a wrap width. */
const MIN_COUNTED = 10;
/** The narrowest width taken for a wrap (shorter piles are key lines or table cells). */
const MIN_WIDTH = 16;
/** Share of the counted lines that must end at the wrap width. */
const MIN_SHARE = 0.35;
/** Lesser share enough when the lines at the width mostly end mid-clause (a 、 or , or a character, not 。; or a
 * bracket): a line of prose that ends there unbroken is rare, so a pile of them is a wrap even in a notice of
 * mostly short lines (headings, key lines, items of one line each). */
const MIN_SHARE_OPEN = 0.2;
/** Share of the lines at the width that must end mid-clause for the lesser share. */
const MIN_OPEN_ENDS = 0.6;
/** Lines of that pile, and of them ending mid-clause, at the least (four full lines say little without the share). */
const MIN_PILE_OPEN = 6;
/** A line ending mid-clause: on a character, a digit or a list separator. */
const OPEN_END = /[\u4e00-\u9fff\d、,,]$/u;
/** Share of the counted lines allowed past the width (a wrapped text has almost none). */
const MAX_OVER = 0.08;
/** How far short of the width a wrapped line may end: full-width punctuation is set narrow, a line may not begin
 * with a closing mark, and ASCII digits are half a column, so a typeset line ends up to a few columns early. */
const SLACK = 3;
// (lines reach this stage cleaned: full-width ；：！？ are folded to ASCII already)
const CLAUSE_END = /[。;:!?]$/u;
/** A line that opens with a label (牵头单位: …), numbered or not (01 项目名称: …), starts a field of its own
 * even after a full line. */
const LABEL_START = /^(?:\d{1,3}\s+)?[\u4e00-\u9fff]{2,8}\s*:/u;

/** Times a line is printed for it to be a cell repeated down a column, no piece of running text. */
const REPEATED = 3;

/** Code points, and visual width with ASCII as half a column (PDF and terminals wrap by what they show). */
const measures = (s: string): [number, number] => {
  let n = 0, v = 0;
  // by code unit, a surrogate pair counted once (as a walk by code point, without a string a character)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++; v += c < 0x80 ? 0.5 : 1;
  }
  return [n, v];
};

/** How many sizes lie in [lo, hi], from the sizes sorted once: asked at every candidate width, so a count
 * over all lines each time made a long page cost (widths × lines). */
function rangeCounter(sizes: number[]): (lo: number, hi: number) => number {
  const sorted = Float64Array.from(sizes).sort();
  // the first index whose size is >= x, or > x when `after`
  const bound = (x: number, after: boolean) => {
    let a = 0, b = sorted.length;
    while (a < b) { const m = (a + b) >>> 1; if (after ? sorted[m] <= x : sorted[m] < x) a = m + 1; else b = m; }
    return a;
  };
  return (lo, hi) => Math.max(0, bound(hi, true) - bound(lo, false));
}

/** The width the lines were wrapped at by one measure, or 0 when their lengths do not pile up at one. */
function wrapWidth(sizes: number[], open: boolean[]): number {
  const counted = sizes.filter((s) => s >= MIN_COUNTED);
  // a handful of lines of similar length (a short list of items) is no evidence of a wrap width
  if (counted.length < 8) return 0;
  const countWithin = rangeCounter(counted);
  const top = Math.max(...counted);
  // the wrap width is where the most lines end, within the slack below it
  let best = 0, bestCount = 0;
  for (let w = Math.max(MIN_WIDTH, Math.floor(top) - 40); w <= Math.ceil(top); w++) {
    const at = countWithin(w - SLACK, w + 1);
    if (at > bestCount) { best = w; bestCount = at; }
  }
  const over = (w: number) => countWithin(w + 2, Infinity);
  if (bestCount >= 4 && bestCount >= MIN_SHARE * counted.length && over(best) <= MAX_OVER * counted.length) return best;
  // else a lesser share, asked at the longest lines only (short headings and key lines pile up lower, and may
  // outnumber them): a wrap width is the longest a line gets, so the pile that counts is the highest one of four
  // lines or more past which few lines go (a line or two of a table may stand out)
  let high = 0;
  for (let w = Math.ceil(top); w >= MIN_WIDTH && !high; w--) {
    if (countWithin(w - SLACK, w + 1) >= 4 && over(w) <= MAX_OVER * counted.length) high = w;
  }
  if (!high) return 0;
  const pile = countWithin(high - SLACK, high + 1);
  let ends = 0;
  for (let i = 0; i < sizes.length; i++) if (open[i] && sizes[i] >= high - SLACK && sizes[i] <= high + 1) ends++;
  return pile >= MIN_PILE_OPEN && pile >= MIN_SHARE_OPEN * counted.length && ends >= MIN_PILE_OPEN && ends >= MIN_OPEN_ENDS * pile ? high : 0;
}

const SPACED_ROW = /\S {3,}\S.*\S {3,}\S/u;

/** Joins hard-wrapped lines back into their paragraphs; lines of a document that is not wrapped come back as they were. */
export function unwrapLines(lines: TextLine[]): TextLine[] {
  // rows of a table flattened with | are laid out by their cells, not wrapped (so are rows whose cells stand
  // apart by wide gaps: two runs of three spaces or more, 项目   内容   单位)
  const tabled = (t: string) => t.includes('|') || SPACED_ROW.test(t);
  // (nor is a line printed again and again, 年终根据全省平均水平综合考核 down a column of cells one a line: the
  // lines of a wrapped text are pieces of it, each its own; a line three times or more is not counted, nor taken as full)
  const times = new Map<string, number>();
  for (const l of lines) if (l.text.length >= MIN_COUNTED) times.set(l.text, (times.get(l.text) ?? 0) + 1);
  const sizes = lines.map((l) => (tabled(l.text) || (times.get(l.text) ?? 0) >= REPEATED ? [0, 0] as [number, number] : measures(l.text)));
  // whichever measure the wrapping used shows the sharper pile
  const open = lines.map((l) => OPEN_END.test(l.text));
  const byCount = wrapWidth(sizes.map((s) => s[0]), open), byWidth = wrapWidth(sizes.map((s) => s[1]), open);
  if (!byCount && !byWidth) return lines;
  const k = byCount ? 0 : 1, width = byCount || byWidth;
  const out: TextLine[] = [];
  let full = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i], prev = out[out.length - 1];
    // a bracket the line above left open carries a labelled line (配合单位: …) on, never an item; only the
    // line above is scanned, so the cost stays linear however many lines join
    const item = readMarker(line.text), label = LABEL_START.test(line.text);
    const open = i > 0 && !item && bracketDepth(lines[i - 1].text) > 0;
    // a column label alone on its line over another (项目名称 / 主要内容): a header one cell a line opens here,
    // after a title at the wrap width (…任务分解表)
    const header = isHeaderWord(line.text.trim()) && i + 1 < lines.length && isHeaderWord(lines[i + 1].text.trim());
    if (prev && full && line.text && !tabled(line.text) && !header && (open || (!item && !label && !CLAUSE_END.test(prev.text)))) {
      out[out.length - 1] = { ...prev, text: prev.text + line.text };
    } else out.push(line);
    full = sizes[i][k] >= width - SLACK;
  }
  return out;
}
