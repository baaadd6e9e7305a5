// Rules a heading or the document states for the tasks under it.
import { isUnit } from '../recognize/unit.js';

/** 一、王丹县长牵头重点工作 / 一、于会游市长主抓重点工作: the heading names the leader of everything under it. */
const LEADER_HEADING = /^(?:由)?(\p{Script=Han}{2,4}?)(同志)?((?:常务副|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|书记|主任|秘书长))?(?:同志)?(?:牵头|主抓|负责|分管|联系)/u;

/** 一、常务副县长曹惠明牵头重点工作: the title before the name. */
const TITLE_FIRST = /^(?:由)?(?:常务副|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|书记|主任|秘书长)(\p{Script=Han}{2,3}?)(?:同志)?(?:牵头|主抓|负责|分管|联系)/u;

export function headingLeader(title: string): string | null {
  const t = title.replace(/\s+/g, '');
  const m = LEADER_HEADING.exec(t);
  if (m && (m[2] || m[3])) return m[1];
  return TITLE_FIRST.exec(t)?.[1] ?? null;
}

/** 二、县示范区管委会牵头工作(8项): the heading names the lead unit of everything under it (SCHEMA). */
const UNIT_HEADING = /^(?:由)?(\p{Script=Han}[^,,。;;::]{1,23}?)(?:牵头|主抓|负责|主办)(?:的|落实的|推进的)?(?:重点|主要|各项)?(?:工作|任务|事项)/u;

export function headingLeadUnit(title: string): string | null {
  const m = UNIT_HEADING.exec(title.replace(/\s+/g, ''));
  return m && isUnit(m[1]) && !headingLeader(title) ? m[1] : null;
}
