// parse units FILES/FOLDERS [--csv]: the unit index across notices (src/facts/unit-report.ts).
import type { Command } from 'commander';
import type { Io } from '../batch/io.js';
import { UsageError } from '../errors.js';
import { collect, parseSize } from './options.js';

interface UnitsOpts { csv?: boolean; include?: string[]; exclude?: string[]; encoding?: string; maxBytes?: number; compact?: boolean }

export function registerUnits(program: Command, setCode: (c: number) => void, io: Io): void {
  program.command('units')
    .description('one entry per unit across notices (its spellings, and its tasks per notice); JSON, or --csv')
    .argument('<inputs...>', 'notices or fenjie JSON documents, or folders of them')
    .option('--csv', 'one CSV row per unit, notice, role and task (UTF-8 with BOM)')
    .option('--compact', 'print JSON on one line')
    .option('--include <glob>', 'files to read in folders (repeatable; default: notices and .json documents)', collect)
    .option('--exclude <glob>', 'files or folders to leave out (repeatable)', collect)
    .option('--encoding <name>', 'force the input encoding of notices')
    .option('--max-bytes <size>', 'refuse larger files (default 50MB)', parseSize)
    .action(async (inputs: string[], opts: UnitsOpts) => {
      if (!inputs.length) throw new UsageError('no input: give notices or folders (see parse units --help)');
      const [{ loadDocuments }, { unitReport, unitReportCsv }] = await Promise.all([import('../facts/load.js'), import('../facts/unit-report.js')]);
      const { docs, failed, skipped } = await loadDocuments(inputs, { include: opts.include, exclude: opts.exclude, encoding: opts.encoding, maxBytes: opts.maxBytes });
      for (const f of failed) io.err.write(`parse: ${f.path}: ${f.reason}\n`);
      if (skipped.length) io.err.write(`parse: left out ${skipped.length} .json file(s) in the folders that are no fenjie documents (e.g. ${skipped[0]})\n`);
      if (!docs.length && !failed.length) throw new UsageError('no notices found in the inputs');
      const report = unitReport(docs);
      io.out.write(opts.csv ? unitReportCsv(report) : `${JSON.stringify({ notices: docs.length, units: report }, null, opts.compact ? undefined : 2)}\n`);
      setCode(failed.length ? 1 : 0);
    });
}
