// 1.任务正文。(牵头领导:…;牵头单位:…;共同责任单位:…) — the assignment closes the item's line,
// in ( ) [ ] 〔 〕 or 【 】; a block whose closing bracket is missing is read to the end of the line.
import { KEY_ALTERNATION, KEY_LINE, STOP_KEYS } from '../../assign/keys.js';
import { parseKeyed } from '../../assign/parse.js';
import { msg } from '../../model.js';
import { trimSet } from '../../text.js';
import type { Item } from '../../segment/index.js';
import { endOf, itemLines, shareParsed, titleAndText, trailingBracket, withInnerBlocks } from '../shared.js';
import type { ItemFormat, ItemParse } from '../types.js';

const OPEN_KEY = new RegExp(`[((\\[【〔]\\s*(?:${KEY_ALTERNATION})\\s*[::]`, 'gu');
/** Keys written straight after the text, without brackets: "…建设。牵头单位:X;责任单位:Y", "…工程,牵头部门:X。" */
const BARE_KEY = new RegExp(`(?<=[。;;.!!,,])\\s*(?:${KEY_ALTERNATION})\\s*[::]`, 'u');
/** A label that assigns nothing (整改目标, 备注: STOP_KEYS) after the text and before its keys: the text ends there. */
const BARE_STOP = new RegExp(`(?<=[。;;.!!])\\s*(?:${STOP_KEYS.join('|')})\\s*[::]`, 'u');

export const inlineAssignment: ItemFormat = {
  kind: 'item',
  meta: { id: 'inline-assignment', description: 'numbered items ending in a bracketed (牵头领导:…;牵头单位:…) block' },
  detect(units) { return shareParsed(this, units); },
  parseItem(item: Item, limit = Infinity): ItemParse | null {
    const lines = itemLines(item);
    // every reading below needs a key and its colon (parseKeyed, OPEN_KEY, BARE_KEY): none, no parse
    if (!lines.some((l) => l.text.includes(':') || l.text.includes(':'))) return null;
    for (let i = 0; i < lines.length && i <= limit; i++) {
      const line = lines[i];
      if (i > 0 && KEY_LINE.test(line.text)) return null; // assignment on lines of its own: another format
      const closed = trailingBracket(line.text);
      if (closed) {
        const found = parseKeyed(closed.inner);
        if (found && closed.start > 0) {
          const inner = withInnerBlocks(line.text.slice(0, closed.start), found);
          const { title, text } = titleAndText([...lines.slice(0, i).map((l) => l.text), inner.text]);
          return { parser: this.meta.id, title, text, assignment: inner.assignment, consumed: i, end: endOf(line), messages: [] };
        }
      }
      // both key readings below need a colon on this line (most lines of a multi-line item have none)
      const colon = line.text.includes(':') || line.text.includes(':');
      const open = colon ? [...line.text.matchAll(OPEN_KEY)].pop() : undefined;
      if (open && open.index! > 0 && !closesAfter(line.text, open.index!)) {
        const assignment = parseKeyed(line.text.slice(open.index! + 1));
        if (!assignment) continue;
        const { title, text } = titleAndText([...lines.slice(0, i).map((l) => l.text), line.text.slice(0, open.index!)]);
        const at = { line: line.pos.line, column: line.pos.column + open.index! };
        return {
          parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line),
          messages: [msg('warning', 'unclosed-assignment', at,
            `assignment block opened with ${line.text[open.index!]} is never closed; read to end of line`)],
        };
      }
      const bare = colon ? BARE_KEY.exec(line.text) : null;
      if (bare) {
        const assignment = parseKeyed(line.text.slice(bare.index));
        if (!assignment) continue;
        const stop = BARE_STOP.exec(line.text.slice(0, bare.index));
        const before = trimSet(line.text.slice(0, stop ? stop.index : bare.index), ',,', 'end'); // "…工程,牵头部门:": the comma leads into the key
        const { title, text } = titleAndText([...lines.slice(0, i).map((l) => l.text), before]);
        return { parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line), messages: [] };
      }
    }
    return null;
  },
};

function closesAfter(text: string, open: number): boolean {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ('((〈《[【〔'.includes(text[i])) depth++;
    else if ('))〉》]】〕'.includes(text[i]) && --depth === 0) return true;
  }
  return false;
}
