// Running totals of a batch conversion (kept small: counts, not documents) and the end-of-run summary.
import type { ChalkInstance } from 'chalk';
import { ASSIGNMENT_FIELDS } from '../model.js';
import { shown } from '../errors.js';
import type { ConvertOutcome } from './job.js';

const LIST = 20, NAMES = 10;
const n = (x: number) => x.toLocaleString('en-US');

export interface Tally {
  files: number;
  converted: number;
  skipped: number;
  /** Converted files whose document came from the --cache folder. */
  cached: number;
  tasks: number;
  warnings: number;
  /** Counts, and the first few names (a run of any size keeps only these). */
  noTasks: number;
  noTasksFirst: string[];
  failed: number;
  failedFirst: Array<{ path: string; reason: string }>;
  fields: Record<string, { expected: number; found: number }>;
}

export const newTally = (): Tally => ({ files: 0, converted: 0, skipped: 0, cached: 0, tasks: 0, warnings: 0, noTasks: 0, noTasksFirst: [], failed: 0, failedFirst: [], fields: {} });

export function count(t: Tally, o: ConvertOutcome | { path: string; skipped: true }): void {
  t.files++;
  if ('skipped' in o) { t.skipped++; return; }
  if (o.error) {
    if (t.failed++ < LIST) t.failedFirst.push({ path: o.path, reason: o.error });
    return;
  }
  t.converted++;
  if (o.cached) t.cached++;
  t.tasks += o.tasks;
  t.warnings += o.warnings;
  if (!o.tasks && t.noTasks++ < NAMES) t.noTasksFirst.push(o.path);
  for (const [f, c] of Object.entries(o.fields)) {
    const s = (t.fields[f] ??= { expected: 0, found: 0 });
    s.expected += c.expected; s.found += c.found;
  }
}


export function formatTally(t: Tally, c: ChalkInstance, seconds: number): string {
  const out: string[] = [];
  const head = [`${n(t.files)} files`, `${n(t.converted)} converted${t.cached ? ` (${n(t.cached)} from the cache)` : ''}`, `${n(t.tasks)} tasks`];
  if (t.skipped) head.push(`${n(t.skipped)} skipped (already converted)`);
  head.push(`${n(t.noTasks)} with no tasks`);
  head.push((t.failed ? c.red : c.green)(`${n(t.failed)} failed`));
  out.push(`${head.join(', ')} (${seconds.toFixed(1)} s)`);
  const rank = (f: string) => ((ASSIGNMENT_FIELDS as readonly string[]).indexOf(f) + 1 || 99);
  const fields = Object.entries(t.fields).sort((a, b) => rank(a[0]) - rank(b[0]));
  if (fields.length) {
    let e = 0, f = 0;
    for (const [, v] of fields) { e += v.expected; f += v.found; }
    const pct = (found: number, expected: number) => `${((found / expected) * 100).toFixed(1)}%`;
    out.push(`completeness ${pct(f, e)}: ${fields.map(([k, v]) => `${k} ${pct(v.found, v.expected)} (${n(v.found)}/${n(v.expected)})`).join(', ')}`);
  }
  if (t.noTasks) {
    out.push(`no tasks in: ${t.noTasksFirst.map(shown).join(', ')}${t.noTasks > NAMES ? `, … ${n(t.noTasks - NAMES)} more` : ''}`);
  }
  if (t.failed) {
    out.push(c.red(`failed${t.failed > LIST ? ` (first ${LIST}; every failure was printed as it happened)` : ''}:`));
    for (const x of t.failedFirst) out.push(`  ${shown(x.path)}: ${x.reason}`);
    if (t.failed > LIST) out.push(`  … ${n(t.failed - LIST)} more`);
  }
  return `${out.join('\n')}\n`;
}
