// Walking one folder argument for notices. A walk of our own (not a glob library) so that nothing is
// dropped unseen: symbolic links are followed but every real folder is read once (a link loop or a
// second link to a folder converts nothing twice), and an unreadable folder, a FIFO or device, a
// dangling or looping link that matches the patterns comes back with the problem to report.
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';

export interface Found {
  /** Place under the folder with / separators. */
  rel: string;
  abs: string;
  /** The file's real path (links resolved); null when it cannot be resolved. */
  real: string | null;
  /** Why the entry cannot be read, when it cannot. */
  problem?: string;
}

export interface WalkOptions {
  include: string[];
  ignore: string[];
  /** Real folders not to enter (the output folder). */
  skip?: (realDir: string) => boolean;
}

const why = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(e);
};

function kindOf(s: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  return s.isFIFO() ? 'a FIFO' : s.isSocket() ? 'a socket' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : 'not a file';
}

/** Matching entries under `root`, sorted by place. `root` must be a folder. */
export async function walkFolder(root: string, o: WalkOptions): Promise<Found[]> {
  const wanted = picomatch(o.include, { nocase: true, dot: false });
  const ignored = picomatch(o.ignore, { nocase: true, dot: true });
  const found: Found[] = [];
  const visited = new Set<string>();
  const stack: Array<{ abs: string; rel: string }> = [{ abs: root, rel: '' }];
  while (stack.length) {
    const dir = stack.pop()!;
    let real: string;
    try {
      real = await realpath(dir.abs);
    } catch (e) {
      found.push({ rel: dir.rel, abs: dir.abs, real: null, problem: `cannot read folder (${why(e)})` });
      continue;
    }
    if (visited.has(real) || o.skip?.(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch (e) {
      found.push({ rel: dir.rel, abs: dir.abs, real, problem: `cannot read folder (${why(e)})` });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // hidden entries are left out
      const rel = dir.rel ? `${dir.rel}/${entry.name}` : entry.name;
      const abs = join(dir.abs, entry.name);
      if (ignored(rel)) continue;
      let info: Stats | Dirent | null = entry.isSymbolicLink() ? null : entry;
      let linkProblem: string | null = null;
      if (!info) {
        try {
          info = await stat(abs);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          linkProblem = code === 'ENOENT' ? 'dangling symbolic link' : code === 'ELOOP' ? 'symbolic link loop' : `cannot follow symbolic link (${why(e)})`;
        }
      }
      if (info?.isDirectory()) { stack.push({ abs, rel }); continue; }
      if (!wanted(rel)) continue;
      if (linkProblem) { found.push({ rel, abs, real: null, problem: linkProblem }); continue; }
      if (!info!.isFile()) { found.push({ rel, abs, real: null, problem: `not a regular file (${kindOf(info!)})` }); continue; }
      const fileReal = entry.isSymbolicLink() ? await realpath(abs).catch(() => null) : join(real, entry.name);
      found.push({ rel, abs, real: fileReal });
    }
  }
  return found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** The real path of `p`, also when it does not exist yet: its nearest existing ancestor resolved. */
export async function realOf(p: string): Promise<string> {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      const parent = join(at, '..');
      if (parent === at) return p;
      rest.push(at.slice(parent.length).replace(/^[\\/]+/, ''));
      at = parent;
    }
  }
}
