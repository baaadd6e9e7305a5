// Word 97-2003 .doc and Kingsoft .wps (the same OLE binary format) -> DocModel, through word-extractor
// (loaded only for such files). Its body text keeps table rows as tab-separated cells. Position: line
// of that text, column 1.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';
import type { Message } from '../schema.js';
import { tabRowBlocks } from './tab-rows.js';

interface WordDocument { getBody(o?: { filterUnicode?: boolean }): string; getHeaders?(o?: object): string }
type Extractor = new () => { extract(b: Buffer): Promise<WordDocument> };

export async function extractDoc(bytes: Buffer): Promise<DocModel> {
  const WordExtractor = createRequire(import.meta.url)('word-extractor') as Extractor;
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (/encrypt|password/i.test(why)) throw new InputError('the Word document is encrypted (password-protected): save an unprotected copy');
    throw new InputError(`cannot read the Word 97-2003 (.doc/.wps) document: ${why.slice(0, 200)}`);
  }
  // filterUnicode: false keeps “” and —— as written (the default filter rewrites them)
  const body = doc.getBody({ filterUnicode: false });
  const out = { messages: [] as Message[] };
  const blocks = tabRowBlocks(body.replace(/[\u0007\u000b\u000c]/g, '\n'), out);
  return { format: 'doc', blocks, meta: {}, script: 'simplified', messages: out.messages };
}
