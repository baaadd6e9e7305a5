// Decoded input -> DocModel. Every reader but plain text loads only when a file needs it, so a text
// file starts as fast as before: HTML (parse5, cheerio/slim), docx (own zip/XML), .doc/.wps
// (word-extractor), RTF (own), .xlsx/.xls/.et (SheetJS), PDF (pdfjs-dist), OFD (own zip/XML).
import type { Decoded, DocModel } from '../model.js';
import { extractText } from './text.js';

export async function extract(decoded: Decoded): Promise<DocModel> {
  let doc: DocModel;
  switch (decoded.format) {
    case 'html': doc = (await import('./html.js')).extractHtml(decoded.text); break;
    case 'docx': doc = await (await import('./docx.js')).extractDocx(decoded.bytes); break;
    case 'doc': doc = await (await import('./doc.js')).extractDoc(decoded.bytes); break;
    case 'rtf': doc = (await import('./rtf.js')).extractRtf(decoded.bytes); break;
    case 'xlsx': case 'xls': doc = (await import('./sheet.js')).extractSheet(decoded.bytes, decoded.format); break;
    case 'pdf': doc = await (await import('./pdf.js')).extractPdf(decoded.bytes); break;
    case 'ofd': doc = (await import('./ofd.js')).extractOfd(decoded.bytes); break;
    default: doc = extractText(decoded.text);
  }
  if (decoded.messages?.length) doc.messages = [...decoded.messages, ...doc.messages];
  return doc;
}
