// 1.任务正文。(牵头领导:…;牵头单位:…;共同责任单位:…) — the assignment closes the item's line,
// in ( ) [ ] 〔 〕 or 【 】; a block whose closing bracket is missing is read to the end of the line.
import { KEY_ALTERNATION, KEY_LINE, keyRunAt, STOP_KEYS } from '../../assign/keys.js';
import { parseKeyed } from '../../assign/parse.js';
import { readBlock } from '../../recognize/clause.js';
import { msg } from '../../model.js';
import { charCodes, isSpaceCode, trimSet } from '../../text.js';
import type { Item } from '../../segment/index.js';
import { endOf, itemLines, shareParsed, titleAndText, trailingBracket, withInnerBlocks } from '../shared.js';
import type { ItemFormat, ItemParse } from '../types.js';

/** The patterns the code below reads (the specification; test/speed-prechecks.test.ts checks the code against them). */
export const OPEN_KEY_SOURCE = `[((\\[【〔]\\s*(?:${KEY_ALTERNATION})\\s*[::]`;
/** Keys written straight after the text, without brackets: "…建设。牵头单位:X;责任单位:Y", "…工程,牵头部门:X。" */
export const BARE_KEY_SOURCE = `(?<=[。;;.!!,,])\\s*(?:${KEY_ALTERNATION})\\s*[::]`;
/** A label that assigns nothing (整改目标, 备注: STOP_KEYS) after the text and before its keys: the text ends there. */
export const BARE_STOP_SOURCE = `(?<=[。;;.!!])\\s*(?:${STOP_KEYS.join('|')})\\s*[::]`;
const STOPS: ReadonlySet<string> = new Set(STOP_KEYS);
const OPENERS = charCodes('(([【〔');
const BARE_AFTER = charCodes('。;;.!!,,');
const STOP_AFTER = charCodes('。;;.!!');
const skipSpaces = (t: string, i: number) => { while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++; return i; };

/** Where the last match of OPEN_KEY_SOURCE starts (-1: none). Its matches cannot overlap (a key holds no bracket). */
export function lastOpenKey(t: string): number {
  for (let b = t.length - 1; b >= 0; b--) if (OPENERS.has(t.charCodeAt(b)) && keyRunAt(t, skipSpaces(t, b + 1), null, true) !== null) return b;
  return -1;
}
/** Where the first match of BARE_KEY_SOURCE (stops: BARE_AFTER, words: keys) or BARE_STOP_SOURCE starts (-1: none). */
export function firstBareKey(t: string, stops = false): number {
  for (let p = 1; p < t.length; p++) {
    if (!(stops ? STOP_AFTER : BARE_AFTER).has(t.charCodeAt(p - 1))) continue;
    if (keyRunAt(t, skipSpaces(t, p), stops ? STOPS : null, !stops) !== null) return p;
  }
  return -1;
}

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
        const keyed = parseKeyed(closed.inner);
        // (with the names a clause before the first key gives their role: 〔X等按职责分工负责。责任单位:Y。〕)
        const found = keyed && (readBlock(closed.inner) ?? keyed);
        if (found && closed.start > 0) {
          const inner = withInnerBlocks(line.text.slice(0, closed.start), found);
          const { title, text } = titleAndText([...lines.slice(0, i).map((l) => l.text), inner.text]);
          return { parser: this.meta.id, title, text, assignment: inner.assignment, consumed: i, end: endOf(line), messages: [] };
        }
      }
      // both key readings below need a colon on this line (most lines of a multi-line item have none)
      const colon = line.text.includes(':') || line.text.includes(':');
      const open = colon ? lastOpenKey(line.text) : -1;
      if (open > 0 && !closesAfter(line.text, open)) {
        const assignment = parseKeyed(line.text.slice(open + 1));
        if (!assignment) continue;
        const { title, text } = titleAndText([...lines.slice(0, i).map((l) => l.text), line.text.slice(0, open)]);
        const at = { line: line.pos.line, column: line.pos.column + open };
        return {
          parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line),
          messages: [msg('warning', 'unclosed-assignment', at,
            `assignment block opened with ${line.text[open]} is never closed; read to end of line`)],
        };
      }
      const bare = colon ? firstBareKey(line.text) : -1;
      if (bare >= 0) {
        const assignment = parseKeyed(line.text.slice(bare));
        if (!assignment) continue;
        const stop = firstBareKey(line.text.slice(0, bare), true);
        const before = trimSet(line.text.slice(0, stop >= 0 ? stop : bare), ',,', 'end'); // "…工程,牵头部门:": the comma leads into the key
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
