// Option values: parsed here so that a bad one is a usage error (exit 2) naming the option.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { defaultJobs, maxJobs } from '../batch/jobs.js';
import { canonicalEncoding } from '../decode/index.js';
import { DEFAULT_MAX_BYTES } from '../read.js';

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return Number(value);
}

export function parseJobs(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError('expected at least 1');
  if (n > maxJobs()) throw new InvalidArgumentError(`expected at most ${maxJobs()} (twice the core count)`);
  return n;
}

/** 0.95 or 95% */
export function parseRatio(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
  const n = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a ratio between 0 and 1 (0.95) or a percentage (95%)');
  return n;
}

/** 52428800, 50MB, 50m, 2k, 1.5GiB (units are powers of 1024) */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])i?b?|b)?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('expected a size in bytes, e.g. 52428800 or 50MB');
  const n = Math.floor(Number(m[1]) * 1024 ** (m[2] ? 'kmg'.indexOf(m[2].toLowerCase()) + 1 : 0));
  if (n < 1) throw new InvalidArgumentError('expected a size of at least 1 byte');
  return n;
}

/** The longest timer Node can set (2^31 - 1 ms, about 24.8 days), in whole seconds. */
export const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

export function parseSeconds(value: string): number {
  const n = value.trim() ? Number(value) : NaN;
  if (!(n >= 0) || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number of seconds (0: no limit)');
  if (n > MAX_SECONDS) throw new InvalidArgumentError(`expected at most ${MAX_SECONDS} seconds (0: no limit)`);
  return n;
}

export function parseEncoding(value: string): string {
  if (!canonicalEncoding(value)) throw new InvalidArgumentError('unknown encoding (try utf-8, gb18030, gbk, big5, utf-16le)');
  return value;
}

/** Repeatable option whose values may also be comma-separated. */
export const collectList = (value: string, previous: string[] = []) =>
  [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface InputOptions {
  include?: string[];
  exclude?: string[];
  jobs: number;
  maxBytes: number;
  timeout: number;
  encoding?: string;
  progress: boolean;
  color?: boolean;
}

/** The options every command that reads files and folders shares. */
export function inputOptions(cmd: Command): Command {
  return cmd
    .option('--include <glob>', 'files to read in folders (repeatable; default **/*.{txt,htm,html,shtml,xhtml,docx,doc,wps}, any case)', collect)
    .option('--exclude <glob>', 'files or folders to leave out (repeatable; node_modules, .git and hidden ones always are)', collect)
    .addOption(new Option('-j, --jobs <n>', 'files parsed in parallel').argParser(parseJobs).default(defaultJobs(), 'the core count'))
    .addOption(new Option('--max-bytes <size>', 'refuse larger files (e.g. 52428800, 50MB)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '50MB'))
    .addOption(new Option('--timeout <seconds>', 'give up on a file after this long (worker threads only; 0: never)').argParser(parseSeconds).default(120))
    .addOption(new Option('--encoding <name>', 'force the input encoding (utf-8, gb18030, gbk, big5, utf-16le …)').argParser(parseEncoding))
    .option('--no-progress', 'no progress bar (shown only when stderr is a terminal)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output (so does NO_COLOR=1)');
}

export const timeoutMs = (seconds: number) => (seconds > 0 ? seconds * 1000 : null);
