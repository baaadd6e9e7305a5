// node scripts/bundle.mjs — after tsc (npm run build): dist/cli/index.js and what it imports as CommonJS
// chunks in dist/bundle/, then a training run that parses a few sample notices (text, GB18030 text,
// HTML, .docx) and saves each chunk's V8 code cache. bin/parse.js runs the bundle while it is as new as
// dist/ (src/bundle.cts), dist/cli/index.js otherwise. Issue 13: the start-up of a one-file parse.
// Without rolldown (a dev tool) nothing is bundled and bin/parse.js runs dist/ as before.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classBody, hanRanges, rewriteHanLiterals } from './han-class.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
rmSync(out, { recursive: true, force: true }); // never a manifest or a cache of an older build

let rolldown;
try {
  rolldown = await import('rolldown');
} catch {
  console.error('bundle: rolldown not installed: bin/parse.js runs dist/ unbundled');
  process.exit(0);
}

// Bundled: the packages a parse of one file loads, so that they come from the code cache too (chalk is
// ES-module only, so it cannot be required). The others stay packages loaded as they are: they load
// only for batches, ledgers and other formats.
const BUNDLED = /^(commander|chalk|parse5|parse5-htmlparser2-tree-adapter|domhandler|domelementtype|entities)(\/|$)/;
const inputs = new Set();
const CHILD_PROCESS = 'const childProcess = require("node:child_process");';
function lazyChildProcess(code) {
  if (!code.includes(CHILD_PROCESS)) return null;
  // any use but childProcess.spawn(…) (a newer commander): leave the require as it is
  const uses = code.match(/\bchildProcess\b(\.\w+)?/g) ?? [];
  if (uses.some((u) => u !== 'childProcess' && u !== 'childProcess.spawn') || uses.filter((u) => u === 'childProcess').length !== 1) return null;
  return code.replace(CHILD_PROCESS, 'const childProcess = { spawn: (...args) => require("node:child_process").spawn(...args) };');
}
// entities' HTML decode tree is built at load as "…".split("").map((c) => c.charCodeAt(0)): ~30,000
// one-character strings and as many calls of the arrow (~2.5 ms of a one-file HTML run); the same code units
// by a charCodeAt loop. Left as it is when the shape differs (another entities version).
const SPLIT_CODES = '.split("").map((c) => c.charCodeAt(0))';
const CODE_UNITS = '((s) => { const a = new Uint16Array(s.length); for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i); return a; })(';
function decodeTreeByLoop(code) {
  const end = code.indexOf(SPLIT_CODES);
  if (end < 0 || code.indexOf(SPLIT_CODES, end + 1) >= 0 || code[end - 1] !== '"') return null;
  const open = 'new Uint16Array(/* #__PURE__ */ "';
  const start = code.lastIndexOf(open, end);
  if (start < 0) return null;
  const literal = code.slice(start + open.length - 1, end); // the string literal, quotes included
  if (!/^"(?:[^"\\\n]|\\.)*"$/s.test(literal)) return null; // one whole literal, nothing else
  return `${code.slice(0, start)}new Uint16Array(${CODE_UNITS}${literal})${code.slice(end + SPLIT_CODES.length)}`;
}
// \p{Script=Han} in regex literals as its ranges (scripts/han-class.mjs); without rolldown's parser, left
let parseAst = null;
try {
  ({ parseAst } = await import('rolldown/parseAst'));
} catch {}
const HAN_BODY = classBody(hanRanges());
// Two entries: the CLI, and the batch worker's job function (dist/batch/worker-entry.js loads it in each
// worker thread); the modules they share are shared chunks.
const built = await rolldown.build({
  input: { cli: join(dist, 'cli', 'index.js'), worker: join(dist, 'batch', 'worker.js') },
  platform: 'node',
  logLevel: 'silent',
  external: (id) => id.startsWith('node:') || (!/^[./#]/.test(id) && !BUNDLED.test(id)),
  plugins: [
    { name: 'inputs', load(id) { if (id.startsWith(dist)) inputs.add(id); return null; } },
    // import() of a package (opencc-js, exceljs, pdf.js) as __import(): a script compiled from a code
    // cache cannot run import() on Node 20 (its dynamic-import callback is lost), so src/bundle.cts
    // passes each chunk an __import that imports from an ES module
    { name: 'dynamic-import', renderChunk: (code) => code.replace(/(?<![\w$.])import\(/g, '__import(') },
    // commander requires child_process (and with it net, dgram, streams: ~2 ms) at load, for the
    // executable subcommands fenjie has none of; it calls only childProcess.spawn, so that loads it now
    { name: 'lazy-child-process', renderChunk: (code) => lazyChildProcess(code) },
    { name: 'decode-tree-by-loop', renderChunk: (code) => decodeTreeByLoop(code) },
    { name: 'han-class', renderChunk: (code) => (parseAst ? rewriteHanLiterals(code, parseAst, HAN_BODY) : null) },
  ],
  output: { dir: out, format: 'cjs', exports: 'named', entryFileNames: '[name]-entry-[hash].cjs', chunkFileNames: '[name]-[hash].cjs' },
});
// Each chunk's text also as UTF-16LE (.u16): a one-file run reads ~1 MB of chunks mostly holding Chinese,
// and V8 decodes UTF-8 into a two-byte string at ~25 M instructions, where UTF-16LE is copied as it is
// (the same string: src/bundle.cts reads the .u16 when the manifest says so)
for (const c of built.output) {
  if (c.type === 'chunk') writeFileSync(join(out, `${c.fileName}.u16`), Buffer.from(readFileSync(join(out, c.fileName), 'utf8'), 'utf16le'));
}
// the hash loadBundle checks a module's bytes against, from the same function
const { contentHash, WORKER_CACHE } = await import(join(dist, 'bundle.cjs'));
const entryFile = (name) => built.output.find((c) => c.type === 'chunk' && c.isEntry && c.name === name)?.fileName;
const manifest = {
  unicode: process.versions.unicode, // the Han ranges written into the chunks are this Unicode's
  u16: true,
  entry: entryFile('cli'),
  worker: entryFile('worker'),
  inputs: [...inputs].sort().map((f) => { const s = statSync(f); return [relative(dist, f), s.size, s.mtimeMs, contentHash(f)]; }),
};
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest)}\n`);

// The training run: a fresh process with no extra flags (V8 rejects a cache made under other flags);
// (no V8 flags at all: bin/parse.js sets none)
const samples = join(out, '.samples');
mkdirSync(samples);
const fixture = ['haizhou-2022.txt'].map((f) => join(root, 'fixtures', f)).find(existsSync);
const files = [];
if (fixture) {
  const text = readFileSync(fixture, 'utf8');
  const { docxFromText, htmlFromText } = await import(join(root, 'bench', 'zip.mjs'));
  const iconv = (await import('iconv-lite')).default;
  const write = (name, data) => { writeFileSync(join(samples, name), data); files.push(join(samples, name)); };
  write('one.txt', text);
  write('one-gb18030.txt', iconv.encode(text, 'gb18030'));
  write('one.html', htmlFromText(text));
  write('one-gbk.html', iconv.encode(htmlFromText(text).replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
  write('one.docx', docxFromText(text));
}
const train = `
  const { loadBundle } = await import(${JSON.stringify(join(dist, 'bundle.cjs'))});
  const bundle = loadBundle(${JSON.stringify(dist)});
  if (!bundle) throw new Error('the bundle does not load');
  for (const file of ${JSON.stringify(files)}) await bundle.main(['node', 'parse', file]);
  process.stderr.write(\`bundle: \${bundle.writeCaches()} chunks, code cache from \${${files.length}} sample files\\n\`);`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', train], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root, timeout: 120_000 });
// The worker's: the same files as batch jobs, under the V8 flags a batch's threads run with: the
// pool's (src/batch/pool.ts).
const { WORKER_V8_FLAGS } = await import(join(dist, 'batch', 'jobs.js'));
const trainWorker = `
  const { loadBundle } = await import(${JSON.stringify(join(dist, 'bundle.cjs'))});
  const bundle = loadBundle(${JSON.stringify(dist)}, { entry: 'worker', cache: ${JSON.stringify(WORKER_CACHE)} });
  if (!bundle) throw new Error('the bundle does not load');
  const work = bundle.exports.default;
  for (let round = 0; round < 3; round++) for (const file of ${JSON.stringify(files)}) {
    const outcome = await work({ kind: 'convert', path: file, out: null, compact: true });
    if (outcome.error) throw new Error(outcome.error);
  }
  process.stderr.write(\`bundle: \${bundle.writeCaches()} chunks, worker code cache (${WORKER_V8_FLAGS})\\n\`);`;
const w = r.status === 0 && spawnSync(process.execPath, [...WORKER_V8_FLAGS.split(' '), '--input-type=module', '-e', trainWorker], { stdio: ['ignore', 'ignore', 'inherit'], cwd: root, timeout: 120_000 });
rmSync(samples, { recursive: true, force: true });
if (r.status !== 0 || w.status !== 0) {
  // no cache: the bundle still loads, its functions compiled as they are called
  console.error('bundle: the training run failed; no code cache');
  for (const f of readdirSync(out)) if (f.endsWith('.cache') || f.endsWith(WORKER_CACHE)) rmSync(join(out, f));
}
