// Reading one input file, with every failure turned into an InputError naming the cause.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { parseBytes, type ParseOptions } from './pipeline.js';
import type { Notice } from './schema.js';

/** Inputs larger than this are refused before they are read (50 MiB). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions extends ParseOptions {
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Refuse FIFOs, sockets and devices (folder walks); a single named file may be /dev/stdin. */
  regularOnly?: boolean;
}

const cause = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? String(e)})`;
};

const tooLarge = (size: number | null, limit: number) =>
  `file too large (${size === null ? `more than ${limit}` : size} bytes > ${limit})`;

export async function readInput(path: string, options: ReadOptions = {}): Promise<Buffer> {
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    throw new InputError(cause(e), path);
  }
  if (info.isDirectory()) throw new InputError('is a directory (give a file, or use --out/--jsonl for folders)', path);
  if (!info.isFile() && options.regularOnly) throw new InputError('not a regular file', path);
  if (info.isFile() && info.size > limit) throw new InputError(tooLarge(info.size, limit), path);
  // Regular files are read synchronously: faster than fs/promises for whole small files (no thread-pool
  // round trip per chunk, less garbage); a worker thread blocks only itself. Pipes and devices may wait.
  if (info.isFile()) return readRegular(path, info.size, limit);
  // Read in chunks up to the limit: /proc files report size 0, pipes have none.
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new InputError(cause(e), path);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(Math.max(info.size + 1 - total, 65536), limit + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new InputError(tooLarge(info.isFile() && info.size > 0 ? total : null, limit), path);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(cause(e), path);
  } finally {
    await handle.close();
  }
}

function readRegular(path: string, size: number, limit: number): Buffer {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(cause(e), path);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // /proc files report size 0; a file may grow while it is read
      const want = Math.min(Math.max(size + 1 - total, 65536), limit + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const bytesRead = readSync(fd, buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw new InputError(tooLarge(size > 0 ? total : null, limit), path);
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(cause(e), path);
  } finally {
    closeSync(fd);
  }
}

export async function parseFile(path: string, options: ReadOptions = {}): Promise<Notice> {
  return parseRead(await readInput(path, options), path, options);
}

/** The document of bytes read from `path` (errors name the file). */
export async function parseRead(bytes: Buffer, path: string, options: ReadOptions = {}): Promise<Notice> {
  const { maxBytes: _limit, regularOnly: _regular, ...parseOptions } = options;
  if (bytes.length === 0) throw new InputError('empty file', path);
  try {
    return await parseBytes(bytes, path, parseOptions);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, path);
    throw e;
  }
}
