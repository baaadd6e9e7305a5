// Issue 9, the command line: -o never replaces what it should write through, write errors on stdout
// are one line and the right exit code, --expected must compare something, the GitHub reporter
// escapes every line, usage errors are exit 2, file names are quoted, white-space-only files are empty.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedFile } from '../src/check/file.js';
import { summarize } from '../src/check/totals.js';
import type { Gates } from '../src/check/types.js';
import { github } from '../src/report/github.js';
import { cli } from './helpers/cli.js';
import { root } from './helpers/corpus.js';

const bin = join(root, 'bin', 'parse.js');
const NOTICE = '1.推进甲工作(牵头单位:区发改局)\n2.推进乙工作(牵头单位:区财政局)\n';
let n = 0;
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), `fenjie-relcli-${n++}-`));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at |Error: /);

describe('item 6: check -o', () => {
  it('a link is followed (the link stays a link), a FIFO is written through', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'real.txt': 'old\n' });
    symlinkSync(join(base, 'real.txt'), join(base, 'link.txt'));
    const r = await cli(['check', join(base, 'in'), '-o', join(base, 'link.txt')]);
    expect(r.code).toBe(0);
    expect(lstatSync(join(base, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(base, 'link.txt'))).toBe(join(base, 'real.txt'));
    expect(readFileSync(join(base, 'real.txt'), 'utf8')).toMatch(/passed/);

    const fifo = join(base, 'fifo');
    spawnSync('mkfifo', [fifo]);
    const read = readFile(fifo, 'utf8');
    const timeout = new Promise<string>((done) => setTimeout(() => done('(the reader never got the report)'), 10_000));
    const ran = await cli(['check', join(base, 'in'), '-o', fifo]);
    expect(ran.code).toBe(0);
    expect(await Promise.race([read, timeout])).toMatch(/passed/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o /dev/stdout writes into the pipe and leaves /dev/stdout alone', () => {
    const base = tree({ 'in/a.txt': NOTICE });
    const r = spawnSync(process.execPath, [bin, 'check', join(base, 'in'), '-o', '/dev/stdout'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/passed/);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('a folder or a missing folder is a usage error, and nothing is made', async () => {
    const base = tree({ 'in/a.txt': NOTICE });
    const before = readdirSync(base);
    const r = await cli(['check', join(base, 'in'), '-o', base]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a folder/);
    expect(readdirSync(base)).toEqual(before);
    const input = await cli(['check', join(base, 'in'), '-o', join(base, 'in', 'a.txt')]);
    expect(input.code).toBe(2);
    expect(input.err).toMatch(/is the input .*a\.txt: it would be overwritten/);
    expect(readFileSync(join(base, 'in', 'a.txt'), 'utf8')).toBe(NOTICE);
    const missing = await cli(['check', join(base, 'in'), '-o', join(base, 'no', 'such', 'report.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such folder/);
    expect(existsSync(join(base, 'no'))).toBe(false);
  });
});

describe('items 11, 12: write errors on stdout', () => {
  const input = tree({ 'in/a.txt': NOTICE, 'in/b.txt': NOTICE, 'in/c.txt': NOTICE, 'in/d.txt': NOTICE, 'empty/x.txt': '甲乙丙丁\n' });

  it('a full device is one line on stderr and exit 1, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [bin, join(input, 'in', 'a.txt')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('parse: no space left on the device (ENOSPC)\n');
  });

  it('--jsonl onto a file that cannot grow leaves whole lines only', () => {
    const out = join(input, 'out.jsonl');
    // a file size limit makes writes past 4 KB fail (EFBIG) part-way through a line
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 8; exec "${process.execPath}" "${bin}" "${join(input, 'in')}" --jsonl --jobs 1 > "${out}"`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    noStack(r.stderr);
    expect(r.stderr).toMatch(/^parse: stopped after \d of 4 files: cannot write the output \(EFBIG\)\n/m);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(4);
    for (const l of lines) expect(JSON.parse(l).tasks).toHaveLength(2);
  });

  it('a closed pipe stops a --jsonl batch: exit 1, one line saying how far it got', async () => {
    const child = spawn(process.execPath, [bin, join(input, 'in'), '--jsonl', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(err).toMatch(/^parse: stopped after \d of 4 files: the output was closed \(EPIPE\)\n$/);
  });

  it('a closed pipe keeps the exit code of the results: a failed check stays failed', async () => {
    const child = spawn(process.execPath, [bin, 'check', join(input, 'empty')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader goes away before the report is written
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(1);
    noStack(err);
  });
});

describe('item 13: check --expected must compare something', () => {
  const base = tree({
    'in/a.txt': NOTICE, 'exp-file.json': '{"tasks":[]}', 'exp-empty/.keep': '',
    'exp-other/zzz.json': '{"tasks":[]}', 'exp-bad/a.json': '{"tasks":[null,5,"x"]}',
  });
  const check = (expected: string) => cli(['check', join(base, 'in'), '--expected', expected]);

  for (const [what, dir, message] of [
    ['a file', 'exp-file.json', /not a folder/], ['an empty folder', 'exp-empty', /no expected file for any of the 1 input/],
    ['names that do not mirror the inputs', 'exp-other', /no expected file for any/], ['malformed tasks', 'exp-bad', /exp-bad\/a\.json: task 1 is null, not an object/],
  ] as const) {
    it(`${what}: exit 2 with the cause`, async () => {
      const r = await check(join(base, dir));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      noStack(r.err);
    });
  }

  it("'' is a usage error", async () => {
    const r = await cli(['check', join(base, 'in'), '--expected', '']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--expected needs a folder/);
  });

  it('says how many files were compared', async () => {
    writeFileSync(join(base, 'exp-other', 'a.json'), JSON.stringify({ tasks: [{ number: '1', text: '推进甲工作', leadUnits: ['区发改局'] }, { number: '2', text: '推进乙工作', leadUnits: ['区财政局'] }] }));
    const r = await check(join(base, 'exp-other'));
    expect(r.out).toMatch(/against expected files: 1 file compared/);
  });
});

describe('item 14: GitHub reporter', () => {
  it('escapes every line, also past the first 10 annotations', () => {
    const gates: Gates = { require: [], allowEmpty: false, minF1: 1, minCompleteness: null, minFieldCompleteness: {}, maxWarnings: null };
    const files = Array.from({ length: 12 }, (_, i) => failedFile(`f${i}.txt`, 'binary file'));
    files.push(failedFile('zz\n::warning::X.txt', 'binary file'), failedFile('::error::Y.txt', 'binary file'));
    const out = github(summarize(files, gates, false));
    const commands = out.split('\n').filter((l) => l.trimStart().startsWith('::'));
    expect(commands).toHaveLength(11); // 10 errors and the notice
    expect(commands.every((l) => /^::(error|notice) /.test(l))).toBe(true);
    expect(out).toContain('zz%0A::warning::X.txt:1:1: error: binary file');
  });
});

describe('items 15, 16: usage errors are exit 2', () => {
  const base = tree({ 'in/a.txt': NOTICE, 'file.txt': 'x' });
  const cases: Array<[string, string[], RegExp]> = [
    ['--out an existing file', [join(base, 'in'), '--out', join(base, 'file.txt')], /exists and is not a folder/],
    ['--timeout 1e9', [join(base, 'in'), '--jsonl', '--timeout', '1e9'], /--timeout.*at most \d+ seconds/],
    ['--encoding klingon', [join(base, 'in', 'a.txt'), '--encoding', 'klingon'], /--encoding.*unknown encoding/],
    ["--out ''", [join(base, 'in'), '--out', ''], /--out needs a folder/],
    ['--min-f1 without --expected', ['check', join(base, 'in'), '--min-f1', '0.9'], /--min-f1 needs --expected/],
    ['--out under /proc (mkdir never settles on Node 20)', [join(base, 'in'), '--out', '/proc/fenjie-x/y'], /cannot make the folder/],
  ];
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
    }, 10_000);
  }

  it('parse - reads standard input', () => {
    const r = spawnSync(process.execPath, [bin, '-'], { input: NOTICE, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBe('-');
    expect(doc.tasks).toHaveLength(2);
  });
});

describe('item 18: file names are quoted', () => {
  it('a newline or ESC in a name stays on its one line, escaped', async () => {
    const base = tree({ 'in/a.txt': NOTICE });
    writeFileSync(join(base, 'in', 'zz\n\u001b[31mred.txt'), Buffer.from([0, 1, 2, 0, 0xff]));
    const r = await cli([join(base, 'in'), '--jsonl']);
    expect(r.code).toBe(1);
    expect(r.err).not.toContain('\u001b');
    const line = r.err.split('\n').find((l) => l.includes('red.txt'));
    expect(line).toBe(`parse: "${join(base, 'in')}/zz\\u000a\\u001b[31mred.txt": ${line!.split('red.txt": ')[1]}`);
    const one = await cli([join(base, 'no\nsuch.txt')]);
    expect(one.err).toBe(`parse: "${join(base, 'no')}\\u000asuch.txt": no such file\n`);
  });
});
