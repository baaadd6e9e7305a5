// The default reporter: problems grouped by file (as ESLint's stylish), then the run's figures.
import type { CheckResults, Problem } from '../check/types.js';
import { shown } from '../errors.js';
import { FIELDS } from '../compare/index.js';
import { plain } from './color.js';
import { columns, num, pct, plural, sorted } from './format.js';
import type { ReportOptions } from './types.js';

const place = (p: Problem) => (p.line ? `${p.line}:${p.column ?? 1}` : '-');

export function stylish(results: CheckResults, options: ReportOptions = {}): string {
  const c = options.chalk ?? plain;
  const out: string[] = [];
  for (const f of results.files) {
    const list = sorted(f, options.quiet);
    if (!list.length) continue;
    out.push(c.underline(shown(f.path)));
    out.push(...columns(list.map((p) => [`  ${place(p)}`, p.severity, p.message, p.rule]), (text, col, row) =>
      col === 1 ? (list[row].severity === 'error' ? c.red(text) : c.yellow(text)) : col === 3 ? c.dim(text) : text));
    out.push('');
  }
  const t = results.totals;
  if (results.problems.length) {
    out.push(c.underline('thresholds'));
    out.push(...columns(results.problems.map((p) => ['  ', 'error', p.message, p.rule]), (text, col) =>
      col === 1 ? c.red(text) : col === 3 ? c.dim(text) : text));
    out.push('');
  }
  out.push(`${plural(t.files, 'file')}, ${plural(t.tasks, 'task')}, ${num(t.noTasks)} without tasks, ${num(t.failed)} failed`);
  const overall = t.completeness.overall;
  if (overall) {
    const fields = Object.entries(t.completeness.fields).map(([k, r]) => `${k} ${pct(r.ratio)} (${num(r.found)}/${num(r.expected)})`);
    out.push(`completeness ${pct(overall.ratio)}: ${fields.join(', ')}`);
  }
  if (t.withExpected || t.scores) {
    out.push(`against expected files: ${plural(t.compared, 'file')} compared${t.withoutExpected ? `, ${num(t.withoutExpected)} without one` : ''}`);
  }
  if (t.scores) {
    const rows = [['  field', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn']];
    for (const f of FIELDS) {
      const s = t.scores[f];
      rows.push([`  ${f}`, s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3), num(s.tp), num(s.fp), num(s.fn)]);
    }
    out.push(...columns(rows, (text, _col, row) => (row === 0 ? c.dim(text) : text)));
  }
  const summary = `${plural(t.errors + t.warnings, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`;
  out.push(results.ok ? c.green(`✔ passed: ${summary}`) : c.red.bold(`✖ failed: ${summary}`));
  return `${out.join('\n')}\n`;
}
