// 1.任务正文。(X牵头,Y配合) / (X、Y负责) / …的问题,由X会同Y负责。 — the assignment is a sentence.
import { parseProse } from '../../assign/parse.js';
import { innerBlocks, keyedClauses, plausibleNames, readBlock, readClause } from '../../recognize/clause.js';
import { msg } from '../../model.js';
import type { Item } from '../../segment/index.js';
import { endOf, itemLines, shareParsed, titleAndText, trailingBracket, withInnerBlocks } from '../shared.js';
import type { ItemFormat, ItemParse } from '../types.js';

/** The closing clause "…,由X会同Y研究提出落实意见。" */
/** A paragraph longer than this is no single task: its inner blocks are not looked for. */
const MAX_INNER = 4000;
// (此项工作由X负责 / 具体由X负责: a clause that opens by saying whose the work is)
const BY_CLAUSE = /[,,。;;]\s*((?:(?:此项|该项|本项|上述|以上)(?:工作|任务)?|具体|均)?由[^,,。;;]*?(?:会同|牵头|负责)[^。]*?)[。.]?$/u;

export const proseAssignment: ItemFormat = {
  kind: 'item',
  meta: { id: 'prose-assignment', description: 'assignments written as prose: (X牵头,Y配合), (X负责), 由X会同Y负责' },
  detect(units) { return shareParsed(this, units); },
  parseItem(item: Item, limit = Infinity): ItemParse | null {
    const lines = itemLines(item);
    const textBefore = (i: number) => lines.slice(0, i).map((l) => l.text); // built once, on success
    for (let i = 0; i < lines.length && i <= limit; i++) {
      const line = lines[i];
      const closed = trailingBracket(line.text);
      if (closed && closed.start > 0) {
        // (X牵头,Y配合) / (X、Y负责) / a bare list of units (市工信委、市财政局)
        const found = readBlock(closed.inner, { bareList: true });
        if (found) {
          // a closing bare list (no role word): the item's inner bare lists are its assignments too
          const inner = withInnerBlocks(line.text.slice(0, closed.start), found, { bareList: !readBlock(closed.inner) });
          const { title, text } = titleAndText([...textBefore(i), inner.text]);
          return { parser: this.meta.id, title, text, assignment: inner.assignment, consumed: i, end: endOf(line), messages: [] };
        }
      }
      const by = line.text.includes('由') ? BY_CLAUSE.exec(line.text) : null; // (exact pre-check: the clause holds 由)
      if (by) {
        const assignment = readClause(by[1]) ?? parseProse(by[1]);
        if (assignment && plausibleNames(assignment)) {
          const { title, text } = titleAndText([...textBefore(i), line.text.slice(0, by.index)]);
          // (…机制,由X、Y等分工负责: the clause runs on inside the sentence, as a story tells who does what; a sentence
          // of its own after a full stop, 。由X牵头,Y配合, is how a notice assigns)
          const narrated = line.text[by.index] === ',' || line.text[by.index] === ',';
          return { parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line), messages: [], narrated };
        }
      }
      // "…增长8%(…),责任单位为区经信局;": clauses that open with their role word, the line ending in one
      const keyed = keyedClauses(line.text);
      if (keyed) {
        const { title, text } = titleAndText([...textBefore(i), keyed.text]);
        return { parser: this.meta.id, title, text, assignment: keyed.assignment, consumed: i, end: endOf(line), messages: [] };
      }
      // "…建设。市发改委牵头,市财政局配合。": a closing sentence made only of names and role words
      // (or closing clauses after a comma, "…完成投资300亿元,市发改委负责。", on the item's last line)
      const tail = closingSentence(line.text) ?? (i === lines.length - 1 ? closingClauses(line.text) : null);
      if (tail) {
        // "…3家。(区发改委主办,区科技局协办": a block whose closing bracket is missing is read to the end of the line
        const unclosed = UNCLOSED_OPEN.test(tail.text);
        const assignment = readClause(unclosed ? tail.text.replace(UNCLOSED_OPEN, '') : tail.text);
        if (assignment) {
          const { title, text } = titleAndText([...textBefore(i), line.text.slice(0, tail.start)]);
          const messages = unclosed ? [msg('warning', 'unclosed-assignment', { line: line.pos.line, column: line.pos.column + tail.start },
            'assignment block is never closed; read to end of line')] : [];
          return { parser: this.meta.id, title, text, assignment, consumed: i, end: endOf(line), messages };
        }
      }
    }
    // blocks inside the paragraph, none at its end: "…体系(省科技厅牵头)。在…(省发改委等负责),建设…"
    if (lines.length - 1 > limit) return null; // that reading consumes every line
    const whole = lines.map((l) => l.text).join('');
    const inner = whole.length <= MAX_INNER ? innerBlocks(whole) : null;
    if (inner) {
      const last = lines[lines.length - 1];
      const { title, text } = titleAndText([inner.text]);
      return { parser: this.meta.id, title, text, assignment: inner.assignment, consumed: lines.length - 1, end: endOf(last), messages: [] };
    }
    return null;
  },
};

/** An opening bracket with no closing one after it. */
const UNCLOSED_OPEN = /^\s*[((\[【〔](?=[^))\]】〕]*$)/u;

/** A role word that closes an assignment clause (X牵头 / Y配合 / Z负责落实). */
const ROLE_END = /(?:牵头|负责|配合|参与|协办|主办|落实|实施)$/u;

/**
 * The last clauses of a line after a comma (one to three) when together they read as names with their roles
 * and the last ends in a role word: "…,市发改委负责" / "…,市招商局牵头,各县区政府具体负责". The text before stays.
 */
function closingClauses(line: string): { text: string; start: number } | null {
  const body = line.replace(/[。.;;]\s*$/u, '');
  // (a line that is all assignment, 由X,Y负责落实, is a line of its own: the formats that read such lines take it)
  if (!ROLE_END.test(body) || readClause(body)) return null;
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if ('((《“'.includes(c)) depth++;
    else if ('))》”'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ',')) cuts.push(i);
  }
  // (the longest run that reads first: 市招商局牵头,各县区政府具体负责 is one assignment)
  for (let k = Math.max(0, cuts.length - 3); k < cuts.length; k++) {
    const start = cuts[k] + 1;
    if (cuts[k] < 4 || body.length - start > 80) continue;
    const a = readClause(body.slice(start));
    if (a && (a.leadUnits.length || a.coUnits.length)) return { text: body.slice(start), start: cuts[k] };
  }
  return null;
}

/** The last sentence of a line, after a full stop, when the line has more before it. */
function closingSentence(line: string): { text: string; start: number } | null {
  const body = line.replace(/[。.]\s*$/u, '');
  const stop = Math.max(body.lastIndexOf('。'), body.lastIndexOf(';'), body.lastIndexOf(';'));
  if (stop <= 0 || body.length - stop > 120) return null;
  return { text: body.slice(stop + 1), start: stop + 1 };
}
