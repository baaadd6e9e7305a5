// Splitting and cleaning of name lists (SCHEMA.md, "What goes into each field").
import { charCodes, type CodeSet, codePoints, endsIn, hasAny, opensIn, trimSet } from './text.js';
import { isDeadlineSpan } from './recognize/deadline-span.js';
import { cutRunTogether, cutTownUnits, isUnit } from './recognize/unit.js';
import { isPerson as isPersonSpan, isPersonName } from './recognize/person.js';
import { memo } from './memo.js';
import { MASK_RUN, QUALIFIER_RUN } from './recognize/lexicon.js';
const OPEN = '((〈《[【〔<';
const CLOSE = '))〉》]】〕>';
const SEPARATOR_CHARS = '、,,;;';

/** A bracketed remark that is not part of a name: "(首位单位为牵头单位,下同)". */
const REMARK = /下同|牵头|首位|第一|排名|排序|为准|负责|汇总|以下|同上|注[::]|排列|列前|按职责|不再|不单独|均需|[::]/u;
/** The document rule that the first listed unit leads. */
const FIRST_IS_LEAD_RE = /(首位|第一位|第一个|排名第一|排在首位|排在第一|列首位|列在首位|列在第一|排序第一|列第一|第一家|前面|第一(?:责任|主责)?(?:单位|部门))[^,,。;;)::]{0,14}(?:牵头|主办)|(?:牵头|主办)单位?[^,,。;;)::]{0,4}(列|排|放)在?(第一|首位)/u;
/** The text says the first unit listed leads (FIRST_IS_LEAD_RE; every rank word of it holds 第一, 首位 or 前面). */
const RANK_WORDS = ['第一', '首位', '前面'];
export const FIRST_IS_LEAD = { test: (s: string): boolean => hasAny(s, RANK_WORDS) && FIRST_IS_LEAD_RE.test(s) };

const UNIT_SUFFIX = /(局|委|办|院|部|厅|署|会|社|处|室|队|站|所|中心|公司|集团|政府|街道|镇|乡|区|县|市|园|行|校|台|馆|团|组|司|庭)$/u;

export interface NameList {
  names: string[];
  firstIsLead: boolean;
  /** Names marked as leading within the list: "市发改委(牵头)、市财政局". */
  marked: string[];
  /** An entry that says when, not who ("…湘西经开区管委会,6月底完成"): the list's deadline. */
  deadline?: string;
}

const LEAD_MARK = /^(牵头|牵头单位|牵头部门|主责|主办|牵头负责)$/u;

const OPEN_CODES = charCodes(OPEN), CLOSE_CODES = charCodes(CLOSE);
const sepCodes = new Map<string, CodeSet>();

/** Splits at top-level separators (any character of `seps`), never inside brackets. */
export function splitTopLevel(s: string, seps: string): string[] {
  let sep = sepCodes.get(seps);
  if (!sep) sepCodes.set(seps, (sep = charCodes(seps)));
  const out: string[] = [];
  let depth = 0, from = 0;
  // by code unit, parts sliced: brackets and separators are all BMP characters, so no surrogate half
  // ever matches one, and the parts are those of a walk by code point (no one-character strings made)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (OPEN_CODES.has(c)) depth++;
    else if (CLOSE_CODES.has(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && sep.has(c)) { out.push(s.slice(from, i)); from = i + 1; }
  }
  out.push(s.slice(from));
  return out;
}

function stripRemarks(entry: string, rule: { firstIsLead: boolean; lead: boolean }): string {
  return entry.replace(/[((]([^(())]*)[))]/gu, (all, inner: string) => {
    if (FIRST_IS_LEAD.test(inner)) rule.firstIsLead = true;
    if (LEAD_MARK.test(inner.trim())) { rule.lead = true; return ''; }
    return REMARK.test(inner) || /[,,]/.test(inner) ? '' : all;
  });
}

const VERB = `${QUALIFIER_RUN}(?:负责|配合|参与|参加|协助|落实)?`;
/** What may follow 等 without being a name: 部门 / 单位 (and a verb) or nothing. */
const NOTHING_AFTER_DENG = new RegExp(`^(?:部门|单位|部门单位|单位部门|部门[和及与]单位|单位[和及与]部门)?${VERB}$`, 'u');
const GROUP_AFTER_DENG = new RegExp(`^((?:有关|相关|各有关|各相关)(?:部门|单位|部门和单位))${VERB}$`, 'u');
const SHORT_TAIL = 16;

/** "X等各有关部门" -> X, 各有关部门; "X等部门" -> X. Returns the parts in order (linear: no re-scans). */
function splitDeng(entry: string): string[] {
  const parts: string[] = [];
  let from = 0, depth = 0;
  for (let i = 0; i < entry.length; i++) {
    const ch = entry[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth || ch !== '等' || i === from) continue;
    if ('高中初平同对相均'.includes(entry[i - 1]) || entry[i + 1] === '级') continue;
    parts.push(entry.slice(from, i));
    from = i + 1;
    const tail = entry.length - from <= SHORT_TAIL ? entry.slice(from) : '';
    if (tail && NOTHING_AFTER_DENG.test(tail)) return parts;
    const group = tail && GROUP_AFTER_DENG.exec(tail);
    if (group) return [...parts, group[1]];
    // "X等部门和各省辖市政府": 部门 closes the list 等 ends, the conjunction opens the next name
    const joined = /^(?:部门|单位)(?:和|及|与|以及)(?=\p{Script=Han}{2})/u.exec(entry.slice(from));
    if (joined && !NOTHING_AFTER_DENG.test(entry.slice(from + joined[0].length))) { from += joined[0].length; i = from - 1; }
  }
  if (from < entry.length) parts.push(entry.slice(from));
  return parts;
}

function squeeze(name: string, kind: 'leaders' | 'units'): string[] {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length <= 1) return parts;
  const unitPart = (p: string) => (codePoints(p) >= 3 && UNIT_SUFFIX.test(p)) || isUnit(p);
  if (kind === 'leaders') {
    // a spaced name's single characters join (沈 昱 → 沈昱); white space between whole names splits (沈 昱 祝振伟)
    const people: string[] = [];
    let single = false; // the last piece is built of single characters
    for (const p of parts) {
      const one = codePoints(p) === 1;
      if (one && single) people[people.length - 1] += p;
      else people.push(p);
      single = one;
    }
    if (people.every((p) => codePoints(p) >= 2 && codePoints(p) <= 4)) return people;
  } else if (parts.every(unitPart)) return parts;
  // a unit followed by its own head's name (市民政局 伍泽国: 牵头单位及主要负责人) gives the unit; the head is
  // no name of a unit, and no leader of the task (SCHEMA)
  if (kind === 'units' && unitPart(parts[0]) && parts.every((p) => unitPart(p) || isPersonName(p))) return parts.filter(unitPart);
  return [parts.join('')];
}

/**
 * A list that goes on after a full stop with a sentence about itself ("…园区管委会。以下政策措施均需各县区
 * 人民政府落实,不再单独列出"): the sentence is a remark, not names. Its first-is-lead rule still counts.
 */
function dropTrailingRemark(value: string, rule: { firstIsLead: boolean }): string {
  const parts = splitTopLevel(value, '。');
  if (parts.length < 2 || !parts.slice(1).some((p) => p.trim())) return value;
  const rest = parts.slice(1).join('。');
  // a sentence that opens with no name (建设进度相对较慢的县区为舒城县) is narration after the list, not names
  const opening = trimSet(splitTopLevel(rest.trim(), SEPARATOR_CHARS)[0] ?? '', '。.');
  if (opening && !isUnit(opening) && !isPersonSpan(opening) && !isDeadlineSpan(opening)) return parts[0];
  if (!REMARK_SENTENCE.test(rest)) return value;
  if (FIRST_IS_LEAD.test(rest)) rule.firstIsLead = true;
  return parts[0];
}
/** The list without a sentence about itself after its full stop (see dropTrailingRemark); the list unchanged when there is none. */
export function withoutTrailingRemark(value: string): string {
  return dropTrailingRemark(value, { firstIsLead: false });
}
export const TRAILING_VERB = new RegExp(`${QUALIFIER_RUN}(?:负责落实|负责|配合|落实|参与|参加|协助|牵头)$`, 'u');
const REMARK_SENTENCE = /不再|不逐一|不一一|以下|下同|均需|均由|均为|列第一|首位|第一位|牵头或汇总|按职责分工/u;

const splitUnits = memo((value: string) => readNames(value, 'units'));
const splitLeaders = memo((value: string) => readNames(value, 'leaders'));

/** A list's names (kept per document: each item format splits the same values; callers get fresh arrays). */
export function splitNames(value: string, kind: 'leaders' | 'units' = 'units'): NameList {
  const r = (kind === 'leaders' ? splitLeaders : splitUnits)(value);
  return { ...r, names: [...r.names], marked: [...r.marked] };
}

const SHARED_OUT = /^(?:按|按照|根据|依)[^()()]{1,30}(?:分工|安排|职责)[((]([^()()]{2,60})[))]$/u;

function readNames(value: string, kind: 'leaders' | 'units'): NameList {
  const rule = { firstIsLead: false, lead: false };
  const names: string[] = [];
  const marked: string[] = [];
  value = dropTrailingRemark(value, rule);
  let deadline: string | undefined;
  for (const raw of splitTopLevel(value, `${SEPARATOR_CHARS}\n`)) {
    rule.lead = false;
    const entry = trimSet(stripRemarks(raw, rule), '。.::|');
    if (!entry) continue;
    // the rule written unbracketed among the names ("X、Y,排在首位为牵头单位,下同") is a remark, no name
    if (FIRST_IS_LEAD.test(entry) && !isUnit(entry)) { rule.firstIsLead = true; continue; }
    if (/^(?:下同|同上)$/u.test(entry)) continue;
    // "按《市委工作要点》分工(蒋永根、俞福才、金跃民)": a note on how the work is shared out, the people in its brackets
    // (exact pre-check: SHARED_OUT opens with 按 根 依 and closes with its bracket)
    const noted = kind === 'leaders' && opensIn(entry, '按根依') && endsIn(entry, '))') && entry.length > 2
      ? SHARED_OUT.exec(entry) : null;
    const people = noted ? noted[1].split(/[、,,]/u).map((x) => x.trim()).filter(Boolean) : [];
    if (people.length && people.every((x) => isPersonSpan(x))) { for (const x of people) names.push(x.replace(/\s+/gu, '')); continue; }
    for (const part of splitDeng(entry)) {
      for (const n of squeeze(part, kind)) {
        // a flag before or after a name (*区城管局, 区教育局★) marks the row or a footnote: no part of the name
        // (two asterisks or more stand for characters a published copy masked, ****分局, 县**局, ***: part of the name)
        // (and a dash that opens an assignment line, ——市营商环境局牵头, is none of its first name)
        const masked = MASK_RUN.test(n);
        const trimmed = trimSet(trimSet(n, masked ? '、|★☆※▲△—–' : '、|*＊★☆※▲△—–', 'start'), masked ? '。.、|★☆※▲△' : '。.、|*＊★☆※▲△', 'end');
        // "…省大数据中心按职责分工负责": the list's closing verb is no part of its last name
        const verb = kind === 'units' && endsIn(trimmed, '实责合与加助头') ? TRAILING_VERB.exec(trimmed) : null; // (exact: the verbs' last characters)
        const clean = verb && verb.index > 1 && isUnit(trimmed.slice(0, verb.index)) ? trimmed.slice(0, verb.index) : trimmed;
        if (clean && kind === 'units' && isDeadlineSpan(clean) && !/[局委办厅]$/u.test(clean)) { deadline ??= clean; continue; }
        // unit names written together with no separator (区发改局区统计局) are cut where each part is a
        // whole unit (SCHEMA); only at a place prefix, so a name's own parts stay together
        // (a level's bare organ before another, 市委市政府信访局, names one joint organ: each part has a body)
        const cut = clean && kind === 'units' && !/[((〈]/u.test(clean) ? cutRunTogether(clean) : null;
        // (nor a body's members after it, 市食安委各有关成员单位: 各 there names whose members)
        // (a town's offices run together, 派出所工商质监所, carry no place to cut before: cut after their endings)
        const pieces = (cut && cut.every((p, k) => codePoints(p) >= 4 && (k === 0 || !p.startsWith('各'))) ? cut : null)
          ?? (clean && kind === 'units' && codePoints(clean) >= 6 ? cutTownUnits(clean) : null);
        for (const p of pieces ?? (clean ? [clean] : [])) { names.push(p); if (rule.lead) marked.push(p); }
      }
    }
  }
  return { names, firstIsLead: rule.firstIsLead, marked, ...(deadline ? { deadline } : {}) };
}
