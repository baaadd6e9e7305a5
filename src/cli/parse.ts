// parse FILE: one notice to one JSON document on stdout; human messages on stderr.
// parse FILES/FOLDERS --out DIR | --jsonl: a batch (src/batch/convert.ts).
import { Option, type Command } from 'commander';
import type { Io } from '../batch/io.js';
import { UsageError } from '../errors.js';
import { parseFile } from '../read.js';
import { inputOptions, timeoutMs, type InputOptions } from './options.js';

interface ParseOpts extends InputOptions { compact?: boolean; out?: string; jsonl?: boolean; skipExisting?: boolean }

export function registerParse(program: Command, setCode: (c: number) => void, io: Io): void {
  inputOptions(program
    .argument('[inputs...]', 'notice files (.txt, .html, .docx) or folders of them')
    .addOption(new Option('--compact', 'print JSON on one line'))
    .option('--out <dir>', 'write one JSON file per input under DIR, mirroring the folder tree')
    .option('--jsonl', 'print one JSON document per line on stdout')
    .option('--skip-existing', 'with --out: leave inputs whose JSON file already exists (resume a run)'))
    .action(async (inputs: string[], opts: ParseOpts) => {
      if (!inputs.length) throw new UsageError('no input: give a notice file (see parse --help)');
      if (opts.out !== undefined && opts.jsonl) throw new UsageError('--out and --jsonl: choose one');
      if (opts.skipExisting && opts.out === undefined) throw new UsageError('--skip-existing needs --out DIR');
      if (opts.out === undefined && !opts.jsonl) {
        if (inputs.length > 1) throw new UsageError('several inputs: add --jsonl (one document per line on stdout) or --out DIR (one JSON file each)');
        const notice = await parseFile(inputs[0], { encoding: opts.encoding, maxBytes: opts.maxBytes });
        io.out.write(`${JSON.stringify(notice, null, opts.compact ? undefined : 2)}\n`);
        setCode(0);
        return;
      }
      // The batch machinery (worker pool, globbing, progress bar, colours) loads only for batches.
      const [{ convertBatch }, { chalkFor, colorLevel }] = await Promise.all([import('../batch/convert.js'), import('../report/color.js')]);
      setCode(await convertBatch({
        inputs, out: opts.out ?? null, jsonl: !!opts.jsonl, include: opts.include, exclude: opts.exclude,
        jobs: opts.jobs, skipExisting: !!opts.skipExisting, compact: !!opts.compact, encoding: opts.encoding,
        maxBytes: opts.maxBytes, timeoutMs: timeoutMs(opts.timeout), progress: opts.progress,
        chalk: chalkFor(colorLevel(opts.color, io.env, !!io.err.isTTY)), io,
      }));
    });
}
