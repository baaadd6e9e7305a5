// Assignment text -> fields. Two shapes: "key:value" lists and prose ("X牵头,Y配合", "由X会同Y负责").
import { fieldOfKey, isColonCode, isGeneric, KEY_ALTERNATION, KEY_MAX, KNOWN_KEY_ALTERNATION, STOP_KEYS, type KeyField } from './keys.js';
import { memo } from '../memo.js';
import { append, charCodes, hasAny, isHanCode, isSpaceCode, trimSet } from '../text.js';
import { FIRST_IS_LEAD, splitNames, splitTopLevel } from '../units.js';
import { QUALIFIER_RUN } from '../recognize/lexicon.js';

export interface Assignment {
  leaders: string[];
  leadUnits: string[];
  coUnits: string[];
  deadline: string | null;
  /** Units listed under 责任单位 (not 配合单位): the ones a "first unit leads" rule applies to. */
  responsible: boolean;
  /** The text states that the first listed unit leads (首位单位为牵头单位). */
  firstIsLead: boolean;
  /** Units listed under a 责任单位 key or column, told apart from co-units (配合单位) when the notice has both. */
  responsibleUnits?: string[];
  /** Co-units came under a 配合 / 协办 / 协同 / 参与 key or column. */
  coKey?: boolean;
}

export const emptyAssignment = (): Assignment =>
  ({ leaders: [], leadUnits: [], coUnits: [], deadline: null, responsible: false, firstIsLead: false });

export const hasAssignment = (a: Assignment | null | undefined): a is Assignment =>
  !!a && (a.leaders.length > 0 || a.leadUnits.length > 0 || a.coUnits.length > 0 || a.deadline !== null);

/** Words that make a sentence an assignment (X牵头, Y负责, 由X会同Y). */
export const PROSE_WORD = /牵头|负责|配合|会同|协办/u;

/** Keys and the labels that only end a value (STOP_KEYS), for cutting a keyed text into its values. */
// (a known key glued to the value before it, as pages that lost their line breaks print them:
// 牵头领导:刘兴达牵头单位:市财政局责任单位:…)
const STOPS = [...STOP_KEYS].sort((a, b) => b.length - a.length).join('|');
/**
 * What the key scans match, as regular expressions: the specification the code below follows (and
 * test/speed-prechecks.test.ts checks it against). They are never compiled on the way: each is an
 * alternation of ~100 words with lookbehinds, and compiling the two took ~2.5 ms of a one-file run.
 */
export const KEY_AT_SOURCE = `(?:^|(?<=[;;,,。\\s((\\[【〔]))(${KEY_ALTERNATION})\\s*[::]`;
export const KEY_OR_STOP_SOURCE = `(?:(?:^|(?<=[;;,,。\\s((\\[【〔]))(${STOPS}|${KEY_ALTERNATION})|(?<=\\p{Script=Han})(${STOPS}|${KNOWN_KEY_ALTERNATION}))\\s*[::]`;
const KNOWN_KEY: ReadonlySet<string> = new Set(KNOWN_KEY_ALTERNATION.split('|'));
const STOP_WORDS: ReadonlySet<string> = new Set(STOP_KEYS);
const KEY_SEPS = charCodes(';;,,。(([【〔');
/** A key of the first kind may open at p: at the start, or after white space or one of KEY_SEPS (the lookbehind). */
const opensKey = (text: string, p: number) => {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  return isSpaceCode(c) || KEY_SEPS.has(c);
};
/** The code point before p is Han (the lookbehind (?<=\p{Script=Han}), surrogate pairs read whole). */
function hanBefore(text: string, p: number): boolean {
  if (p === 0) return false;
  const c = text.charCodeAt(p - 1);
  if (c >= 0xdc00 && c <= 0xdfff && p >= 2) {
    const h = text.charCodeAt(p - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isHanCode(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return isHanCode(c);
}

/**
 * The first match of KEY_OR_STOP_SOURCE at or after start, as exec gives it ([0] the key, white space and
 * colon; [1] a key after a separator, [2] a known key or stop glued to the Han before it). Every match is a
 * key, white space and a colon, and no key holds either, so a key is the whole run of other characters
 * before a colon's white space (at most KEY_MAX code units): for each colon in turn, the runs ending there
 * are tried from the leftmost, as the regex's scan tries them; at one start at most one word fits
 * (a word fits only the whole run), and GENERIC, tried after the words, reads the same run.
 */
function keyOrStopFrom(text: string, start: number): RegExpExecArray | null {
  let m: Array<string | undefined> | null = null;
  const at = firstKeyRun(text, start, (p, w, q) => {
    const word = text.slice(p, w);
    const listed = STOP_WORDS.has(word) || KNOWN_KEY.has(word);
    if (opensKey(text, p) && (listed || isGeneric(word))) m = [text.slice(p, q + 1), word, undefined];
    else if (listed && hanBefore(text, p)) m = [text.slice(p, q + 1), undefined, word];
    return m !== null;
  });
  if (at < 0 || !m) return null;
  const r = m as unknown as RegExpExecArray;
  r.index = at;
  r.input = text;
  return r;
}

/**
 * The runs that may be a key: for each colon at or after start in turn, the runs of at most KEY_MAX code units
 * that end before its white space, from the leftmost; the start p of the first run `fits` accepts, or -1.
 */
function firstKeyRun(text: string, start: number, fits: (p: number, w: number, q: number) => boolean): number {
  for (let q = start; q < text.length; q++) {
    if (!isColonCode(text.charCodeAt(q))) continue;
    let w = q;
    while (w > start && isSpaceCode(text.charCodeAt(w - 1))) w--;
    for (let p = Math.max(start, w - KEY_MAX); p < w; p++) if (fits(p, w, q)) return p;
  }
  return -1;
}

/** [...text.matchAll(KEY_OR_STOP_SOURCE)], by code (keyOrStopFrom). */
export function keyHits(text: string): RegExpExecArray[] {
  const hits: RegExpExecArray[] = [];
  for (let from = 0, m = keyOrStopFrom(text, 0); m; m = keyOrStopFrom(text, from)) {
    hits.push(m);
    from = m.index + m[0].length; // (never empty: a match holds its colon)
  }
  return hits;
}
const EDGE_PUNCT = ';;,,、。.';

/** Whether KEY_AT_SOURCE matches: a key (a word or GENERIC) after a separator, before its colon. By code, as keyOrStopFrom. */
export function keyAt(text: string): boolean {
  return firstKeyRun(text, 0, (p, w) => {
    if (!opensKey(text, p)) return false;
    const word = text.slice(p, w);
    return KNOWN_KEY.has(word) || isGeneric(word);
  }) >= 0;
}

/** The text names an assignment key ("牵头单位:" after a separator). */
export function hasKey(text: string): boolean {
  return text.includes(':') && keyAt(text); // (exact pre-check: every key ends in its colon)
}

/** A copy whose lists may be changed without changing the original (answers kept by src/memo.ts). */
export const copyAssignment = (a: Assignment): Assignment => ({
  ...a, leaders: [...a.leaders], leadUnits: [...a.leadUnits], coUnits: [...a.coUnits],
  ...(a.responsibleUnits ? { responsibleUnits: [...a.responsibleUnits] } : {}),
});

const keyed = memo(readKeyed);

/** Parses "牵头领导:X;牵头单位:Y,Z;责任单位:W" (any order, ; or , between keys). Null when no key.
 * Kept per document (every item format reads the same blocks); each caller gets its own copy. */
export function parseKeyed(text: string): Assignment | null {
  const a = keyed(text);
  return a && copyAssignment(a);
}

function readKeyed(text: string): Assignment | null {
  if (!hasKey(text)) return null;
  const hits = keyHits(text);
  if (hits.length === 0) return null;
  const a = emptyAssignment();
  if (FIRST_IS_LEAD.test(text)) a.firstIsLead = true;
  for (let i = 1; i < hits.length; i++) {
    // a generic label after a value that ends in a known key (…市长,副市长责任单位:): the value's last name,
    // glued to the key, goes back to the value (牵头领导:市长,副市长 | 责任单位:)
    const key = hits[i][1];
    // (only inside a list, after a comma: after ; a qualified label stands whole, 协同责任单位:)
    if (!key || fieldOfKey(key) === undefined || KNOWN_KEY.has(key) || !/[,,]/u.test(text[hits[i].index! - 1] ?? '')) continue;
    const known = [...KNOWN_KEY].find((k) => k.length < key.length && key.endsWith(k));
    if (!known) continue;
    const shift = key.length - known.length;
    const moved = [...hits[i]] as unknown as RegExpExecArray;
    moved[0] = hits[i][0].slice(shift); moved[1] = known; moved.index = hits[i].index! + shift;
    hits[i] = moved;
  }
  for (let i = 0; i < hits.length; i++) {
    const start = hits[i].index! + hits[i][0].length;
    const end = i + 1 < hits.length ? hits[i + 1].index! : text.length;
    const value = trimSet(balance(text.slice(start, end)), EDGE_PUNCT);
    const key = hits[i][1] ?? hits[i][2];
    const field = fieldOfKey(key);
    if (field) addField(a, field, value, key);
  }
  return a;
}

/** Drops a closing bracket that has no opening one inside the value (the block's own closer). */
function balance(v: string): string {
  let depth = 0, out = '';
  for (const ch of v) {
    if ('((〈《[【〔'.includes(ch)) depth++;
    else if ('))〉》]】〕'.includes(ch)) {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return out;
}

function addField(a: Assignment, field: KeyField, value: string, key: string): void {
  if (!value) return;
  if (field === 'deadline') { a.deadline = a.deadline ? `${a.deadline};${value}` : value; return; }
  if (field === 'prose' || (field !== 'leaders' && hasAny(value, PROSE_VALUE_WORDS) && PROSE_VALUE.test(value))) {
    // "牵头单位:X、Y;各相关部门按职责分工负责": the key's own names, then a sentence of roles of its own after a
    // semicolon; the key still names the first part's role
    const parts = field === 'prose' ? [] : splitTopLevel(value, ';;');
    if (parts.length > 1 && parts[0].trim() && !PROSE_WORD.test(parts[0])) {
      const rest = parseProse(parts.slice(1).join(';'));
      if (rest) { addField(a, field, parts[0].trim(), key); merge(a, rest); a.coUnits = a.coUnits.filter((u) => !a.leadUnits.includes(u)); return; }
    }
    const prose = parseProse(value);
    if (prose || field === 'prose') { merge(a, prose); return; }
  }
  const list = splitNames(value, field === 'leaders' ? 'leaders' : 'units');
  if (list.firstIsLead) a.firstIsLead = true;
  if (list.deadline) a.deadline ??= list.deadline;
  if (field === 'leaders') append(a.leaders, list.names);
  else if (field === 'leadUnits') append(a.leadUnits, list.names);
  else {
    const marked = new Set(list.marked);
    append(a.leadUnits, list.marked);
    append(a.coUnits, list.names.filter((n) => !marked.has(n)));
    if (/配合|协办|协同|参与|协助|协作|会办|共同/.test(key)) a.coKey = true;
    // (承办单位 carries the task out, as 责任单位 does: it leads where the notice names its 协办单位 apart)
    else if (/责任|负责|承办/.test(key)) {
      a.responsible = true;
      a.responsibleUnits = append(a.responsibleUnits ?? [], list.names.filter((n) => !marked.has(n)));
    }
  }
}

export function merge(into: Assignment, from: Assignment | null): Assignment {
  if (!from) return into;
  append(into.leaders, from.leaders);
  append(into.leadUnits, from.leadUnits);
  append(into.coUnits, from.coUnits);
  into.deadline ??= from.deadline;
  into.responsible ||= from.responsible;
  into.firstIsLead ||= from.firstIsLead;
  if (from.responsibleUnits?.length) into.responsibleUnits = append(into.responsibleUnits ?? [], from.responsibleUnits);
  into.coKey ||= from.coKey;
  return into;
}

/** A unit field written as a sentence: "责任单位:市发改委牵头,市财政局配合". 牵头 inside a name is not one. */
const PROSE_VALUE = /牵头(?:负责)?(?:[,,;;、]|$)|(?:配合|负责)$|^由.+会同/u;
const PROSE_VALUE_WORDS = ['牵头', '配合', '负责', '会同']; // (exact pre-check: each alternative needs one)

const MAX_PROSE = 300;
const WHEN = /^(\d{4}\s*年|年内|年底|年前|上半年|下半年|\d{1,2}\s*月|本年度|长期|持续|每年|每季度|及时|\d{4}-\d{4}年)/u;

const VERB_TAIL = new RegExp(`${QUALIFIER_RUN}(?:配合|参与|协助|协同|协办|负责|落实|办理|参加|推进)+$`, 'u');
const RESPONSIBLE_PROSE = new RegExp(`^(?:由)?(.+?)${QUALIFIER_RUN}负责(?:落实|办理|推进)?$`, 'u');
const LIST = (s: string) => splitNames(s, 'units').names;

const prose = memo(readProse);

/** "X牵头,Y配合" / "X、Y分别牵头" / "由X会同Y负责" / "X、Y负责". Null when the text is not an assignment. */
export function parseProse(raw: string): Assignment | null {
  const a = prose(raw);
  return a && copyAssignment(a);
}

function readProse(raw: string): Assignment | null {
  let s = trimSet(raw, '。.;;');
  // An assignment sentence is short and names who leads or who is responsible.
  if (!s || s.length > MAX_PROSE || !/牵头|负责|会同/u.test(s)) return null;
  const a = emptyAssignment();
  // "…按职责分工负责,2022年6月底前出台" / "…,年内持续推进": a closing clause that says when.
  const clauses = splitTopLevel(s, ',,;;');
  if (clauses.length > 1 && WHEN.test(clauses[clauses.length - 1].trim())) {
    a.deadline = clauses[clauses.length - 1].trim();
    s = s.slice(0, s.length - clauses[clauses.length - 1].length - 1).trim();
  }
  let m = s.includes('会同') && /^(?:由)?(.+?)会同(.+?)(?:共同|分别)?(?:负责|研究|落实|办理|承担|组织|推进|实施|制定|提出|牵头)/u.exec(s);
  if (m) {
    a.leadUnits = LIST(m[1]);
    a.coUnits = LIST(m[2]);
    return a.leadUnits.length ? a : null;
  }
  m = s.includes('为牵头') && /^(.+?)为牵头(?:单位|部门)(?:[,,;;]\s*(.+?)为(?:配合|责任|参与|协办)(?:单位|部门))?$/u.exec(s);
  if (m) {
    a.leadUnits = LIST(m[1]);
    if (m[2]) a.coUnits = LIST(m[2]);
    return a.leadUnits.length ? a : null;
  }
  m = s.includes('牵头') && /^(?:由)?(.+?)(?:分别)?牵头(?:负责|落实|办理|推进)?(?:[,,、;;]\s*(.*))?$/u.exec(s);
  if (m && !/[::]/.test(m[1])) {
    a.leadUnits = LIST(m[1]);
    if (m[2]) a.coUnits = LIST(m[2].replace(VERB_TAIL, ''));
    return a.leadUnits.length ? a : null;
  }
  // (qualifiers may stack: 按职责分工分别负责)
  m = s.includes('负责') && RESPONSIBLE_PROSE.exec(s);
  if (m) {
    a.coUnits = LIST(m[1]);
    a.responsible = true; // "X、Y负责": the units a "first listed leads" rule speaks of
    return a.coUnits.length ? a : null;
  }
  return null;
}
