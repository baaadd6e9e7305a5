// Reading one input file, with every failure turned into an InputError naming the cause.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
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
  // Read in chunks up to the limit: /proc files report size 0, pipes have none. (fs/promises loaded only
  // here: a one-file run of a regular file spares its ~1 ms of loading.)
  let handle;
  try {
    handle = await (await import('node:fs/promises')).open(path, 'r');
  } catch (e) {
    throw new InputError(cause(e), path);
  }
  try {
    const acc = new Chunks(path, 0, limit); // not a regular file: its size says nothing
    while (acc.take(await handle.read(acc.next(), 0, acc.want, null).then((r) => r.bytesRead)));
    return acc.result();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(cause(e), path);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file in chunks up to the limit, for the synchronous and the asynchronous path alike: /proc files
 * report size 0, pipes have none, and a file may grow while it is read.
 */
class Chunks {
  private chunks: Buffer[] = [];
  private total = 0;
  private buf = Buffer.alloc(0);
  want = 0;
  constructor(private path: string, private size: number, private limit: number) {}
  /** The buffer for the next read (`want` bytes). */
  next(): Buffer {
    this.want = Math.min(Math.max(this.size + 1 - this.total, 65536), this.limit + 1 - this.total);
    this.buf = Buffer.allocUnsafe(this.want);
    return this.buf;
  }
  /** Keeps what a read returned; false at the end of the file. */
  take(bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.chunks.push(this.buf.subarray(0, bytesRead));
    this.total += bytesRead;
    if (this.total > this.limit) throw new InputError(tooLarge(this.size > 0 ? this.total : null, this.limit), this.path);
    return true;
  }
  result(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.total);
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
    const acc = new Chunks(path, size, limit);
    while (acc.take(readSync(fd, acc.next(), 0, acc.want, null)));
    return acc.result();
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
