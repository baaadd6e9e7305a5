// `parse FOLDER… --out DIR | --jsonl`: every notice to a JSON file (mirrored tree) or one JSONL line,
// in parallel, streaming: at most a few documents are in memory at a time.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { removeTemps } from './atomic.js';
import { mapBounded } from './bounded.js';
import { collectInputs, DEFAULT_INCLUDE } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { writeAll, type Io } from './io.js';
import type { ConvertOutcome } from './job.js';
import { createPool } from './pool.js';
import { progress } from './progress.js';
import type { RunOptions } from './run-options.js';
import { count, formatTally, newTally } from './tally.js';
import { planOutputs } from './targets.js';

export interface BatchOptions extends RunOptions {
  /** Write one JSON file per input under this folder … */
  out: string | null;
  /** … or one JSON document per line on stdout. */
  jsonl: boolean;
  skipExisting: boolean;
  compact: boolean;
}

type Result = ConvertOutcome | { path: string; skipped: true };

/** Returns the exit code: 0 every file converted, 1 some failed. */
export async function convertBatch(o: BatchOptions): Promise<number> {
  const started = performance.now();
  const inputs = await collectInputs(o.inputs, { include: o.include, exclude: o.exclude, outDir: o.out });
  if (!inputs.length) throw new UsageError(`no input files in ${o.inputs.join(', ')} (matching ${(o.include?.length ? o.include : DEFAULT_INCLUDE).join(' ')})`);
  const targets = o.out ? planOutputs(inputs, o.out) : null;
  if (o.out) {
    await mkdir(o.out, { recursive: true });
    await removeTemps(o.out);
  }
  const pool = createPool(Math.min(o.jobs, inputs.length), o.timeoutMs);
  const bar = progress(inputs.length, o.io.err, o.progress);
  const tally = newTally();
  let stopping = false;
  const release = onInterrupt(async () => {
    stopping = true;
    bar.stop();
    await pool.close();
    if (o.out) await removeTemps(o.out, true);
    o.io.err.write('parse: interrupted\n');
  });
  const one = async (k: number): Promise<Result> => {
    const { path } = inputs[k];
    const out = targets?.[k] ?? null;
    if (stopping) return { path, skipped: true };
    if (out && o.skipExisting && existsSync(out)) return { path, skipped: true };
    const r = await pool.run({ kind: 'convert', path, out, compact: o.compact, encoding: o.encoding, maxBytes: o.maxBytes });
    return 'failure' in r ? { path, error: r.failure, kind: null, tasks: 0, fields: {}, warnings: 0 } : r;
  };
  try {
    for await (const r of mapBounded(inputs.keys(), pool.threads * 4, one)) {
      if (stopping) break;
      count(tally, r);
      const error = 'error' in r ? r.error : null;
      if (error) bar.log(`parse: ${r.path}: ${error}\n`);
      if ('line' in r && r.line !== undefined) await writeAll(o.io.out, `${r.line}\n`);
      bar.tick(!!error);
    }
  } finally {
    bar.stop();
    release();
    await pool.close();
  }
  if (stopping) return 130; // the interrupt handler reports and exits
  o.io.err.write(formatTally(tally, o.chalk, (performance.now() - started) / 1000));
  return tally.failed ? 1 : 0;
}
