// The script of each batch worker thread (src/batch/pool.ts): runs the jobs it is sent one at a time, in
// the order they came, and posts each outcome back with the job's id. The pool keeps the next job queued
// here while this one runs, so the thread never waits on the batch thread between files; running them in
// order is what lets the pool tell the job that was running from those that never started.
import { parentPort } from 'node:worker_threads';
import type { Job } from './job.js';
import work from './worker-entry.js';

export interface Request { id: number; job: Job }
/** Sent by the pool's close() to a thread with no job left: it lets go of its port and ends on its own. */
export interface Close { close: true }
export type Reply = { id: number; result: unknown } | { id: number; error: string };
/** Posted once the thread has loaded its script: a job's timeout counts from here, not from the spawn. */
export interface Ready { ready: true }

const port = parentPort!;
const queue: Request[] = [];
let busy = false;
let closing = false;

async function drain(): Promise<void> {
  busy = true;
  for (let r = queue.shift(); r; r = queue.shift()) {
    let reply: Reply;
    try {
      reply = { id: r.id, result: await work(r.job) };
    } catch (e) {
      reply = { id: r.id, error: (e as Error)?.message ?? String(e) };
    }
    port.postMessage(reply);
  }
  busy = false;
  if (closing) port.close();
}

port.postMessage({ ready: true } satisfies Ready);

// With the port closed and no job running, the thread's event loop is empty and it exits (code 0):
// an orderly end, where worker.terminate() would stop its isolate wherever it is.
port.on('message', (r: Request | Close) => {
  if ('close' in r) {
    closing = true;
    if (!busy) port.close();
    return;
  }
  queue.push(r);
  if (!busy) void drain();
});
