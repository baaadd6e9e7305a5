// The parts of a batch, in process: input collection, output paths, atomic writes, the bounded map,
// the size limit, and the command line's choices between single-file and batch mode.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTemps, TEMP_SUFFIX, writeAtomic } from '../src/batch/atomic.js';
import { limiter, mapBounded } from '../src/batch/bounded.js';
import { collectInputs, type Input } from '../src/batch/inputs.js';
import { progress } from '../src/batch/progress.js';
import { planOutputs } from '../src/batch/targets.js';
import { parseRatio, parseSize } from '../src/cli/options.js';
import { UsageError } from '../src/errors.js';
import { readInput } from '../src/read.js';
import { cli } from './helpers/cli.js';
import { root } from './helpers/corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'fenjie-units-'));
const touch = (rel: string, text = 'x') => { const f = join(tmp, rel); mkdirSync(join(f, '..'), { recursive: true }); writeFileSync(f, text); return f; };
const fixture = (name: string) => join(root, 'fixtures', name);

describe('collectInputs', () => {
  const dir = join(tmp, 'in');
  touch('in/a.txt'); touch('in/sub/b.HTML'); touch('in/sub/deep/c.docx'); touch('in/notes.md'); touch('in/.hidden/d.txt');
  touch('in/node_modules/e.txt'); touch('in/out/old.json'); touch('in/out/f.txt'); touch('lone.htm');

  it('walks folders recursively for .txt .htm .html .docx in any case, leaving hidden folders and node_modules', async () => {
    const got = await collectInputs([dir]);
    expect(got.map((i) => i.rel)).toEqual(['a.txt', 'out/f.txt', 'sub/b.HTML', 'sub/deep/c.docx']);
    expect(got[2].path).toBe(join(dir, 'sub/b.HTML'));
  });

  it('mixes files and folders, keeps argument order, and reads a file once', async () => {
    const got = await collectInputs([join(tmp, 'lone.htm'), dir, join(dir, 'a.txt')]);
    expect(got.map((i) => i.rel)).toEqual(['lone.htm', 'a.txt', 'out/f.txt', 'sub/b.HTML', 'sub/deep/c.docx']);
  });

  it('--include replaces the default, --exclude adds to the ignored', async () => {
    expect((await collectInputs([dir], { include: ['**/*.md'] })).map((i) => i.rel)).toEqual(['notes.md']);
    expect((await collectInputs([dir], { exclude: ['sub/**'] })).map((i) => i.rel)).toEqual(['a.txt', 'out/f.txt']);
  });

  it('never reads the output folder, even with --include **/*', async () => {
    const got = await collectInputs([dir], { include: ['**/*'], outDir: join(dir, 'out') });
    expect(got.map((i) => i.rel)).toEqual(['a.txt', 'notes.md', 'sub/b.HTML', 'sub/deep/c.docx']);
  });

  it('refuses an output folder that is, or holds, an input folder', async () => {
    await expect(collectInputs([dir], { outDir: dir })).rejects.toThrow(UsageError);
    await expect(collectInputs([dir], { outDir: tmp })).rejects.toThrow(/contains, the input folder/);
  });

  it('passes a missing file on, to fail as that file', async () => {
    expect((await collectInputs([join(tmp, 'nope.txt')]))[0].rel).toBe('nope.txt');
  });
});

describe('planOutputs', () => {
  const input = (rel: string, base = '/n'): Input => ({ path: join(base, rel), abs: resolve(base, rel), rel });

  it('mirrors the tree, one .json per input', () => {
    expect(planOutputs([input('a/b.html'), input('c.txt')], 'out')).toEqual([join('out', 'a/b.json'), join('out', 'c.json')]);
  });

  it('keeps the extension when two inputs would share a name (any case)', () => {
    expect(planOutputs([input('b.txt'), input('B.html'), input('c.docx')], 'out')).toEqual(['out/b.txt.json', 'out/B.html.json', 'out/c.json']);
  });

  it('refuses the same place under two folder arguments, and overwriting an input', () => {
    expect(() => planOutputs([input('x.txt', '/p'), input('x.txt', '/q')], 'out')).toThrow(/would both be written to/);
    expect(() => planOutputs([{ path: '/o/x.json', abs: '/o/x.json', rel: 'x.json' }], '/o')).toThrow(/is an input/);
  });
});

describe('atomic writes', () => {
  it('writes through a temp file beside the target, making folders as needed', async () => {
    const target = join(tmp, 'atomic', 'a', 'b.json');
    await writeAtomic(target, '{"ok":true}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"ok":true}\n');
    expect(readdirSync(join(tmp, 'atomic', 'a'))).toEqual(['b.json']);
  });

  it('removes temp files of dead runs, keeps live ones (and its own unless asked) and anything else', async () => {
    const dir = join(tmp, 'temps');
    const dead = touch(`temps/x/.a.json.99999999-0-1${TEMP_SUFFIX}`);
    const mine = touch(`temps/.b.json.${process.pid}-0-1${TEMP_SUFFIX}`);
    const other = touch('temps/.c.json.keep');
    expect(await removeTemps(dir)).toBe(1);
    expect(readdirSync(join(dir, 'x'))).toEqual([]);
    expect(readFileSync(mine, 'utf8')).toBe('x');
    expect(await removeTemps(dir, true)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['.c.json.keep', 'x']);
    expect(readFileSync(other, 'utf8')).toBe('x');
    expect(dead).toContain('99999999');
  });
});

describe('mapBounded', () => {
  it('keeps input order and never has more than `limit` calls in flight', async () => {
    let inFlight = 0, most = 0;
    const got: number[] = [];
    for await (const v of mapBounded(Array.from({ length: 50 }, (_, i) => i), 4, async (i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      inFlight--;
      return i * 2;
    })) got.push(v);
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBe(4);
  });
});

describe('limiter', () => {
  it('runs at most `limit` calls at once, all of them, the waiting ones in order', async () => {
    const limit = limiter(3);
    let inFlight = 0, most = 0;
    const order: number[] = [];
    const got = await Promise.all(Array.from({ length: 20 }, (_, i) => limit(async () => {
      most = Math.max(most, ++inFlight);
      order.push(i);
      await new Promise((r) => setTimeout(r, (i * 7) % 4));
      inFlight--;
      if (i === 5) throw new Error('five');
      return i;
    }).catch((e: Error) => e.message)));
    expect(got).toEqual(Array.from({ length: 20 }, (_, i) => (i === 5 ? 'five' : i)));
    expect(most).toBe(3);
    expect(order).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean) => {
    const w = { text: '', isTTY, write(s: string) { w.text += s; return true; } };
    return w;
  };

  it('draws on a terminal, with logged lines above it', () => {
    const tty = sink(true);
    const bar = progress(3, tty, true);
    bar.tick(false);
    bar.log('parse: x.txt: empty file\n');
    bar.tick(true);
    bar.stop();
    expect(tty.text).toMatch(/\d+\/3 files \| \d failed/);
    expect(tty.text).toContain('parse: x.txt: empty file\n');
  });

  it('stays silent when stderr is not a terminal, or with --no-progress; logged lines still print', () => {
    for (const [w, on] of [[sink(false), true], [sink(true), false]] as const) {
      const bar = progress(3, w, on);
      bar.tick(false);
      bar.log('line\n');
      bar.stop();
      expect(w.text).toBe('line\n');
    }
  });
});

describe('readInput limits', () => {
  it('refuses a file over --max-bytes before reading it', async () => {
    const big = touch('big.txt');
    truncateSync(big, 200 * 1024 * 1024); // sparse: instant, and far over the default 50 MB
    await expect(readInput(big)).rejects.toThrow(`file too large (${200 * 1024 * 1024} bytes > ${50 * 1024 * 1024})`);
    await expect(readInput(fixture('nanling-2024.txt'), { maxBytes: 100 })).rejects.toThrow(/file too large \(\d+ bytes > 100\)/);
  });

  it('refuses FIFOs in folder walks (regularOnly) instead of blocking on them', async () => {
    const fifo = join(tmp, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readInput(fifo, { regularOnly: true })).rejects.toThrow('not a regular file');
  });

  it('parses sizes and ratios', () => {
    expect(parseSize('52428800')).toBe(52428800);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('2k')).toBe(2048);
    expect(() => parseSize('lots')).toThrow();
    expect(parseRatio('0.95')).toBe(0.95);
    expect(parseRatio('97%')).toBeCloseTo(0.97);
    expect(() => parseRatio('1.5')).toThrow();
  });
});

describe('the command line: single file or batch', () => {
  it('one file without --out/--jsonl: pretty JSON on stdout, as before', async () => {
    const r = await cli([fixture('nanling-2024.txt')]);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('{\n  "schemaVersion": 1')).toBe(true);
  });

  it('several inputs without --out/--jsonl is a usage error naming both options', async () => {
    const r = await cli([fixture('nanling-2024.txt'), fixture('xialu-2020.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/several inputs: add --jsonl .* or --out DIR/);
  });

  it('a folder without --out/--jsonl fails as today (exit 1, is a directory)', async () => {
    const r = await cli([join(tmp, 'in')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is a directory \(give a file, or use --out\/--jsonl for folders\)/);
  });

  it('one file with --jsonl: one line', async () => {
    const r = await cli([fixture('nanling-2024.txt'), '--jsonl']);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.out).source.path).toBe(fixture('nanling-2024.txt'));
  });

  it('--max-bytes makes a larger file fail (exit 1), single or batch', async () => {
    const single = await cli([fixture('nanling-2024.txt'), '--max-bytes', '100']);
    expect(single.code).toBe(1);
    expect(single.err).toMatch(/nanling-2024\.txt: file too large \(\d+ bytes > 100\)/);
    const batch = await cli([fixture('nanling-2024.txt'), fixture('xialu-2020.txt'), '--jsonl', '--max-bytes', '1k']);
    expect(batch.code).toBe(1);
    expect(batch.out.trimEnd().split('\n')).toHaveLength(1);
    expect(batch.err).toMatch(/xialu-2020\.txt: file too large \(1939 bytes > 1024\)/);
  });

  it('--out writes the tree and exits 0 when every file converts', async () => {
    const src = join(tmp, 'ok');
    writeFileSync(touch('ok/x/one.txt'), readFileSync(fixture('nanling-2024.txt')));
    writeFileSync(touch('ok/two.txt'), readFileSync(fixture('xialu-2020.txt')));
    const r = await cli([src, '--out', join(tmp, 'ok-out'), '--no-color']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^2 files, 2 converted, \d+ tasks, 0 with no tasks, 0 failed/);
    expect(JSON.parse(readFileSync(join(tmp, 'ok-out', 'x', 'one.json'), 'utf8')).source.path).toBe(join(src, 'x', 'one.txt'));
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['--out with --jsonl', ['x', '--out', 'o', '--jsonl'], /choose one/],
    ['--skip-existing without --out', ['x', '--jsonl', '--skip-existing'], /needs --out/],
    ['--jobs 0', ['x', '--jsonl', '--jobs', '0'], /--jobs/],
    ['a bad --max-bytes', ['x', '--max-bytes', 'huge'], /--max-bytes/],
    ['an unknown option', ['x', '--nope'], /unknown option/],
    ['a folder with nothing to read', [join(tmp, 'in', 'sub', 'deep'), '--jsonl', '--include', '*.txt'], /no input files/],
  ];
  for (const [name, args, message] of usage) {
    it(`usage error, exit 2: ${name}`, async () => {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    });
  }
});
