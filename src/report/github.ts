// GitHub Actions workflow commands: ::error / ::warning annotations with file, line and column.
// Actions shows at most 10 annotations of each type per step, so 10 of each are annotated and the
// rest are summarised in one ::notice and printed as plain log lines.
import type { CheckResults, Problem } from '../check/types.js';
import { num, plural, sorted } from './format.js';
import type { ReportOptions } from './types.js';

export const ANNOTATION_CAP = 10;

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

interface Entry { file: string | null; p: Problem }

function command(e: Entry): string {
  const props = [
    ...(e.file ? [`file=${prop(e.file)}`, `line=${e.p.line ?? 1}`, `col=${e.p.column ?? 1}`] : []),
    `title=${prop(`fenjie ${e.p.rule}`)}`,
  ];
  return `::${e.p.severity} ${props.join(',')}::${data(e.p.message)}`;
}

const logLine = (e: Entry) => `${e.file ?? 'fenjie'}${e.file ? `:${e.p.line ?? 1}:${e.p.column ?? 1}` : ''}: ${e.p.severity}: ${e.p.message} (${e.p.rule})`;

export function github(results: CheckResults, options: ReportOptions = {}): string {
  const entries: Entry[] = [
    ...results.problems.map((p) => ({ file: null, p })),
    ...results.files.flatMap((f) => sorted(f, options.quiet).map((p) => ({ file: f.path, p }))),
  ];
  const shown = { error: 0, warning: 0 };
  const out: string[] = [];
  const rest: Entry[] = [];
  for (const e of entries) {
    if (shown[e.p.severity]++ < ANNOTATION_CAP) out.push(command(e));
    else rest.push(e);
  }
  if (rest.length) {
    const errors = rest.filter((e) => e.p.severity === 'error').length, warnings = rest.length - errors;
    out.push(`::notice title=fenjie check::${plural(errors, 'more error')} and ${plural(warnings, 'more warning')} not annotated (Actions shows ${ANNOTATION_CAP} of each per step); they are listed in the log`);
    out.push(...rest.map(logLine));
  }
  const t = results.totals;
  out.push(`fenjie check: ${plural(t.files, 'file')}, ${plural(t.tasks, 'task')}, ${num(t.failed)} failed; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}: ${results.ok ? 'passed' : 'failed'}`);
  return `${out.join('\n')}\n`;
}
