// `parse review`: one notice -> one page (a file, or stdout); a folder or several files -> one page per
// notice under the output folder (the input tree mirrored) plus index.html. Every page is written atomically.
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { collectInputs, DEFAULT_INCLUDE, type Input } from '../batch/inputs.js';
import type { Io } from '../batch/io.js';
import { planOutputs } from '../batch/targets.js';
import { InputError, UsageError } from '../errors.js';
import type { Failure } from './ledger-rows.js';
import { reviewIndex, type IndexEntry } from './review-index.js';
import { readForReview } from './review-source.js';
import { reviewPage } from './review.js';

export interface ReviewOptions {
  inputs: string[];
  output?: string;
  include?: string[];
  exclude?: string[];
  encoding?: string;
  maxBytes?: number;
  io: Io;
}

const INDEX = 'index.html';
const cause = (e: unknown) => (e instanceof InputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`);
const href = (from: string, to: string) => relative(from, to).split(sep).map(encodeURIComponent).join('/');

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Returns the exit code: 0 every page written, 1 a file could not be read or a page not written. */
export async function runReview(o: ReviewOptions): Promise<number> {
  const read = { encoding: o.encoding, maxBytes: o.maxBytes, regularOnly: false };
  const single = o.inputs.length === 1 && !(await isFolder(o.inputs[0])) && !(o.output && (await isFolder(o.output)));
  if (single) {
    if (o.output && resolve(o.output) === resolve(o.inputs[0])) throw new UsageError(`-o ${o.output} is the input: it would be overwritten`);
    const html = reviewPage(await readForReview(o.inputs[0], read));
    if (!o.output) { o.io.out.write(html); return 0; }
    await writeAtomic(o.output, html).catch((e: NodeJS.ErrnoException) => { throw new InputError(`cannot write (${e.code ?? e.message})`, o.output); });
    return 0;
  }
  if (!o.output) throw new UsageError('a folder or several inputs: give -o DIR (one page per notice and an index.html)');
  const out = o.output;
  const info = await stat(out).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`-o ${out} exists and is not a folder`);
  const inputs = await collectInputs(o.inputs, { include: o.include, exclude: o.exclude, outDir: out });
  if (!inputs.length) throw new UsageError(`no input files in ${o.inputs.join(', ')} (matching ${(o.include?.length ? o.include : DEFAULT_INCLUDE).join(' ')})`);
  const indexPath = join(out, INDEX);
  // The mirrored names of `parse --out`, as .html; a page that would be the index keeps its extension.
  const targets = planOutputs(inputs, out).map((t, k) => {
    const page = t.replace(/\.json$/, '.html');
    return page.toLowerCase() === indexPath.toLowerCase() ? join(out, `${inputs[k].rel}.html`) : page;
  });
  const entries: IndexEntry[] = [];
  const failed: Failure[] = [];
  const fail = (input: Input, reason: string) => {
    failed.push({ path: input.path, reason });
    o.io.err.write(`parse: ${input.path}: ${reason}\n`);
  };
  for (const [k, input] of inputs.entries()) {
    const problem = (input as Input & { problem?: string }).problem;
    if (problem) { fail(input, problem); continue; }
    let model;
    try {
      model = await readForReview(input.path, { ...read, regularOnly: true });
    } catch (e) {
      fail(input, cause(e));
      continue;
    }
    const target = targets[k];
    try {
      await writeAtomic(target, reviewPage(model, { index: href(dirname(target), indexPath) }));
    } catch (e) {
      fail(input, `cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    entries.push({ notice: model.notice, href: href(out, target), missing: model.tasks.filter((t) => t.missing.size).length });
  }
  try {
    await writeAtomic(indexPath, reviewIndex(entries, failed));
  } catch (e) {
    o.io.err.write(`parse: ${indexPath}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 1;
  }
  o.io.err.write(`${entries.length} review page(s) and ${indexPath}${failed.length ? `; ${failed.length} file(s) failed` : ''}\n`);
  return failed.length ? 1 : 0;
}
