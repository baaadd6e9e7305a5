// `parse -`: the notice read from standard input, with the same size limit as a file.
import { InputError } from '../errors.js';
import { parseBytes } from '../pipeline.js';
import type { Notice } from '../schema.js';

async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) throw new InputError(`input too large (more than ${limit} bytes)`, '-');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

export async function parseStdin(options: { encoding?: string; maxBytes: number }): Promise<Notice> {
  const bytes = await readStdin(options.maxBytes);
  if (!bytes.length) throw new InputError('empty file', '-');
  try {
    return await parseBytes(bytes, '-', { encoding: options.encoding });
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, '-');
    throw e;
  }
}
