// Does a span read as a 完成时限 wording (a date, 6月底前, 年内, 长期坚持, 每季度 …)? A clause of an
// assignment that says when, not who. (The due-date reading of these wordings lives in deadline.ts.)
const WHEN_WORD = /^(?:\d{4}\s*年|\d{4}\s*[-—~至到]\s*\d{4}\s*年|[一二三四五六七八九十]{1,3}月|\d{1,2}\s*月|年内|年底|年前|年末|当年|全年|本年度|上半年|下半年|[一二三四1-4第]+季度|长期|持续|常态|每年|每季度?|每月|每半年|及时|动态|适时|按期|按时|按年度|定期|分阶段|逐年|20\d\d-20\d\d年|\d{4}\.\d{1,2})/u;
const WHEN_END = /(?:前|底|末|内|中|初|止|完成|开工|竣工|建成|投用|启动|到位|见效|坚持|推进|实施|开展|落实|执行|办结|完成并持续推进|长期坚持|长期|持续|常态化|\d{1,2}\s*日|月|年|季度|半年)$/u;
const MAX_WHEN = 40;
const NO_NAMES = /(?:局|委|办|厅|中心|政府|公司|街道)$/u;

export function isDeadlineSpan(span: string): boolean {
  const s = span.replace(/\s+/g, '');
  if (!s || [...s].length > MAX_WHEN || NO_NAMES.test(s)) return false;
  if (/^(?:长期坚持|持续推进|长期|持续|常态化|按期|按时|及时|定期|动态调整|每年|每季度|每月|年内|年底前|年底|全年|年内完成|上半年|下半年)$/u.test(s)) return true;
  return WHEN_WORD.test(s) && (WHEN_END.test(s) || /\d/.test(s)) && !/[。;;]/u.test(s);
}
