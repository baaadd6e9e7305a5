// Atomic output files: write a temp file beside the target, then rename it over the target.
// An interrupted run leaves complete JSON files or hidden `.NAME.PID-THREAD-N.fenjie-tmp` files,
// which the next run into the same folder removes once their process is gone.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { glob } from 'tinyglobby';

export const TEMP_SUFFIX = '.fenjie-tmp';
const TEMP = /^\..+\.(\d+)-\d+-\d+\.fenjie-tmp$/;
let counter = 0;

export const tempPathFor = (target: string) =>
  join(dirname(target), `.${basename(target)}.${process.pid}-${threadId}-${counter++}${TEMP_SUFFIX}`);

export async function writeAtomic(target: string, data: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    // Make the folder only when the first write into it fails: one mkdir per folder, not per file.
    await writeFile(temp, data).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(temp, data);
    });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
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
