// Closing the batch pool (src/batch/pool.ts): a thread with no job left ends on its own (exit code 0),
// not through worker.terminate() (exit code 1), which Node has had crashes in; a thread still running a
// job (an interrupted batch) is terminated, and close() still resolves. The built pool, in a child process (it sets V8 flags).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pool = join(root, 'dist', 'batch', 'pool.js');

/** Runs `body` (with createPool and job(file) in scope) in a fresh process; returns what it printed. */
const inProcess = (body: string) => {
  const script = `const { createPool } = await import(${JSON.stringify(pool)});
    const job = (f) => ({ kind: 'convert', path: ${JSON.stringify(join(root, 'fixtures'))} + '/' + f, out: null, compact: true });
    ${body}`;
  // a script file, not -e: the threads inherit the process's execArgv
  const dir = mkdtempSync(join(tmpdir(), 'fenjie-pool-'));
  writeFileSync(join(dir, 'run.mjs'), script);
  const r = spawnSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8', cwd: root });
  rmSync(dir, { recursive: true, force: true });
  expect(r.status, `signal ${r.signal} ${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as { codes: number[]; failures: unknown[] };
};

describe.skipIf(!existsSync(pool))('closing the worker pool', () => {
  it('threads with no job left end on their own', () => {
    const r = inProcess(`const p = createPool(2, null);
      const rs = await Promise.all(['haizhou-2022.txt', 'caidian-2023.txt', 'nanling-2024.txt'].map((f) => p.run(job(f))));
      const codes = await p.close();
      process.stdout.write(JSON.stringify({ codes, failures: rs.filter((x) => 'failure' in x || x.error) }));`);
    expect(r.failures).toEqual([]);
    expect(r.codes).toEqual([0, 0]);
  });

  it('a thread still running a job is terminated, the job fails', () => {
    const r = inProcess(`const p = createPool(2, null);
      const running = p.run(job('haizhou-2022.txt')); // sent, not done: its thread is still starting
      const codes = await p.close();
      process.stdout.write(JSON.stringify({ codes, failures: [await running] }));`);
    expect(r.codes).toHaveLength(1); // (0 or 1: a thread terminated before it ran says 0)
    expect(r.failures).toEqual([{ failure: 'worker failed: pool is closed' }]);
  });
});
