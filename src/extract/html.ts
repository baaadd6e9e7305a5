// Placeholder until the HTML extractor lands (issue 3): tags stripped to lines.
import type { DocModel } from '../model.js';
import { extractText } from './text.js';

export function extractHtml(html: string): DocModel {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n').replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { ...extractText(text), format: 'html' };
}
