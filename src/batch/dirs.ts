// Making an output folder and its parents. Not mkdir({ recursive: true }): on Node 20 it never settles
// for a path under /proc (mkdir there fails ENOENT even once the parent exists, and it retries forever).
import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  // Climb to the nearest folder that exists, then make each missing one once, top down.
  for (;;) {
    const info = await stat(at).catch((e: NodeJS.ErrnoException) => { if (e.code === 'ENOENT') return null; throw e; });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'EEXIST') throw e; });
  }
}
