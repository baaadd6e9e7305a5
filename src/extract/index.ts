// text / HTML / docx -> DocModel. Heavy parsers load only when a file needs them.
import type { Decoded, DocModel } from '../model.js';
import { extractText } from './text.js';

export async function extract(decoded: Decoded): Promise<DocModel> {
  switch (decoded.format) {
    case 'html': return (await import('./html.js')).extractHtml(decoded.text);
    case 'docx': return (await import('./docx.js')).extractDocx(decoded.bytes);
    default: return extractText(decoded.text);
  }
}
