// Is this span a person (a leader)? A surname and one or two given characters, spaced or not
// (刘 哲), with or without a title of office (王丹县长, 副市长张三); or a role written instead of a
// name (分管副市长, 市政府分管领导同志, 各区长).
import { COMPOUND_SURNAMES, LEADER_TITLES, MASK_CHARS, SURNAMES } from './lexicon.js';
import { isUnit } from './unit.js';
import { codePoints, wordsByCode } from '../text.js';

const TITLES = [...LEADER_TITLES].sort((a, b) => b.length - a.length);
/** TITLES (in their order) by their last and by their first code unit: only those can end or open s. */
const TITLES_BY_LAST = wordsByCode(TITLES, (t) => t.charCodeAt(t.length - 1));
const TITLES_BY_FIRST = wordsByCode(TITLES, (t) => t.charCodeAt(0));
const NO_TITLES: string[] = [];
// (were `(?:${TITLES.join('|')})$` and `^(?:…)`: the same answers by endsWith/startsWith over TITLES, longest
// first, without an alternation of every title for V8 to compile in each run)
/** The title s ends with, the longest (the leftmost start a regex finds), or null. */
export function titleAtEnd(s: string): string | null {
  for (const t of TITLES_BY_LAST.get(s.charCodeAt(s.length - 1)) ?? NO_TITLES) if (s.endsWith(t)) return t;
  return null;
}
/** The title s opens with: the first of TITLES, as the alternation tries them. */
export function titleAtStart(s: string): string | null {
  for (const t of TITLES_BY_FIRST.get(s.charCodeAt(0)) ?? NO_TITLES) if (s.startsWith(t)) return t;
  return null;
}
/** A role in place of a name: 分管副市长, 市政府分管领导同志, 常务副县长, 各副区长, 县委常委. */
const ROLE = /^(?:各|市|县|区|省|州|镇|乡|市政府|县政府|区政府|省政府|政府)?(?:分管|协管|主管|联系|包联|挂点|常务|有关|相关)?(?:副)?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主席|书记|主任|秘书长|常委|领导|领导同志|负责同志|负责人)(?:同志)?$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** The last characters ROLE can end on (its titles', 同志's): an exact pre-check, most spans end otherwise. */
const ROLE_ENDS = new Set('长席记任委导志人');
const mayBeRole = (s: string) => ROLE_ENDS.has(s[s.length - 1]) && ROLE.test(s);

/** A name a published copy masked (***, ×××): the mask stands where a person's name stood. */
const MASKED_NAME = new RegExp(`^${MASK_CHARS}{2,4}$`, 'u');
/** Two masks in one list are two people whose names were masked, not one name repeated. */
export const isMaskedName = (span: string): boolean => MASKED_NAME.test(span.replace(/\s+/g, ''));

/** A bare name: surname + one or two given characters (compound surname + one or two), or a masked one. */
export function isPersonName(span: string): boolean {
  const s = span.replace(/\s+/g, '');
  if (isMaskedName(s)) return true;
  if (!HAN_ONLY.test(s)) return false;
  const n = codePoints(s);
  const compound = COMPOUND_SURNAMES.some((c) => s.startsWith(c));
  if (compound ? n < 3 || n > 4 : n < 2 || n > 3) return false;
  if (!compound && !SURNAMES.has(s[0])) return false;
  // 3-character organ names (财政局, 教育局) share the shape: their ending decides.
  return !(n === 3 && isUnit(s)) && !/[局委办厅处科室站所院队部中心]$/u.test(s);
}

export interface PersonReading { name: string; title: string | null }

/** Reads a leader: a name with its title, a bare name, or a role. Null when the span is none of these. */
export function readPerson(span: string): PersonReading | null {
  const s = span.replace(/\s+/g, '').replace(/同志$/u, '');
  if (!s || codePoints(s) > 16) return null;
  if (isPersonName(s)) return { name: s, title: null };
  if (mayBeRole(s)) return { name: s, title: s };
  const end = titleAtEnd(s);
  const at = end ? s.length - end.length : 0;
  if (end && at > 0 && isPersonName(s.slice(0, at))) return { name: s.slice(0, at), title: end };
  const start = titleAtStart(s);
  if (start && isPersonName(s.slice(start.length))) return { name: s.slice(start.length), title: start };
  return null;
}

export const isPerson = (span: string): boolean => readPerson(span) !== null;

/** A name of a level or a collective opening a unit's name: 各县(市、区)政府, 市财政局, 县政府. */
const OPENS_AT_LEVEL = /^[各省市县区镇乡州]/u;
const ENDING_ALONE = /^(?:管委会|管理委员会|政府|人民政府|委员会|办公室|办事处)$/u;

/**
 * A span read as one unit's name that holds a person's name after a task's words, the units after the
 * person (…资金使用效益|梁志强|各县(市、区)政府): a leader's cell between the task and the units, not a name.
 * The person stands four characters in or more, so that a place (区张店|镇政府) is never read as one; a level
 * with an organ's ending alone after it names no organ of its own (…沈阳近海经济|区管委会: the zone's 管委会).
 */
export function holdsPerson(span: string): boolean {
  for (let k = 4; k <= span.length - 4; k++) {
    for (const len of [3, 2]) {
      const rest = span.slice(k + len);
      if (isPersonName(span.slice(k, k + len)) && OPENS_AT_LEVEL.test(rest) && isUnit(rest) && !ENDING_ALONE.test(rest.slice(1))) return true;
    }
  }
  return false;
}
