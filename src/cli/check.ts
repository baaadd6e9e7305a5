// parse check FILES/FOLDERS: extraction quality as a CI gate (src/check/run.ts). ESLint's exit codes.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../batch/io.js';
import { REQUIRABLE } from '../check/requirable.js';
import type { Gates } from '../check/types.js';
import { UsageError } from '../errors.js';
import { REPORTER_NAMES, type ReporterName } from '../report/names.js';
import { ASSIGNMENT_FIELDS } from '../model.js';
import { collectList, inputOptions, parseCount, parseRatio, timeoutMs, type InputOptions } from './options.js';

interface CheckOpts extends InputOptions {
  minCompleteness?: Array<{ field: string | null; min: number }>;
  require?: string[];
  maxWarnings?: number;
  allowEmpty?: boolean;
  expected?: string;
  minF1: number;
  reporter: ReporterName;
  outputFile?: string;
  quiet?: boolean;
}

/** 0.95 (overall) or leadUnits=0.99 (one field); repeatable. */
function parseCompleteness(value: string, previous: CheckOpts['minCompleteness'] = []) {
  const m = /^([A-Za-z]+)\s*=\s*(.+)$/.exec(value);
  if (m && !(ASSIGNMENT_FIELDS as readonly string[]).includes(m[1])) {
    throw new InvalidArgumentError(`unknown field "${m[1]}" (fields: ${ASSIGNMENT_FIELDS.join(', ')})`);
  }
  return [...previous, { field: m ? m[1] : null, min: parseRatio(m ? m[2] : value) }];
}

function parseRequire(value: string, previous: string[] = []) {
  const fields = collectList(value, previous);
  const bad = fields.find((f) => !(REQUIRABLE as readonly string[]).includes(f));
  if (bad) throw new InvalidArgumentError(`unknown field "${bad}" (fields: ${REQUIRABLE.join(', ')})`);
  return fields;
}

export function registerCheck(program: Command, setCode: (c: number) => void, io: Io): void {
  const cmd = program.command('check')
    .description('check extraction quality; exit 0 clean, 1 a file failed or a threshold was missed, 2 usage error')
    .argument('<inputs...>', 'notice files or folders of them')
    .option('--min-completeness <ratio>', 'overall completeness to reach (0.95 or 95%); FIELD=RATIO for one field (repeatable)', parseCompleteness)
    .option('--require <fields>', `fields every task must have (comma-separated, repeatable: ${REQUIRABLE.join(', ')})`, parseRequire)
    .option('--max-warnings <n>', 'fail when there are more validator warnings than this', parseCount)
    .option('--allow-empty', 'accept files that yield no tasks (by default they fail unless their expected file has none)')
    .option('--expected <dir>', 'compare against expected JSON files: the one whose "input" names the file, else DIR/<same relative path>.json')
    .addOption(new Option('--min-f1 <ratio>', 'with --expected: F1 every field of every file must reach').argParser(parseRatio).default(1, '1, every expected value'))
    .addOption(new Option('-f, --reporter <name>', 'output format').choices(REPORTER_NAMES).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--quiet', 'list errors only (warnings still count for --max-warnings)');
  inputOptions(cmd).action(async (inputs: string[], opts: CheckOpts) => {
    if (cmd.getOptionValueSource('minF1') === 'cli' && opts.expected === undefined) throw new UsageError('--min-f1 needs --expected DIR (it applies to the comparison with expected files)');
    const gates: Gates = {
      require: [...new Set(opts.require ?? [])],
      allowEmpty: !!opts.allowEmpty,
      minF1: opts.minF1,
      minCompleteness: (opts.minCompleteness ?? []).filter((c) => !c.field).at(-1)?.min ?? null,
      minFieldCompleteness: Object.fromEntries((opts.minCompleteness ?? []).filter((c) => c.field).map((c) => [c.field, c.min])),
      maxWarnings: opts.maxWarnings ?? null,
    };
    const out = opts.outputFile ? null : io.out;
    const [{ runCheck }, { chalkFor, colorLevel }] = await Promise.all([import('../check/run.js'), import('../report/color.js')]);
    setCode(await runCheck({
      inputs, include: opts.include, exclude: opts.exclude, expectedDir: opts.expected ?? null, gates,
      reporter: opts.reporter, outputFile: opts.outputFile ?? null, quiet: !!opts.quiet,
      jobs: opts.jobs, encoding: opts.encoding, maxBytes: opts.maxBytes, timeoutMs: timeoutMs(opts.timeout), progress: opts.progress,
      chalk: chalkFor(colorLevel(opts.color, io.env, !!out?.isTTY)), io,
    }));
  });
}
