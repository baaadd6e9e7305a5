// One file's work, the same in a worker thread and in process: read, parse, then write or judge.
import { readFile } from 'node:fs/promises';
import { expectedShapeProblem } from '../check/expected.js';
import { judgeFile, failedFile } from '../check/file.js';
import type { FileGates, FileResult } from '../check/types.js';
import { InputError, shown } from '../errors.js';
import { parseFile } from '../read.js';
import type { Notice } from '../schema.js';
import { commitTemp, type PendingWrite, writeAtomic, writeTemp } from './atomic.js';
import { parseFileCached } from './cache.js';

interface Common { path: string; encoding?: string; maxBytes?: number }

/** Convert: write the JSON to `out` (atomically), or return it as one line for --jsonl. */
export interface ConvertJob extends Common {
  kind: 'convert'; out: string | null; compact: boolean; /** Return the document too (for the ledger). */ keep?: boolean;
  /** --cache DIR: documents by content hash. */ cache?: string | null;
  /** Write `out` as a temp file and leave its sync and rename to the batch (commitOutput): a worker
   * thread parses its next file while the disk syncs this one (an fsync costs ~4 ms here). */
  deferWrite?: boolean;
}
export interface ConvertOutcome {
  path: string;
  error: string | null;
  kind: Notice['document']['kind'] | null;
  tasks: number;
  fields: Notice['report']['fields'];
  warnings: number;
  /** The document as one JSON line (--jsonl only). */
  line?: string;
  /** The document itself, when the job asked to keep it (--xlsx, --csv). */
  notice?: Notice;
  /** Read from the --cache folder, not parsed. */
  cached?: boolean;
  /** The temp file holding the JSON for `out`, when the job deferred its sync and rename. */
  pending?: PendingWrite;
}

export interface CheckJob extends Common { kind: 'check'; expected: string | null; gates: FileGates }

export type Job = ConvertJob | CheckJob;

export const reason = (e: unknown) =>
  e instanceof InputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;

async function convert(job: ConvertJob): Promise<ConvertOutcome> {
  let notice: Notice;
  let cached = false;
  try {
    const options = { encoding: job.encoding, maxBytes: job.maxBytes, regularOnly: true };
    if (job.cache) ({ notice, hit: cached } = await parseFileCached(job.path, options, job.cache));
    else notice = await parseFile(job.path, options);
  } catch (e) {
    return { path: job.path, error: reason(e), kind: null, tasks: 0, fields: {}, warnings: 0 };
  }
  const outcome: ConvertOutcome = {
    path: job.path, error: null, kind: notice.document.kind, tasks: notice.tasks.length, fields: notice.report.fields,
    warnings: notice.report.messages.filter((m) => m.severity !== 'info').length,
  };
  if (cached) outcome.cached = true;
  if (job.keep) outcome.notice = notice;
  if (job.out) {
    const data = `${JSON.stringify(notice, null, job.compact ? undefined : 2)}\n`;
    try {
      if (job.deferWrite) outcome.pending = (await writeTemp(job.out, data)) ?? undefined;
      else await writeAtomic(job.out, data);
    } catch (e) {
      return { ...outcome, error: cannotWrite(job.out, e) };
    }
  } else if (!job.keep) {
    outcome.line = JSON.stringify(notice); // kept documents are written out by the batch itself
  }
  return outcome;
}

const cannotWrite = (out: string, e: unknown) =>
  `cannot write ${shown(out)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;

/** Syncs and renames the temp file a deferred job wrote; a failure becomes the outcome's error. */
export async function commitOutput(outcome: ConvertOutcome, out: string): Promise<ConvertOutcome> {
  const { pending, ...rest } = outcome;
  if (pending === undefined) return rest;
  try {
    await commitTemp(pending);
  } catch (e) {
    return { ...rest, error: cannotWrite(out, e) };
  }
  return rest;
}

async function check(job: CheckJob): Promise<FileResult> {
  let notice: Notice;
  try {
    notice = await parseFile(job.path, { encoding: job.encoding, maxBytes: job.maxBytes, regularOnly: true });
  } catch (e) {
    return failedFile(job.path, reason(e));
  }
  let expected: unknown = null;
  if (job.expected) {
    try {
      expected = JSON.parse(await readFile(job.expected, 'utf8'));
    } catch (e) {
      return failedFile(job.path, `expected file ${shown(job.expected)}: ${(e as Error).message}`);
    }
    const problem = expectedShapeProblem(expected);
    if (problem) return failedFile(job.path, `expected file ${shown(job.expected)}: ${problem}`);
  }
  return judgeFile(notice, expected as Parameters<typeof judgeFile>[1], job.expected, job.gates);
}

export function runJob(job: ConvertJob): Promise<ConvertOutcome>;
export function runJob(job: CheckJob): Promise<FileResult>;
export function runJob(job: Job): Promise<ConvertOutcome | FileResult>;
export function runJob(job: Job): Promise<ConvertOutcome | FileResult> {
  return job.kind === 'convert' ? convert(job) : check(job);
}
