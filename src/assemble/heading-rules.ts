// Rules a heading or the document states for the tasks under it.
import { isUnit } from '../recognize/unit.js';
import { readPerson } from '../recognize/person.js';
import { codePoints, followedBy, hasAny } from '../text.js';

/** 一、王丹县长牵头重点工作 / 一、于会游市长主抓重点工作: the heading names the leader of everything under it. */
// (the name may carry more than one office: 李丹常委、常务副区长牵头重点工作)
/** A leader's office title (常务副县长); a name may carry several, and 常委 only after the name. */
// (a department's heads too: 局长, 厅长, 部长 … lead the work of a bureau's own list)
const TITLE = '(?:常务副|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|主席|书记|主任|秘书长|局长|厅长|部长|院长|处长|科长|署长|主任委员|校长|行长|社长|所长|站长|队长|组长|会长|理事长|政委)';
const OFFICE = `(?:${TITLE}|常委)`;
const LEADER_HEADING = new RegExp(`^(?:由)?(\\p{Script=Han}{2,4}?)(同志)?(${OFFICE}(?:[、,,]?${OFFICE})*)?(?:同志)?(?:牵头|主抓|负责|分管|联系)`, 'u');

const OFFICE_WORK = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:同志)?${OFFICE}(?:[、,,]?${OFFICE})*(?:同志)?(?:的)?(?:重点|主要|分管|牵头)?(?:工作|任务)(?:[((]\\d+项[))])?$`, 'u');

/** 一、常务副县长曹惠明牵头重点工作: the title before the name. */
const TITLE_FIRST = new RegExp(`^(?:由)?${TITLE}(\\p{Script=Han}{2,3}?)(?:同志)?(?:牵头|主抓|负责|分管|联系)`, 'u');

/** 四、牵头领导:陈明: a heading that is a leader's key over the tasks under it. */
const KEYED_LEADER = /^(?:牵头|责任|分管|联系|包保)(?:省|市|县|区)?级?领导[::](\p{Script=Han}{2,8})(?:[((]\d+项[))])?$/u;

// asked of each heading by several stages (assembly, heading rules, section leaders): read once a title
const leaders = new Map<string, string | null>();
export function headingLeader(title: string): string | null {
  let got = leaders.get(title);
  if (got === undefined) {
    if (leaders.size > 4096) leaders.clear(); // (a batch thread reads many documents: bounded)
    got = readHeadingLeader(title);
    leaders.set(title, got);
  }
  return got;
}

// words one of which each expression needs: exact pre-checks (hasAny), most headings hold none
const LEAD_VERBS = ['牵头', '主抓', '负责', '分管', '联系'];
const WORK_WORDS = ['工作', '任务'];

function readHeadingLeader(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  const keyed = t.includes('领导') ? KEYED_LEADER.exec(t) : null;
  const person = keyed ? readPerson(keyed[1]) : null;
  if (person && person.name !== person.title) return person.name;
  const verb = hasAny(t, LEAD_VERBS);
  const m = verb ? LEADER_HEADING.exec(t) : null;
  if (m && (m[2] || m[3])) return m[1];
  // (a name with its office over the office-holder's work, no 牵头: 徐国龙副市长重点工作)
  const w = t.length >= 6 && hasAny(t, WORK_WORDS) ? OFFICE_WORK.exec(t) : null; // (name, office, 工作: 6 at least)
  if (w && readPerson(w[1])) return w[1];
  return verb ? TITLE_FIRST.exec(t)?.[1] ?? null : null;
}

/** 二、县示范区管委会牵头工作(8项): the heading names the lead unit of everything under it (SCHEMA). */
const UNIT_HEADING = /^(?:由)?(\p{Script=Han}[^,,。;;::]{1,23}?)(?:牵头|主抓|负责|主办)(?:的|落实的|推进的)?(?:重点|主要|各项)?(?:工作|任务|事项)/u;

const UNIT_VERBS = ['牵头', '主抓', '负责', '主办'];
const UNIT_WORK = ['工作', '任务', '事项'];
export const UNIT_AFTER_VERB = '的落推重主各工任事';

export function headingLeadUnit(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  // (exact pre-check: a verb, then its work word or what may stand between: 的, 落实的, 推进的, 重点, 主要, 各项)
  const m = hasAny(t, UNIT_WORK) && UNIT_VERBS.some((v) => followedBy(t, v, UNIT_AFTER_VERB)) ? UNIT_HEADING.exec(t) : null;
  return m && isUnit(m[1]) && !headingLeader(title) ? m[1] : null;
}

/** The clause of a lead-in that names its leader: "市长徐立毅亲自牵头8项重点工作" / "由张三同志负责以下工作". */
const LEAD_IN_CLAUSE = /^(?:由)?(\p{Script=Han}{2,9}?)(?:同志)?(?:亲自|直接)?(?:牵头|主抓|领衔|负责)/u;

const LEAD_IN_VERBS = ['牵头', '主抓', '领衔', '负责'];

/**
 * A sentence that announces the list after it and names the person who leads it ("其中,市长徐立毅
 * 亲自牵头8项重点工作,分别为:"): it ends in a colon, and one of its clauses opens with a person's name
 * (a real name, with or without a title; a role word alone leads no list). The leader, or null.
 */
export function leadInLeader(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  if (!/[::]$/u.test(t) || codePoints(t) > 80) return null;
  for (const clause of t.split(/[,,;;。::]/u)) {
    const m = hasAny(clause, LEAD_IN_VERBS) ? LEAD_IN_CLAUSE.exec(clause) : null;
    const person = m ? readPerson(m[1]) : null;
    if (person && person.name !== person.title) return person.name;
  }
  return null;
}

/**
 * 省工商局 over the items it answers for: a heading that is only a unit's name, no 牵头, names a co-unit
 * of the items under it (SCHEMA: a unit named with no 牵头 is a co-unit). Short, Han only (no sentence,
 * no punctuation), a whole unit name by the unit grammar, and not a document's name.
 */
export function headingCoUnit(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  if (codePoints(t) < 3 || codePoints(t) > 16 || !/^\p{Script=Han}+$/u.test(t)) return null;
  if (/(?:通知|公告|方案|意见|决定|报告|目标|任务|工作|事项|要点|计划)$/u.test(t)) return null;
  return isUnit(t) && !headingLeader(t) && !headingLeadUnit(t) ? t : null;
}
