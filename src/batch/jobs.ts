import { availableParallelism, totalmem } from 'node:os';

/** Files parsed in parallel by default: one per core. */
export const defaultJobs = () => Math.max(1, availableParallelism());

/** At most twice the core count: more threads only add memory (each holds a file's whole model). */
export const maxJobs = () => defaultJobs() * 2;

/**
 * The heap each worker thread may use, so that all of them together stay within about half the
 * machine's memory (between 256 MB and 4 GB each); a file that needs more fails alone.
 */
export const workerHeapMb = (jobs: number) =>
  Math.max(256, Math.min(4096, Math.floor(totalmem() / 2 / jobs / (1024 * 1024))));
