// The job function each batch worker thread runs (src/batch/thread.ts imports it): from the bundle
// (dist/bundle/, compiled from its code cache: src/bundle.cts) while it is as new as dist/,
// dist/batch/worker.js otherwise or with FENJIE_NO_BUNDLE=1. Loading the ~60 dist ES modules with no
// cache was most of a thread's start (issue 13).
import { fileURLToPath } from 'node:url';
import { loadBundle, WORKER_CACHE } from '../bundle.cjs';
import type { Job } from './job.js';

type Work = (job: Job) => unknown;

const bundled = process.env.FENJIE_NO_BUNDLE ? null
  : loadBundle(fileURLToPath(new URL('..', import.meta.url)), { entry: 'worker', cache: WORKER_CACHE });

const work: Work = (bundled?.exports.default as Work | undefined) ?? (await import('./worker.js')).default;

/** Whether this thread runs the bundle, and how many of its chunks came from their code cache (tests). */
export const loaded = bundled ? bundled.stats() : null;

export default work;
