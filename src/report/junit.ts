// JUnit XML in the Ant / Jenkins dialect: one <testsuite> per file with a <testcase> per check
// (read, messages, tasks, required FIELD, expected FIELD), and one suite for the run-wide thresholds.
import type { CheckResults, FileResult, Problem } from '../check/types.js';
import { runChecks } from '../check/totals.js';

// XML 1.0 forbids most control characters even when escaped.
const clean = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
const esc = (s: string) => clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const line = (p: Problem) => `${p.line ? `${p.line}:${p.column ?? 1} ` : ''}${p.message} (${p.rule})`;

interface Case { name: string; failures: Problem[]; error: Problem | null }

function suite(name: string, classname: string, cases: Case[], out: string[] = []): { xml: string; tests: number; failures: number; errors: number } {
  const failures = cases.filter((k) => !k.error && k.failures.length).length;
  const errors = cases.filter((k) => k.error).length;
  const body = cases.map((k) => {
    const open = `    <testcase classname="${esc(classname)}" name="${esc(k.name)}"`;
    if (k.error) return `${open}>\n      <error type="${esc(k.error.rule)}" message="${esc(k.error.message)}">${esc(line(k.error))}</error>\n    </testcase>`;
    if (!k.failures.length) return `${open}/>`;
    const first = k.failures[0];
    return `${open}>\n      <failure type="${esc(first.rule)}" message="${esc(first.message)}">${esc(k.failures.map(line).join('\n'))}</failure>\n    </testcase>`;
  });
  const sysout = out.length ? [`    <system-out>${esc(out.join('\n'))}</system-out>`] : [];
  const xml = [
    `  <testsuite name="${esc(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`,
    ...body, ...sysout, '  </testsuite>',
  ].join('\n');
  return { xml, tests: cases.length, failures, errors };
}

function fileSuite(f: FileResult) {
  const cases: Case[] = f.checks.map((name) => {
    const mine = f.problems.filter((p) => p.check === name && p.severity === 'error');
    return name === 'read' && f.error ? { name, failures: [], error: mine[0] } : { name, failures: mine, error: null };
  });
  const warnings = f.problems.filter((p) => p.severity === 'warning').map((p) => `warning ${line(p)}`);
  return suite(f.path, f.path, cases, warnings);
}

export function junit(results: CheckResults): string {
  const suites = results.files.map(fileSuite);
  const run = runChecks(results.gates);
  if (run.length) {
    suites.push(suite('thresholds', 'fenjie.check', run.map((name) => ({ name, failures: results.problems.filter((p) => p.check === name), error: null }))));
  }
  const sum = (k: 'tests' | 'failures' | 'errors') => suites.reduce((n, s) => n + s[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="fenjie check" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
