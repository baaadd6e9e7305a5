// Batch conversion end to end (the built CLI, worker threads): 1,200+ generated notices with bad files
// among them, --out mirroring, --jsonl, a run killed mid-way, --skip-existing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Notice } from '../src/schema.js';
import { makeCorpus, root, type Corpus } from './helpers/corpus.js';

const bin = join(root, 'bin', 'parse.js');
const base = mkdtempSync(join(tmpdir(), 'fenjie-batch-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: base, encoding: 'utf8', maxBuffer: 1 << 30 });
const TEMP = /^\..+\.fenjie-tmp$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const snapshot = (dir: string) => walk(dir).map((f) => { const s = statSync(f, { throwIfNoEntry: false }); return `${f} ${s?.size} ${s?.mtimeMs}`; }).join('\n');

let corpus: Corpus;
const jsonOf = (rel: string) => rel.replace(/^notices\//, '').replace(/\.txt$/, '.json');

beforeAll(() => {
  corpus = makeCorpus(base, 'notices', 75);
  for (const s of corpus.skipped) console.warn(`skipped: ${s}`);
});

describe('parse FOLDER --out DIR', () => {
  it('converts every good file, reports each bad one, never touches the inputs, exits 1', () => {
    expect(corpus.good.length).toBeGreaterThanOrEqual(1200);
    const before = snapshot(corpus.dir);
    const started = performance.now();
    const r = run('notices', '--out', 'tasks');
    const seconds = (performance.now() - started) / 1000;
    console.log(`${corpus.good.length + corpus.bad.length} files in ${seconds.toFixed(1)} s`);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    for (const b of corpus.bad) expect(r.stderr).toMatch(new RegExp(`parse: ${b.path.replace(/[.]/g, '\\.')}: ${b.cause.source}`));
    expect(r.stderr).toMatch(new RegExp(`${(corpus.good.length + corpus.bad.length).toLocaleString('en-US')} files, ${corpus.good.length.toLocaleString('en-US')} converted`));
    expect(r.stderr).toMatch(new RegExp(`${corpus.bad.length} failed`));
    expect(r.stderr).toMatch(/completeness \d+\.\d%: /);
    expect(r.stderr).toMatch(/with no tasks/);
    const outputs = walk(join(base, 'tasks')).map((f) => relative(join(base, 'tasks'), f)).sort();
    expect(outputs).toEqual(corpus.good.map(jsonOf).sort());
    const one = JSON.parse(readFileSync(join(base, 'tasks', jsonOf(corpus.good[0])), 'utf8'));
    expect(one.source.path).toBe(corpus.good[0]);
    expect(snapshot(corpus.dir)).toBe(before);
  });

  it('--jsonl: one valid document per line, in input order', () => {
    const r = run('notices', '--jsonl', '--jobs', '2');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.good.length);
    const paths = lines.map((l, i) => {
      const doc = JSON.parse(l);
      if (i % 25 === 0) expect(() => Notice.parse(doc)).not.toThrow();
      return doc.source.path as string;
    });
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual([...paths].sort());
  });

  it('a run killed with SIGKILL leaves only complete JSON (or hidden temp files), and --skip-existing resumes it', async () => {
    const out = join(base, 'killed');
    const child = spawn(process.execPath, [bin, 'notices', '--out', 'killed'], { cwd: base, stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      try { seen = walk(out).filter((f) => f.endsWith('.json')).length; } catch { seen = 0; }
      if (seen >= 150) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const left = walk(out);
    const json = left.filter((f) => f.endsWith('.json'));
    expect(json.length).toBeGreaterThanOrEqual(150);
    expect(json.length).toBeLessThan(corpus.good.length);
    for (const f of json) expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();
    for (const f of left.filter((x) => !x.endsWith('.json'))) expect(f.split('/').pop()).toMatch(TEMP);

    const r = run('notices', '--out', 'killed', '--skip-existing');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${json.length.toLocaleString('en-US')} skipped`));
    const after = walk(out);
    expect(after.filter((f) => TEMP.test(f.split('/').pop()!))).toEqual([]);
    expect(after.map((f) => relative(out, f)).sort()).toEqual(corpus.good.map(jsonOf).sort());
  });

  it('Ctrl-C (SIGINT) stops the workers, removes this run\'s temp files and exits 130', async () => {
    const out = join(base, 'interrupted');
    const child = spawn(process.execPath, [bin, 'notices', '--out', 'interrupted'], { cwd: base, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => { err += d; });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      try { if (walk(out).length >= 50) break; } catch { /* not made yet */ }
    }
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(130);
    expect(err.trimEnd().split('\n').at(-1)).toBe('parse: interrupted');
    const left = walk(out);
    expect(left.filter((f) => TEMP.test(f.split('/').pop()!))).toEqual([]);
    for (const f of left) expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();
  });

  it('--timeout: a file that takes too long fails alone (worker threads)', () => {
    const r = run(join(root, 'fixtures', 'haizhou-2022.txt'), join(root, 'fixtures', 'caidian-2023.txt'), '--jsonl', '--jobs', '2', '--timeout', '0.001');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/haizhou-2022\.txt: timed out after 0\.001 s/);
    expect(r.stdout).toBe('');
  });

  it('--timeout fails the slow file alone: the files queued behind it on its thread run on another', async () => {
    // a thread holds its running job and the next (src/batch/pool.ts): 01-slow.html runs on the first
    // thread, 02.txt on the second, 03.txt waits behind 01-slow.html on the first
    const dir = mkdtempSync(join(tmpdir(), 'fenjie-timeout-'));
    const { htmlFromText } = await import('../bench/zip.mjs');
    const text = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8');
    writeFileSync(join(dir, '01-slow.html'), htmlFromText(text.repeat(160))); // ~2 CPU s, under the item limit
    const small = readFileSync(join(root, 'fixtures', 'caidian-2023.txt'));
    for (let k = 2; k <= 7; k++) writeFileSync(join(dir, `0${k}.txt`), small);
    const r = run(dir, '--jsonl', '--jobs', '2', '--timeout', '1');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/01-slow\.html: timed out after 1 s/);
    expect(r.stderr).toMatch(/7 files, 6 converted/);
    const lines = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
    expect(lines).toEqual([2, 3, 4, 5, 6, 7].map((k) => join(dir, `0${k}.txt`)));
  });

  it('--skip-existing with everything converted skips every good file and parses only the bad ones', () => {
    const r = run('notices', '--out', 'tasks', '--skip-existing');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`0 converted, 0 tasks, ${corpus.good.length.toLocaleString('en-US')} skipped`));
  });
});
