// Where a task's text turns from its name to its content when the two cells ran together
// (增加教育资源供给|实施新建…, 教育惠民|启动学校空调…): at a verb that opens the content.
const CONTENT_OPENS = /(?:实施|落实|完成|新建|建成|推进|开展|新增|改造|提升|加快|全面|持续|深化|组织|启动|计划|确保|力争|建设|打造|开工|实现|引进|举办|创建|新改扩建|改扩建|为全|对全|在全)/gu;

/** The name and the content of a run-together cell; title null when no content verb opens within reach. */
export function splitTitle(text: string): { title: string | null; text: string } {
  CONTENT_OPENS.lastIndex = 0;
  for (let m = CONTENT_OPENS.exec(text); m; m = CONTENT_OPENS.exec(text)) {
    if (m.index > 20) break; // (later matches stand further out of reach)
    if (m.index >= 4) return { title: text.slice(0, m.index), text: text.slice(m.index) };
  }
  return { title: null, text };
}
