// Word 97-2003 .doc and Kingsoft .wps (the same OLE binary format) -> DocModel, through word-extractor
// (loaded only for such files). Its body text keeps table rows as tab-separated cells; the rows' cell
// edges and merge flags come from the binary's own row properties (src/extract/doc-rows), so merged
// cells are expanded as the .docx reader does. Position: line of the extracted text, column 1.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';
import type { Message } from '../schema.js';
import { DocNumbering, readLists } from './doc-lists.js';
import { type DocPara, docParas, type DocRow } from './doc-rows.js';
import { tabRowBlocks } from './tab-rows.js';

interface WordDocument { getBody(o?: { filterUnicode?: boolean }): string }
interface Piece { startCp: number; endCp: number; length: number; text: string; startFilePos: number; endFilePos: number; bpc: number }
interface OleExtractor { extract(reader: unknown): Promise<WordDocument>; writeParagraphProperties(b: Buffer, t: Buffer): void;
  _pieces: Piece[]; _boundaries: { ccpText: number } }
interface OleExtractorClass { new (): OleExtractor }
type ReaderClass = new (b: Buffer) => { open(): Promise<unknown> };

export async function extractDoc(bytes: Buffer): Promise<DocModel> {
  const require = createRequire(import.meta.url);
  const Ole = require('word-extractor/lib/word-ole-extractor.js') as OleExtractorClass;
  const BufferReader = require('word-extractor/lib/buffer-reader.js') as ReaderClass;
  let rows: DocRow[] = [];
  // word-extractor reads the paragraph properties for its own use; the same buffers give the table rows
  class WithRows extends Ole {
    writeParagraphProperties(word: Buffer, table: Buffer): void {
      super.writeParagraphProperties(word, table);
      const paras = docParas(word, table);
      rows = paras.flatMap((p) => (p.row ? [p.row] : []));
      const lists = readLists(word, table);
      if (lists) insertLabels(this, paras, new DocNumbering(lists));
    }
  }
  let doc: WordDocument;
  try {
    const reader = new BufferReader(bytes);
    await reader.open();
    doc = await new WithRows().extract(reader);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/encrypt|password/i.test(why)) throw new InputError('the Word document is encrypted (password-protected): save an unprotected copy');
    throw new InputError(`cannot read the Word 97-2003 (.doc/.wps) document: ${why.slice(0, 200)}`);
  }
  // filterUnicode: false keeps “” and —— as written (the default filter rewrites them)
  const body = doc.getBody({ filterUnicode: false });
  const out = { messages: [] as Message[] };
  const blocks = tabRowBlocks(body.replace(/[\u0007\u000b\u000c]/g, '\n'), out, rows);
  return { format: 'doc', blocks, meta: {}, script: 'simplified', messages: out.messages };
}

/**
 * Puts list labels into the body text at their paragraphs' starts (character positions from the piece
 * table), before word-extractor assembles the body; later pieces and the body's length move on by as much.
 */
function insertLabels(ex: OleExtractor, paras: DocPara[], numbering: DocNumbering): void {
  const pieces = ex._pieces;
  const cpOf = (fc: number) => {
    const p = pieces.find((x) => fc >= x.startFilePos && fc < x.endFilePos);
    return p ? p.startCp + (fc - p.startFilePos) / p.bpc : -1;
  };
  const inserts = paras.filter((p) => p.ilfo > 0).map((p) => ({ cp: cpOf(p.fc), p }))
    .filter((x) => x.cp >= 0 && x.cp < ex._boundaries.ccpText && Number.isInteger(x.cp)).sort((a, b) => a.cp - b.cp)
    .map((x) => ({ cp: x.cp, text: numbering.label(x.p.ilfo, x.p.ilvl) ?? '' })).filter((x) => x.text);
  for (let i = inserts.length - 1; i >= 0; i--) {
    const { cp, text } = inserts[i];
    const k = pieces.findIndex((x) => cp >= x.startCp && cp < x.endCp);
    if (k < 0) continue;
    const piece = pieces[k];
    piece.text = piece.text.slice(0, cp - piece.startCp) + text + piece.text.slice(cp - piece.startCp);
    piece.length += text.length;
    piece.endCp += text.length;
    for (const later of pieces.slice(k + 1)) { later.startCp += text.length; later.endCp += text.length; }
    ex._boundaries.ccpText += text.length;
  }
}
