// Jobs run on a pool of worker threads (piscina), one per core by default. From TypeScript sources
// (tests) or with --jobs 1 they run in this thread instead: workers can only load the built dist/.
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import type { FileResult } from '../check/types.js';
import { reason, runJob, type CheckJob, type ConvertOutcome, type Job } from './job.js';
import { WORKER_V8_FLAGS, workerHeapMb } from './jobs.js';

export type Outcome<J extends Job> = J extends CheckJob ? FileResult : ConvertOutcome;
/** What a job that throws, crashes its thread or runs past the timeout becomes. */
export interface Failure { failure: string }

export interface Pool {
  threads: number;
  run<J extends Job>(job: J): Promise<Outcome<J> | Failure>;
  close(): Promise<void>;
}

export { defaultJobs } from './jobs.js';

// dist/batch/pool.js, or a chunk of dist/bundle/ (src/bundle.cts); not the TypeScript sources
const canThread = /\.c?js$/.test(import.meta.url);

/**
 * Each worker thread is an isolate of its own that compiles the parser's hot code again: measured on a
 * 10 MB batch with 2 threads, V8's background compiler took ~3.8 of 10 CPU s (one thread: ~1.6 of 7),
 * as much as the second thread gained, so --jobs 2 ran no faster than --jobs 1 on 2 cores. A higher
 * interrupt budget optimizes only code that stays hot (-18% CPU, the threads' own time within 5%).
 * V8 flags are the process's: set once, before the first worker starts, and only for a pool.
 */
let tuned = false;
function tuneJit(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(WORKER_V8_FLAGS);
}

export function createPool(jobs: number, timeoutMs: number | null): Pool {
  if (jobs <= 1 || !canThread) {
    return {
      threads: 1,
      run: <J extends Job>(job: J) => (runJob(job) as Promise<Outcome<J>>).catch((e: unknown): Failure => ({ failure: reason(e) })),
      close: async () => undefined,
    };
  }
  tuneJit();
  const heapMb = workerHeapMb(jobs);
  const pool = new Piscina({
    filename: new URL('../batch/worker-entry.js', import.meta.url).href, // from dist/batch/ or dist/bundle/
    minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000,
    // a small young generation keeps each thread's memory down and, measured, runs no slower
    // and a cap on each old generation bounds the whole pool's memory (see workerHeapMb).
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
  });
  return {
    threads: jobs,
    run: <J extends Job>(job: J) => {
      const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : null;
      return (pool.run(job, { signal }) as Promise<Outcome<J>>).catch((e: unknown): Failure => ({
        failure: signal?.aborted ? `timed out after ${timeoutMs! / 1000} s`
          : (e as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `out of memory (more than the ${heapMb} MB each of the ${jobs} threads may use; fewer --jobs give each more)`
            : `worker failed: ${(e as Error)?.message ?? String(e)}`,
      }));
    },
    close: () => pool.destroy(),
  };
}
