// Where a task's text turns from its name to its content when the two cells ran together
// (增加教育资源供给|实施新建…, 教育惠民|启动学校空调…): at a verb that opens the content.
const CONTENT_OPENS = /(?:实施|落实|完成|新建|建成|推进|开展|新增|改造|提升|加快|全面|持续|深化|组织|启动|计划|确保|力争|建设|打造|开工|实现|引进|举办|创建|新改扩建|改扩建|为全|对全|在全)/gu;

/** Verbs that open a sentence of content, never a word inside a name (提升, 改造, 建设 may be). */
const STRONG_OPENS = /实施|落实|完成|推进|开展|加快|全面|持续|深化|组织|启动|确保|力争|实现|引进|举办|创建|为全|对全|在全/u;
/** How a project's name ends (…提升项目, …整治提升工程, …专项行动): what follows it is the content. */
const NAME_ENDS = /(?:项目|工程|行动|活动|专项|计划)(?=[\p{Script=Han}“"《])/gu;

/** The name and the content of a run-together cell; title null when no content verb opens within reach. */
export function splitTitle(text: string): { title: string | null; text: string } {
  // a name's own ending first (城市人居环境提升项目|对人民中路…): a content verb may stand inside the name
  NAME_ENDS.lastIndex = 0;
  for (let m = NAME_ENDS.exec(text); m; m = NAME_ENDS.exec(text)) {
    const end = m.index + m[0].length;
    if (end > 24) break;
    // (not before a word that goes on with the name: 工程建设, 项目库, 行动计划)
    // (nor after a verb that opens a sentence, not a name: 老城厢复兴发展|完成…提升工程对外开放)
    const opened = STRONG_OPENS.exec(text.slice(4, end));
    if (end >= 6 && !opened && !/^(?:建设|库|计划|方案|实施|管理|资金|的|和|及|与|、)/u.test(text.slice(end)) && !/[,,。;;::]/u.test(text.slice(0, end))) {
      return { title: text.slice(0, end), text: text.slice(end) };
    }
  }
  CONTENT_OPENS.lastIndex = 0;
  for (let m = CONTENT_OPENS.exec(text); m; m = CONTENT_OPENS.exec(text)) {
    if (m.index > 20) break; // (later matches stand further out of reach)
    if (m.index >= 4) return { title: text.slice(0, m.index), text: text.slice(m.index) };
  }
  return { title: null, text };
}
