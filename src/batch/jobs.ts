import { availableParallelism } from 'node:os';

/** Files parsed in parallel by default: one per core. */
export const defaultJobs = () => Math.max(1, availableParallelism());
