// RTF -> DocModel (government sites often serve RTF under a .doc name). A small reader: the text of the
// body groups, \'hh bytes in the document's code page (\ansicpg, GBK when fonts say GB2312), \uN
// characters, paragraphs, and table rows as tab-separated cells (\cell, \row) read like word-extractor's,
// with each row's cell edges (\cellx) and vertical merges (\clvmgf, \clvmrg) so merged cells expand.
// Font tables, styles, pictures, headers, footers, field instructions and \* groups are skipped.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';
import type { Message } from '../schema.js';
import type { DocRow } from './doc-rows.js';
import { tabRowBlocks } from './tab-rows.js';

const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer',
  'footerl', 'footerr', 'footerf', 'object', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl',
  'generator', 'xmlnstbl', 'mmathPr', 'fldinst', 'filetbl', 'revtbl', 'pgdsctbl', 'listtext', 'pntext', 'footnote', 'annotation',
  'atnid', 'atnauthor', 'bkmkstart', 'bkmkend', 'userprops', 'docvar', 'nonshppict', 'shppict', 'shpinst']);
const SYMBOL: Record<string, string> = { emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•',
  par: '\n', line: '\n', sect: '\n', page: '\n', tab: '\t', cell: '\t', row: '\n', nestcell: ' ', enspace: ' ', emspace: ' ' };
const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/g;
const MAX_DEPTH = 1000;

const CODEPAGE: Record<string, string> = { 936: 'gbk', 950: 'big5', 54936: 'gb18030', 65001: 'utf8', 1252: 'win1252' };

export function extractRtf(bytes: Buffer): DocModel {
  const src = bytes.toString('latin1');
  const iconv = createRequire(import.meta.url)('iconv-lite') as { decode(b: Buffer, e: string): string };
  const cp = /\\ansicpg(\d+)/.exec(src)?.[1];
  // Word writes \ansicpg936 for Chinese; without it, GB2312 fonts (\fcharset134) say the same
  const encoding = CODEPAGE[cp ?? ''] ?? (/\\fcharset134/.test(src) ? 'gbk' : /\\fcharset136/.test(src) ? 'big5' : 'win1252');
  let out = '';
  let bytesRun: number[] = [];
  const flush = () => { if (bytesRun.length) { out += iconv.decode(Buffer.from(bytesRun), encoding); bytesRun = []; } };
  const stack: Array<{ skip: boolean; uc: number }> = [];
  let state = { skip: false, uc: 1 };
  let pendingSkip = 0; // fallback characters after \uN still to skip
  let groupStart = false;
  const rows: DocRow[] = [];
  let row: DocRow = { fc: 0, edges: [0], vmerge: [] }, merge = 0;
  for (const m of src.matchAll(TOKEN)) {
    const [, word, num, hex, sym, brace, text] = m;
    if (brace === '{') {
      stack.push(state);
      if (stack.length > MAX_DEPTH) throw new InputError(`RTF groups nested more than ${MAX_DEPTH} deep: refused`);
      state = { ...state };
      groupStart = true;
      continue;
    }
    const first = groupStart;
    groupStart = false;
    if (brace === '}') { flush(); state = stack.pop() ?? state; pendingSkip = 0; continue; }
    if (sym === '*' && first) { state.skip = true; continue; }
    if (word !== undefined) {
      if (first && SKIP.has(word)) { state.skip = true; continue; }
      if (word === 'uc') { state.uc = Number(num) || 0; continue; }
      // row geometry (in any group: Word puts it in the row's own properties)
      if (word === 'trowd') { row = { fc: rows.length, edges: [0], vmerge: [] }; merge = 0; continue; }
      if (word === 'trleft') { row.edges[0] = Number(num) || 0; continue; }
      if (word === 'clvmgf') { merge = 3; continue; }
      if (word === 'clvmrg') { merge = 1; continue; }
      if (word === 'cellx') { row.edges.push(Number(num) || 0); row.vmerge.push(merge); merge = 0; continue; }
      if (word === 'row' && !state.skip) { rows.push(row); row = { ...row, vmerge: [...row.vmerge] }; }
      if (state.skip) continue;
      if (word === 'u') {
        flush();
        const n = Number(num);
        out += String.fromCharCode(n < 0 ? n + 65536 : n);
        pendingSkip = state.uc;
        continue;
      }
      if (word === 'bin') { pendingSkip = 0; continue; }
      const s = SYMBOL[word];
      if (s !== undefined) { flush(); out += s; pendingSkip = 0; }
      continue;
    }
    if (state.skip) continue;
    if (hex !== undefined) {
      if (pendingSkip > 0) { pendingSkip--; continue; }
      bytesRun.push(parseInt(hex, 16));
      continue;
    }
    if (sym !== undefined) {
      flush();
      if (pendingSkip > 0) { pendingSkip--; continue; }
      out += sym === '~' ? '\u00a0' : sym === '_' ? '-' : sym === '-' ? '' : /[\\{}]/.test(sym) ? sym : '';
      continue;
    }
    if (text !== undefined) {
      flush();
      let t = text;
      if (pendingSkip > 0) { const k = Math.min(pendingSkip, t.length); t = t.slice(k); pendingSkip -= k; }
      out += t;
    }
  }
  flush();
  const msgs = { messages: [] as Message[] };
  return { format: 'rtf', blocks: tabRowBlocks(out, msgs, rows), meta: {}, script: 'simplified', messages: msgs.messages };
}
