// Piscina worker: runs one file's job. Loaded from dist/batch/worker.js by the pool.
import { runJob, type Job } from './job.js';

export default function work(job: Job) {
  return runJob(job);
}
