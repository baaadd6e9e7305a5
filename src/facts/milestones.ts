// Dated clauses in a task's text (6月底前完成招标): the task's milestones when it has no 完成时限 field.
import { timePoints } from '../recognize/deadline.js';

export interface Milestone { date: string; text: string }

const CLAUSE_END = /[,，;；。!！?？\n]/u;

export function findMilestones(text: string, year: number | null): Milestone[] {
  const out: Milestone[] = [];
  const floor = year === null ? '' : `${year}-01-01`;
  for (const p of timePoints(text, year)) {
    if (p.kind !== 'date' || p.date === null || p.date < floor) continue;
    // A bare year frames the work (2016年安排…, 全年建成…, “十三五”规划): only 年内 / 年底前 / 2023年前 mark a milestone.
    if (p.precision === 'year' && !/[底末内前]/u.test(text.slice(p.start, p.end + 1))) continue;
    let a = p.start, b = p.end;
    while (a > 0 && !CLAUSE_END.test(text[a - 1])) a--;
    while (b < text.length && !CLAUSE_END.test(text[b])) b++;
    const clause = text.slice(a, b).trim();
    // 截至2022年底 / 同期 look back: no milestone.
    if (/截至|截止|以来|同期|去年|上年/u.test(text.slice(a, p.start))) continue;
    const last = out.at(-1);
    if (last && last.text === clause) { if (p.date > last.date) last.date = p.date; continue; }
    out.push({ date: p.date, text: clause });
  }
  return out;
}
