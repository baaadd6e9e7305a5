// parse FILE: one notice to one JSON document on stdout; human messages on stderr.
// parse FILES/FOLDERS --out DIR | --jsonl: a batch (src/batch/convert.ts).
import { Option, type Command } from 'commander';
import type { Io } from '../batch/io.js';
import { shown, UsageError } from '../errors.js';
import { parseFile } from '../read.js';
import type { Notice } from '../schema.js';
import { inputOptions, timeoutMs, type InputOptions } from './options.js';

interface ParseOpts extends InputOptions {
  compact?: boolean; out?: string; jsonl?: boolean; skipExisting?: boolean; cache?: string;
  xlsx?: string; csv?: string; oneSheet?: boolean; byUnit?: boolean;
}

export function registerParse(program: Command, setCode: (c: number) => void, io: Io): void {
  inputOptions(program
    .argument('[inputs...]', 'notice files (.txt, .html, .docx) or folders of them; - reads standard input')
    .addOption(new Option('--compact', 'print JSON on one line'))
    .option('--out <dir>', 'write one JSON file per input under DIR, mirroring the folder tree')
    .option('--jsonl', 'print one JSON document per line on stdout')
    .option('--skip-existing', 'with --out: leave inputs whose JSON file already exists (resume a run)')
    .option('--cache <dir>', 'keep parsed documents in DIR by content hash: a re-run parses only new or changed files')
    .option('--xlsx <file>', 'also write the supervision ledger (台账): a 汇总 sheet, then one sheet per notice')
    .option('--csv <file>', 'also write the ledger as CSV (UTF-8 with BOM, CRLF): one row per task')
    .option('--one-sheet', 'with --xlsx: every task on one sheet')
    .option('--by-unit', 'with --xlsx/--csv: one sheet per unit, the tasks it leads then those it co-operates on'))
    .action(async (inputs: string[], opts: ParseOpts) => {
      if (!inputs.length) throw new UsageError('no input: give a notice file (see parse --help)');
      if (opts.out !== undefined && !opts.out.trim()) throw new UsageError('--out needs a folder (an empty path was given)');
      if (opts.out !== undefined && opts.jsonl) throw new UsageError('--out and --jsonl: choose one');
      if (inputs.includes('-') && inputs.length > 1) throw new UsageError('- (standard input) is read alone: give it as the only input');
      if (inputs[0] === '-' && (opts.out !== undefined || opts.jsonl)) throw new UsageError('- (standard input) is one notice: its JSON goes to stdout, without --out or --jsonl');
      if (opts.skipExisting && opts.out === undefined) throw new UsageError('--skip-existing needs --out DIR');
      if (opts.cache !== undefined) await checkCacheDir(opts.cache);
      const ledger = ledgerTargets(opts);
      if (opts.out === undefined && !opts.jsonl && !ledger) {
        if (inputs.length > 1) throw new UsageError('several inputs: add --jsonl (one document per line on stdout) or --out DIR (one JSON file each)');
        const notice: Notice = inputs[0] === '-'
          ? await (await import('./stdin.js')).parseStdin({ encoding: opts.encoding, maxBytes: opts.maxBytes })
          : opts.cache
            ? (await (await import('../batch/cache.js')).parseFileCached(inputs[0], { encoding: opts.encoding, maxBytes: opts.maxBytes }, opts.cache)).notice
            : await parseFile(inputs[0], { encoding: opts.encoding, maxBytes: opts.maxBytes });
        io.out.write(`${JSON.stringify(notice, null, opts.compact ? undefined : 2)}\n`);
        setCode(0);
        return;
      }
      // The batch machinery (worker pool, globbing, progress bar, colours) loads only for batches.
      const [{ convertBatch }, { chalkFor, colorLevel }] = await Promise.all([import('../batch/convert.js'), import('../report/color.js')]);
      setCode(await convertBatch({
        inputs, out: opts.out ?? null, jsonl: !!opts.jsonl, include: opts.include, exclude: opts.exclude,
        jobs: opts.jobs, skipExisting: !!opts.skipExisting, compact: !!opts.compact, encoding: opts.encoding,
        maxBytes: opts.maxBytes, timeoutMs: timeoutMs(opts.timeout), progress: opts.progress, ledger, cache: opts.cache ?? null,
        chalk: chalkFor(colorLevel(opts.color, io.env, !!io.err.isTTY)), io,
      }));
    });
}

/** --cache must name a folder, or a path where one can be made. */
async function checkCacheDir(dir: string): Promise<void> {
  if (!dir.trim()) throw new UsageError('--cache needs a folder (an empty path was given)');
  const info = await (await import('node:fs/promises')).stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`--cache ${shown(dir)} exists and is not a folder`);
}

/** --xlsx / --csv and their layout options; null when no ledger is asked for. */
function ledgerTargets(opts: ParseOpts): { xlsx: string | null; csv: string | null; mode: 'per-notice' | 'one-sheet' | 'by-unit' } | null {
  if (opts.oneSheet && opts.byUnit) throw new UsageError('--one-sheet and --by-unit: choose one');
  if (opts.xlsx === undefined && opts.csv === undefined) {
    if (opts.oneSheet || opts.byUnit) throw new UsageError(`${opts.oneSheet ? '--one-sheet' : '--by-unit'} needs --xlsx FILE${opts.byUnit ? ' or --csv FILE' : ''}`);
    return null;
  }
  // The ledger holds every file's tasks: a resumed run would leave the skipped ones out.
  if (opts.skipExisting) throw new UsageError('--skip-existing and --xlsx/--csv: the ledger needs every file converted in one run');
  return { xlsx: opts.xlsx ?? null, csv: opts.csv ?? null, mode: opts.byUnit ? 'by-unit' : opts.oneSheet ? 'one-sheet' : 'per-notice' };
}
