// The whole run: totals over the files, and the run-wide thresholds (completeness, warnings).
import { FIELDS } from '../compare/index.js';
import { ASSIGNMENT_FIELDS } from '../model.js';
import type { CheckResults, FileResult, Gates, Problem, Ratio, Score } from './types.js';

const ratio = (expected: number, found: number): Ratio => ({ expected, found, ratio: expected ? found / expected : 1 });
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

function scoresOf(files: FileResult[]): Record<string, Score> | null {
  const compared = files.filter((f) => f.scores);
  if (!compared.length) return null;
  return Object.fromEntries(FIELDS.map((field) => {
    let tp = 0, fp = 0, fn = 0;
    for (const f of compared) { const s = f.scores![field]; tp += s.tp; fp += s.fp; fn += s.fn; }
    const precision = tp + fp ? tp / (tp + fp) : 1, recall = tp + fn ? tp / (tp + fn) : 1;
    return [field, { tp, fp, fn, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }];
  }));
}

export function summarize(files: FileResult[], gates: Gates, withExpected: boolean): CheckResults {
  const sums: Record<string, { expected: number; found: number }> = {};
  let all = { expected: 0, found: 0 };
  for (const f of files) {
    for (const [field, c] of Object.entries(f.fields)) {
      const s = (sums[field] ??= { expected: 0, found: 0 });
      s.expected += c.expected; s.found += c.found;
      all = { expected: all.expected + c.expected, found: all.found + c.found };
    }
  }
  const rank = (f: string) => ((ASSIGNMENT_FIELDS as readonly string[]).indexOf(f) + 1 || 99);
  const fields = Object.fromEntries(Object.entries(sums).sort((a, b) => rank(a[0]) - rank(b[0])).map(([k, v]) => [k, ratio(v.expected, v.found)]));
  const overall = all.expected ? ratio(all.expected, all.found) : null;
  const count = (sev: Problem['severity']) => files.reduce((n, f) => n + f.problems.filter((p) => p.severity === sev).length, 0);
  const totals = {
    files: files.length,
    failed: files.filter((f) => f.error).length,
    noTasks: files.filter((f) => !f.error && f.tasks === 0).length,
    tasks: files.reduce((n, f) => n + f.tasks, 0),
    errors: count('error'),
    warnings: count('warning'),
    completeness: { overall, fields },
    scores: scoresOf(files),
    withExpected,
    compared: files.filter((f) => f.scores).length,
    withoutExpected: withExpected ? files.filter((f) => !f.error && !f.scores).length : 0,
  };
  const problems: Problem[] = [];
  const fail = (rule: string, message: string, check: string) => problems.push({ severity: 'error', rule, message, line: null, column: null, check });
  if (gates.minCompleteness !== null && (overall?.ratio ?? 1) < gates.minCompleteness) {
    fail('min-completeness', `completeness ${pct(overall!.ratio)} (${overall!.found}/${overall!.expected}) is below ${pct(gates.minCompleteness)}`, 'completeness');
  }
  for (const [field, min] of Object.entries(gates.minFieldCompleteness)) {
    const r = fields[field];
    if (r && r.ratio < min) fail('min-completeness', `${field} completeness ${pct(r.ratio)} (${r.found}/${r.expected}) is below ${pct(min)}`, `completeness ${field}`);
  }
  if (gates.maxWarnings !== null && totals.warnings > gates.maxWarnings) {
    fail('max-warnings', `${totals.warnings} warnings, more than the ${gates.maxWarnings} allowed (--max-warnings)`, 'max-warnings');
  }
  const ok = totals.errors === 0 && problems.length === 0;
  return { ok, gates, files, totals: { ...totals, errors: totals.errors + problems.length }, problems };
}

/** The run-wide checks that were set (each a JUnit test case). */
export function runChecks(gates: Gates): string[] {
  return [
    ...(gates.minCompleteness !== null ? ['completeness'] : []),
    ...Object.keys(gates.minFieldCompleteness).map((f) => `completeness ${f}`),
    ...(gates.maxWarnings !== null ? ['max-warnings'] : []),
  ];
}
