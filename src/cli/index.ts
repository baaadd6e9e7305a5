// The `parse` command line. Exit codes: 0 done, 1 an input could not be read (or a check failed), 2 usage.
import { Command, CommanderError } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { registerParse } from './parse.js';
import { registerSchema } from './schema.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('parse')
    .description('fenjie: Chinese government task-assignment notices -> structured task lists (JSON)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showSuggestionAfterError();
  let code = 0;
  const setCode = (c: number) => { code = Math.max(code, c); };
  registerSchema(program);
  registerParse(program, setCode);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) { process.stderr.write(`parse: ${e.message}\n`); return 2; }
    if (e instanceof InputError) { process.stderr.write(`parse: ${e.file ? `${e.file}: ` : ''}${e.message}\n`); return 1; }
    process.stderr.write(`parse: internal error: ${(e as Error).message ?? String(e)}\n`);
    return 2;
  }
  return code;
}
