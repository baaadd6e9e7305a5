// DocModel -> DocModel: simplified script, plain spaces, full-width ASCII forms folded, flat text re-split into lines.
import type { Block, DocModel, TextLine } from '../model.js';
import { toSimplified } from './traditional.js';
import { joinPageLines, resplitFlat, splitGluedItems } from './flat.js';
import { stripPinyin } from './pinyin.js';
import { unwrapLines } from './unwrap.js';
import { undoubleSpace } from './spacing.js';
import { boxTables } from './box-tables.js';
import { colonKeySentences } from '../assign/keys.js';

const SOLE_FLAT_MIN = 80;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Full-width forms of ASCII (（ ） ： ， ； ｜ １ Ａ …): one code point each, folded as NFKC folds them, so
 * every later stage sees one form of its brackets, colons and separators whatever the page used. */
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

export function cleanText(s: string): string {
  const t = s.replace(ZERO_WIDTH, '').replace(SPACES, ' ')
    .replace(FULL_WIDTH_ASCII, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return stripPinyin(t);
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

function cleanLine(line: TextLine): TextLine {
  const text = cleanText(tabRow(line.text));
  const lead = text.length - text.trimStart().length;
  return { kind: 'line', text: text.trim(), pos: { line: line.pos.line, column: line.pos.column + lead } };
}

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
    if (!PAGE_NUMBER.test(line.text)) run.push(line);
  }
  flush();
  // a notice that is one line (a short one scraped flat) is flat text however short
  const sole = cleaned.filter((b) => b.kind === 'table' || b.text).length === 1;
  for (let b of cleaned) {
    if (b.kind === 'table') {
      out.push({ ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: cleanText(c.text).trim() }))) });
      continue;
    }
    const keyed = colonKeySentences(b.text);
    if (keyed !== b.text) b = { ...b, text: keyed };
    for (const l of resplitFlat(b, sole ? SOLE_FLAT_MIN : undefined)) for (const piece of splitGluedItems(l)) out.push(piece);
  }
  const cleanMeta = Object.fromEntries(Object.entries(meta).map(([k, v]) => [cleanText(k).trim(), cleanText(v).trim()]));
  return { ...doc, blocks: out, script, meta: cleanMeta };
}
