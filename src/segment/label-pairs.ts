// Tasks printed as label–value pairs, one a line, cells between "|" (a table of two columns rendered
// as text):  重点工作: | 135.统筹违法建设治理… |   牵头单位: | 市城市管理综合执法局 |   进展情况: | … |
// A task label's value becomes the task's own line, a key's value a key line; a progress or plan label
// and the lines that continue its value are no part of the task.
import { KEY_LINE } from '../assign/keys.js';
import type { Block } from '../model.js';
import { columnRole } from './cell-tables.js';

const PAIR = /^([^:：|]{2,20}?)\s*[::]\s*\|\s*(.*?)\s*\|?\s*$/u;

/** "label: | value |" alone on its line (not an info table's "索引号: | … | 成文日期: | … |"). */
function pairOf(text: string): RegExpExecArray | null {
  const m = PAIR.exec(text);
  return m && !/[::]\s*\|/u.test(m[2]) ? m : null;
}

export function readLabelPairs(blocks: Block[]): Block[] {
  // the layout holds a task label and an assignment key among its pairs, or it is not this layout
  let task = false, key = false;
  for (const b of blocks) {
    const m = b.kind === 'line' ? pairOf(b.text) : null;
    if (!m) continue;
    if (KEY_LINE.test(`${m[1]}:`)) key = true;
    else if (columnRole(m[1]) === 'text') task = true;
  }
  if (!task || !key) return blocks;
  const out: Block[] = [];
  let dropping = false;
  for (const b of blocks) {
    if (b.kind !== 'line') { dropping = false; out.push(b); continue; }
    const m = pairOf(b.text);
    if (!m) {
      if (!dropping) out.push(b);
      continue;
    }
    const [, label, value] = m;
    const at = b.text.indexOf(value, m[1].length);
    const pos = { line: b.pos.line, column: b.pos.column + Math.max(0, at) };
    const role = columnRole(label);
    dropping = false;
    if (KEY_LINE.test(`${label}:`)) out.push({ kind: 'line', text: `${label.trim()}:${value}`, pos: b.pos });
    else if (role === 'text' || role === 'title') { if (value) out.push({ kind: 'line', text: value, pos }); }
    else if (role === 'other') dropping = true;
    else out.push(b);
  }
  return out;
}
