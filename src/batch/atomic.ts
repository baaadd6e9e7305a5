// Atomic output files: write a temp file beside the target, then rename it over the target.
// An interrupted run leaves complete JSON files or hidden `.NAME.PID-THREAD-N.fenjie-tmp` files,
// which the next run into the same folder removes once their process is gone. The data is synced to
// disk before the rename, so a crash never leaves a complete name over incomplete content.
import { closeSync, lstatSync, openSync, readlinkSync, realpathSync, statSync, type Stats, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { glob } from 'tinyglobby';
import { makeDirs } from './dirs.js';

export const TEMP_SUFFIX = '.fenjie-tmp';
const TEMP = /^\..+\.(\d+)-\d+-\d+\.fenjie-tmp$/;
let counter = 0;

export const tempPathFor = (target: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}-${threadId}-${counter++}${TEMP_SUFFIX}`);

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Where a write to `target` goes: a symbolic link is followed (its target is replaced, the link kept,
 * as the shell's `>` does); a FIFO, terminal or device (/dev/stdout) is written into, never replaced.
 * Synchronous: on a worker thread the process's few I/O threads are busy syncing the batch's output
 * files, and an asynchronous lstat waits behind them while the thread idles.
 */
function settle(target: string): { path: string; through: boolean } {
  const quiet = (f: () => Stats | undefined) => { try { return f() ?? null; } catch { return null; } };
  const link = quiet(() => lstatSync(target, { throwIfNoEntry: false }));
  if (!link) return { path: target, through: false };
  // stat follows links, also /dev/stdout's to a pipe, which has no real path
  const info = quiet(() => statSync(target, { throwIfNoEntry: false }));
  // never a temp file beside a folder, to be renamed onto it and fail
  if (info?.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
  if (info && !info.isFile()) return { path: target, through: true };
  if (!link.isSymbolicLink()) return { path: target, through: false };
  // a dangling link: its target is made, as the shell's `>` does
  return { path: info ? realpathSync(target) : resolve(dirname(target), readlinkSync(target)), through: false };
}

/** Write `data` to `target` through a temp file; `makeFolder`: create missing folders (a mirrored tree). */
export async function writeAtomic(to: string, data: string | Uint8Array, makeFolder = true): Promise<void> {
  const { path: target, through } = settle(to);
  if (through) {
    const handle = await open(target, 'w');
    try { await handle.writeFile(data); } finally { await handle.close(); }
    return;
  }
  const temp = tempPathFor(target);
  try {
    // Make the folder only when the first write into it fails: one mkdir per folder, not per file.
    await writeSynced(temp, data).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT' || !makeFolder) throw e;
      await makeDirs(dirname(target));
      await writeSynced(temp, data);
    });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/**
 * writeAtomic in two steps, for a worker thread that should not wait on the disk: writeTemp writes the
 * data to a temp file beside the target (unsynced; a link, FIFO or device target as writeAtomic treats
 * it) and returns what is left to do; commitTemp, in the batch's thread, syncs the temp file and
 * renames it over the target (removing it on failure).
 */
export interface PendingWrite { temp: string; target: string }

export async function writeTemp(to: string, data: string | Uint8Array, makeFolder = true): Promise<PendingWrite | null> {
  const { path: target, through } = settle(to);
  if (through) {
    await writeAtomic(to, data, makeFolder);
    return null;
  }
  const temp = tempPathFor(target);
  // synchronous: an unsynced write of one document is fast, and a worker thread blocks only itself
  const write = () => {
    const fd = openSync(temp, 'wx');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
  };
  try {
    try {
      write();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !makeFolder) throw e;
      await makeDirs(dirname(target));
      write();
    }
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return { temp, target };
}

export async function commitTemp(pending: PendingWrite): Promise<void> {
  try {
    const handle = await open(pending.temp, 'r+');
    try { await handle.sync(); } finally { await handle.close(); }
    await rename(pending.temp, pending.target);
  } catch (e) {
    await rm(pending.temp, { force: true });
    throw e;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temp files left by dead runs (and by this process when `own`); returns how many went. */
export async function removeTemps(dir: string, own = false): Promise<number> {
  const found = await glob([`**/*${TEMP_SUFFIX}`], { cwd: dir, dot: true, onlyFiles: true }).catch(() => [] as string[]);
  let removed = 0;
  for (const rel of found) {
    const m = TEMP.exec(basename(rel));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid ? !own : alive(pid)) continue;
    await rm(join(dir, rel), { force: true });
    removed++;
  }
  return removed;
}
