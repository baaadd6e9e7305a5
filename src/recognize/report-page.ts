// A page that reports on a notice (a news story: 记者 byline, 近日…印发《…》 lede, 《意见》明确 reported speech)
// is not the notice. What it quotes of the notice in the notice's own forms (numbered items, bracket blocks,
// key lines, tables) still assigns; the sentences in its own voice (…,由X、Y等分工负责。) narrate who was
// given what and assign nothing (SCHEMA: a page that reports on a notice assigns nothing).
import { hasAny } from '../text.js';

/** A reporter's byline or a wire dateline: (记者李琳) / 本报讯 / 记者 张三 closing a paragraph / 新华社北京3月16日电. */
const BYLINE = /[((](?:本报|本台|本网)?(?:特约)?(?:记者|通讯员)[^()()]{1,24}[))]|^\s*(?:本报讯|本台讯|本网讯|(?:本报|本台)?记者\s*\p{Script=Han}{2,4}(?:\s|$))|[。!?”]\s*(?:本报)?记者\s*\p{Script=Han}{2,3}\s*$|\p{Script=Han}{1,4}(?:社|网)\p{Script=Han}{2,4}\d{1,2}月\d{1,2}日电/u;
/** A document cited by its short name as the subject of a reporting verb: 《意见》明确, / 《通知》中要求: (its words are reported). */
const REPORTED = /(?:^|[。;;!?])\s*《[^《》]{1,8}》(?:中|还|也|同时|进一步)?(?:明确|提出|要求|指出|强调|规定)(?:了|要求)?[,,::]/u;
/** A lede that reports a release: 近日,国务院……发布了《…》 / 日前,市政府印发关于…的通知. */
// (the organ may stand before the word of time: 国务院近日公布《…》)
const LEDE = /^\s*(?:\p{Script=Han}{2,20}?(?=近日|日前|近期))?(?:近日|日前|近期|今天|昨天|昨日|刚刚)[,,]?[^。]{0,40}?(?:发布|印发|出台|公布|下发)(?:了)?[^。]{0,6}(?:《|关于)/u;
/** A wrapper that announces the notice in full (全文如下: / 文件详情如下:): what follows is the notice itself. */
const WHOLE_FOLLOWS = /(?:全文|原文|详情|文件详情|通知全文|文件全文)如下\s*[::]?\s*$/u;
/** Words each signal holds (exact pre-check: most lines hold none). */
const WORDS = ['记者', '通讯员', '本报', '本台', '本网', '日电', '》', '近日', '日前', '近期', '今天', '昨天', '昨日', '刚刚'];

/** The page reads as a report on a notice: a byline, reported speech about a document, or a release lede, and it
 * does not go on to give the notice in full. */
export function readsAsReport(lines: readonly string[]): boolean {
  let report = false;
  for (const l of lines) {
    if (l.includes('如下') && WHOLE_FOLLOWS.test(l)) return false;
    report ||= hasAny(l, WORDS) && (BYLINE.test(l) || REPORTED.test(l) || LEDE.test(l));
  }
  return report;
}
