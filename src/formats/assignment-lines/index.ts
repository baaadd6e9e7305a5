// 1.任务正文。
// 牵头领导:X            or   (牵头单位:X;责任单位:Y)   or   (X牵头,Y配合)
// 牵头单位:Y                 — the assignment stands on lines of its own after the item's text.
import { KEY_LINE, STOP_LINE } from '../../assign/keys.js';
import { isUnit } from '../../recognize/unit.js';
import { readMarker } from '../../segment/markers.js';
import { bracketDepth, trimSet } from '../../text.js';
import { emptyAssignment, merge, parseKeyed, parseProse } from '../../assign/parse.js';
import { readBlock, readClause } from '../../recognize/clause.js';
import { memo } from '../../memo.js';
import { msg, type TextLine } from '../../model.js';
import type { Message } from '../../schema.js';
import type { Item } from '../../segment/index.js';
import { endOf, itemLines, shareParsed, titleAndText, trailingBracket } from '../shared.js';
import type { ItemFormat, ItemParse } from '../types.js';

const BRACKETED = /^[((\[【〔].*[))\]】〕][。.;;]?$/u;
const OPENS_LINE = /^[((\[【〔]/u;
const BARE_PROSE = /^[^。,,]{2,40}牵头[,,;;、]?.*(配合|参与|协同|协助|负责)[。.]?$/u;

/** "(X牵头,Y配合)" on a line of its own, or the same unbracketed when short and clearly an assignment. */
function proseLine(text: string): boolean {
  if (BRACKETED.test(text)) return readBlock(unbracket(text), { bareList: true }) !== null;
  return text.length <= 80 && ((BARE_PROSE.test(text) && parseProse(text) !== null) || readClause(text) !== null);
}

const unbracket = (text: string) => text.replace(/^[((\[【〔]|[))\]】〕][。.;;]?$/gu, '');

/** Asked of every line after an item's head, several times (finding, taking, joining): kept per document. */
const isAssignmentLine = memo((text: string): boolean => KEY_LINE.test(text) || proseLine(text));

/** Inside a block, a 项目责任人: / 实际完成情况: line is passed over (it assigns nothing but ends no block). */
const inBlock = (text: string) => isAssignmentLine(text) || STOP_LINE.test(text);

const ENDS_OPEN = /[::、,,]$/u;

/** A key line whose value is empty, ends in a separator or leaves a bracket open continues on the next line. */
function continues(text: string, depth = bracketDepth(text)): boolean {
  return ENDS_OPEN.test(text) || (depth > 0 && !OPENS_LINE.test(text));
}

export const assignmentLines: ItemFormat = {
  kind: 'item',
  meta: { id: 'assignment-lines', description: 'numbered items followed by 牵头领导:/牵头单位:/责任单位: lines or a bracketed assignment line' },
  detect(units) { return shareParsed(this, units); },
  parseItem(item: Item, limit = Infinity): ItemParse | null {
    const lines = withSharedLabelHeads(itemLines(item));
    // the parse consumes at least the lines up to the first assignment line
    let first = -1;
    for (let i = 1; i < lines.length && i <= limit; i++) if (isAssignmentLine(lines[i].text)) { first = i; break; }
    if (first < 0) return null;
    if (lines.slice(0, first).some((l) => { const b = trailingBracket(l.text); return b && b.start > 0 && parseKeyed(b.inner); })) return null;
    const taken: TextLine[] = [];
    let j = first, depth = 0;
    while (j < lines.length) {
      const key = inBlock(lines[j].text);
      if (!key && !(taken.length && (continues(taken[taken.length - 1].text, depth) || wrapsName(taken[taken.length - 1].text, lines[j].text)))) break;
      depth = (key ? 0 : depth) + bracketDepth(lines[j].text);
      taken.push(lines[j]);
      j++;
    }
    const assignment = emptyAssignment();
    const messages: Message[] = [];
    for (const line of joinContinued(taken)) {
      const inner = OPENS_LINE.test(line.text) ? line.text.replace(/^[((\[【〔]|[))\]】〕][。.;;]?$/gu, '') : line.text;
      merge(assignment, KEY_LINE.test(line.text) ? parseKeyed(inner)
        : OPENS_LINE.test(line.text) ? readBlock(inner, { bareList: true }) : (parseProse(inner) ?? readClause(inner)));
      if (/^[((\[【〔]/u.test(line.text) && !/[))\]】〕][。.;;]?$/u.test(line.text)) {
        messages.push(msg('warning', 'unclosed-assignment', line.pos, 'assignment line opened with a bracket is never closed; read to end of line'));
      }
    }
    // a progress, outcome or remarks field before the assignment (工作成果:…, 进展情况:…) is no task text
    let body = first;
    for (let i = 1; i < first; i++) if (STOP_LINE.test(lines[i].text.trim())) { body = i; break; }
    const { title, text } = titleAndText(lines.slice(0, body).map((l) => l.text));
    return { parser: this.meta.id, title, text, assignment, consumed: j - 1, end: endOf(lines[j - 1]), messages };
  },
};

/** A sub-label alone (人:, 领导:, 单位:, 部门:) under a form's label cell merged over two rows. */
const SUB_LABEL = /^(单位|部门|领导|人)\s*[::]/u;
const HEADED_LABEL = /^(\p{Script=Han}{1,4}?)(单位|部门|领导|人)\s*[::]/u;

/**
 * A form whose label cell is merged over two sub-labels (责任 over 单位 / 人) prints the merged part with the
 * first row only: "责任单位:X" then "人:Y". The bare sub-label takes the head of the key line above it
 * (责任人:Y), when that makes a key; otherwise the lines are left as they are.
 */
function withSharedLabelHeads(lines: TextLine[]): TextLine[] {
  let out: TextLine[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    const sub = SUB_LABEL.exec(t);
    if (!sub) continue;
    const above = (out ?? lines)[i - 1].text.trim();
    const head = HEADED_LABEL.exec(above);
    if (!head || head[2] === sub[1] || !KEY_LINE.test(above) || !KEY_LINE.test(head[1] + t)) continue;
    out ??= [...lines];
    out[i] = { ...lines[i], text: head[1] + t };
  }
  return out ?? lines;
}

/**
 * A unit's name broken by a hard line wrap ("牵头单位:区委组织部、园区党工" / "委", "…、县" / "住建局、…"): the next
 * line is a short fragment that makes the list's last entry a whole unit name, which it was not without it; or the
 * list goes on after a break before its separator ("…、县交通运输局" / "、县水利局、…").
 */
function wrapsName(text: string, next: string): boolean {
  const n = trimSet(next.trim(), '。.;;', 'end');
  if (!n || readMarker(n) || KEY_LINE.test(n)) return false;
  // a line opening with the list's separator (、县水利局、…) goes on with the list above: no line of its own starts so
  if (/^[、,,]/u.test(n)) return isUnit(text.split(/[::、,,;;]/u).pop()?.trim() ?? '') && n.slice(1).split(/[、,,;;]/u).every((r) => isUnit(r.trim()));
  // "委、各街道党工委": the fragment may be followed by more names of the same list, never by running text
  const [head, ...rest] = n.split(/[、,,;;]/u);
  if (!head || head.length > 8 || /[。::()()]/u.test(head) || !rest.every((r) => isUnit(r.trim()))) return false;
  const tail = text.split(/[::、,,;;]/u).pop()?.trim() ?? '';
  // (a tail of one character, 县 / 市, is a name's first character the wrap cut off: no unit is one character)
  return tail.length >= 1 && !isUnit(tail) && isUnit(tail + head);
}

/** Glues continuation lines onto the key line they continue (bracket depth carried along: no re-scans). */
function joinContinued(lines: TextLine[]): TextLine[] {
  const out: Array<{ line: TextLine; parts: string[]; depth: number; opens: boolean }> = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const last = prev?.parts[prev.parts.length - 1] ?? '';
    const open = prev && (ENDS_OPEN.test(last) || (prev.depth > 0 && !prev.opens) || wrapsName(last, line.text));
    if (prev && open && !isAssignmentLine(line.text)) {
      prev.parts.push(line.text);
      prev.depth += bracketDepth(line.text);
    } else {
      out.push({ line, parts: [line.text], depth: bracketDepth(line.text), opens: OPENS_LINE.test(line.text) });
    }
  }
  return out.map((g) => (g.parts.length === 1 ? g.line : { ...g.line, text: g.parts.join('') }));
}
