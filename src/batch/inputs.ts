// Command-line arguments (files and folders, mixed) -> the list of notices to read, in a stable order.
import { stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../errors.js';

// .doc/.wps are read only to say how to convert them.
export const DEFAULT_INCLUDE = ['**/*.{txt,htm,html,shtml,xhtml,docx,doc,wps}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export interface Input {
  /** As the user would write it: the argument, or the folder argument joined with the file's place in it. */
  path: string;
  abs: string;
  /** Place under the folder argument with / separators; the base name for a file argument. */
  rel: string;
}

export interface CollectOptions { include?: string[]; exclude?: string[]; outDir?: string | null }

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * Folders are walked recursively (hidden files and folders left out, extensions matched without case);
 * files named on the command line are always read. The output folder is never read as input.
 */
export async function collectInputs(args: string[], options: CollectOptions = {}): Promise<Input[]> {
  const include = options.include?.length ? options.include : DEFAULT_INCLUDE;
  const ignore = [...DEFAULT_EXCLUDE, ...(options.exclude ?? [])];
  const outAbs = options.outDir ? resolve(options.outDir) : null;
  const seen = new Set<string>();
  const inputs: Input[] = [];
  const add = (input: Input) => { if (!seen.has(input.abs)) { seen.add(input.abs); inputs.push(input); } };
  for (const arg of args) {
    const abs = resolve(arg);
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) { add({ path: arg, abs, rel: basename(arg) }); continue; }
    if (outAbs && inside(abs, outAbs)) throw new UsageError(`--out ${options.outDir} is, or contains, the input folder ${arg}: write the output elsewhere`);
    const found = await glob(include, { cwd: abs, ignore, caseSensitiveMatch: false, dot: false, onlyFiles: true });
    found.sort();
    for (const rel of found) {
      const fileAbs = join(abs, rel);
      if (outAbs && inside(fileAbs, outAbs)) continue;
      add({ path: join(arg, rel), abs: fileAbs, rel: rel.split(sep).join('/') });
    }
  }
  return inputs;
}

