// Jobs run on a pool of worker threads (src/batch/thread.ts), one per core by default. From TypeScript sources
// (tests) or with --jobs 1 they run in this thread instead: workers can only load the built dist/.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FileResult } from '../check/types.js';
import { reason, runJob, type CheckJob, type ConvertOutcome, type Job } from './job.js';
import { WORKER_V8_FLAGS, workerHeapMb } from './jobs.js';
import type { Close, Ready, Reply, Request } from './thread.js';

export type Outcome<J extends Job> = J extends CheckJob ? FileResult : ConvertOutcome;
/** What a job that throws, crashes its thread or runs past the timeout becomes. */
export interface Failure { failure: string }

export interface Pool {
  threads: number;
  run<J extends Job>(job: J): Promise<Outcome<J> | Failure>;
  /** Ends the pool: queued jobs fail; resolves, once every thread is gone, to their exit codes. */
  close(): Promise<number[]>;
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
      close: async () => [],
    };
  }
  tuneJit();
  return threadPool(jobs, timeoutMs);
}

interface Task { id: number; job: Job; done: (r: unknown) => void; timer?: NodeJS.Timeout }
interface Thread { worker: Worker; tasks: Task[]; exited: Promise<number>; ready: boolean }

/**
 * Jobs kept at a thread: the one it runs and the next, so it starts that one as soon as it posts the
 * last outcome instead of waiting for the batch thread to wake and send it (measured with one job a
 * thread, piscina's way: ~6 % of a thread's time waiting, more on a loaded machine).
 */
const DEPTH = 2;

/**
 * How long close() waits for an idle thread to end by itself before it terminates it. An idle thread
 * ends in a few ms (its port closed, its event loop empty); terminate() is kept for a thread still
 * running a job (an interrupt) or one that does not end: Node has had crashes in terminate() racing
 * a thread's own work (nodejs/node#38418, #56312), and a batch's end needs none of that.
 */
const CLOSE_GRACE_MS = 5_000;

/** Ends one thread: asks it to leave when it has no job, terminates it otherwise (or after the grace). */
function stopThread(t: Thread, busy: boolean): Promise<number> {
  if (busy) {
    void t.worker.terminate();
    return t.exited;
  }
  t.worker.postMessage({ close: true } satisfies Close);
  const timer = setTimeout(() => void t.worker.terminate(), CLOSE_GRACE_MS);
  return t.exited.finally(() => clearTimeout(timer));
}

/**
 * A thread runs its jobs in order, so the first of its jobs is the one running: a timeout or a crash
 * (out of memory) fails that job alone, and the jobs queued behind it, never started, go to another
 * thread. A job's timeout counts from when it starts running, not while it waits or its thread loads.
 */
function threadPool(jobs: number, timeoutMs: number | null): Pool {
  const heapMb = workerHeapMb(jobs);
  const threads = new Set<Thread>();
  const waiting: Task[] = [];
  let ids = 0;
  let closed = false;

  const start = (t: Thread) => {
    const task = t.tasks[0];
    // a thread still loading (seconds on a loaded machine) is not a file taking too long
    if (task && timeoutMs && t.ready && !task.timer) {
      task.timer = setTimeout(() => fail(t, `timed out after ${timeoutMs / 1000} s`), timeoutMs);
    }
  };
  const finish = (task: Task, r: unknown) => {
    clearTimeout(task.timer);
    task.done(r);
  };
  /** The running job fails; the thread goes, the jobs queued on it go back to the front of the queue. */
  const fail = (t: Thread, failure: string) => {
    if (!threads.delete(t)) return;
    const [running, ...rest] = t.tasks;
    t.tasks = [];
    void t.worker.terminate();
    for (const task of rest) task.timer = undefined;
    waiting.unshift(...rest);
    if (running) finish(running, { failure });
    dispatch();
  };
  const spawn = (): Thread => {
    const worker = new Worker(new URL('../batch/thread.js', import.meta.url), { // from dist/batch/ or dist/bundle/
      // a small young generation keeps each thread's memory down and, measured, runs no slower
      // and a cap on each old generation bounds the whole pool's memory (see workerHeapMb).
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heapMb },
    });
    const t: Thread = { worker, tasks: [], exited: new Promise((resolve) => worker.once('exit', resolve)), ready: false };
    worker.on('message', (reply: Reply | Ready) => {
      if ('ready' in reply) { t.ready = true; start(t); return; }
      const task = t.tasks[0];
      if (!task || task.id !== reply.id) return; // a job this pool gave up on
      t.tasks.shift();
      finish(task, 'error' in reply ? { failure: `worker failed: ${reply.error}` } : reply.result);
      start(t);
      dispatch();
    });
    worker.on('error', (e: NodeJS.ErrnoException) => fail(t, e?.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `out of memory (more than the ${heapMb} MB each of the ${jobs} threads may use; fewer --jobs give each more)`
      : `worker failed: ${e?.message ?? String(e)}`));
    worker.on('exit', (code) => fail(t, `worker failed: worker exited with code: ${code}`));
    threads.add(t);
    return t;
  };
  const dispatch = () => {
    while (waiting.length && !closed) {
      let best: Thread | null = null;
      for (const t of threads) if (!best || t.tasks.length < best.tasks.length) best = t;
      if ((!best || best.tasks.length) && threads.size < jobs) best = spawn();
      if (!best || best.tasks.length >= DEPTH) return;
      const task = waiting.shift()!;
      best.tasks.push(task);
      best.worker.postMessage({ id: task.id, job: task.job } satisfies Request);
      start(best);
    }
  };
  return {
    threads: jobs,
    run: <J extends Job>(job: J) => new Promise<Outcome<J> | Failure>((done) => {
      if (closed) { done({ failure: 'worker failed: pool is closed' }); return; }
      waiting.push({ id: ids++, job, done: done as (r: unknown) => void });
      dispatch();
    }),
    close: async () => {
      closed = true;
      const all = [...threads].map((t) => ({ t, busy: t.tasks.length > 0 }));
      threads.clear();
      const left = [...waiting.splice(0), ...all.flatMap(({ t }) => t.tasks.splice(0))];
      for (const task of left) finish(task, { failure: 'worker failed: pool is closed' });
      return Promise.all(all.map(({ t, busy }) => stopThread(t, busy)));
    },
  };
}
