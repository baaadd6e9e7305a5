// parse review FILE|FOLDER… -o PATH: the review page(s) (src/emit/review-run.ts, loaded only here).
import { Option, type Command } from 'commander';
import type { Io } from '../batch/io.js';
import { DEFAULT_MAX_BYTES } from '../read.js';
import { collect, parseSize } from './options.js';

interface ReviewOpts { output?: string; include?: string[]; exclude?: string[]; encoding?: string; maxBytes: number }

export function registerReview(program: Command, setCode: (c: number) => void, io: Io): void {
  program.command('review')
    .description('a review page: the source text beside the tasks, linked both ways, missing fields and messages shown; '
      + 'a folder: one page per notice and an index.html')
    .argument('<inputs...>', 'notice files or folders of them')
    .option('-o, --output <path>', 'the page to write (one notice; default stdout), or the folder for the pages and index.html')
    .option('--include <glob>', 'files to read in folders (repeatable)', collect)
    .option('--exclude <glob>', 'files or folders to leave out (repeatable)', collect)
    .addOption(new Option('--max-bytes <size>', 'refuse larger files (e.g. 52428800, 50MB)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '50MB'))
    .option('--encoding <name>', 'force the input encoding (utf-8, gb18030, gbk, big5, utf-16le …)')
    .action(async (inputs: string[], opts: ReviewOpts) => {
      const { runReview } = await import('../emit/review-run.js');
      setCode(await runReview({ inputs, ...opts, io }));
    });
}
