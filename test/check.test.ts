// `parse check` as a CI gate, in process: the repo's fixtures against their expected files, a changed
// expected value, every threshold, and the exit codes (0 clean, 1 missed, 2 usage or configuration).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResults } from '../src/check/types.js';
import { cli } from './helpers/cli.js';
import { root } from './helpers/corpus.js';

const fixtures = join(root, 'fixtures');
const expectedDir = join(fixtures, 'expected');
const tmp = mkdtempSync(join(tmpdir(), 'fenjie-check-'));
const fixture = (name: string) => join(fixtures, name);
/** The fixture notices themselves (fixtures/*.txt), not the published variants in subfolders. */
const notices = [fixtures, '--include', '*.txt'];
const asJson = async (args: string[]) => {
  const r = await cli(['check', ...args, '--reporter', 'json']);
  return { ...r, results: r.out ? (JSON.parse(r.out) as CheckResults) : null };
};

/** A copy of the expected files with one lead unit of `file` changed. */
function altered(file: string): { dir: string; was: string } {
  const dir = mkdtempSync(join(tmp, 'expected-'));
  cpSync(expectedDir, dir, { recursive: true });
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const task = doc.tasks.find((t: { leadUnits: string[] }) => t.leadUnits.length > 0);
  const was = task.leadUnits[0];
  task.leadUnits[0] = `${was}改`;
  writeFileSync(join(dir, file), JSON.stringify(doc, null, 2));
  return { dir, was };
}

describe('check --expected on the repo fixtures', () => {
  it('passes at --min-f1 0.97 (exit 0), every fixture compared', async () => {
    const r = await asJson([...notices, '--expected', expectedDir, '--min-f1', '0.97']);
    expect(r.code).toBe(0);
    expect(r.results!.ok).toBe(true);
    expect(r.results!.totals.compared).toBe(20);
    expect(r.results!.totals.withoutExpected).toBe(0);
    expect(r.results!.totals.scores!.leadUnits.f1).toBeGreaterThanOrEqual(0.97);
  });

  it('fails (exit 1) when one expected 牵头单位 is changed, and names the difference and its line', async () => {
    const { dir, was } = altered('guoban-2016.json');
    const r = await cli(['check', ...notices, '--expected', dir, '--min-f1', '0.97', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/fixtures\/guoban-2016\.txt/);
    expect(r.out).toMatch(/leadUnits: F1 0\.\d+ is below 0\.97/);
    expect(r.out).toMatch(new RegExp(`\\d+:\\d+\\s+error\\s+leadUnits of task \\S+: expected \\[${was}改\\], got \\[${was}\\]\\s+expected-leadUnits`));
    expect(r.out).toMatch(/✖ failed/);
    const j = await asJson([...notices, '--expected', dir, '--min-f1', '0.97']);
    const guoban = j.results!.files.find((f) => f.path.endsWith('guoban-2016.txt'))!;
    expect(guoban.scores!.leadUnits).toMatchObject({ fn: 1, fp: 1 });
  });

  it('at the default --min-f1 (1.0) one lost value fails even in a large file', async () => {
    const { dir } = altered('haizhou-2022.json');
    const lenient = await cli(['check', ...notices, '--expected', dir, '--min-f1', '0.97']);
    expect(lenient.code).toBe(0); // 1 of 132 lead units: F1 0.992
    const strict = await cli(['check', ...notices, '--expected', dir]);
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/haizhou-2022\.txt[\s\S]*leadUnits: F1 0\.99\d is below 1/);
  });

  it('matches an expected file by its "input" field when its name differs', async () => {
    const dir = mkdtempSync(join(tmp, 'gold-'));
    const doc = JSON.parse(readFileSync(join(expectedDir, 'lishan-2023.json'), 'utf8'));
    doc.input = relative(dir, fixture('lishan-2023.txt'));
    writeFileSync(join(dir, 'renamed.json'), JSON.stringify(doc));
    const r = await asJson([fixture('lishan-2023.txt'), fixture('xialu-2020.txt'), '--expected', dir]);
    expect(r.code).toBe(0);
    expect(r.results!.files[0].expected).toBe(join(dir, 'renamed.json'));
    expect(r.results!.totals).toMatchObject({ compared: 1, withoutExpected: 1 });
  });

  it('a file whose expected document has no tasks need not yield any', async () => {
    const r = await asJson([fixture('tinghu-2020-report.txt'), '--expected', expectedDir]);
    expect(r.code).toBe(0);
  });
});

describe('check thresholds', () => {
  const taskFiles = [...notices, '--allow-empty'];

  it('files without tasks fail unless --allow-empty', async () => {
    const r = await cli(['check', fixture('tinghu-2020-report.txt'), fixture('guoban-2016.txt'), '--no-color']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/tinghu-2020-report\.txt\n\s+-\s+error\s+no tasks found/);
    expect((await cli(['check', fixture('tinghu-2020-report.txt'), fixture('guoban-2016.txt'), '--allow-empty'])).code).toBe(0);
  });

  it('--min-completeness overall and per field', async () => {
    // 2 of 4 tasks lack a field their neighbours have: leadUnits 3/4, coUnits 3/4.
    const partial = join(tmp, 'partial.txt');
    writeFileSync(partial, ['关于印发2024年重点工作任务分解方案的通知', '', '一、重点工作',
      '1.加快建设产业园区基础设施项目。(牵头单位:区发改局;责任单位:区财政局)', '2.推进老旧小区改造工程建设。(责任单位:区住建局)',
      '3.完善社会保障制度体系。(牵头单位:区人社局;责任单位:区民政局)', '4.提升公共服务水平。(牵头单位:区政务办)', ''].join('\n'));
    const r = await asJson([partial]);
    const { overall, fields } = r.results!.totals.completeness;
    expect(overall).toEqual({ expected: 8, found: 6, ratio: 0.75 });
    expect(fields.leadUnits.ratio).toBe(0.75);
    expect((await cli(['check', partial, '--min-completeness', '0.75'])).code).toBe(0);
    const missed = await asJson([partial, '--min-completeness', '76%']);
    expect(missed.code).toBe(1);
    expect(missed.results!.problems).toEqual([expect.objectContaining({ rule: 'min-completeness', check: 'completeness' })]);
    expect(missed.results!.problems[0].message).toMatch(/completeness 75\.0% \(6\/8\) is below 76\.0%/);
    const field = await asJson([partial, '--min-completeness', 'leadUnits=0.8', '--min-completeness', 'coUnits=0.5']);
    expect(field.code).toBe(1);
    expect(field.results!.problems.map((p) => p.check)).toEqual(['completeness leadUnits']);
    expect((await cli(['check', partial, '--min-completeness', 'leadUnits=0.75'])).code).toBe(0);
  });

  it('--require: every task must have the field; each miss is an error at the task', async () => {
    const ok = await cli(['check', fixture('guoban-2016.txt'), '--require', 'leadUnits,text']);
    expect(ok.code).toBe(0);
    const r = await asJson([fixture('dazhu-2016-minsheng.txt'), '--require', 'leadUnits']);
    expect(r.code).toBe(1);
    const misses = r.results!.files[0].problems.filter((p) => p.rule === 'required-leadUnits');
    expect(misses.length).toBe(r.results!.files[0].tasks);
    expect(misses.every((p) => p.line && p.column)).toBe(true);
  });

  it('--max-warnings', async () => {
    const r = await asJson([fixture('haizhou-2022.txt')]);
    const n = r.results!.totals.warnings;
    expect(n).toBeGreaterThan(0);
    expect((await cli(['check', fixture('haizhou-2022.txt'), '--max-warnings', String(n)])).code).toBe(0);
    const over = await asJson([fixture('haizhou-2022.txt'), '--max-warnings', String(n - 1)]);
    expect(over.code).toBe(1);
    expect(over.results!.problems.map((p) => p.rule)).toEqual(['max-warnings']);
  });

  it('an unreadable file fails the run (exit 1) as a read error', async () => {
    const r = await asJson([fixture('guoban-2016.txt'), join(tmp, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.results!.files[1]).toMatchObject({ error: 'no such file', checks: ['read'] });
  });

  it('--output-file writes the report instead of stdout', async () => {
    const file = join(tmp, 'report.xml');
    const r = await cli(['check', fixture('guoban-2016.txt'), '-f', 'junit', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
  });
});

describe('check usage and configuration errors exit 2', () => {
  const badGold = mkdtempSync(join(tmp, 'bad-gold-'));
  writeFileSync(join(badGold, 'x.json'), '{ not json');
  const cases: Array<[string, string[], RegExp]> = [
    ['no inputs', [], /missing required argument/],
    ['an unknown --require field', [fixtures, '--require', 'leadUnit'], /unknown field "leadUnit"/],
    ['an unknown completeness field', [fixtures, '--min-completeness', 'boss=0.5'], /unknown field "boss"/],
    ['--min-f1 above 1', [fixtures, '--min-f1', '1.2'], /--min-f1/],
    ['an unknown reporter', [fixtures, '--reporter', 'xml'], /Allowed choices are stylish, json, junit, github/],
    ['a missing --expected folder', [fixtures, '--expected', join(tmp, 'nowhere')], /no such folder/],
    ['an expected file that is not JSON', [fixtures, '--expected', badGold], /expected file .*x\.json/],
    ['a negative --max-warnings', [fixtures, '--max-warnings', '-1'], /--max-warnings/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = await cli(['check', ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    });
  }
});
