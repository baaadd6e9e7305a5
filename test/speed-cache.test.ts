// --cache DIR (issue 13): a re-run parses only new files, a changed option misses the cache, a corrupt
// entry is ignored (never trusted) and rewritten, the same bytes under another name are found; in every
// case the output is byte for byte what a run without the cache writes. The built CLI, worker threads.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const base = mkdtempSync(join(tmpdir(), 'fenjie-cache-'));
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), ...args, '--jobs', '2'], { cwd: base, encoding: 'utf8' });
const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
/** Every output file of a run, by its place under the output folder. */
const outputs = (dir: string) => Object.fromEntries(walk(join(base, dir)).map((f) => [relative(join(base, dir), f), readFileSync(f, 'utf8')]));
const FILES = ['fixtures/haizhou-2022.txt', 'fixtures/caidian-2023.txt', 'fixtures/published/tongxiang-2020.hk.txt',
  'fixtures/published/guangdong-2021.docx', 'fixtures/published/dazhu-2016-minsheng.table.html'];
// (a run that dies says how: its signal and the end of what it wrote)
const why = (r: { signal: NodeJS.Signals | null; error?: Error; stderr: string }) => `signal ${r.signal}, ${r.error?.message ?? ''} ${r.stderr.slice(-400)}`;
const summary = (stderr: string) => /^\d+ files, .*$/m.exec(stderr)?.[0] ?? stderr;

beforeAll(() => {
  mkdirSync(join(base, 'in'));
  for (const f of FILES) copyFileSync(join(root, f), join(base, 'in', f.split('/').pop()!));
});

describe('parse DIR --out OUT --cache CACHE', () => {
  it('first run fills the cache; a re-run after a new download parses only the new file, same output', () => {
    const first = run('in', '--out', 'o1', '--cache', 'cache');
    expect(first.status, why(first)).toBe(0);
    expect(summary(first.stderr)).toMatch(/^5 files, 5 converted, /);
    expect(walk(join(base, 'cache')).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    copyFileSync(join(root, 'fixtures', 'nanling-2024.txt'), join(base, 'in', 'nanling-2024.txt'));
    const second = run('in', '--out', 'o2', '--cache', 'cache');
    expect(second.status, why(second)).toBe(0);
    expect(summary(second.stderr)).toMatch(/^6 files, 6 converted \(5 from the cache\), /);
    const plain = run('in', '--out', 'o0');
    expect(summary(plain.stderr)).not.toMatch(/cache/);
    expect(outputs('o2')).toEqual(outputs('o0'));
    expect(Object.keys(outputs('o2'))).toHaveLength(6);
  });
  it('a changed option misses the cache (and gives its own entries)', () => {
    const forced = run('in', '--out', 'o3', '--cache', 'cache', '--encoding', 'utf-8');
    expect(forced.status, why(forced)).toBe(0);
    expect(summary(forced.stderr)).toMatch(/^6 files, 6 converted, /);
    expect(summary(run('in', '--out', 'o4', '--cache', 'cache', '--encoding', 'utf-8').stderr)).toMatch(/\(6 from the cache\)/);
    expect(summary(run('in', '--out', 'o5', '--cache', 'cache').stderr)).toMatch(/\(6 from the cache\)/);
  });
  it('a corrupt entry is ignored, never trusted, and rewritten', () => {
    const entries = walk(join(base, 'cache')).filter((f) => f.endsWith('.json'));
    const own = (name: string) => entries.filter((f) => readFileSync(f, 'utf8').includes(`"path":"in/${name}"`));
    // each file has two entries by now (with and without --encoding utf-8): spoil both
    for (const truncated of own('haizhou-2022.txt')) writeFileSync(truncated, readFileSync(truncated, 'utf8').slice(0, 500));
    // a plausible edit: a unit renamed inside the document, its JSON still valid
    for (const edited of own('caidian-2023.txt')) {
      const text = readFileSync(edited, 'utf8');
      writeFileSync(edited, text.replace(/"leadUnits":\["[^"]+"/, '"leadUnits":["伪造单位"'));
      expect(readFileSync(edited, 'utf8')).not.toBe(text);
    }
    for (const garbage of own('tongxiang-2020.hk.txt')) writeFileSync(garbage, '\u0000\u0001 not json');
    const r = run('in', '--out', 'o6', '--cache', 'cache');
    expect(r.status, why(r)).toBe(0);
    expect(summary(r.stderr)).toMatch(/^6 files, 6 converted \(3 from the cache\), /);
    expect(outputs('o6')).toEqual(outputs('o0'));
    expect(JSON.stringify(outputs('o6'))).not.toContain('伪造单位');
    expect(summary(run('in', '--out', 'o7', '--cache', 'cache').stderr)).toMatch(/\(6 from the cache\)/);
  });
  it('the same bytes under another name come from the cache with their own path; --jsonl and a single file too', () => {
    mkdirSync(join(base, 'renamed'));
    copyFileSync(join(base, 'in', 'haizhou-2022.txt'), join(base, 'renamed', 'copy.txt'));
    const hit = run('renamed', '--jsonl', '--cache', 'cache');
    expect(summary(hit.stderr)).toMatch(/\(1 from the cache\)/);
    expect(hit.stdout).toBe(run('renamed', '--jsonl').stdout);
    expect(JSON.parse(hit.stdout).source.path).toBe(join('renamed', 'copy.txt'));
    const one = run(join('in', 'caidian-2023.txt'), '--cache', 'cache');
    expect(one.status, why(one)).toBe(0);
    expect(one.stdout).toBe(run(join('in', 'caidian-2023.txt')).stdout);
  });
  it('--cache naming a file, or empty, is a usage error', () => {
    writeFileSync(join(base, 'a-file'), 'x');
    expect(run('in', '--out', 'o8', '--cache', 'a-file')).toMatchObject({ status: 2 });
    expect(run('in', '--out', 'o8', '--cache', '')).toMatchObject({ status: 2 });
  });
});
