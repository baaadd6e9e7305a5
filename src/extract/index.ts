// text / HTML / docx -> DocModel. Heavy parsers load only when a file needs them.
import type { Decoded, DocModel } from '../model.js';
import { extractText } from './text.js';

export async function extract(decoded: Decoded): Promise<DocModel> {
  let doc: DocModel;
  switch (decoded.format) {
    case 'html': doc = (await import('./html.js')).extractHtml(decoded.text); break;
    case 'docx': doc = await (await import('./docx.js')).extractDocx(decoded.bytes); break;
    default: doc = extractText(decoded.text);
  }
  if (decoded.messages?.length) doc.messages = [...decoded.messages, ...doc.messages];
  return doc;
}
