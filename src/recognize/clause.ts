// A run of units, people and role words -> an Assignment, whatever brackets or verbs surround it:
//   由王丹副市长负责,市发改委牵头,市财政局配合     市工信委、市财政局      X、Y分别负责
//   主办单位:X,协办单位:Y     X牵头卖力     具体任务均涉及相关市(州)人民政府,不再做分工
// Every clause must read as names with a role (or as a deadline, or a remark); one clause that reads
// as running text makes the whole span no assignment. Names are checked by what they are (unit, person).
import { copyAssignment, emptyAssignment, parseKeyed, parseProse, PROSE_WORD, type Assignment } from '../assign/parse.js';
import { FIRST_IS_LEAD, splitNames, splitTopLevel, withoutTrailingRemark } from '../units.js';
import { KEY_LINE } from '../assign/keys.js';
import { append, charCodes, codePoints, endsIn, hasAny, opensIn, trimSet } from '../text.js';
import { CO_VERBS, LEAD_VERBS, PLACE_KINDS, QUALIFIER_RUN, REMARK_NEEDS, REMARK_PATTERNS, RESPONSIBLE_VERBS } from './lexicon.js';
import { readPerson } from './person.js';
import { isUnit } from './unit.js';
import { isDeadlineSpan } from './deadline-span.js';
import { memo } from '../memo.js';

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
// (qualifiers may stack: 按职责分工分别负责)
const QUAL = QUALIFIER_RUN;
// (a verb of carrying out may follow the lead's: 牵头抓好落实, 牵头负责落实)
const LEAD_RE = new RegExp(`^(?:由)?(.+?)${QUAL}(?:${alt(LEAD_VERBS)})(?:${QUAL}(?:${alt(RESPONSIBLE_VERBS)}))?(?:单位|部门)?$`, 'u');
const CO_RE = new RegExp(`^(?:由)?(.+?)${QUAL}(?:${alt(CO_VERBS)})(?:单位|部门)?$`, 'u');
const RESP_RE = new RegExp(`^(?:由)?(.+?)${QUAL}(?:${alt(RESPONSIBLE_VERBS)})$`, 'u');
const WITH_RE = /^(?:由)?(.+?)会同(.+?)(?:共同|分别)?(?:负责|研究|落实|办理|承担|组织|推进|实施|制定|提出|牵头|卖力)?(?:落实|推进|实施)?$/u;
/** 会 written short for 会同 between two units (宣传处会办公室): never the 会 that ends an organ's name (工会, 委员会, 协会). */
const SHORT_WITH = /^(?:由)?([^会]{2,40}?)会(?!同)([^会]{2,80}?)(?:共同|分别)?(?:负责|落实|办理)?$/u;
const ALONG_WITH = new RegExp(`^会同(.+?)${QUALIFIER_RUN}(?:${alt(RESPONSIBLE_VERBS)})?$`, 'u');
const WORK_BY = /^(?:(?:此项|该项|本项|上述|以上|各项)(?:工作|任务)?|具体|均)由(?=\p{Script=Han})/u;
const TRAILING_NOTE = /[((]([^()()]{2,60})[))]$/u;
const LEAD_AS = /^(.+?)为牵头(?:单位|部门)$/u;
const CO_AS = /^(.+?)为(配合|责任|参与|协办)(?:单位|部门)$/u;
/** 主办单位:X / 责任单位;X (a typo'd separator) / 牵头单位 X / 责任单位为X (a sentence naming them). */
const KEYED_LOOSE = /^((?:牵头|主办|主责|责任|配合|协办|协同|参与)(?:单位|部门|科室|处室))\s*(?:[;;,,\s]|均?为|是)\s*(.+)$/u;
const MAX_CLAUSE = 160;
const KEY_SEMICOLON = /((?:牵头|主办|主责|责任|配合|协办|协同|参与)(?:单位|部门|科室|处室|领导))\s*[;;]/gu;

export interface ClauseOptions {
  /** A list of units with no role word (a bare bracket "(市工信委、市财政局)") is accepted as co-units. */
  bareList?: boolean;
}

type Names = { units: string[]; people: string[] };

/** Every name of the list is a unit or a person; null otherwise. */
function names(list: string): Names | null {
  const s = trimSet(list, ',,、;;');
  if (!s) return null;
  const { names: parts } = splitNames(s, 'units');
  if (!parts.length) return null;
  const out: Names = { units: [], people: [] };
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    const person = readPerson(p);
    if (person && !isUnit(p)) out.people.push(person.name);
    else if (isUnit(p) || sharesEnding(p, parts.slice(k + 1))) out.units.push(p);
    else return null;
  }
  return out;
}

/** A field's short name before a later name of the list that ends in 部门 (水利、电力部门): the two share that
 * ending (水利部门、电力部门), and the name stays as printed. */
function sharesEnding(p: string, later: string[]): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(p) && later.some((x) => /^\p{Script=Han}{2,3}部门$/u.test(x)) && isUnit(`${p}部门`) && !readPerson(p);
}

const isRemark = (s: string) => REMARK_PATTERNS.some((re, i) => hasAny(s, REMARK_NEEDS[i]) && re.test(s));

/** Reads one clause into `a`; false when the clause is not part of an assignment. */
function readOne(clause: string, a: Assignment, opts: ClauseOptions): boolean {
  let c = trimSet(clause, '。.,,;;、');
  if (!c) return true;
  // a bracket closing the clause that says when (…配合(2024年底前)) or remarks on the list (…负责(以下不再列出))
  const note = TRAILING_NOTE.exec(c);
  if (note && note.index > 0 && (isRemark(note[1]) || isDeadlineSpan(note[1]))) {
    if (FIRST_IS_LEAD.test(note[1])) a.firstIsLead = true;
    else if (!isRemark(note[1])) a.deadline ??= note[1];
    c = trimSet(c.slice(0, note.index), '。.,,;;、');
  }
  if (isRemark(c)) { if (FIRST_IS_LEAD.test(c)) a.firstIsLead = true; return true; }
  // "此项工作由X牵头负责" / "具体由X负责": whose the work is, said before 由
  if (c.includes('由')) c = c.replace(WORK_BY, '由'); // (exact pre-check)
  if (isDeadlineSpan(c)) { a.deadline ??= c; return true; }
  // a clause is keyed only when it opens with its key: "推进戊工作(牵头单位:己)" is a task, not an assignment
  const keyed = KEY_LINE.test(c) ? parseKeyed(c) : null;
  if (keyed) { mergeInto(a, keyed); return true; }
  const loose = opensIn(c, '牵主责配协参') ? KEYED_LOOSE.exec(c) : null; // (exact: its words' first characters)
  if (loose) {
    const k = parseKeyed(`${loose[1]}:${loose[2]}`);
    if (k) { mergeInto(a, k); return true; }
  }
  let m = c.includes('会同') ? WITH_RE.exec(c) : null;
  if (m) {
    const lead = names(m[1]), co = names(m[2]);
    if (lead && co) { append(a.leadUnits, lead.units); append(a.leaders, lead.people); append(a.coUnits, co.units); return true; }
  }
  m = c.includes('会') ? SHORT_WITH.exec(c) : null;
  // (X must be a whole unit that 会 cannot end: 市总工会, 县管委会, 市商会 are one name)
  if (m && !/[委工协商合学事金议社总联进究]$/u.test(m[1])) {
    const lead = names(m[1]), co = names(m[2]);
    if (lead && co && lead.units.length && !lead.people.length && co.units.length && !co.people.length) {
      append(a.leadUnits, lead.units); append(a.coUnits, co.units); return true;
    }
  }
  // "由X牵头,会同Y负责": the clause after the lead's names those it works with
  m = c.startsWith('会同') ? ALONG_WITH.exec(c) : null;
  if (m) { const n = names(m[1]); if (n && n.units.length && !n.people.length) { append(a.coUnits, n.units); return true; } }
  // "X配合、Y实施": each name with its own role word, before the readings below take the list as one group's
  if (c.includes('、') && rolesListed(c, a)) return true;
  m = LEAD_AS.exec(c) ?? null;
  if (m) { const n = names(m[1]); if (n) { append(a.leadUnits, n.units); append(a.leaders, n.people); return true; } }
  m = c.includes('为') && endsIn(c, '位门') ? CO_AS.exec(c) : null; // (exact pre-check)
  if (m) {
    const n = names(m[1]);
    if (n) {
      append(a.coUnits, n.units);
      // "X为责任单位,Y为配合单位" tells the responsible units apart from those that assist, as keys do
      if (m[2] === '责任') { a.responsible = true; a.responsibleUnits = append(a.responsibleUnits ?? [], n.units); } else if (n.units.length) a.coKey = true;
      return true;
    }
  }
  m = LEAD_RE.exec(c);
  if (m) {
    const n = names(m[1]);
    if (n) { append(a.leadUnits, n.units); append(a.leaders, n.people); return true; }
  }
  m = CO_RE.exec(c);
  if (m) {
    const n = names(m[1]);
    if (n) { append(a.coUnits, n.units); append(a.leaders, n.people); if (n.units.length) a.coKey = true; return true; }
  }
  m = RESP_RE.exec(c);
  if (m) {
    const n = names(m[1]);
    if (n) {
      append(a.leaders, n.people);
      if (n.units.length) { append(a.coUnits, n.units); a.responsible = true; a.responsibleUnits = append(a.responsibleUnits ?? [], n.units); }
      return true;
    }
  }
  if (opts.bareList) {
    const n = names(c);
    // a bare list is the task's list of responsible units: a first-is-lead rule applies to it as to 责任单位
    // (not a kind of place alone, no name to it: 示范村(社区), 网格员(村) gloss the word before them)
    if (n && n.units.length && !n.people.length && !(n.units.length === 1 && GLOSS_KINDS.has(n.units[0]))) {
      append(a.coUnits, n.units); a.responsible = true; return true;
    }
  }
  return false;
}

const GLOSS_KINDS: ReadonlySet<string> = new Set(PLACE_KINDS);

/** A role word closing a piece of a clause listed with 、 (…配合、Y实施). */
const ROLE_CLOSE = new RegExp(`(?:${alt([...LEAD_VERBS, ...CO_VERBS, ...RESPONSIBLE_VERBS])})$`, 'u');

/**
 * "X配合、Y实施": names each with its own role word, listed with 、 as one clause. The pieces are one group:
 * a piece after a co-operating one (配合、协办 …) co-operates too, whatever its verb (实施, 落实). Every piece
 * must read, or the clause is none.
 */
function rolesListed(c: string, a: Assignment): boolean {
  const pieces = splitTopLevel(c, '、');
  if (pieces.length < 2 || pieces.length > 6 || !pieces.every((x) => ROLE_CLOSE.test(x))) return false;
  const read = pieces.map((x) => { const b = emptyAssignment(); return readOne(x, b, {}) ? b : null; });
  if (read.some((b) => !b)) return false;
  let co = false;
  for (const b of read as Assignment[]) {
    if (co && !b.leadUnits.length) { append(a.coUnits, b.coUnits); append(a.leaders, b.leaders); continue; }
    mergeInto(a, b);
    if (b.coKey) a.coKey = true;
    if (b.responsibleUnits?.length) a.responsibleUnits = append(a.responsibleUnits ?? [], b.responsibleUnits);
    co = !!b.coKey;
  }
  return true;
}

function mergeInto(a: Assignment, b: Assignment): void {
  append(a.leaders, b.leaders.filter((x) => !a.leaders.includes(x)));
  append(a.leadUnits, b.leadUnits.filter((x) => !a.leadUnits.includes(x)));
  append(a.coUnits, b.coUnits.filter((x) => !a.coUnits.includes(x)));
  a.deadline ??= b.deadline;
  a.responsible ||= b.responsible;
  a.firstIsLead ||= b.firstIsLead;
}

/**
 * Reads a span as an assignment: every clause names units or people with a role (or is a deadline or
 * a remark). Null when any clause is running text, or when no name is found.
 */
export function readClause(span: string, opts: ClauseOptions = {}): Assignment | null {
  const a = (opts.bareList ? clauseBare : clausePlain)(span);
  return a && copyAssignment(a); // kept per document: every item format reads the same spans
}
const clauseBare = memo((span: string) => readClauseOnce(span, { bareList: true }));
const clausePlain = memo((span: string) => readClauseOnce(span, {}));

function readClauseOnce(span: string, opts: ClauseOptions): Assignment | null {
  // "责任单位;X": a key whose colon was typed as a semicolon.
  // "X、Y,列第一位的为牵头单位。以下均需各区落实,不再列出": the sentence after the list is about the list
  const r = withoutTrailingRemark(trimSet(span, '。.;;,,'));
  const s = r.includes(';') || r.includes(';') ? r.replace(KEY_SEMICOLON, '$1:') : r;
  if (!s || s.length > MAX_CLAUSE) return null;
  const a = emptyAssignment();
  const clauses = splitTopLevel(s, ',,;;。');
  for (let i = 0; i < clauses.length; i++) {
    // "(X,Y牵头)": a bare list before a lead clause shares its role word (the comma stands for 、),
    // rather than reading as co-units of its own
    if (opts.bareList && i + 1 < clauses.length && !readOne(clauses[i], emptyAssignment(), {})) {
      const lead = emptyAssignment();
      if (names(clauses[i]) && !clauses[i + 1].includes('为') && readOne(`${clauses[i]}、${clauses[i + 1]}`, lead, {})
        && lead.leadUnits.length && !lead.coUnits.length) {
        mergeInto(a, lead); i++; continue;
      }
    }
    if (readOne(clauses[i], a, opts)) continue;
    // a list of names may itself hold a comma ("由市财政局、农业局,各县(市)、区人民政府负责落实"): join on
    let joined = clauses[i], ok = false;
    for (let j = i + 1; j < clauses.length && j <= i + 4 && !ok; j++) {
      joined += `、${clauses[j]}`;
      if (readOne(joined, a, opts)) { ok = true; i = j; }
    }
    if (!ok) return null;
  }
  const some = a.leaders.length + a.leadUnits.length + a.coUnits.length > 0;
  if (!some) return null;
  // "X负责,Y配合": the span tells the responsible units apart from those that assist and names no 牵头,
  // so the responsible units lead (SCHEMA)
  if (!a.leadUnits.length && a.coKey && a.responsibleUnits?.length && a.responsibleUnits.length < a.coUnits.length) {
    a.leadUnits = [...a.responsibleUnits];
  }
  a.coUnits = a.coUnits.filter((u) => !a.leadUnits.includes(u));
  return a;
}

/**
 * The text of an assignment block (a bracket's inside, a line of its own): keys (牵头单位:X), prose
 * (X牵头,Y配合), or — when `bareList` — a bare list of units. Null when it is none of these.
 */
export function readBlock(inner: string, opts: ClauseOptions = {}): Assignment | null {
  const a = (opts.bareList ? blockBare : blockPlain)(inner);
  return a && copyAssignment(a);
}
const blockBare = memo((inner: string) => readBlockOnce(inner, { bareList: true }));
const blockPlain = memo((inner: string) => readBlockOnce(inner, {}));

function readBlockOnce(inner: string, opts: ClauseOptions): Assignment | null {
  const keyed = parseKeyed(inner);
  if (keyed) {
    // "市发改委牵头;配合单位:市财政局": clauses before the first key that name units with their role are read too
    // (or a sentence before it: 〔X、Y等按职责分工负责。责任单位:Z。〕)
    const clauses = splitTopLevel(inner, ',,;;。');
    const k = clauses.findIndex((c) => KEY_LINE.test(c.trim()));
    const lead = k > 0 ? readClause(clauses.slice(0, k).join(',')) : null;
    if (lead) {
      mergeInto(lead, keyed);
      lead.coKey ||= keyed.coKey;
      if (keyed.responsibleUnits?.length) lead.responsibleUnits = append(lead.responsibleUnits ?? [], keyed.responsibleUnits);
      lead.coUnits = lead.coUnits.filter((u) => !lead.leadUnits.includes(u));
      return lead;
    }
    return keyed;
  }
  // "(第一责任单位为牵头单位,下同)" states the document's rule; it names no unit
  // (units listed before the rule, "X、Y,列第一位的为牵头单位,下同", are still read: the remark is dropped as a clause)
  if (FIRST_IS_LEAD.test(inner) && isRemarkOnly(inner)) return null;
  // names recognized for what they are first (people as leaders, remarks dropped); the loose prose reading after
  const clause = readClause(inner, opts);
  if (clause) return clause;
  if (PROSE_WORD.test(inner)) {
    const prose = parseProse(inner);
    if (prose && plausibleNames(prose)) return prose;
  }
  return null;
}

const MAX_NAME = 30;
/** Names a loose prose reading found are names: short, no sentence inside. */
export function plausibleNames(a: Assignment): boolean {
  const all = [...a.leadUnits, ...a.coUnits];
  return all.length > 0 && all.every((n) => codePoints(n) <= MAX_NAME && !/[。;;]/u.test(n));
}

const BLOCK_OPEN = charCodes('((【〔['), BLOCK_CLOSE = charCodes('))】〕]');
const CLAUSE_OPEN = charCodes('((〈《[【〔“'), CLAUSE_CLOSE = charCodes('))〉》]】〕”'), CLAUSE_SEP = charCodes(',,;;。');

/**
 * Assignment blocks standing inside a text, not only at its end: "…政策体系(省科技厅牵头)。在高端装备…
 * (省发改委、省财政厅等负责)," — each block that reads as an assignment (keys, or names with role words;
 * with `bareList`, a bare list of units too) is cut out and the names are merged, first occurrence kept.
 * Null when the text holds none.
 */
export function innerBlocks(text: string, opts: ClauseOptions = {}): { text: string; assignment: Assignment } | null {
  const groups: Array<{ start: number; end: number }> = [];
  let depth = 0, open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (BLOCK_OPEN.has(c)) { if (depth++ === 0) open = i; }
    else if (BLOCK_CLOSE.has(c) && depth > 0 && --depth === 0) {
      if (i - open - 1 <= MAX_CLAUSE) groups.push({ start: open, end: i + 1 });
    }
  }
  let a: Assignment | null = null;
  let out = '', from = 0;
  for (const g of groups) {
    const inner = text.slice(g.start + 1, g.end - 1);
    const read = parseKeyed(inner) ?? readClause(inner, opts);
    if (!read) continue;
    a = a ? (mergeInto(a, read), a) : read;
    out += text.slice(from, g.start);
    from = g.end;
  }
  if (!a) return null;
  out += text.slice(from);
  return { text: out, assignment: a };
}

/** The span is only remarks about the list (首位单位为牵头单位,下同): a rule, not an assignment. */
export function isRemarkOnly(span: string): boolean {
  const clauses = splitTopLevel(trimSet(span, '。.;;,,'), ',,;;。')
    .map((c) => trimSet(c, '。.,,;;、')).filter(Boolean);
  return clauses.length > 0 && clauses.every(isRemark);
}

/** A clause that opens with the word of its role (责任单位为X, 牵头单位:X, 由X负责): one that can stand among a text's clauses. */
// (a leader's key too: 责任领导:X;责任单位:Y)
/** The characters KEY_OPENED's alternatives open with (exact pre-check). */
export const KEY_OPENED_FIRST = '牵主责配协参分联包由';
export const KEY_OPENED = /^(?:(?:牵头|主办|主责|责任|配合|协办|协同|参与)(?:单位|部门|科室|处室)\s*(?:[::]|均?为|是)|(?:牵头|责任|分管|联系|包保)(?:省|市|县|区)?级?领导\s*[::]|由\p{Script=Han})/u;

/**
 * Assignment clauses written among a line's own clauses, without brackets, each opening with its role word:
 * "增长7%(…),责任单位为区发改委;技改投资比重16.5%(…),责任单位为区经信局;". The line must end in one.
 * Each is cut out (with the separator before it) and the names merged; null when the line does not end in one.
 */
/** Where the last top-level clause of body starts (after its separator), as keyedClauses cuts; 0 when it is the only one. */
export function lastClauseStart(body: string): number {
  let depth = 0, from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (CLAUSE_OPEN.has(c)) depth++;
    else if (CLAUSE_CLOSE.has(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && CLAUSE_SEP.has(c)) from = i + 1;
  }
  return from;
}

export function keyedClauses(text: string): { text: string; assignment: Assignment } | null {
  if (text.length > 4000) return null;
  const body = trimSet(text, '。.;;,,', 'end');
  // the last clause decides, and most lines end in no keyed clause: it is found (and read) before any list of
  // the clauses is made (the same boundaries as the loop below; asked of every line the prose format reads)
  const lastFrom = lastClauseStart(body);
  if (lastFrom <= 0) return null; // one clause only
  const lastClause = body.slice(lastFrom).trim();
  if (!(opensIn(lastClause, KEY_OPENED_FIRST) && lastClause.length > 1 && KEY_OPENED.test(lastClause))) return null;
  // clause boundaries at top level (never inside brackets)
  const cuts: Array<{ start: number; end: number }> = [];
  let depth = 0, from = 0;
  // by character code: no one-character string for every character of the line
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : -1;
    if (CLAUSE_OPEN.has(c)) depth++;
    else if (CLAUSE_CLOSE.has(c)) depth = Math.max(0, depth - 1);
    if (i === body.length || (depth === 0 && CLAUSE_SEP.has(c))) { cuts.push({ start: from, end: i }); from = i + 1; }
  }
  if (cuts.length < 2) return null;
  const readCut = (c: { start: number; end: number }) => {
    const clause = body.slice(c.start, c.end).trim();
    return opensIn(clause, KEY_OPENED_FIRST) && clause.length > 1 && KEY_OPENED.test(clause) ? readClause(clause) : null;
  };
  // the last clause decides: most lines end in no keyed clause, and their other clauses need no reading
  const last = readCut(cuts[cuts.length - 1]);
  if (!last) return null;
  const keyed = [...cuts.slice(0, -1).map(readCut), last];
  let a: Assignment | null = null, out = '', at = 0;
  cuts.forEach((c, k) => {
    const read = keyed[k];
    if (!read || k === 0) return;
    a = a ? (mergeInto(a, read), a) : read;
    out += body.slice(at, c.start - 1); // without the separator before the clause
    at = c.end;
  });
  if (!a) return null;
  out += body.slice(at);
  return { text: out.trim(), assignment: a };
}
