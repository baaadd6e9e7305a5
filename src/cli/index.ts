// The `parse` command line. Exit codes: 0 done, 1 an input could not be read (or a check failed), 2 usage.
import { Command, CommanderError } from 'commander';
import { describeWriteError, processIo, type Io } from '../batch/io.js';
import { InputError, shown, UsageError } from '../errors.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerParse } from './parse.js';
import { registerReview } from './review.js';
import { registerSchema } from './schema.js';
import { registerUnits } from './units.js';

const EXAMPLES = `
Examples:
  parse notice.txt > notice.json                 one file, JSON on stdout
  parse notices/ --out tasks/                    a folder tree, one JSON file each (notices/a/b.html -> tasks/a/b.json)
  parse notices/ --jsonl > all.jsonl             one document per line
  parse notices/ --xlsx ledger.xlsx --by-unit    the supervision ledger (台账), one sheet per unit
  parse review notice.html -o review.html        the source beside the tasks, for checking by eye
  parse units notices/ --csv > units.csv         each unit with its tasks per notice
  parse diff 2022.json 2023.txt                  year over year: carried over, added, dropped
  parse check notices/ --min-completeness 0.95 --require leadUnits
  parse check notices/ --expected expected/ --reporter junit > report.xml

Exit codes: 0 done, 1 a file could not be converted (check: or a threshold was missed), 2 usage error.`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const program = new Command('parse')
    .description('fenjie: Chinese government task-assignment notices -> structured task lists (JSON)')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ writeErr: (s) => io.err.write(s), writeOut: (s) => io.out.write(s) })
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);
  let code = 0;
  const setCode = (c: number) => { code = Math.max(code, c); };
  registerSchema(program, io);
  registerCheck(program, setCode, io);
  registerUnits(program, setCode, io);
  registerDiff(program, setCode, io);
  registerReview(program, setCode, io);
  registerParse(program, setCode, io);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? 0 : 2;
    else if (e instanceof UsageError) { io.err.write(`parse: ${e.message}\n`); code = 2; }
    else if (e instanceof InputError) { io.err.write(`parse: ${e.file ? `${shown(e.file)}: ` : ''}${e.message}\n`); code = 1; }
    else { io.err.write(`parse: internal error: ${(e as Error)?.message ?? String(e)}\n`); code = 2; }
  }
  return Math.max(code, await outputCode(io));
}

/**
 * A failed write to stdout. A closed pipe (parse … | head) is no failure of what was already decided
 * (the exit code stays that of the results); any other write error (a full disk) is exit 1.
 */
async function outputCode(io: Io): Promise<number> {
  await io.flush?.();
  const e = io.outError?.();
  if (!e || io.outErrorReported) return e ? 1 : 0;
  if (e.code === 'EPIPE') return 0;
  io.err.write(`parse: ${describeWriteError(e)}\n`);
  return 1;
}
