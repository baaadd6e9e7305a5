#!/usr/bin/env node
// Output identity across a change: parse every fixtures/**/*.{txt,htm,html,docx} with a built dist/
// and write, or compare against, a snapshot of the JSON (or the InputError) each one gives.
//   node bench/same-output.mjs --write snap.json [--dist DIR]    record (e.g. from a build of the old commit)
//   node bench/same-output.mjs --compare snap.json [--dist DIR]  exit 1 and list the files whose output differs
// Paths are given relative to the repository root, so snapshots taken from two builds compare equal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const dist = resolve(opt('dist') ?? join(root, 'dist'));
const write = opt('write'), compare = opt('compare');
if (!write === !compare) {
  console.error('usage: node bench/same-output.mjs --write FILE | --compare FILE [--dist DIR]');
  process.exit(2);
}
const { parseFile } = await import(pathToFileURL(join(dist, 'read.js')).href);

process.chdir(root);
const files = readdirSync('fixtures', { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && /\.(txt|html?|docx)$/i.test(d.name))
  .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)))
  .sort();
const snapshot = {};
for (const f of files) {
  try {
    snapshot[f] = JSON.stringify(await parseFile(f));
  } catch (e) {
    snapshot[f] = `${e?.name}: ${e?.message}`;
  }
}
if (write) {
  writeFileSync(write, JSON.stringify(snapshot));
  console.log(`${files.length} fixtures recorded in ${write}`);
} else {
  const before = JSON.parse(readFileSync(compare, 'utf8'));
  const names = Object.keys(before).filter((f) => f in snapshot);
  const differ = names.filter((f) => before[f] !== snapshot[f]);
  for (const f of differ) console.log(`differs: ${f}`);
  const added = files.filter((f) => !(f in before)), gone = Object.keys(before).filter((f) => !(f in snapshot));
  if (added.length) console.log(`${added.length} fixture(s) not in the snapshot (added since): not compared`);
  if (gone.length) console.log(`${gone.length} fixture(s) of the snapshot are gone: not compared`);
  console.log(`${names.length - differ.length}/${names.length} fixtures give the same output`);
  process.exit(differ.length ? 1 : 0);
}
