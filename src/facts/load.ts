// Documents for `parse units` and `parse diff`: fenjie JSON documents as they are, notices parsed now.
import { readFile } from 'node:fs/promises';
import { collectInputs, DEFAULT_INCLUDE } from '../batch/inputs.js';
import { InputError } from '../errors.js';
import { parseFile, type ReadOptions } from '../read.js';
import type { Notice } from '../schema.js';
import { addFacts } from './index.js';

export interface LoadOptions extends ReadOptions { include?: string[]; exclude?: string[] }

const isJson = (path: string) => /\.json$/i.test(path);

/** One input: a .json file must be a fenjie document (schema v1); anything else is parsed as a notice. */
export async function loadDocument(path: string, options: LoadOptions = {}): Promise<Notice> {
  if (!isJson(path)) return parseFile(path, options);
  let doc: Notice;
  try {
    doc = JSON.parse(await readFile(path, 'utf8')) as Notice;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : `not JSON (${(e as Error).message})`, path);
  }
  if (doc?.schemaVersion !== 1 || !Array.isArray(doc.tasks) || !doc.document) throw new InputError(`${NOT_A_DOCUMENT} (schemaVersion 1 with document and tasks)`, path);
  // Documents written before the facts stage get their facts now.
  if (!doc.document.units) addFacts(doc.tasks, doc.document);
  return doc;
}

export interface Loaded {
  docs: Notice[];
  failed: Array<{ path: string; reason: string }>;
  /** .json files found in folders that are no fenjie documents (expected files, configs): left out, and said so. */
  skipped: string[];
}

const NOT_A_DOCUMENT = 'not a fenjie document';

/** Files and folders (notices and .json documents, recursively); a file that fails is reported, the rest go on. */
export async function loadDocuments(args: string[], options: LoadOptions = {}): Promise<Loaded> {
  const include = options.include?.length ? options.include : [...DEFAULT_INCLUDE, '**/*.json'];
  const inputs = await collectInputs(args, { include, exclude: options.exclude });
  const docs: Notice[] = [];
  const failed: Loaded['failed'] = [];
  const skipped: string[] = [];
  const named = new Set(args);
  for (const input of inputs) {
    try {
      docs.push(await loadDocument(input.path, { ...options, regularOnly: true }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (!named.has(input.path) && isJson(input.path) && e.message.startsWith(NOT_A_DOCUMENT)) skipped.push(input.path);
      else failed.push({ path: e.file ?? input.path, reason: e.message });
    }
  }
  return { docs, failed, skipped };
}
