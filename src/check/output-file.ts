// `parse check -o FILE`: where the report goes, settled before the run so that a bad FILE is a usage
// error at once. A regular file (or a new one) is replaced atomically; a link is followed and its
// target replaced, the link kept; a FIFO, terminal or device (/dev/stdout) is written through, never
// replaced; a folder, a dangling link or a missing parent folder is refused (no folders are made).
import { constants, fstatSync } from 'node:fs';
import { access, lstat, open, realpath, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { shown, UsageError } from '../errors.js';

export interface OutputPlan {
  path: string;
  through: boolean;
  /** FILE is this process's own stdout or stderr (/dev/stdout): written as that stream, which may be a socket no path opens. */
  stream?: 'out' | 'err';
}

function ownStream(info: { dev: number; ino: number }): 'out' | 'err' | undefined {
  const same = (fd: number) => { try { const s = fstatSync(fd); return s.dev === info.dev && s.ino === info.ino; } catch { return false; } };
  return same(1) ? 'out' : same(2) ? 'err' : undefined;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? String(e);

export async function planOutputFile(file: string): Promise<OutputPlan> {
  const name = `-o ${shown(file)}`;
  if (!file.trim()) throw new UsageError('-o needs a file name (an empty path was given)');
  const link = await lstat(file).catch(() => null);
  // stat follows links, also /dev/stdout's to a pipe, which has no real path
  const info = link ? await stat(file).catch(() => null) : null;
  if (link && !info) throw new UsageError(`${name}: a dangling symbolic link`);
  if (info?.isDirectory()) throw new UsageError(`${name}: is a folder (give a file name)`);
  if (info && !info.isFile()) return { path: file, through: true, stream: ownStream(info) };
  const path = link?.isSymbolicLink() ? await realpath(file) : file;
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
