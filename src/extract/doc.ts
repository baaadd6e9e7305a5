// Word 97-2003 .doc and Kingsoft .wps (the same OLE binary format) -> DocModel, through word-extractor
// (loaded only for such files). Its body text keeps table rows as tab-separated cells; the rows' cell
// edges and merge flags come from the binary's own row properties (src/extract/doc-rows), so merged
// cells are expanded as the .docx reader does. Position: line of the extracted text, column 1.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';
import type { Message } from '../schema.js';
import { type DocRow, docRows } from './doc-rows.js';
import { tabRowBlocks } from './tab-rows.js';

interface WordDocument { getBody(o?: { filterUnicode?: boolean }): string }
interface OleExtractorClass { new (): { extract(reader: unknown): Promise<WordDocument>; writeParagraphProperties(b: Buffer, t: Buffer): void } }
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
      rows = docRows(word, table);
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
