// Dated clauses in a task's text (6月底前完成招标): the task's milestones when it has no 完成时限 field.
import { timePoints } from '../recognize/deadline.js';
import { charCodes } from '../text.js';

export interface Milestone { date: string; text: string }

/** Characters that end a clause (one code unit each: a bit table, no string or regex per character). */
const CLAUSE_END = charCodes(',，;；。!！?？\n');

export function findMilestones(text: string, year: number | null): Milestone[] {
  const out: Milestone[] = [];
  const points = timePoints(text, year);
  if (!points.length) return out;
  let lastStart = -1;
  const floor = year === null ? '' : `${year}-01-01`;
  // Clause bounds in one pass each way, so a long text with many dates stays linear.
  const startOf = new Int32Array(text.length + 1), endOf = new Int32Array(text.length + 1);
  for (let i = 0, a = 0; i <= text.length; i++) { startOf[i] = a; if (i < text.length && CLAUSE_END.has(text.charCodeAt(i))) a = i + 1; }
  for (let i = text.length, b = text.length; i >= 0; i--) { if (i < text.length && CLAUSE_END.has(text.charCodeAt(i))) b = i; endOf[i] = b; }
  for (const p of points) {
    if (p.kind !== 'date' || p.date === null || p.date < floor) continue;
    // A bare year frames the work (2016年安排…, 全年建成…, “十三五”规划): only 年内 / 年底前 / 2023年前 mark a milestone.
    if (p.precision === 'year' && !/[底末内前]/u.test(text.slice(p.start, p.end + 1))) continue;
    const a = startOf[p.start], b = endOf[p.end];
    // 截至2022年底 / 同期 look back: no milestone.
    if (/截至|截止|以来|同期|去年|上年/u.test(text.slice(Math.max(a, p.start - 8), p.start))) continue;
    const last = out.at(-1);
    // One milestone per clause, dated by its latest point (the clause is cut once, not per point).
    if (last && lastStart === a) { if (p.date > last.date) last.date = p.date; continue; }
    lastStart = a;
    out.push({ date: p.date, text: text.slice(a, b).trim() });
  }
  return out;
}
