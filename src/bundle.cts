// The command line from dist/bundle/ (scripts/bundle.mjs): dist/cli/index.js and everything it imports,
// as a few CommonJS chunks, each compiled from V8's code cache made at build time. Node 20's ES module
// loader costs ~0.5 ms of CPU per module and compiles every function on its first call; a parse of one
// file loads ~65-90 modules, so these two were a third of its run (issue 13). Node 20 has no
// module.enableCompileCache (Node 22): vm.Script with cachedData is the way to the same cache.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import vm from 'node:vm';

// CommonJS's wrapper, and __import: the chunks' import() of packages (scripts/bundle.mjs), done here
const WRAPPER = '(function (exports, require, module, __filename, __dirname, __import) { ';
const importEsm = (specifier: string): Promise<unknown> => import(specifier);

/** What scripts/bundle.mjs writes next to the chunks. */
export interface BundleManifest {
  /** process.versions.unicode of the build (the chunks' Han ranges, scripts/han-class.mjs). */
  unicode?: string;
  /** Each chunk's text is also in `<chunk>.u16` as UTF-16LE (read instead: no UTF-8 decode). */
  u16?: boolean;
  /** The chunk that exports main (dist/cli/index.js). */
  entry: string;
  /** The chunk that exports the batch worker's job function (dist/batch/worker.js). */
  worker?: string;
  /** Every dist module the bundle was built from: path under dist/, size, mtime (ms), sha1 of its bytes. */
  inputs: Array<[string, number, number, string?]>;
}

export interface LoadedBundle {
  main: (argv: string[]) => Promise<number>;
  /** What the entry chunk exports (the worker's: its default, the job function). */
  exports: Record<string, unknown>;
  /** Chunks loaded so far, and how many of them came from their code cache (V8 accepted it). */
  stats(): { chunks: number; fromCache: number };
  /** Writes each loaded chunk's code cache (its functions compiled so far) beside it: the build's training run. */
  writeCaches(): number;
}

/** The hash the manifest records for a dist module (scripts/bundle.mjs writes it the same way). */
export function contentHash(file: string): string {
  return createHash('sha1').update(readFileSync(file)).digest('hex');
}

/**
 * Which entry to load, and the suffix of its chunks' code caches. A batch's worker threads run under
 * other V8 flags (src/batch/pool.ts) and V8 takes a cache only under the flags it was made with, so
 * their caches are files of their own (WORKER_CACHE), made by a training run under those flags.
 */
export interface BundleOptions { entry?: 'cli' | 'worker'; cache?: string }

export const WORKER_CACHE = '.worker-cache';

/*
 * No V8 flag is set at run time here any more. loadBundle used to set --no-regexp-tier-up (-10% CPU on
 * a one-file parse) with v8.setFlagsFromString, after Node had started and run regular expressions of
 * its own under the default: a command line then died now and then with SIGSEGV inside V8's native
 * regexp code (NativeRegExpMacroAssembler::Match jumping to a Smi, core dump of a loaded two-run
 * --cache scenario; 2 of ~2,800 runs), the CI failure of test/speed-cache.test.ts. A flag that changes
 * how already compiled code runs cannot be flipped under it; Node says as much of setFlagsFromString.
 */

/**
 * The bundled CLI (or batch worker), or null when there is none or it is older than dist/ (a `tsc` run
 * since the bundle was built): then dist/cli/index.js (dist/batch/worker.js) is what runs, so a bundle
 * can never run stale code.
 */
export function loadBundle(distDir: string, options: BundleOptions = {}): LoadedBundle | null {
  const suffix = options.cache ?? '.cache';
  const dir = join(distDir, 'bundle');
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
  } catch {
    return null;
  }
  // the chunks spell \p{Script=Han} as the ranges of the Unicode they were built under
  if (manifest.unicode && manifest.unicode !== process.versions.unicode) return null;
  const entry = options.entry === 'worker' ? manifest.worker : manifest.entry;
  if (!entry) return null;
  const u16 = manifest.u16 === true;
  const root = distDir.endsWith(sep) ? distDir : distDir + sep; // (join per module: ~1 ms of a run)
  for (const [path, size, mtime, sha1] of manifest.inputs) {
    const file = root + path;
    const info = statSync(file, { throwIfNoEntry: false });
    if (!info || info.size !== size) return null;
    // npm's tarballs reset every mtime: then the bytes decide (a few ms for all of dist/, once a run)
    if (info.mtimeMs !== mtime && (!sha1 || contentHash(file) !== sha1)) return null;
  }
  const loaded = new Map<string, { exports: unknown }>();
  const scripts: Array<[string, vm.Script]> = [];
  let fromCache = 0;
  // A chunk requires its siblings as ./name.cjs (loaded here, from the cache) and packages and node:
  // modules by name (Node's own require, as anywhere else: one for all, the chunks share a folder).
  const outer = createRequire(join(dir, entry));
  const chunkRequire = Object.assign(
    (id: string) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dir, id.slice(2))) : outer(id)),
    { resolve: outer.resolve, cache: outer.cache, main: outer.main });
  const load = (file: string): unknown => {
    const done = loaded.get(file);
    if (done) return done.exports;
    const chunk = { exports: {} as unknown };
    loaded.set(file, chunk);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(`${file}${suffix}`);
    } catch { /* none: compiled as usual */ }
    // a cache from another Node version or other V8 flags is rejected by V8, and the source compiled as usual
    const text = u16 ? readFileSync(`${file}.u16`, 'utf16le') : readFileSync(file, 'utf8');
    const script = new vm.Script(`${WRAPPER}${text}\n})`, { filename: file, cachedData });
    scripts.push([file, script]);
    if (cachedData && !script.cachedDataRejected) fromCache++;
    (script.runInThisContext() as (...args: unknown[]) => void)(chunk.exports, chunkRequire, chunk, file, dir, importEsm);
    return chunk.exports;
  };
  // (no local named exports, module or require: this module is CommonJS, src/bundle.cts)
  const entryExports = load(join(dir, entry)) as Record<string, unknown>;
  return {
    main: entryExports.main as LoadedBundle['main'],
    exports: entryExports,
    stats: () => ({ chunks: scripts.length, fromCache }),
    writeCaches: () => {
      // through a temp file and a rename: a command line starting meanwhile reads a whole cache or none
      for (const [file, script] of scripts) {
        const temp = `${file}${suffix}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, `${file}${suffix}`);
      }
      return scripts.length;
    },
  };
}
