// The facts stage: what users track, read from the assembled tasks — due dates (task.due, dueKind,
// milestones), quantitative targets (task.targets) and the unit index (document.units).
import { parseDue } from '../recognize/deadline.js';
import type { DocumentInfo, Message, Task } from '../schema.js';
import { findMilestones } from './milestones.js';
import { findTargets } from './targets.js';
import { unitIndex } from './units.js';

/** The year a notice's tasks are for: document.year, else the year of its date. */
export const noticeYear = (d: Pick<DocumentInfo, 'year' | 'date'>): number | null =>
  d.year ?? (d.date ? Number(d.date.slice(0, 4)) || null : null);

/** The task's own fields but span and parser, in their order (a for-in copy: V8's object rest is slow). */
function withoutSpan(task: Task): Omit<Task, 'span' | 'parser'> {
  const out: Record<string, unknown> = {};
  for (const k in task) if (k !== 'span' && k !== 'parser') out[k] = task[k as keyof Task];
  return out as Omit<Task, 'span' | 'parser'>;
}

/** Adds the facts to each task (after `deadline`, so the JSON reads in order) and the unit index to the document. */
export function addFacts(tasks: Task[], document: DocumentInfo): Message[] {
  const year = noticeYear(document);
  const messages: Message[] = [];
  for (let i = 0; i < tasks.length; i++) {
    const { span, parser } = tasks[i];
    const t = withoutSpan(tasks[i]);
    const { due, dueKind } = t.deadline === null ? { due: null, dueKind: null } : parseDue(t.deadline, year);
    if (dueKind === 'unparsed') {
      messages.push({
        severity: 'info', rule: 'deadline-unparsed', taskId: t.id, field: 'deadline', line: span.start.line, column: span.start.column,
        message: `完成时限 "${t.deadline}" names no day fenjie can read${year === null ? ' (the notice gives no year)' : ''}: due is null`,
      });
    }
    const milestones = t.deadline === null ? findMilestones(t.text, year) : [];
    // (keys set in place of a spread: the same order, and an object spread's copy costs ~20x more here)
    const out = t as Task;
    out.due = due; out.dueKind = dueKind; out.milestones = milestones; out.targets = findTargets(t.text); out.span = span;
    if (parser !== undefined) out.parser = parser;
    tasks[i] = out;
  }
  document.units = unitIndex(tasks, document.issuer).units;
  return messages;
}
