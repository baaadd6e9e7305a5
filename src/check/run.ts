// `parse check`: parse every input (in parallel), judge each file, then the run; print one report.
import { resolve } from 'node:path';
import { mapBounded } from '../batch/bounded.js';
import { onInterrupt } from '../batch/interrupt.js';
import { collectInputs, DEFAULT_INCLUDE } from '../batch/inputs.js';
import { writeAll, type Io } from '../batch/io.js';
import { createPool } from '../batch/pool.js';
import { realOf } from '../batch/walk.js';
import { progress } from '../batch/progress.js';
import type { RunOptions } from '../batch/run-options.js';
import { shown, UsageError } from '../errors.js';
import { reporters, type ReporterName } from '../report/index.js';
import { expectedFor, indexExpected } from './expected.js';
import { failedFile } from './file.js';
import { planOutputFile, writeOutputFile } from './output-file.js';
import { summarize } from './totals.js';
import type { FileResult, Gates } from './types.js';

export interface CheckOptions extends RunOptions {
  expectedDir: string | null;
  gates: Gates;
  reporter: ReporterName;
  outputFile: string | null;
  quiet: boolean;
}

/** Returns the exit code: 0 clean, 1 a file failed or a threshold was missed. */
export async function runCheck(o: CheckOptions): Promise<number> {
  const output = o.outputFile !== null ? await planOutputFile(o.outputFile) : null;
  const inputs = await collectInputs(o.inputs, { include: o.include, exclude: o.exclude });
  if (!inputs.length) throw new UsageError(`no input files in ${o.inputs.map(shown).join(', ')} (matching ${(o.include?.length ? o.include : DEFAULT_INCLUDE).join(' ')})`);
  if (output && !output.through) {
    const real = await realOf(resolve(output.path));
    const input = inputs.find((i) => (i.real ?? i.abs) === real);
    if (input) throw new UsageError(`-o ${shown(o.outputFile!)} is the input ${shown(input.path)}: it would be overwritten`);
  }
  const index = o.expectedDir !== null ? await indexExpected(o.expectedDir) : null;
  const expected = index ? inputs.map((i) => expectedFor(i, index)) : null;
  // --expected that matches no input would compare nothing and pass: a configuration error.
  if (expected && !expected.some(Boolean)) {
    throw new UsageError(`--expected ${shown(o.expectedDir!)}: no expected file for any of the ${inputs.length} input(s) (an expected file names its input in "input", or mirrors its path: DIR/<path under the folder>.json)`);
  }
  const fileGates = { require: o.gates.require, allowEmpty: o.gates.allowEmpty, minF1: o.gates.minF1 };
  const pool = createPool(Math.min(o.jobs, inputs.length), o.timeoutMs);
  const bar = progress(inputs.length, o.io.err, o.progress);
  const files: FileResult[] = [];
  let stopping = false;
  const release = onInterrupt(async () => {
    stopping = true;
    bar.stop();
    await pool.close();
    o.io.err.write('parse: interrupted\n');
  });
  try {
    const one = async (k: number): Promise<FileResult> => {
      const { path, problem } = inputs[k];
      if (problem) return failedFile(path, problem);
      const r = await pool.run({ kind: 'check', path, expected: expected?.[k] ?? null, gates: fileGates, encoding: o.encoding, maxBytes: o.maxBytes });
      return 'failure' in r ? failedFile(path, r.failure) : r;
    };
    for await (const r of mapBounded(inputs.keys(), pool.threads * 4, one)) {
      if (stopping) break;
      files.push(r);
      bar.tick(!!r.error);
    }
  } finally {
    bar.stop();
    release();
    await pool.close();
  }
  if (stopping) return 130;
  const results = summarize(files, o.gates, !!index);
  const text = reporters[o.reporter](results, { chalk: o.chalk, quiet: o.quiet });
  if (output && !output.stream) await writeOutputFile(output, text);
  else await writeAll(output?.stream === 'err' ? o.io.err : o.io.out, text);
  return results.ok ? 0 : 1;
}
