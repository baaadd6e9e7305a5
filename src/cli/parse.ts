// parse FILE: one notice to one JSON document on stdout; human messages on stderr.
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { parseFile } from '../read.js';

export function registerParse(program: Command, setCode: (c: number) => void): void {
  program
    .argument('[inputs...]', 'notice files (.txt, .html, .docx)')
    .option('--encoding <name>', 'force the input encoding (utf-8, gb18030, gbk, big5, utf-16le …)')
    .addOption(new Option('--compact', 'print JSON on one line'))
    .action(async (inputs: string[], opts: { encoding?: string; compact?: boolean }) => {
      if (!inputs.length) throw new UsageError('no input: give a notice file (see parse --help)');
      if (inputs.length > 1) throw new UsageError('several inputs: give one file');
      const notice = await parseFile(inputs[0], { encoding: opts.encoding });
      process.stdout.write(`${JSON.stringify(notice, null, opts.compact ? undefined : 2)}\n`);
      setCode(0);
    });
}
