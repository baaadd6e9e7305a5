// What a line outside any task is: a part title (sections start over), an unmarked heading, or neither.
import { DATE_LINE } from '../segment/date-line.js';
import { codePoints } from '../text.js';

const MAX_HEADING = 40;
const PART_END = /(方案|分解|分工|清单|一览表|分解表|任务表|台账|计划|要点|安排|任务|事项|意见)$/u;

/** The title of a part of the notice (政府工作报告2022年重点工作责任分解). */
export function isPartTitle(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length >= 6 && t.length <= 80 && PART_END.test(t) && /(\d{4}年|政府工作报告|《|责任分解|任务分解|分工方案)/u.test(t)
    && !/[。;;,,::]/u.test(t.slice(-1));
}

/** A file's name or a link left in a page's text (通知.jpg, 附件1.docx, http://…): page furniture, it says nothing. */
const FILE_NAME = /\.(?:jpe?g|png|gif|bmp|webp|tiff?|pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|txt|html?)$|^(?:https?:\/\/|www\.)/iu;

/** A short unpunctuated line that can head the items after it (it says something: figures alone,
 * a table's totals row left over in running text, 12 0 24, head nothing; nor does a file's name). */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && /[\p{Script=Han}A-Za-z]/u.test(t) && codePoints(t) <= MAX_HEADING && !/[。;;,,::、]$/u.test(t) && !DATE_LINE.test(t)
    && !/[::]/u.test(t) && !/^[((].*[))]$/u.test(t) && !/[|]/.test(t) && !closesOpenBracket(t) && !FILE_NAME.test(t);
}

/** A line that closes a bracket it never opened (区农牧厅、财政厅)) goes on from the line above: a wrapped
 * assignment's end, no heading. */
function closesOpenBracket(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '(' || ch === '(') depth++;
    else if (ch === ')' || ch === ')') { if (depth === 0) return true; depth--; }
  }
  return false;
}
