// A page scraped flat puts a whole notice on one line, its paragraphs joined by spaces.
// Long lines are cut back into lines at those spaces, and before item markers that follow a full stop.
import type { TextLine } from '../model.js';
import { chineseNumber, readMarker } from '../segment/markers.js';
import { columnRole } from '../segment/cell-tables.js';
import { isUnit } from '../recognize/unit.js';
import { isPersonName } from '../recognize/person.js';
import { pairIn } from '../text.js';

const FLAT_MIN = 300;
const GLUED_MIN = 300;
// (an ASCII full stop or a percent before a space ends a sentence or a figure cell: 比重47.1%. 发改委, 95% 县交通局)
const CJK_OR_PUNCT = /[\p{Script=Han}。;;,,::))\]】〕」』”!!??|.%%]/u;
const OPEN_OR_CJK = /[\p{Script=Han}((「『“《〔【\[0-9]/u;
// An item marker glued to the previous sentence: "…发展。(牵头单位:X)2.下一项" -> break before "2.".
/** GLUED_MARKER's stop directly before a digit, a bracket or a numeral (exact pre-check). */
export const gluedMarkerMay = (s: string) => pairIn(s, '。;;::))]】〕', '0123456789((一二三四五六七八九十');
export const GLUED_MARKER = /(?<=[。;;::))\]】〕])(?=(?:\d{1,3}[.、.](?!\d)|[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、))/gu;

/** A document's name run into its first heading ("…整改措施清单一、认识不深(一)…"): a name with no sentence in it,
 *  ending as document names end, then 一、 (the first of its list, so a 一、 quoted in running text stays). */
const TITLE_THEN_FIRST = /^[^。;;!?!?::]{6,80}?(?:清单|方案|意见|通知|计划|办法|要点|细则|分解表|任务表)(?=一、)/u;
const ITEM_AFTER = /^\d{1,3}[.、.](?!\d)\s*\p{Script=Han}/u;
const BARE_NUMBER = /(?:^|\s)\d{1,3}$/u;
/** A cell that is only a figure (3, 186, 18.4, 95%): a token between spaces. */
const FIGURE_BEFORE = /(?:^|\s)\d{1,6}(?:\.\d+)?[%%]?$/u;
const FIGURE_AFTER = /^\d{1,6}(?:\.\d+)?[%%]?(?:\s|$)/u;
const MEASURE = /^[年月日号时分个项万亿元的家所人户套处座条公米吨台辆次%%倍]/u;
const PLACE_START = /^[省市县区镇乡州旗]/u;
const SHORT_HAN = /^\p{Script=Han}{2,3}$/u;
const EDGE_BEFORE = /[\s::、,,;;|]/u;
const EDGE_AFTER = /[\s::|]/u;

/** A space between two paragraphs, not one inside a spaced name or label (刘 哲, 文 号:). */
function cuttable(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '', after = text[end] ?? '';
  // an item marker after the space ("… 12 24 4.新投放公共自行车"), whatever stands before it
  if (ITEM_AFTER.test(text.slice(end, end + 12))) return true;
  // after a bare row number standing between spaces ("… 区商务委 6 一般公共…"): a cell of its own
  // (not a number with its measure after it: "xx 年 11 月底前", "文秘 114 的小编" spaced by the page)
  if (BARE_NUMBER.test(text.slice(Math.max(0, start - 4), start)) && /\p{Script=Han}/u.test(text[end] ?? '')
    && !measured(text, start, end)) return true;
  // between two figure cells (分值 3, 目标 186) or after a figure cell before a word (186 区发改委)
  const tail = text.slice(Math.max(0, start - 12), start);
  if (FIGURE_BEFORE.test(tail) && (FIGURE_AFTER.test(text.slice(end, end + 12))
    || (/\p{Script=Han}/u.test(after) && !measured(text, start, end)))) return true;
  // a figure with its measure after it (新引进 5 亿元) is part of the words before it (not of a full stop's)
  const figure = /\p{Script=Han}/u.test(before) ? /^\d{1,6}(?:\.\d+)?(?=\s)/u.exec(text.slice(end, end + 12)) : null;
  if (figure) {
    const gap = /^\s+/u.exec(text.slice(end + figure[0].length))![0].length;
    if (measured(text, end + figure[0].length, end + figure[0].length + gap)) return false;
  }
  if (!CJK_OR_PUNCT.test(before) || !OPEN_OR_CJK.test(after)) return false;
  // a full stop after a digit is an item marker's (1. 地区…) or a decimal's, not a sentence end
  if (before === '.' && /\d/u.test(text[start - 2] ?? '')) return false;
  if (wrappedCell(text, start, end)) return false;
  const lone = (i: number, step: number) => {
    const next = text[i + step];
    return next === undefined || (step < 0 ? EDGE_BEFORE : EDGE_AFTER).test(next);
  };
  const han = (ch: string) => /\p{Script=Han}/u.test(ch);
  const loneBefore = han(before) && lone(start - 1, -1), loneAfter = han(after) && lone(end, 1);
  if (!loneBefore && !loneAfter) return true;
  // two spaced names side by side (路 军 屈 磊): exactly two lone characters each side, each a name
  if (loneBefore && loneAfter) {
    return spacedRun(text, start - 1, -1) === 2 && spacedRun(text, end, 1) === 2
      && isPersonName(text[start - 3] + before) && isPersonName(after + text[end + 2])
      && columnRole(text[start - 3] + before + after + text[end + 2]) === null;
  }
  // the edge of a label spaced out a character at a time (主 要 工 作 任 务): three or more lone
  // characters on one side, a word on the other; two (刘 哲) may be a spaced name and stay whole
  const run = spacedRun(text, loneBefore ? start - 1 : end, loneBefore ? -1 : 1);
  if (run >= 3) return true;
  if (run !== 2) return false;
  // two spaced characters that make a column label (项 目, 备 注) are a label, not a name
  const pair = loneBefore ? text[start - 3] + text[start - 1] : text[end] + text[end + 2];
  if (columnRole(pair) !== null) return true;
  // a spaced name is a cell of its own after a full stop (…以上。 路 军) and before a unit (路 军 发展改革委)
  if (!isPersonName(pair)) return false;
  if (loneAfter) return /[。;;!!??]/u.test(before);
  return isUnit(text.slice(end).split(/\s/u)[0]);
}

/**
 * Whether the word after the figure ending at start (across the gap to end) is its measure (5 亿元,
 * 2016 年); 年终 / 年初 after a small figure open a cell of their own (分值 3 | 年终考核).
 */
function measured(text: string, start: number, end: number): boolean {
  if (!MEASURE.test(text[end] ?? '')) return false;
  if (/^年[终初]/u.test(text.slice(end, end + 2)) && !/(?:^|\D)(?:19|20)\d\d$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  return true;
}

/** The space-separated tokens of text around the gap [start, end): up to n each side, nearest first. */
function tokensAround(text: string, start: number, end: number, n: number): [string[], string[]] {
  const left = text.slice(Math.max(0, start - 40), start).split(/\s+/u).reverse().slice(0, n);
  const right = text.slice(end, end + 40).split(/\s+/u).slice(0, n);
  return [left, right];
}

/**
 * A cell wrapped inside its column and flattened with spaces at its wraps (区政 府办 公室, 承办 单位): short
 * pieces of two or three characters, none a label alone, that together read as a unit name or a
 * column label. The space is no cell boundary.
 */
function wrappedCell(text: string, start: number, end: number): boolean {
  const [left, right] = tokensAround(text, start, end, 3);
  const l: string[] = [], r: string[] = [];
  for (const t of left) { if (!SHORT_HAN.test(t)) break; l.push(t); }
  for (const t of right) { if (!SHORT_HAN.test(t)) break; r.push(t); }
  if (!l.length || !r.length) return false;
  for (let i = 1; i <= l.length; i++) {
    for (let j = 1; j <= r.length; j++) {
      const parts = [...l.slice(0, i).reverse(), ...r.slice(0, j)];
      const whole = parts.join('');
      // a short label cut in two, one of its pieces no label alone (承办 | 单位, 牵头 | 单位, 分管 | 领导;
      // not 序号 | 名称, nor a cell before a label, 区本级 | 任务数)
      if (whole.length <= 4 && columnRole(whole) !== null
        && (columnRole(parts[0]) === null || columnRole(parts[parts.length - 1]) === null)) return true;
      if (parts.some((t) => columnRole(t) !== null)) continue;
      // a unit name whose first piece is no unit (区政 | 府办公室; 府办 alone reads as one), nor a person
      // before a unit (王建国 | 发改局), unless it opens with a place (区政 reads as a name too)
      if (!isUnit(parts[0]) && (!isPersonName(parts[0]) || PLACE_START.test(parts[0])) && isUnit(whole)) return true;
    }
  }
  return false;
}

/** How many single Han characters, one space apart, run from i in direction step (1, 2, or 3 for three or more). */
function spacedRun(text: string, i: number, step: number): number {
  let n = 1;
  // counted to 3 at most: callers ask for 2 or 3 or more, and a page of lone characters stays linear
  while (n < 3 && text[i + step] === ' ' && /\p{Script=Han}/u.test(text[i + 2 * step] ?? '')
    && !/\p{Script=Han}/u.test(text[i + 3 * step] ?? '')) { n++; i += 2 * step; }
  return n;
}

// Markers glued after any character (a page that lost its line breaks and its spaces): 1. 2. 3. …, 一、 二、 …, (一) (二) …
const CHAIN_MARKERS: Array<{ re: RegExp; min: number; value: (m: RegExpMatchArray) => number }> = [
  { re: /(?<![\d.%%第])(\d{1,2})[.、.](?=[\p{Script=Han}“"(《])/gu, min: 3, value: (m) => Number(m[1]) },
  { re: /(?<![第一二三四五六七八九十])([一二三四五六七八九十]{1,3})、(?=[\p{Script=Han}\d“"(《])/gu, min: 2, value: (m) => chineseNumber(m[1]) },
  { re: /[((]([一二三四五六七八九十]{1,3})[))](?=[\p{Script=Han}“"《])/gu, min: 2, value: (m) => chineseNumber(m[1]) },
];

/**
 * Where a glued text's numbered items begin: markers that count up by one from the first (1, 2, 3 …),
 * each after the one before; a run shorter than `min` (a 1. or 一、 in running text) is none.
 */
function numberChains(text: string): number[] {
  const cuts: number[] = [];
  for (const { re, min, value } of CHAIN_MARKERS) {
    let chain: number[] = [];
    let expect = 1;
    const flush = () => { if (chain.length >= min) cuts.push(...chain); chain = []; };
    for (const m of text.matchAll(re)) {
      const n = value(m);
      if (n === expect) { chain.push(m.index!); expect++; }
      else if (n === 1) { flush(); chain = [m.index!]; expect = 2; }
    }
    flush();
  }
  return cuts;
}

const MAX_ROW_CELLS = 24;
/**
 * One table row between "|" (opened by its number, closed by "|"): long because its cells are, not a
 * page run flat; the spaces inside a cell are its own line breaks, no paragraph ends. (A whole table on
 * one line holds more cells than any one row.)
 */
function pipedRow(text: string): boolean {
  const pipes = (text.match(/\|/g) ?? []).length;
  return /^\d{1,4}\s*\|/u.test(text) && /\|\s*$/u.test(text) && pipes >= 3 && pipes <= MAX_ROW_CELLS;
}

/** One table row between "|" (its task cell may be long): closed by "|", at most one row number in it. */
function closedRow(text: string): boolean {
  if (!/\|\s*$/u.test(text) || (text.match(/\|/g) ?? []).length < 3) return false;
  const numbers = text.match(/(?:^|\|)\s*(?:\d{1,3}|[((][一二三四五六七八九十\d]{1,3}[))])\s*(?=\|)/gu) ?? [];
  return numbers.length <= 1;
}

/** One table row with its cells two spaces or more apart, opening with its row number (1  任务…  市财政局). */
function spacedRow(text: string): boolean {
  const gaps = text.match(/\s{2,}/g)?.length ?? 0;
  return /^(?:\d{1,3}|[((][一二三四五六七八九十\d]{1,3}[))])\s{2,}\S/u.test(text) && gaps >= 2 && gaps <= 12;
}

/** `min`: how long a line must be to be read as flat text (lower when it is the whole notice). */
export function resplitFlat(line: TextLine, min = FLAT_MIN): TextLine[] {
  if (line.text.length < min || pipedRow(line.text) || closedRow(line.text) || spacedRow(line.text)) return [line];
  const pieces: Array<{ text: string; at: number }> = [];
  const text = line.text;
  let start = 0;
  const cut = (end: number, next: number) => {
    const piece = text.slice(start, end);
    if (piece.trim()) pieces.push({ text: piece, at: start });
    start = next;
  };
  const spaces = /\s+/g;
  let m: RegExpExecArray | null;
  let spaceCuts = 0;
  while ((m = spaces.exec(text))) if (cuttable(text, m.index, m.index + m[0].length)) spaceCuts++;
  if (spaceCuts >= 3) {
    spaces.lastIndex = 0;
    while ((m = spaces.exec(text))) if (cuttable(text, m.index, m.index + m[0].length)) cut(m.index, m.index + m[0].length);
    cut(text.length, text.length);
  } else {
    pieces.push({ text, at: 0 });
  }
  const out: TextLine[] = [];
  for (const p of pieces) {
    let s = 0;
    const parts: Array<{ text: string; at: number }> = [];
    const at = new Set<number>();
    if (line.text.length >= GLUED_MIN) {
      const titled = TITLE_THEN_FIRST.exec(p.text);
      if (titled) at.add(titled[0].length);
      if (gluedMarkerMay(p.text)) for (const g of p.text.matchAll(GLUED_MARKER)) at.add(g.index!);
      for (const c of numberChains(p.text)) at.add(c);
    }
    for (const c of [...at].sort((a, b) => a - b)) {
      if (c <= s) continue;
      parts.push({ text: p.text.slice(s, c), at: p.at + s });
      s = c;
    }
    parts.push({ text: p.text.slice(s), at: p.at + s });
    for (const q of parts) {
      const lead = q.text.length - q.text.trimStart().length;
      const t = q.text.trim();
      if (t) out.push({ kind: 'line', text: t, pos: { line: line.pos.line, column: line.pos.column + q.at + lead } });
    }
  }
  return out;
}

/**
 * Two items printed on one line: "(一)地区生产总值增长11%。(省发改委负责)(二)公共财政收入增长13%。".
 * The line is cut before a marker that follows a full stop or a closing bracket when it continues the
 * numbering the line opens with (same kind, next number), so a (二) quoted in running text stays.
 */
export function splitGluedItems(line: TextLine): TextLine[] {
  const first = readMarker(line.text);
  if (!first || first.type === 'bullet' || line.text.length < 8) return [line];
  const head = splitHeadingChild(line, first);
  if (head) return [head[0], ...splitGluedItems(head[1])];
  const out: TextLine[] = [];
  let start = 0, expect = first.value + 1;
  for (const g of gluedMarkerMay(line.text) ? line.text.matchAll(GLUED_MARKER) : []) {
    const at = g.index!;
    if (!/[。))\]】〕]/u.test(line.text[at - 1])) continue; // after a full stop or an assignment block, not a ;-list
    const m = readMarker(line.text.slice(at));
    if (!m || m.type !== first.type || m.value !== expect) continue;
    out.push({ kind: 'line', text: line.text.slice(start, at).trim(), pos: { line: line.pos.line, column: line.pos.column + start } });
    start = at;
    expect++;
  }
  if (!out.length) return [line];
  out.push({ kind: 'line', text: line.text.slice(start).trim(), pos: { line: line.pos.line, column: line.pos.column + start } });
  return out;
}

// The first sub-item marker of a lower rank: (一) under 一、, 1. under (一).
const CHILD_OF: Partial<Record<string, RegExp>> = {
  cn: /[((]一[))]|1[.、.](?!\d)/u,
  'paren-cn': /1[.、.](?!\d)|[((]1[))]/u,
};
const HEADING_MAX = 30;

/**
 * A heading run together with its first sub-item when a page loses its line breaks:
 * "一、加强要素支持(一)强化财税政策保障。…". The heading is a short phrase with no punctuation at all,
 * and the marker after it opens the next rank's numbering (its first item), so a (一) quoted in a
 * sentence, or after a comma, stays where it is.
 */
function splitHeadingChild(line: TextLine, first: { type: string; length: number }): [TextLine, TextLine] | null {
  const child = CHILD_OF[first.type];
  if (!child) return null;
  const rest = line.text.slice(first.length);
  const m = child.exec(rest);
  if (!m || m.index < 2 || m.index > HEADING_MAX) return null;
  const title = rest.slice(0, m.index);
  if (!/^\p{Script=Han}[\p{Script=Han}\d“”"《》]*$/u.test(title.trim())) return null;
  const at = first.length + m.index;
  if (line.text.length - at < 8) return null;
  return [
    { kind: 'line', text: line.text.slice(0, at).trim(), pos: line.pos },
    { kind: 'line', text: line.text.slice(at).trim(), pos: { line: line.pos.line, column: line.pos.column + at } },
  ];
}

const PAGE_MARK = /^(\d{1,3})、/u;
const PAGE_MIN = 200;

/**
 * Document-sharing sites print a document one page a line, each opened by its page number ("2、") even
 * where the page break falls mid-sentence: such a line continues the one before. A page number is the next
 * page's, follows a long line that stops mid-sentence, and so is never an item's own number.
 */
// The sharing site's own line over the document: "《X.doc》由会员分享,可在线阅读,…".
const SHARE_HEADER = /^《.{1,120}\.(?:docx?|pdf|wps|pptx?)》由会员分享|由会员分享,可在线阅读/u;

export function joinPageLines(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  let page = 0, first = -1;
  // under a sharing site's header the numbers are known to be pages: a page may also break after a full stop
  const shared = lines.slice(0, 5).some((l) => l.text.includes('由会员分享') && SHARE_HEADER.test(l.text)); // (exact pre-check)
  for (const l of lines) {
    const m = PAGE_MARK.exec(l.text);
    const prev = out[out.length - 1];
    if (m && Number(m[1]) === 1 && l.text.length >= PAGE_MIN) { page = 1; first = out.length; }
    else if (m && prev && page > 0 && Number(m[1]) === page + 1 && prev.text.length >= PAGE_MIN
      && (shared || !/[。;;::!?!?))]$/u.test(prev.text))) {
      out[out.length - 1] = { ...prev, text: prev.text + l.text.slice(m[0].length) };
      // the first page's own number goes too, once a second page proves what it was
      if (page === 1 && first >= 0) {
        const f = out[first], n = PAGE_MARK.exec(f.text)![0].length;
        out[first] = { ...f, text: f.text.slice(n), pos: { line: f.pos.line, column: f.pos.column + n } };
      }
      page++;
      continue;
    }
    out.push(l);
  }
  return out;
}
