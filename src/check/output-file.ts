// `parse check -o FILE`: where the report goes, settled before the run so that a bad FILE is a usage
// error at once. A regular file (or a new one) is replaced atomically; a link is followed and its
// target replaced, the link kept; a FIFO, terminal or device (/dev/stdout) is written through, never
// replaced; a folder, a dangling link or a missing parent folder is refused (no folders are made).
import { constants } from 'node:fs';
import { access, lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { shown, UsageError } from '../errors.js';

export interface OutputPlan { path: string; through: boolean }

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

export async function planOutputFile(file: string): Promise<OutputPlan> {
  const name = `-o ${shown(file)}`;
  if (!file.trim()) throw new UsageError('-o needs a file name (an empty path was given)');
  const link = await lstat(file).catch(() => null);
  let path = file;
  if (link?.isSymbolicLink()) {
    path = await realpath(file).catch(() => { throw new UsageError(`${name}: a dangling symbolic link`); });
  }
  const info = link ? await stat(path).catch(() => null) : null;
  if (info?.isDirectory()) throw new UsageError(`${name}: is a folder (give a file name)`);
  if (info && !info.isFile()) return { path, through: true };
  const folder = dirname(path);
  const parent = await stat(folder).catch(() => null);
  if (!parent?.isDirectory()) throw new UsageError(`${name}: no such folder ${shown(folder)}`);
  await access(folder, constants.W_OK).catch((e) => { throw new UsageError(`${name}: cannot write in ${shown(folder)} (${code(e)})`); });
  return { path, through: false };
}

export async function writeOutputFile(plan: OutputPlan, text: string): Promise<void> {
  try {
    if (!plan.through) return await writeAtomic(plan.path, text, false);
    const handle = await open(plan.path, 'w');
    try { await handle.writeFile(text); } finally { await handle.close(); }
  } catch (e) {
    throw new UsageError(`-o ${shown(plan.path)}: cannot write the report (${code(e)})`);
  }
}
