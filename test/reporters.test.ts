// The reporters are pure functions of the results: each output is checked for what CI servers read.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { failedFile } from '../src/check/file.js';
import { summarize } from '../src/check/totals.js';
import type { FileResult, Gates, Problem } from '../src/check/types.js';
import { chalkFor, colorLevel } from '../src/report/color.js';
import { ANNOTATION_CAP, github } from '../src/report/github.js';
import { json } from '../src/report/json.js';
import { junit } from '../src/report/junit.js';
import { stylish } from '../src/report/stylish.js';
import { cli } from './helpers/cli.js';
import { root } from './helpers/corpus.js';

const gates: Gates = { require: ['leadUnits'], allowEmpty: false, minF1: 1, minCompleteness: 0.99, minFieldCompleteness: { leaders: 0.5 }, maxWarnings: 5 };

const p = (severity: Problem['severity'], rule: string, message: string, line: number | null, check: string | null): Problem =>
  ({ severity, rule, message, line, column: line ? 3 : null, check });

function file(path: string, problems: Problem[], extra: Partial<FileResult> = {}): FileResult {
  return {
    path, error: null, kind: 'task-list', tasks: 4, fields: { leadUnits: { expected: 4, found: 3 }, leaders: { expected: 4, found: 4 } },
    expected: null, scores: null, differences: [], checks: ['read', 'messages', 'tasks', 'required leadUnits'], problems, ...extra,
  };
}

const files: FileResult[] = [
  file('notices/clean.txt', []),
  file('notices/busy, 100%: a.txt', [
    ...Array.from({ length: 15 }, (_, i) => p('error', 'required-leadUnits', `task ${i + 1} has no leadUnits (required)`, 10 + i, 'required leadUnits')),
    ...Array.from({ length: 12 }, (_, i) => p('warning', 'unclosed-assignment', `block opened with ( <is> "never" closed & line\nbreak ${i}`, 40 + i, null)),
  ]),
  file('notices/empty.txt', [p('error', 'no-tasks', 'no tasks found', null, 'tasks')], { tasks: 0, fields: {} }),
  failedFile('notices/bad.txt', 'binary file (contains NUL bytes), not a notice'),
];
const results = summarize(files, gates, false);

describe('the results', () => {
  it('count what the reporters print', () => {
    expect(results.ok).toBe(false);
    expect(results.totals).toMatchObject({ files: 4, failed: 1, noTasks: 1, warnings: 12 });
    // 15 + 1 + 1 file errors, then completeness 14/16 < 0.99 and 12 warnings > 5
    expect(results.problems.map((x) => x.rule)).toEqual(['min-completeness', 'max-warnings']);
    expect(results.totals.errors).toBe(17 + 2);
  });
});

describe('junit', () => {
  const xml = junit(results);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);

  it('parses, with one suite per file and one for the thresholds, and consistent counts', () => {
    const top = doc.testsuites;
    const suites = top.testsuite as Array<Record<string, unknown> & { testcase: Array<Record<string, unknown>> }>;
    expect(suites.map((s) => s.name)).toEqual(['notices/clean.txt', 'notices/busy, 100%: a.txt', 'notices/empty.txt', 'notices/bad.txt', 'thresholds']);
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
      expect(Number(s.errors)).toBe(s.testcase.filter((c) => c.error).length);
    }
    const sum = (k: string) => suites.reduce((n, s) => n + Number(s[k]), 0);
    expect(Number(top.tests)).toBe(sum('tests'));
    expect(Number(top.failures)).toBe(sum('failures'));
    expect(Number(top.errors)).toBe(sum('errors'));
    expect([top.tests, top.failures, top.errors].map(Number)).toEqual([4 + 4 + 4 + 1 + 3, 1 + 1 + 2, 1]);
  });

  it('puts each failure under its check, with every message, and warnings in system-out', () => {
    const busy = doc.testsuites.testsuite[1];
    const required = busy.testcase.find((c: { name: string }) => c.name === 'required leadUnits');
    expect(required.classname).toBe('notices/busy, 100%: a.txt');
    expect(required.failure.type).toBe('required-leadUnits');
    expect(required.failure['#text'].split('\n')).toHaveLength(15);
    expect(busy['system-out']).toContain('block opened with ( <is> "never" closed & line');
    const bad = doc.testsuites.testsuite[3].testcase[0];
    expect(bad.error.message).toMatch(/binary file/);
    const thresholds = doc.testsuites.testsuite[4].testcase.map((c: { name: string; failure?: unknown }) => [c.name, !!c.failure]);
    expect(thresholds).toEqual([['completeness', true], ['completeness leaders', false], ['max-warnings', true]]);
  });

  it('drops characters XML cannot hold', () => {
    const odd = summarize([failedFile('x.txt', 'bad \u0001 byte \u000b')], gates, false);
    expect(() => new XMLParser().parse(junit(odd))).not.toThrow();
    expect(junit(odd)).not.toMatch(/[\u0001\u000b]/);
  });
});

describe('github', () => {
  const lines = github(results).trimEnd().split('\n');
  const errors = lines.filter((l) => l.startsWith('::error'));
  const warnings = lines.filter((l) => l.startsWith('::warning'));

  it(`annotates at most ${ANNOTATION_CAP} of each type, run-wide thresholds first`, () => {
    expect(errors).toHaveLength(ANNOTATION_CAP);
    expect(warnings).toHaveLength(ANNOTATION_CAP);
    expect(errors[0]).toMatch(/^::error title=fenjie min-completeness::completeness/);
  });

  it('gives file, line and column, escaped as workflow commands require', () => {
    for (const l of [...errors.filter((x) => x.includes('file=')), ...warnings]) expect(l).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=/);
    expect(errors[2]).toBe('::error file=notices/busy%2C 100%25%3A a.txt,line=10,col=3,title=fenjie required-leadUnits::task 1 has no leadUnits (required)');
    expect(warnings[0]).toContain('::block opened with ( <is> "never" closed & line%0Abreak 0');
  });

  it('summarises the rest in one notice and lists them in the log', () => {
    const notice = lines.filter((l) => l.startsWith('::notice'));
    // 2 + 15 + 1 + 1 = 19 errors (10 annotated), 12 warnings (10 annotated)
    expect(notice).toEqual(['::notice title=fenjie check::9 more errors and 2 more warnings not annotated (Actions shows 10 of each per step); they are listed in the log']);
    const after = lines.slice(lines.indexOf(notice[0]) + 1);
    expect(after.filter((l) => / error: /.test(l))).toHaveLength(9);
    expect(after.filter((l) => / warning: /.test(l))).toHaveLength(2);
    expect(after).toContain('notices/bad.txt:1:1: error: binary file (contains NUL bytes), not a notice (read-error)');
    expect(lines.at(-1)).toMatch(/^fenjie check: 4 files, .* failed$/);
  });

  it('--quiet leaves warnings out', () => {
    expect(github(results, { quiet: true })).not.toMatch(/::warning/);
  });
});

describe('json', () => {
  it('is the results object', () => {
    expect(JSON.parse(json(results))).toEqual(JSON.parse(JSON.stringify(results)));
  });
});

describe('stylish', () => {
  it('groups problems by file with place, severity, message and rule; figures at the end', () => {
    const text = stylish(results);
    expect(text).not.toMatch(/\x1b\[/);
    expect(text).toMatch(/^notices\/busy, 100%: a\.txt\n {2}10:3 +error +task 1 has no leadUnits \(required\) +required-leadUnits$/m);
    expect(text).toMatch(/^notices\/bad\.txt\n {2}- +error +binary file/m);
    expect(text).not.toContain('notices/clean.txt');
    expect(text).toMatch(/^thresholds\n.*completeness 87\.5% \(14\/16\) is below 99\.0%/m);
    expect(text).toMatch(/✖ failed: 31 problems \(19 errors, 12 warnings\)\n$/);
  });

  it('colours only when given a colour level; --quiet lists errors only', () => {
    expect(stylish(results, { chalk: chalkFor(1) })).toMatch(/\x1b\[31merror/);
    expect(stylish(results, { quiet: true })).not.toMatch(/ warning /);
  });
});

describe('colour level', () => {
  const cases: Array<[string, boolean | undefined, Record<string, string>, boolean, number]> = [
    ['a terminal', undefined, {}, true, 1],
    ['a terminal with 256 colours', undefined, { TERM: 'xterm-256color' }, true, 2],
    ['a pipe', undefined, {}, false, 0],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, 0],
    ['an empty NO_COLOR is ignored', undefined, { NO_COLOR: '' }, true, 1],
    ['FORCE_COLOR on a pipe', undefined, { FORCE_COLOR: '1' }, false, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, false, 3],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, 0],
    ['FORCE_COLOR outranks NO_COLOR (as in Node)', undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 1],
    ['--color on a pipe', true, {}, false, 1],
    ['--color outranks NO_COLOR', true, { NO_COLOR: '1' }, false, 1],
    ['--no-color outranks FORCE_COLOR', false, { FORCE_COLOR: '3' }, true, 0],
    ['TERM=dumb', undefined, { TERM: 'dumb' }, true, 0],
  ];
  for (const [name, flag, env, tty, level] of cases) it(name, () => expect(colorLevel(flag, env, tty)).toBe(level));

  it('the CLI honours NO_COLOR, FORCE_COLOR and --no-color', async () => {
    const args = ['check', `${root}/fixtures/tinghu-2020-report.txt`];
    expect((await cli(args, { FORCE_COLOR: '1' })).out).toMatch(/\x1b\[/);
    expect((await cli([...args, '--no-color'], { FORCE_COLOR: '1' })).out).not.toMatch(/\x1b\[/);
    expect((await cli(args, { NO_COLOR: '1' })).out).not.toMatch(/\x1b\[/);
  });
});

describe('reporters on a real run', () => {
  it('junit for the fixtures against their expected files: every check passes', async () => {
    const r = await cli(['check', `${root}/fixtures`, '--include', '*.txt', '--expected', `${root}/fixtures/expected`, '--min-f1', '0.97', '-f', 'junit']);
    expect(r.code).toBe(0);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.out);
    // per file: read, messages, tasks and ten expected fields
    expect(Number(doc.testsuites.tests)).toBe(20 * 13);
    expect(Number(doc.testsuites.failures) + Number(doc.testsuites.errors)).toBe(0);
  });
});
