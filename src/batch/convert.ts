// `parse FOLDER… --out DIR | --jsonl`: every notice to a JSON file (mirrored tree) or one JSONL line,
// in parallel, streaming: at most a few documents are in memory at a time.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { shown, UsageError } from '../errors.js';
import { removeTemps } from './atomic.js';
import { limiter, mapBounded } from './bounded.js';
import { makeDirs } from './dirs.js';
import { collectInputs, DEFAULT_INCLUDE } from './inputs.js';
import { onInterrupt } from './interrupt.js';
import { outputFailed, writeAll } from './io.js';
import { commitOutput, type ConvertOutcome } from './job.js';
import { createPool } from './pool.js';
import { progress } from './progress.js';
import { convertedBefore } from './resume.js';
import type { RunOptions } from './run-options.js';
import { count, formatTally, newTally } from './tally.js';
import { planOutputs } from './targets.js';
import { realOf } from './walk.js';
import { LedgerCollector } from '../emit/ledger-collector.js';
import type { LedgerTargets } from '../emit/ledger.js';

export interface BatchOptions extends RunOptions {
  /** Write one JSON file per input under this folder … */
  out: string | null;
  /** … or one JSON document per line on stdout. */
  jsonl: boolean;
  skipExisting: boolean;
  compact: boolean;
  /** --xlsx / --csv: the supervision ledger of every converted document. */
  ledger?: LedgerTargets | null;
  /** --cache DIR: parsed documents by content hash, reused by later runs. */
  cache?: string | null;
}

/** Output files being synced and renamed at once, beyond the parses in flight. */
const SYNCS = 32;

type Result = ConvertOutcome | { path: string; skipped: true };

const failed = (path: string, error: string): ConvertOutcome => ({ path, error, kind: null, tasks: 0, fields: {}, warnings: 0 });

/** --out must be a folder or not exist yet. */
async function checkOutDir(out: string): Promise<void> {
  const info = await stat(out).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`--out ${shown(out)} exists and is not a folder`);
}

/** Returns the exit code: 0 every file converted, 1 some failed (or stdout failed). */
export async function convertBatch(o: BatchOptions): Promise<number> {
  const started = performance.now();
  if (o.out) await checkOutDir(o.out);
  const inputs = await collectInputs(o.inputs, { include: o.include, exclude: o.exclude, outDir: o.out });
  if (!inputs.length) throw new UsageError(`no input files in ${o.inputs.map(shown).join(', ')} (matching ${(o.include?.length ? o.include : DEFAULT_INCLUDE).join(' ')})`);
  const targets = o.out ? planOutputs(inputs, o.out, await realOf(resolve(o.out))) : null;
  const targetSet = new Set(targets ?? []);
  const ledger = o.ledger ? new LedgerCollector(o.ledger) : null;
  ledger?.checkTargets(inputs);
  if (o.out) {
    try {
      await makeDirs(o.out);
    } catch (e) {
      throw new UsageError(`--out ${shown(o.out)}: cannot make the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
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
  let outFailed = false;
  // Parses in flight: enough to keep every thread busy. Each output file's sync and rename then runs
  // outside these slots (up to SYNCS of them at once), so that waiting on the disk never idles a thread.
  const parsing = limiter(pool.threads * 4);
  const one = async (k: number): Promise<Result> => {
    const input = inputs[k];
    const { path } = input;
    const out = targets?.[k] ?? null;
    if (stopping || outFailed) return { path, skipped: true };
    if (input.problem) return failed(path, input.problem);
    if (out && o.skipExisting && (await convertedBefore(input, out, o.out!, targetSet))) return { path, skipped: true };
    const r = await parsing(() => pool.run({ kind: 'convert', path, out, compact: o.compact, encoding: o.encoding, maxBytes: o.maxBytes, keep: !!ledger, cache: o.cache ?? null, deferWrite: true }));
    if ('failure' in r) return failed(path, r.failure);
    // synced and renamed here, not in the worker: several files sync at once while the workers parse on
    return out ? commitOutput(r, out) : r;
  };
  let done = 0;
  try {
    for await (const r of mapBounded(inputs.keys(), pool.threads * 4 + (o.out ? SYNCS : 0), one, pool.threads * 32)) {
      if (stopping) break;
      if (outputFailed(o.io)) { outFailed = true; break; }
      count(tally, r);
      ledger?.add(r);
      done++;
      const error = 'error' in r ? r.error : null;
      if (error) bar.log(`parse: ${shown(r.path)}: ${error}\n`);
      if ('line' in r && r.line !== undefined) await writeAll(o.io.out, `${r.line}\n`);
      else if (o.jsonl && 'notice' in r && r.notice) await writeAll(o.io.out, `${JSON.stringify(r.notice)}\n`);
      bar.tick(!!error);
    }
  } finally {
    bar.stop();
    release();
    await pool.close();
  }
  if (stopping) return 130; // the interrupt handler reports and exits
  await o.io.flush?.();
  const outError = outputFailed(o.io);
  if (outError) {
    // The reader is gone or the disk is full: what was not written is lost, and the results of the
    // files not reached are unknown, so this run cannot pass.
    o.io.err.write(`parse: stopped after ${done} of ${inputs.length} files: ${outError}\n`);
    o.io.outErrorReported = true;
    return 1;
  }
  const ledgerWritten = ledger ? await ledger.write(o.io.err) : true;
  o.io.err.write(formatTally(tally, o.chalk, (performance.now() - started) / 1000));
  return tally.failed || !ledgerWritten ? 1 : 0;
}
