// DocModel -> DocModel: simplified script, plain spaces, full-width ASCII forms folded, flat text re-split into lines.
import type { Block, DocModel, TextLine } from '../model.js';
import { toSimplified } from './traditional.js';
import { joinPageLines, resplitFlat, splitGluedItems } from './flat.js';
import { stripPinyin } from './pinyin.js';
import { unwrapLines } from './unwrap.js';
import { undoubleSpace } from './spacing.js';
import { boxTables } from './box-tables.js';
import { bracketKeys, colonKeySentences } from '../assign/keys.js';

const SOLE_FLAT_MIN = 80;
/** What PAGE_NUMBER's line opens with: a dash, 第, a digit or the P of a converter's "P. 7" (an exact pre-check). */
export const mayOpenPageNumber = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x7b2c || c === 0x50 || c === 0x70;
/** What it ends with: a dash, 页 or a digit. */
export const mayEndPageNumber = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d || c === 0x9875;
export const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[Pp](?:age)?\.?\s*\d{1,4})$/u;

/* cleanText: zero-width characters [\u200b-\u200d\u2060\ufeff] are dropped; spaces of other widths and tabs
 * [\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t] become ' '; full-width forms of ASCII [\uff01-\uff5e] (（ ） ： ，
 * ； ｜ １ Ａ …: one code point each) are folded as NFKC folds them, so every later stage sees one form of its
 * brackets, colons and separators whatever the page used. */

export function cleanText(s: string): string {
  // One pass by code unit for the three sets above (three replaces before, one with a callback per
  // full-width mark): the sets are disjoint and no replacement falls in another set, so order is moot.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let r: number;
    if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) r = -1;
    else if (c === 9 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) r = 32;
    else if (c >= 0xff01 && c <= 0xff5e) r = c - 0xfee0;
    else continue;
    out += s.slice(from, i);
    if (r >= 0) out += String.fromCharCode(r);
    from = i + 1;
  }
  return stripPinyin(from === 0 ? s : out + s.slice(from));
}

/**
 * A line of three cells or more between tabs is a table row (copied from a spreadsheet or a table): its tabs
 * become the "|" the table readers split at (one character for one, so columns keep their place), closed by one.
 */
function tabRow(s: string): string {
  if ((s.match(/\t/g) ?? []).length < 2 || !s.replace(/\t/g, '').trim()) return s;
  const piped = s.replace(/\t/g, '|');
  return /\|\s*$/u.test(piped) ? piped : `${piped}|`;
}

/** A run of ? (or U+FFFD) closing a line: characters a mirror's encoding lost (2021年11月22日????????), no text. */
const LOST_TAIL = /(?<=[^?\uFFFD])[?\uFFFD]{2,}\s*$/u;

/** …and a run opening one, before its text: the full-width indent (U+3000 twice) a mirror's encoding lost (??1.加强…). */
const LOST_HEAD = /^\s*[?\uFFFD]+(?=[\p{Script=Han}\d((“《【])/u;

function cleanLine(line: TextLine): TextLine {
  // (after the fold: a page in full-width forms, ？？？？, reads the same)
  const folded = cleanText(tabRow(line.text));
  // (the tail's regex, a lookbehind tried at every character, only on a line holding one of its characters)
  // (the lost indent becomes spaces, so the text keeps its column)
  const text = folded.includes('?') || folded.includes('\uFFFD') ? folded.replace(LOST_TAIL, '').replace(LOST_HEAD, (m) => ' '.repeat(m.length)) : folded;
  const lead = text.length - text.trimStart().length;
  return { kind: 'line', text: text.trim(), pos: { line: line.pos.line, column: line.pos.column + lead } };
}

const INLINE_PAGE = /第\s*\d{1,3}\s*页\s*共\s*\d{1,3}\s*页(?=\S)/gu;

export async function normalize(doc: DocModel): Promise<DocModel> {
  let blocks: Block[] = doc.blocks;
  let script = doc.script;
  let meta = doc.meta;
  // traditional script decided for the document, else run by run of blocks; one converter call
  const simplified = await toSimplified(blocks, meta);
  if (simplified) ({ blocks, meta, script } = simplified);
  // plain text only: a page's empty paragraphs are spacing its markup chose, already merged by the extractor
  if (doc.format === 'text') blocks = undoubleSpace(blocks);
  // tables drawn with box-drawing characters are read as the tables they draw
  blocks = boxTables(blocks);
  const out: Block[] = [];
  // lines cleaned, page-number lines dropped, hard-wrapped lines and pages a line re-joined (document-sharing sites)
  const cleaned: Block[] = [];
  let run: TextLine[] = [];
  const flush = () => { for (const l of joinPageLines(unwrapLines(run))) cleaned.push(l); run = []; };
  for (const b of blocks) {
    if (b.kind === 'table') { flush(); cleaned.push(b); continue; }
    const line = cleanLine(b);
    // a printed page's number ("- 3 -", "—12—", "第3页 共8页") is no part of the text it interrupts
    if (!(mayOpenPageNumber(line.text.charCodeAt(0)) && mayEndPageNumber(line.text.charCodeAt(line.text.length - 1)) && PAGE_NUMBER.test(line.text))) run.push(line);
  }
  flush();
  // a notice that is one line (a short one scraped flat) is flat text however short
  const sole = cleaned.filter((b) => b.kind === 'table' || b.text).length === 1;
  for (let b of cleaned) {
    if (b.kind === 'table') {
      out.push({ ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: cleanText(c.text).trim() }))) });
      continue;
    }
    // a page's number run into the text it interrupts (…县农作第2页共4页物秸秆…, a document-sharing site's pages joined)
    if (b.text.length > 40 && b.text.includes('页共')) b = { ...b, text: b.text.replace(INLINE_PAGE, '') };
    const keyed = bracketKeys(colonKeySentences(b.text));
    if (keyed !== b.text) b = { ...b, text: keyed };
    for (const l of resplitFlat(b, sole ? SOLE_FLAT_MIN : undefined)) for (const piece of splitGluedItems(l)) out.push(piece);
  }
  const cleanMeta = Object.fromEntries(Object.entries(meta).map(([k, v]) => [cleanText(k).trim(), cleanText(v).trim()]));
  return { ...doc, blocks: out, script, meta: cleanMeta };
}
