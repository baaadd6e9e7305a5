import { availableParallelism, totalmem } from 'node:os';

/** Files parsed in parallel by default: one per core. */
export const defaultJobs = () => Math.max(1, availableParallelism());

/** At most twice the core count: more threads only add memory (each holds a file's whole model). */
export const maxJobs = () => defaultJobs() * 2;

/**
 * The heap each worker thread may use, so that all of them together stay within about half the
 * machine's memory (between 256 MB and 1.5 GB each); a file that needs more fails alone.
 * The cap also sets how far V8 lets a heap grow past its live data between collections: up to 4×
 * from a 2 GB cap, ~1.8× at 1.5 GB. Measured on 2,000 files, --jobs 2: peak RSS 232-267 MB at 4 GB,
 * 184-201 MB at 1.5 GB, CPU within the noise. A notice at the limits (19,000 items, 7.6 M characters,
 * 33 MB of JSON) peaks at 330 MB of RSS parsed alone.
 */
export const workerHeapMb = (jobs: number) =>
  Math.max(256, Math.min(1536, Math.floor(totalmem() / 2 / jobs / (1024 * 1024))));

/**
 * The V8 flags a batch with worker threads runs under (src/batch/pool.ts); the bundle's worker code
 * cache is made under the same flags (scripts/bundle.mjs), or V8 would reject it.
 */
export const WORKER_V8_FLAGS = '--interrupt-budget=500000';
