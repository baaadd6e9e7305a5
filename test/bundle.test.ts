// The bundled command line (scripts/bundle.mjs, src/bundle.cts): the same output as dist/cli, its code
// cache accepted, and never used once dist/ has been rebuilt without it.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BundleManifest } from '../src/bundle.cjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'bundle', 'manifest.json'));
// a child with no NODE_OPTIONS: V8 takes a code cache only under the flags it was made with
const env = (extra: Record<string, string> = {}) => {
  const { NODE_OPTIONS: _, ...rest } = process.env;
  return { ...rest, ...extra };
};
const cli = (args: string[], extra?: Record<string, string>) =>
  spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), ...args], { encoding: 'utf8', env: env(extra), cwd: root });

describe.skipIf(!built)('the bundled command line', () => {
  it('gives the output of dist/cli, for text, HTML (GBK, UTF-8) and a sheet', () => {
    for (const file of ['fixtures/haizhou-2022.txt', 'fixtures/published/guangdong-2021.gbk.html', 'fixtures/published/guangdong-2021.table.html', 'fixtures/converted/haizhou-2022.table.xlsx']) {
      const bundled = cli([file]);
      const plain = cli([file], { FENJIE_NO_BUNDLE: '1' });
      expect(bundled.status).toBe(0);
      expect(bundled.stderr).toBe(plain.stderr);
      expect(bundled.stdout).toBe(plain.stdout);
      expect(JSON.parse(bundled.stdout).tasks.length).toBeGreaterThan(0);
    }
  });

  it('loads its chunks from the code cache', () => {
    const script = `const { loadBundle } = await import(${JSON.stringify(join(dist, 'bundle.cjs'))});
      const b = loadBundle(${JSON.stringify(dist)});
      await b.main(['node', 'parse', ${JSON.stringify(join(root, 'fixtures', 'haizhou-2022.txt'))}]);
      process.stderr.write(JSON.stringify(b.stats()));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: env(), cwd: root });
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stderr) as { chunks: number; fromCache: number };
    expect(stats.chunks).toBeGreaterThan(1); // the entry and the shared parser chunk, at least
    expect(stats.fromCache).toBe(stats.chunks);
  });

  it('a one-file run loads no module it does not use: child_process (commander), net (stderr unused), fs/promises', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fenjie-loads-'));
    try {
      const preload = join(dir, 'loads.cjs');
      writeFileSync(preload, `process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList)));`);
      const out = openSync(join(dir, 'out.json'), 'w');
      const r = spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'parse.js'), join(root, 'fixtures', 'haizhou-2022.txt')],
        { encoding: 'utf8', env: env(), cwd: root, stdio: ['ignore', out, 'pipe'] });
      closeSync(out);
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).tasks.length).toBeGreaterThan(100);
      const loaded = JSON.parse(r.stderr) as string[];
      expect(loaded).toContain('NativeModule vm'); // the list is the run's
      for (const m of ['child_process', 'net', 'tty', 'fs/promises']) expect(loaded).not.toContain(`NativeModule ${m}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // a worker thread as the command line's batch pool starts one (src/batch/pool.ts: its V8 flags set first)
  const inWorker = (extra?: Record<string, string>) => {
    const script = `const { setFlagsFromString } = await import('node:v8');
      const { Worker } = await import('node:worker_threads');
      const { WORKER_V8_FLAGS } = await import(${JSON.stringify(join(dist, 'batch', 'jobs.js'))});
      setFlagsFromString(WORKER_V8_FLAGS);
      const w = new Worker(\`import(${JSON.stringify(join(dist, 'batch', 'worker-entry.js'))}).then(async (m) => {
        const o = await m.default({ kind: 'convert', path: ${JSON.stringify(join(root, 'fixtures', 'haizhou-2022.txt'))}, out: null, compact: true });
        (await import('node:worker_threads')).parentPort.postMessage({ loaded: m.loaded, tasks: o.tasks, line: o.line });
      })\`, { eval: true });
      w.on('message', (m) => { process.stdout.write(JSON.stringify(m)); w.terminate(); });`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: env(extra), cwd: root });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { loaded: { chunks: number; fromCache: number } | null; tasks: number; line: string };
  };

  // Flipped at run time, --no-regexp-tier-up crashed V8 in native regexp code now and then (SIGSEGV,
  // src/bundle.cts): no flag that changes how regular expressions run may be set after start-up.
  it('sets no regexp V8 flag at run time, for one file or a batch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fenjie-flags-'));
    try {
      const preload = join(dir, 'flags.cjs');
      writeFileSync(preload, `const v8 = require('node:v8'); const set = v8.setFlagsFromString; const seen = [];
        v8.setFlagsFromString = (f) => { seen.push(String(f)); return set(f); };
        process.on('exit', () => require('node:fs').writeSync(2, '\\nFLAGS ' + JSON.stringify(seen) + '\\n'));`);
      const flags = (args: string[]) => {
        const r = spawnSync(process.execPath, ['-r', preload, join(root, 'bin', 'parse.js'), ...args], { encoding: 'utf8', env: env(), cwd: root });
        expect(r.status, `signal ${r.signal} ${r.stderr.slice(-300)}`).toBe(0);
        return JSON.parse(/^FLAGS (.*)$/m.exec(r.stderr)![1]) as string[];
      };
      expect(flags(['fixtures/haizhou-2022.txt', '--out', join(dir, 'one.json')]).join(' ')).not.toMatch(/regexp/);
      const batch = flags(['fixtures/published', '--out', join(dir, 'out'), '--jobs', '2']);
      expect(batch.join(' ')).not.toMatch(/regexp/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a batch worker from the bundle, its chunks from the worker code cache; FENJIE_NO_BUNDLE=1 runs dist/', () => {
    const bundled = inWorker();
    expect(bundled.loaded!.chunks).toBeGreaterThan(2);
    expect(bundled.loaded!.fromCache).toBe(bundled.loaded!.chunks);
    const plain = inWorker({ FENJIE_NO_BUNDLE: '1' });
    expect(plain.loaded).toBeNull();
    expect(bundled.tasks).toBeGreaterThan(100);
    expect(bundled.line).toBe(plain.line);
  });

  it('a batch with worker threads writes the same files from the bundle and from dist/', () => {
    const outs = ['bundle', 'plain'].map(() => mkdtempSync(join(tmpdir(), 'fenjie-batch-')));
    try {
      const inputs = join(root, 'fixtures', 'published');
      cli([inputs, '--out', outs[0], '--jobs', '2']);
      cli([inputs, '--out', outs[1], '--jobs', '2'], { FENJIE_NO_BUNDLE: '1' });
      const files = readdirSync(outs[0], { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
      expect(files.length).toBeGreaterThan(20);
      expect(readdirSync(outs[1], { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort()).toEqual(files);
      for (const f of files) expect(readFileSync(join(outs[0], f), 'utf8')).toBe(readFileSync(join(outs[1], f), 'utf8'));
    } finally {
      for (const o of outs) rmSync(o, { recursive: true, force: true });
    }
  });

  it('is not used once a module it was built from has changed (a tsc run since), whatever its mtime', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'fenjie-bundle-'));
    try {
      cpSync(dist, copy, { recursive: true, preserveTimestamps: true });
      // (dist's build of src/bundle.cts: vite does not transform a .cts module)
      const { loadBundle } = await import(join(dist, 'bundle.cjs')) as typeof import('../src/bundle.cjs');
      const manifest = JSON.parse(readFileSync(join(copy, 'bundle', 'manifest.json'), 'utf8')) as BundleManifest;
      expect(manifest.inputs.map(([p]) => p)).toContain('pipeline.js');
      const module = join(copy, 'pipeline.js');
      const source = readFileSync(module, 'utf8');
      // same bytes, new mtimes (what npm's tarballs do to every file): still the bundle
      for (const [p] of manifest.inputs) utimesSync(join(copy, p), new Date(0), new Date(499162500000));
      expect(loadBundle(copy)).not.toBeNull();
      // same size and mtime, other bytes: dist/ unbundled
      const changed = source.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a'));
      writeFileSync(module, changed);
      utimesSync(module, new Date(0), new Date(499162500000));
      expect(loadBundle(copy)).toBeNull();
      expect(loadBundle(copy, { entry: 'worker' })).toBeNull();
      rmSync(join(copy, 'bundle', 'manifest.json'));
      expect(loadBundle(copy)).toBeNull();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
