// Finding each input's expected file under --expected DIR: the file whose "input" field (relative to
// the expected file) names the input, else DIR/<the input's place under its folder argument>.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { Input } from '../batch/inputs.js';
import { UsageError } from '../errors.js';

export interface ExpectedIndex { dir: string; byInput: Map<string, string> }

/** Reads every DIR/**\/*.json once; a file that is not an expected document is a configuration error. */
export async function indexExpected(dir: string): Promise<ExpectedIndex> {
  if (!existsSync(dir)) throw new UsageError(`--expected ${dir}: no such folder`);
  const files = (await glob(['**/*.json'], { cwd: dir, absolute: true })).sort();
  const byInput = new Map<string, string>();
  for (const file of files) {
    let doc: { input?: unknown; tasks?: unknown };
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new UsageError(`expected file ${file}: ${(e as Error).message}`);
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.tasks)) throw new UsageError(`expected file ${file}: no "tasks" list (not an expected document)`);
    if (typeof doc.input === 'string') byInput.set(resolve(dirname(file), doc.input), file);
  }
  return { dir, byInput };
}

export function expectedFor(input: Input, index: ExpectedIndex): string | null {
  const named = index.byInput.get(input.abs);
  if (named) return named;
  const mirrored = join(index.dir, `${input.rel.replace(/\.[^./]+$/, '')}.json`);
  return existsSync(mirrored) ? resolve(mirrored) : null;
}
