// Issue 9, batches: patterns and outputs stay inside their folders, links are seen through, every
// entry that cannot be read is reported, --jobs is bounded, --skip-existing resumes exactly.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../src/batch/jobs.js';
import { planOutputs } from '../src/batch/targets.js';
import { UsageError } from '../src/errors.js';
import { cli } from './helpers/cli.js';

const NOTICE = '1.推进甲工作(牵头单位:区发改局)\n2.推进乙工作(牵头单位:区财政局)\n';
let n = 0;
/** A fresh folder with the given files (relative path -> text). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `fenjie-rel-${n++}-`));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}
const jsonFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();

describe('item 7: patterns stay inside their folder, outputs inside --out', () => {
  it('--include ../other/*.txt is a usage error and touches nothing outside', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'other/y.txt': NOTICE, 'other/y.json': 'keep\n' });
    for (const pattern of ['../other/*.txt', join(base, 'other', '*.txt'), 'x/../../other/*.txt']) {
      const r = await cli([join(base, 'in'), '--include', pattern, '--out', join(base, 'out')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/cannot leave it/);
    }
    expect(readFileSync(join(base, 'other', 'y.json'), 'utf8')).toBe('keep\n');
    expect(existsSync(join(base, 'out'))).toBe(false);
  });

  it('a target outside --out is refused even when an input says so', () => {
    expect(() => planOutputs([{ path: 'x', abs: '/x/../y.txt', rel: '../y.txt' }], '/tmp/o')).toThrow(UsageError);
  });
});

describe('item 8: --out seen through links', () => {
  it('--out a link to the input folder is refused', async () => {
    const base = tree({ 'in/a.txt': NOTICE });
    symlinkSync(join(base, 'in'), join(base, 'link'));
    const r = await cli([join(base, 'in'), '--out', join(base, 'link')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is, or contains, the input folder/);
    expect(jsonFiles(join(base, 'in'))).toEqual([]);
  });

  it('--out a link to a folder inside the input: that folder is not read as input', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'in/res/old.txt': NOTICE });
    symlinkSync(join(base, 'in', 'res'), join(base, 'link'));
    const r = await cli([join(base, 'in'), '--out', join(base, 'link')]);
    expect(r.code).toBe(0);
    expect(jsonFiles(join(base, 'in', 'res'))).toEqual(['a.json']);
  });
});

describe('item 10: --jobs is bounded', () => {
  it('--jobs 1000 is a usage error naming the bound', async () => {
    const r = await cli(['x.txt', '--jsonl', '--jobs', '1000']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`at most ${defaultJobs() * 2}`);
  });
});

describe('item 17: --skip-existing', () => {
  it('a name clash that appears between runs converts nothing twice', async () => {
    const base = tree({ 'in/b.txt': NOTICE });
    const out = join(base, 'out');
    expect((await cli([join(base, 'in'), '--out', out])).code).toBe(0);
    expect(jsonFiles(out)).toEqual(['b.json']);
    writeFileSync(join(base, 'in', 'b.html'), `<p>${NOTICE.split('\n')[0]}</p>`);
    const r = await cli([join(base, 'in'), '--out', out, '--skip-existing']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 skipped/);
    expect(jsonFiles(out)).toEqual(['b.html.json', 'b.json']);
  });

  it('an empty, cut-off or foreign JSON file does not count as converted', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'in/b.txt': NOTICE, 'in/c.txt': NOTICE, 'in/d.txt': NOTICE });
    const out = join(base, 'out');
    expect((await cli([join(base, 'in'), '--out', out])).code).toBe(0);
    const whole = readFileSync(join(out, 'd.json'), 'utf8');
    writeFileSync(join(out, 'a.json'), '');
    writeFileSync(join(out, 'b.json'), whole.slice(0, whole.length / 2));
    writeFileSync(join(out, 'c.json'), whole); // d's document under c's name
    const r = await cli([join(base, 'in'), '--out', out, '--skip-existing']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 skipped/);
    for (const f of ['a', 'b', 'c', 'd']) expect(JSON.parse(readFileSync(join(out, `${f}.json`), 'utf8')).source.path).toBe(join(base, 'in', `${f}.txt`));
  });
});

describe('item 19: links, FIFOs and unreadable folders', () => {
  it('a link loop converts each file once', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'in/sub/b.txt': NOTICE });
    symlinkSync(join(base, 'in'), join(base, 'in', 'sub', 'loop'));
    symlinkSync(join(base, 'in', 'sub'), join(base, 'in', 'again'));
    const r = await cli([join(base, 'in'), '--jsonl']);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a FIFO and a dangling link are reported, one line each, exit 1', async () => {
    const base = tree({ 'in/a.txt': NOTICE });
    execFileSync('mkfifo', [join(base, 'in', 'pipe.txt')]);
    symlinkSync(join(base, 'gone.txt'), join(base, 'in', 'gone.txt'));
    const r = await cli([join(base, 'in'), '--jsonl']);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`parse: ${join(base, 'in', 'pipe.txt')}: not a regular file (a FIFO)\n`);
    expect(r.err).toContain(`parse: ${join(base, 'in', 'gone.txt')}: dangling symbolic link\n`);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is reported', async () => {
    const base = tree({ 'in/a.txt': NOTICE, 'in/locked/b.txt': NOTICE });
    chmodSync(join(base, 'in', 'locked'), 0);
    const r = await cli([join(base, 'in'), '--jsonl']);
    chmodSync(join(base, 'in', 'locked'), 0o755);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`parse: ${join(base, 'in', 'locked')}: cannot read folder (permission denied)`);
  });
});

describe('item 6: every named output file (writeAtomic)', () => {
  it('follows a link, writes into a FIFO, refuses a folder without a temp file beside it', async () => {
    const { writeAtomic } = await import('../src/batch/atomic.js');
    const base = tree({ 'real.csv': 'old\n', 'sub/x': '' });
    symlinkSync(join(base, 'real.csv'), join(base, 'link.csv'));
    await writeAtomic(join(base, 'link.csv'), 'new\n');
    expect(readFileSync(join(base, 'real.csv'), 'utf8')).toBe('new\n');
    expect(lstatSync(join(base, 'link.csv')).isSymbolicLink()).toBe(true);
    const fifo = join(base, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const read = readFile(fifo, 'utf8');
    await writeAtomic(fifo, 'through\n');
    expect(await read).toBe('through\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    await expect(writeAtomic(join(base, 'sub'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(base).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
