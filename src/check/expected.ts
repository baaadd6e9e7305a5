// Finding each input's expected file under --expected DIR: the file whose "input" field (relative to
// the expected file) names the input, else DIR/<the input's place under its folder argument>.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { Input } from '../batch/inputs.js';
import { shown, UsageError } from '../errors.js';

export interface ExpectedIndex { dir: string; byInput: Map<string, string> }

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);
const TEXT_FIELDS = ['number', 'text', 'title', 'deadline'];
const LIST_FIELDS = ['leaders', 'leadUnits', 'coUnits'];

/** What is wrong with an expected document's shape, or null: the comparison reads only these fields. */
export function expectedShapeProblem(doc: unknown): string | null {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return `not an object (${kind(doc)})`;
  const d = doc as { tasks?: unknown; document?: unknown };
  if (!Array.isArray(d.tasks)) return 'no "tasks" list (not an expected document)';
  if (d.document !== undefined && (!d.document || typeof d.document !== 'object' || Array.isArray(d.document))) return `"document" is ${kind(d.document)}, not an object`;
  for (const [i, t] of d.tasks.entries()) {
    const at = `task ${i + 1}`;
    if (!t || typeof t !== 'object' || Array.isArray(t)) return `${at} is ${kind(t)}, not an object`;
    const task = t as Record<string, unknown>;
    for (const f of TEXT_FIELDS) {
      const v = task[f];
      if (v != null && typeof v !== 'string' && typeof v !== 'number') return `${at}: "${f}" is ${kind(v)}, not text`;
    }
    for (const f of LIST_FIELDS) {
      const v = task[f];
      if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) return `${at}: "${f}" is not a list of names`;
    }
    const s = task.sections;
    if (s !== undefined && !(Array.isArray(s) && s.every((x) => x == null || typeof x === 'string' || (typeof x === 'object' && typeof (x as { title?: unknown }).title === 'string')))) {
      return `${at}: "sections" is not a list of titles`;
    }
  }
  return null;
}

/** Reads every DIR/**\/*.json once; a file that is not an expected document is a configuration error. */
export async function indexExpected(dir: string): Promise<ExpectedIndex> {
  if (!dir.trim()) throw new UsageError('--expected needs a folder (an empty path was given)');
  const info = existsSync(dir) ? statSync(dir) : null;
  if (!info) throw new UsageError(`--expected ${shown(dir)}: no such folder`);
  if (!info.isDirectory()) throw new UsageError(`--expected ${shown(dir)}: not a folder (give the folder of expected files)`);
  const files = (await glob(['**/*.json'], { cwd: dir, absolute: true })).sort();
  const byInput = new Map<string, string>();
  for (const file of files) {
    let doc: { input?: unknown; tasks?: unknown };
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new UsageError(`expected file ${shown(file)}: ${(e as Error).message}`);
    }
    const problem = expectedShapeProblem(doc);
    if (problem) throw new UsageError(`expected file ${shown(file)}: ${problem}`);
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
