// Reading one input file, with every failure turned into an InputError naming the cause.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from './errors.js';
import { parseBytes, type ParseOptions } from './pipeline.js';
import type { Notice } from './schema.js';

export async function readInput(path: string): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`, path);
  }
  if (info.isDirectory()) throw new InputError('is a directory (give a file, or use --out/--jsonl for folders)', path);
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(e)})`, path);
  }
}

export async function parseFile(path: string, options: ParseOptions = {}): Promise<Notice> {
  const bytes = await readInput(path);
  if (bytes.length === 0) throw new InputError('empty file', path);
  try {
    return await parseBytes(bytes, path, options);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, path);
    throw e;
  }
}
