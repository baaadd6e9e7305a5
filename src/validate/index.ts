// The validator: completeness per assignment field, numbering gaps and duplicates, and the schema check.
import { msg, type Pos } from '../model.js';
import type { Message, Task } from '../schema.js';
import { ASSIGNMENT_FIELDS } from '../model.js';
import { chineseNumber } from '../segment/markers.js';

const FIELD_RULE: Partial<Record<(typeof ASSIGNMENT_FIELDS)[number], string>> = {
  leaders: 'missing-leaders', leadUnits: 'missing-lead-unit',
};

/** Share of a part's tasks that must carry a field before a task without it is reported. */
const CONSISTENT = 0.8;

const has = (t: Task, f: (typeof ASSIGNMENT_FIELDS)[number]) => (f === 'deadline' ? t.deadline !== null : t[f].length > 0);

/** Tasks under one top-level section follow one format: a field one of them uses is expected of all. */
function groups(tasks: Task[]): Task[][] {
  const by = new Map<string, Task[]>();
  for (const t of tasks) {
    const key = t.sections[0]?.title ?? '';
    const list = by.get(key);
    if (list) list.push(t); else by.set(key, [t]);
  }
  return [...by.values()];
}

export function completeness(tasks: Task[]): { fields: Record<string, { expected: number; found: number }>; messages: Message[] } {
  const fields: Record<string, { expected: number; found: number }> = {};
  const messages: Message[] = [];
  for (const f of ASSIGNMENT_FIELDS) {
    let expected = 0, found = 0;
    for (const g of groups(tasks)) {
      const carrying = g.filter((t) => has(t, f)).length;
      if (!carrying) continue;
      // A field most tasks of a part carry is expected of all of them; an occasional one (共同责任单位) only where present.
      const consistent = carrying / g.length >= CONSISTENT || (g.length >= 3 && g.length - carrying === 1);
      for (const t of g) {
        if (has(t, f)) { expected++; found++; continue; }
        if (!consistent) continue;
        expected++;
        const rule = FIELD_RULE[f];
        if (rule) messages.push(msg('warning', rule, t.span.start, `task ${t.number ?? t.id} has no ${f}, unlike the tasks around it`, { taskId: t.id, field: f }));
      }
    }
    if (expected) fields[f] = { expected, found };
  }
  return { fields, messages };
}

function valueOf(label: string | null): number | null {
  if (!label) return null;
  // NFKC spells the one-character markers out (⑴ → (1), ⒈ → 1., ㈠ → (一)); a star (1*) is no digit
  const core = label.normalize('NFKC').replace(/[(())\s.*]/g, '');
  if (/^\d+$/.test(core)) return Number(core);
  const n = chineseNumber(core);
  return Number.isFinite(n) && n > 0 ? n : null;
}

const kindOf = (label: string | null) => (label ? label.normalize('NFKC').replace(/\d+/g, '9').replace(/[一二三四五六七八九十百]+/g, '九') : '');

export interface Numbered { label: string | null; pos: Pos; taskId: string | null }

/** Gaps and repeats in the numbering of consecutive items (tasks and headings) with the same kind of label. */
export function numbering(items: Numbered[]): Message[] {
  const out: Message[] = [];
  const last = new Map<string, { value: number; label: string }>();
  for (const it of items) {
    const v = valueOf(it.label);
    if (v === null) continue;
    const kind = kindOf(it.label);
    const prev = last.get(kind);
    last.set(kind, { value: v, label: it.label! });
    if (!prev || v === 1 || v === prev.value + 1) continue;
    const extra = { taskId: it.taskId ?? undefined };
    if (v > prev.value + 1) {
      out.push(msg('warning', 'numbering-gap', it.pos, `numbering jumps from ${prev.label} to ${it.label}: ${v - prev.value - 1} item(s) missing?`, extra));
    } else {
      out.push(msg('warning', 'duplicate-number', it.pos, `number ${it.label} follows ${prev.label}: repeated or out of order`, extra));
    }
  }
  return out;
}
