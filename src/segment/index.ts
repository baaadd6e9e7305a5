// DocModel -> units: numbered items (with the lines that follow them), free lines, breaks, tables.
import type { Block, DocModel, Pos, TableBlock, TextLine } from '../model.js';
import { BARE, chineseNumber, readMarker, type Marker } from './markers.js';
import { endsWithAssignment, splitBareItems, splitRunOnHead, splitRunOnTasks } from './bare-items.js';
import { hasKey, PROSE_WORD } from '../assign/parse.js';
import { isRemarkOnly } from '../recognize/clause.js';
import { findTextTables } from './text-tables.js';
import { findCellTables } from './cell-tables.js';
import { findRunTogetherTables } from './run-together-tables.js';
import { findFigureRows } from './figure-rows.js';
import { readLabelLines, readLabelPairs } from './label-pairs.js';
import { readLabelRecords } from './label-lines.js';
import { readUnitColonLines } from './unit-colon-lines.js';
import { codePoints } from '../text.js';

export interface Item {
  kind: 'item';
  marker: Marker;
  line: TextLine;
  /** Text after the marker on the marker's own line. */
  head: string;
  headPos: Pos;
  /** The lines after the marker line, up to the next item, break or table. */
  lines: TextLine[];
}
export interface FreeLine { kind: 'free'; line: TextLine }
/** A line that ends any item and resets sections: 附件, a signature date, 抄送. */
export interface BreakLine { kind: 'break'; line: TextLine }
export interface TableUnit { kind: 'table'; table: TableBlock }
export type Unit = Item | FreeLine | BreakLine | TableUnit;

import { DATE_LINE } from './date-line.js';
// Whole lines only: 附件 / 附件2 / 附件:title, and 抄送: … . A sentence that starts with 附件 or ends in
// 印发 (制定方案并印发) is text.
const BREAK = /^(附\s*件\s*\d*\s*(?:[::].*|\s+\S.*)?|(抄送|抄报|主送|印发)\s*[::].*)$/u;
/** The imprint under a notice: (issuing office, then a space or the office's own ending) + date + 印发. */
const IMPRINT = /^(?:\S.{0,40}\s+|\S{0,30}(?:办公室|办公厅|政府|委员会))?(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)\s*印发$/u;

const PAGE_INFO = /^\s*(?:发布日期|发布时间|更新时间|浏览次数|浏览量|阅读次数|访问次数|访问量|点击数|点击量|阅读量|来源|信息来源|字体|字号|作者|责任编辑|编辑|分享|打印|关闭|索引号|文号)\s*[::]?/u;

export function isBreak(text: string): boolean {
  // (IMPRINT, which backtracks, only on a line that ends as it must: 印发)
  return DATE_LINE.test(text) || (text.length < 120 && (BREAK.test(text) || (text.endsWith('印发') && IMPRINT.test(text))));
}

/** A page that collects several documents, one 篇 each: "反馈意见及整改措施通知(共8篇)". */
const COLLECTION = /[((]?共\s*\d{1,3}\s*篇[))]?\s*$/u;

const OWN_LINE_NUMBER = /^\s*(\d{1,3})\s*$/u;
const MIN_OWN_LINE_LIST = 3;
/** "一是" / "二是": an enumeration word that repeats the number standing above it. */
const ORDINAL_IS = /^([一二三四五六七八九十]{1,3})是/u;

/**
 * A list whose numbers stand on lines of their own (1 / text / 2 / text …, as pages render an ordered
 * list): at least three numbers counting up by one, each over exactly one line of text. Returns, for
 * each number line of such a run, the number. A lone number is a page number or a table cell.
 */
function ownLineNumbers(blocks: Block[]): Map<number, number> {
  const out = new Map<number, number>();
  const num = (i: number) => {
    const b = blocks[i];
    const m = b && b.kind === 'line' ? OWN_LINE_NUMBER.exec(b.text) : null;
    return m ? Number(m[1]) : null;
  };
  const textAt = (i: number) => {
    const b = blocks[i];
    return !!b && b.kind === 'line' && !!b.text.trim() && num(i) === null && !isBreak(b.text) && readMarker(b.text) === null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const first = num(i);
    if (first === null || !textAt(i + 1)) continue;
    let j = i, n = first;
    const run: number[] = [];
    while (num(j) === n && textAt(j + 1)) { run.push(j); j += 2; n++; }
    if (run.length >= MIN_OWN_LINE_LIST) run.forEach((at, k) => out.set(at, first + k));
    i = Math.max(i, j - 1);
  }
  return out;
}

/** A line opened by an assignment block with more text after it: "(市国土房管局牵头)主要污染物…". */
const OPENING_BLOCK = /^[((]([^()()]{2,160})[))]\s*(?=\S)/u;

/** A line's last bracket, opened and never closed, after the text (its inner text from the bracket on). */
const UNCLOSED_BLOCK = /\S[((]([^()()]{0,80})$/u;
/** The rest of a block: no bracket of its own before the one that closes it, nothing but a stop after. */
const CLOSING_REST = /^[^()()]{1,80}[))][。;;.]?$/u;

/**
 * A run-on paragraph of tasks wrapped where a task's sentence ended and its assignment had not yet come
 * ("…耕地保有量面积。" / "(市国土房管局牵头)主要污染物…"): the line opened by the block is joined to the
 * sentence above, so the block closes that sentence, not the next one.
 */
export function joinWrappedAssignments(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const m = b.kind === 'line' && (b.text[0] === '(' || b.text[0] === '(') ? OPENING_BLOCK.exec(b.text) : null; // (exact pre-check)
    if (m && prev?.kind === 'line' && b.kind === 'line' && (hasKey(m[1]) || PROSE_WORD.test(m[1])) && !isRemarkOnly(m[1])
      && /[。;;]$/u.test(prev.text.trim()) && !isBreak(prev.text) && !endsWithAssignment(prev.text)) {
      out[out.length - 1] = { ...prev, text: prev.text.trimEnd() + b.text };
      continue;
    }
    // "…产量。(责任单位:自治" / "区农牧厅、财政厅)": a keyed block hard-wrapped inside its bracket; the line
    // that closes it (and holds nothing after it) is its end
    if (prev?.kind === 'line' && b.kind === 'line') {
      const open = UNCLOSED_BLOCK.exec(prev.text.trimEnd()), rest = b.text.trim();
      if (open && hasKey(open[1]) && CLOSING_REST.test(rest) && !readMarker(rest)) {
        out[out.length - 1] = { ...prev, text: prev.text.trimEnd() + rest };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** A page's heading that is a task's number (任务228, 第12项): one task a page, its label-value record below. */
const RECORD_NUMBER = /^(?:任务|事项)\s*(\d{1,4})$|^第\s*(\d{1,4})\s*项$/u;

/**
 * A single label-value record (重点工作: … 牵头单位: …) under a line that is its number (任务228): the
 * number is the record's, as a 序号 cell would give it. The line stays for the metadata; it heads nothing.
 */
function numberedRecords(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    if (b.kind !== 'table' || b.rows.length !== 2 || b.rows[0].some((c) => /^(?:序号|编号)$/u.test(c.text.trim()))) return b;
    // (over a page's info bar, a few short lines: 任务228 / • 听全文 / • 来源:市府办公厅 / • 分享到 / 重点工作:…)
    let j = i - 1;
    for (let short = 0; j >= 0 && blocks[j].kind === 'line' && short < 8; j--) {
      const t = (blocks[j] as TextLine).text.trim();
      if (RECORD_NUMBER.test(t) || t.length > BAR_ITEM_MAX) break;
      if (t) short++;
    }
    const above = blocks[j];
    const m = above && above.kind === 'line' ? RECORD_NUMBER.exec(above.text.trim()) : null;
    if (!m) return b;
    const number = m[1] ?? m[2];
    return { ...b, rows: [[{ text: '序号', pos: b.rows[0][0].pos }, ...b.rows[0]], [{ text: number, pos: above.pos }, ...b.rows[1]]] };
  });
}

const BAR_ITEM_MAX = 24;
/**
 * A page's info bar as a bulleted list (• 听全文 / • 2020-03-09 / • 来源:市府办公厅 / • 分享到 / • -): a run of
 * short bullet lines, one of them page info (来源, 分享, 发布日期 …). The whole run is chrome: no item, no heading.
 */
function bulletBar(blocks: Block[]): Set<number> {
  const out = new Set<number>();
  // the lines above, squashed: a bar may repeat the page's title, however long, under a bullet of its own
  // (made on the first long bullet line's ask: most pages have none, and it squashed every line of every page)
  let seenLines: Map<string, number> | null = null;
  const seen = (): Map<string, number> => {
    if (seenLines) return seenLines;
    const m = (seenLines = new Map<string, number>());
    blocks.forEach((b, i) => { if (b.kind === 'line' && b.text.trim()) { const k = b.text.replace(/\s+/gu, ''); if (!m.has(k)) m.set(k, i); } });
    return m;
  };
  const bullet = (i: number) => {
    const b = blocks[i];
    if (!b || b.kind !== 'line' || !b.text.trim()) return null;
    const m = readMarker(b.text);
    if (!m || m.type !== 'bullet') return null;
    const rest = b.text.slice(m.length);
    return b.text.length - m.length <= BAR_ITEM_MAX || (seen().get(rest.replace(/\s+/gu, '')) ?? i) < i ? rest : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    if (bullet(i) === null) continue;
    const run: number[] = [];
    let info = false;
    let j = i;
    for (; j < blocks.length; j++) {
      if (blocks[j].kind === 'line' && !(blocks[j] as TextLine).text.trim()) continue;
      const rest = bullet(j);
      if (rest === null) break;
      run.push(j);
      info ||= PAGE_INFO.test(rest);
    }
    if (run.length >= 3 && info) run.forEach((k) => out.add(k));
    i = j - 1;
  }
  return out;
}

export function segment(doc: DocModel): Unit[] {
  const units: Unit[] = [];
  let current: Item | null = null;
  const blocks = joinWrappedAssignments(numberedRecords(readUnitColonLines(readLabelRecords(findCellTables(findTextTables(findRunTogetherTables(readLabelLines(readLabelPairs(findFigureRows(doc.blocks))))))))));
  const ownLine = ownLineNumbers(blocks);
  const chrome = bulletBar(blocks);
  const runOn = runOnPieces(blocks);
  const collection = blocks.slice(0, 12).some((b) => b.kind === 'line' && COLLECTION.test(b.text));
  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (block.kind === 'table') { current = null; units.push({ kind: 'table', table: block }); continue; }
    const text = block.text;
    if (!text) continue;
    const own = ownLine.get(bi);
    if (own !== undefined) {
      // the number's line is the item's line; its text is the line below, without an "一是" that repeats it
      const below = blocks[++bi] as TextLine;
      const ord = ORDINAL_IS.exec(below.text);
      const cut = ord && chineseNumber(ord[1]) === own ? ord[0].length : 0;
      current = {
        kind: 'item', marker: { type: 'num', label: String(own), value: own, length: text.length }, line: block,
        head: below.text.slice(cut).trim(), headPos: { line: below.pos.line, column: below.pos.column + cut }, lines: [],
      };
      units.push(current);
      current = null; // its text is that one line: what follows the list is no part of its last item
      continue;
    }
    // a labelled record's first field opens a task even without a number
    const marker = readMarker(text) ?? (block.opensTask ? BARE : null);
    // "• 2008-12-18": a page's date under a bullet is a date line still (a date heads nothing)
    if (isBreak(text) || (marker?.type === 'bullet' && DATE_LINE.test(text.slice(marker.length).trim()))) {
      current = null; units.push({ kind: 'break', line: block }); continue;
    }
    // "• 发布日期: …", "• 字体:[ ]": a page's bulleted info bar is chrome, not an item
    // (and so is every short bullet of a bar that holds one: • 听全文 / • 2020-03-09 / • 来源:… / • 分享到 / • -)
    if (chrome.has(bi)) continue;
    // "第1篇:…" on a page that collects several documents (…(共8篇)): the page's index of them, no heading
    if (marker && marker.type === 'part' && collection && /篇/u.test(marker.label)) { units.push({ kind: 'free', line: block }); current = null; continue; }
    if (marker && !(marker.type === 'bullet' && PAGE_INFO.test(text.slice(marker.length)))) {
      current = {
        kind: 'item', marker, line: block, head: text.slice(marker.length).trim(),
        headPos: { line: block.pos.line, column: block.pos.column + marker.length }, lines: [],
      };
      units.push(current);
      continue;
    }
    // "目标A(X牵头)。目标B(Y牵头)。" in one paragraph: each sentence closing in its own assignment is a task
    for (const piece of runOn.get(bi) ?? [block]) {
      if (current) current.lines.push(piece);
      else units.push({ kind: 'free', line: piece });
    }
  }
  return splitBareItems(joinWrappedHeads(units, wrapWidth(blocks)).map((u) => (u.kind === 'item' ? splitRunOnHead(u) : u)));
}

/** Paragraphs that each close in one assignment, at least this many (and more than the cuts would make tasks): one task a paragraph. */
const MIN_PARAGRAPH_TASKS = 3;

/**
 * The pieces each run-on paragraph is cut into (one task a sentence, see splitRunOnTasks), by block index.
 * A notice that writes one task a paragraph (more paragraphs close in one assignment than the cuts would make
 * tasks) cuts none: a
 * paragraph of its with two blocks is one task with two assignment blocks (SCHEMA: both cut, names merged).
 */
function runOnPieces(blocks: Block[]): Map<number, TextLine[]> {
  const out = new Map<number, TextLine[]>();
  let single = 0, cut = 0;
  blocks.forEach((b, i) => {
    if (b.kind !== 'line' || !b.text) return;
    const pieces = splitRunOnTasks(b, { oneSentenceEach: true });
    if (pieces.length > 1) { out.set(i, pieces); cut += pieces.length; }
    else if (endsWithAssignment(b.text)) single++;
  });
  // (weighed by the tasks the cuts would make: a few long runs of targets among such paragraphs are still cut)
  if (single >= MIN_PARAGRAPH_TASKS && single > cut) return new Map();
  return out;
}

const MIN_WRAPPED = 16;
/**
 * The width at which a text was hard-wrapped (PDF text: lines broken at one width, whatever the
 * sentence): the most common line length among long lines, when enough lines share it. Null otherwise.
 */
function wrapWidth(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  let long = 0;
  for (const b of blocks) {
    if (b.kind !== 'line') continue;
    const n = codePoints(b.text.trim());
    if (n < MIN_WRAPPED) continue;
    long++;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0, width = 0;
  for (const [n, c] of counts) {
    const near = c + (counts.get(n - 1) ?? 0);
    if (near > best) { best = near; width = n; }
  }
  return best >= 5 && best >= long * 0.3 ? width : null;
}

/**
 * A heading broken by a hard wrap ("一、…加强党对基层治理的全面" / "领导"): the marker line reaches the
 * wrap width, does not end its sentence, and the short line under it is all the item holds.
 */
function joinWrappedHeads(units: Unit[], width: number | null): Unit[] {
  if (width === null) return units;
  return units.map((u) => {
    if (u.kind !== 'item' || u.lines.length !== 1) return u;
    const line = u.line.text.trim(), next = u.lines[0].text.trim();
    if (codePoints(line) < Math.floor(width * 0.9) || /[。;;::,,、!?!?]$/u.test(line)) return u;
    if (codePoints(next) > 12 || /[。;;::,,]/u.test(next) || readMarker(next)) return u;
    return { ...u, head: u.head + next, lines: [] };
  });
}
