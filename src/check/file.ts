// Judging one parsed notice: its validator messages, required fields, tasks present, and (with an
// expected file) per-field precision / recall. Pure; runs inside the worker that parsed the file.
import { FIELDS, compare, f1, type Difference } from '../compare/index.js';
import type { Notice, Task } from '../schema.js';
import type { FileGates, FileResult, Problem, Score } from './types.js';

export { REQUIRABLE } from './requirable.js';

/** An expected (gold) file: { input, document, tasks[] }. */
export type ExpectedDoc = Parameters<typeof compare>[0];

const problem = (severity: Problem['severity'], rule: string, message: string, check: string | null,
  pos: { line: number; column: number } | null = null): Problem =>
  ({ severity, rule, message, line: pos?.line ?? null, column: pos?.column ?? null, check });

export function failedFile(path: string, error: string): FileResult {
  return {
    path, error, kind: null, tasks: 0, fields: {}, expected: null, scores: null, differences: [],
    checks: ['read'], problems: [problem('error', 'read-error', error, 'read')],
  };
}

function present(t: Task, field: string): boolean {
  const v = (t as unknown as Record<string, unknown>)[field];
  return Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v != null;
}

const short = (v: unknown) => {
  const s = Array.isArray(v) ? `[${v.join('、')}]` : v == null ? '(none)' : String(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

/** Differences with the place of the parsed task they concern. */
function placed(notice: Notice, all: Difference[]): FileResult['differences'] {
  return all.map((d) => {
    const t: Task | undefined = d.actualIndex === null ? undefined : notice.tasks[d.actualIndex];
    return { ...d, line: t?.span.start.line ?? null, column: t?.span.start.column ?? null };
  });
}

function describe(d: FileResult['differences'][number]): string {
  const field = String(d.field);
  if (field === 'tasks') {
    return d.actual == null ? `expected task ${d.number ?? ''} not found: ${short(d.expected)}` : `unexpected task ${d.number ?? ''}: ${short(d.actual)}`;
  }
  const where = field.startsWith('document.') ? '' : ` of task ${d.number ?? '?'}`;
  return `${field}${where}: expected ${short(d.expected)}, got ${short(d.actual)}`;
}

export function judgeFile(notice: Notice, expected: ExpectedDoc | null, expectedPath: string | null, gates: FileGates): FileResult {
  const problems: Problem[] = [];
  const checks = ['read', 'messages', 'tasks', ...gates.require.map((f) => `required ${f}`)];
  for (const m of notice.report.messages) {
    if (m.severity === 'info') continue;
    const pos = m.line ? { line: m.line, column: m.column ?? 1 } : null;
    problems.push(problem(m.severity, m.rule, m.message, m.severity === 'error' ? 'messages' : null, pos));
  }
  const expectsNone = !!expected && (expected.document?.kind === 'other' || (expected.tasks ?? []).length === 0);
  if (!notice.tasks.length && !gates.allowEmpty && !expectsNone) {
    problems.push(problem('error', 'no-tasks', 'no tasks found (the file reads as a report, not a task list); --allow-empty accepts such files', 'tasks'));
  }
  for (const field of gates.require) {
    for (const t of notice.tasks) {
      if (!present(t, field)) problems.push(problem('error', `required-${field}`, `task ${t.number ?? t.id} has no ${field} (required)`, `required ${field}`, t.span.start));
    }
  }
  let scores: Record<string, Score> | null = null;
  let differences: FileResult['differences'] = [];
  if (expected) {
    const { counts, differences: all } = compare(expected, notice);
    scores = Object.fromEntries(FIELDS.map((f) => [f, { ...counts[f], ...f1(counts[f]) }]));
    differences = placed(notice, all);
    for (const f of FIELDS) {
      checks.push(`expected ${f}`);
      const s = scores[f];
      if (s.f1 >= gates.minF1) continue;
      const mine = differences.filter((d) => (String(d.field).startsWith('document.') ? 'document' : d.field) === f);
      problems.push(problem('error', 'min-f1', `${f}: F1 ${s.f1.toFixed(3)} is below ${gates.minF1} (precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}; ${mine.length} difference(s))`, `expected ${f}`));
      for (const d of mine) problems.push(problem('error', `expected-${f}`, describe(d), `expected ${f}`, d.line ? { line: d.line, column: d.column ?? 1 } : null));
    }
  }
  return {
    path: notice.source.path, error: null, kind: notice.document.kind, tasks: notice.tasks.length, fields: notice.report.fields,
    expected: expectedPath, scores, differences, checks, problems,
  };
}
