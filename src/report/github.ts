// GitHub Actions workflow commands: ::error / ::warning annotations with file, line and column.
// Actions shows at most 10 annotations of each type per step, so 10 of each are annotated and the
// rest are summarised in one ::notice and printed as plain log lines. Every line is escaped: no file
// name or message can end a line or begin one with `::` (a workflow command of its own).
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

// A plain log line holds no line break and never begins with `::` (the runner trims leading white
// space before it looks for a command): a file name cannot smuggle in a command of its own.
const oneLine = (s: string) => {
  const flat = s.replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return /^\s*::/.test(flat) ? `./${flat.trimStart()}` : flat;
};
const logLine = (e: Entry) => oneLine(`${e.file ?? 'fenjie'}${e.file ? `:${e.p.line ?? 1}:${e.p.column ?? 1}` : ''}: ${e.p.severity}: ${e.p.message} (${e.p.rule})`);

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
  const compared = t.withExpected ? `, ${plural(t.compared, 'file')} compared with expected files` : '';
  out.push(`fenjie check: ${plural(t.files, 'file')}, ${plural(t.tasks, 'task')}, ${num(t.failed)} failed${compared}; ${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}: ${results.ok ? 'passed' : 'failed'}`);
  return `${out.join('\n')}\n`;
}
