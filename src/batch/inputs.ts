// Command-line arguments (files and folders, mixed) -> the list of notices to read, in a stable order.
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve, sep } from 'node:path';
import { shown, UsageError } from '../errors.js';
import { realOf, walkFolder } from './walk.js';

// Every form a notice or its attachment is published in (formats are told by bytes, not by these names).
export const DEFAULT_INCLUDE = ['**/*.{txt,htm,html,shtml,xhtml,docx,doc,wps,rtf,pdf,xlsx,xls,et,ofd}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export interface Input {
  /** As the user would write it: the argument, or the folder argument joined with the file's place in it. */
  path: string;
  abs: string;
  /** Place under the folder argument with / separators; the base name for a file argument. */
  rel: string;
  /** Why a file found in a folder cannot be read (unreadable folder, FIFO, dangling link): reported, not parsed. */
  problem?: string;
  /** The real path (links resolved), when known. */
  real?: string;
}

export interface CollectOptions { include?: string[]; exclude?: string[]; outDir?: string | null }

export const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Patterns are matched inside each folder argument: one that climbs out or is absolute is a usage error. */
function checkPatterns(include: string[]): void {
  for (const p of include) {
    if (isAbsolute(p) || /^[A-Za-z]:/.test(p) || p.split(/[\\/]/).includes('..')) {
      throw new UsageError(`--include ${shown(p)}: patterns are matched inside each folder and cannot leave it (no absolute paths, no ..); name the other folder as an input instead`);
    }
  }
}

/**
 * Folders are walked recursively (hidden files and folders left out, extensions matched without case);
 * files named on the command line are always read. The output folder is never read as input. A file
 * reached twice (through links) is read once.
 */
export async function collectInputs(args: string[], options: CollectOptions = {}): Promise<Input[]> {
  const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
  checkPatterns(include);
  const ignore = [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])];
  // Real paths, so that a link to the input folder given as --out is seen for what it is.
  const outReal = options.outDir ? await realOf(resolve(options.outDir)) : null;
  const seen = new Set<string>();
  const inputs: Input[] = [];
  const add = (input: Input, real: string | null) => {
    const key = real ?? input.abs;
    if (seen.has(key)) return;
    seen.add(key);
    if (real) input.real = real;
    inputs.push(input);
  };
  for (const arg of args) {
    const abs = resolve(arg);
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) { add({ path: arg, abs, rel: basename(arg) }, info ? await realOf(abs) : null); continue; }
    const real = await realOf(abs);
    if (outReal && inside(real, outReal)) throw new UsageError(`--out ${shown(options.outDir!)} is, or contains, the input folder ${shown(arg)}: write the output elsewhere`);
    const found = await walkFolder(abs, { include, ignore, skip: outReal ? (dir) => inside(dir, outReal) : undefined });
    for (const f of found) {
      const input: Input = { path: join(arg, f.rel), abs: f.abs, rel: f.rel.split(sep).join('/') };
      if (f.problem) input.problem = f.problem;
      add(input, f.real);
    }
  }
  return inputs;
}
