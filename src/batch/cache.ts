// --cache DIR: a content-hash cache of parsed documents, so that re-running a folder after a few new
// downloads parses the new files only. An entry is keyed by the sha256 of the file's bytes, fenjie's
// version and build, the file's extension (it decides the format) and the parse options; it holds
// the document and a checksum of it. An entry that does not read back whole (truncated, edited, another
// key) is ignored and rewritten: the cache is never trusted over a parse.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRead, readInput, type ReadOptions } from '../read.js';
import type { Notice } from '../schema.js';
import { writeAtomic } from './atomic.js';

const FORMAT = 1;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let build: string | null = null;
/**
 * fenjie's version and a fingerprint of the code that runs (the content of its modules, read once per
 * thread, ~2 ms): a checkout rebuilt from other sources never reads the entries of the old build.
 */
function buildId(): string {
  if (build) return build;
  const here = fileURLToPath(new URL('..', import.meta.url));
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  const files = readdirSync(here, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(js|ts)$/.test(d.name)).map((d) => join(d.parentPath, d.name)).sort();
  const hash = createHash('sha256').update(version);
  for (const file of files) hash.update(`\0${relative(here, file)}\0`).update(readFileSync(file));
  return (build = hash.digest('hex'));
}

/** The key of one file's document: what the output depends on. */
export function cacheKey(bytes: Buffer, path: string, options: ReadOptions): string {
  const { maxBytes: _limit, regularOnly: _regular, ...parse } = options;
  const opts = Object.fromEntries(Object.entries(parse).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
  return sha256([`fenjie-cache ${FORMAT}`, buildId(), extname(path).toLowerCase(), JSON.stringify(opts), sha256(bytes)].join('\0'));
}

const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.json`);

/** The cached document, or null when there is none or it does not read back whole. */
function lookup(dir: string, key: string, bytesSha: string): Notice | null {
  let text: string;
  try {
    text = readFileSync(entryPath(dir, key), 'utf8');
  } catch {
    return null;
  }
  try {
    const nl = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, nl)) as { fenjieCache?: number; key?: string; sha256?: string };
    const body = text.slice(nl + 1);
    if (head.fenjieCache !== FORMAT || head.key !== key || head.sha256 !== sha256(body)) return null;
    const notice = JSON.parse(body) as Notice;
    return notice?.source?.sha256 === bytesSha ? notice : null;
  } catch {
    return null;
  }
}

export interface Cached { notice: Notice; hit: boolean }

/** parseFile through the cache in `dir`. A cache that cannot be written only costs the next run a parse. */
export async function parseFileCached(path: string, options: ReadOptions, dir: string): Promise<Cached> {
  const bytes = await readInput(path, options);
  const key = cacheKey(bytes, path, options);
  const bytesSha = sha256(bytes);
  const hit = lookup(dir, key, bytesSha);
  if (hit) {
    hit.source.path = path; // the same bytes under another name
    return { notice: hit, hit: true };
  }
  const notice = await parseRead(bytes, path, options);
  const body = JSON.stringify(notice);
  await writeAtomic(entryPath(dir, key), `${JSON.stringify({ fenjieCache: FORMAT, key, sha256: sha256(body) })}\n${body}`).catch(() => undefined);
  return { notice, hit: false };
}
