// Plain text -> one line block per source line, positions 1-based in the decoded text.
import type { DocModel, TextLine } from '../model.js';

export function extractText(text: string): DocModel {
  const blocks: TextLine[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) blocks.push({ kind: 'line', text: lines[i], pos: { line: i + 1, column: 1 } });
  return { format: 'text', blocks, meta: {}, script: 'simplified', messages: [] };
}
