// Rules a heading or the document states for the tasks under it.

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
