// node --import ./bench/trace-imports.mjs bin/parse.js one.txt
// Records every module the run loads (ESM through loader hooks, CommonJS through Module._load) and
// writes the list as JSON to $FENJIE_TRACE_OUT when the process exits. Used by bench/run.mjs to show
// what a single .txt parse pulls in at startup.
import { createRequire, register } from 'node:module';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';

const seen = new Set();
const { port1, port2 } = new MessageChannel();
port1.on('message', (u) => seen.add(u));
port1.unref();
register('./trace-hooks.mjs', { parentURL: import.meta.url, data: { port: port2 }, transferList: [port2] });

const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    if (file.startsWith('/')) seen.add(pathToFileURL(file).href);
  } catch { /* builtins and unresolvable requests */ }
  return load.apply(this, arguments);
};

// the chunks of dist/bundle/ (src/bundle.ts) are compiled as vm.Script, not loaded by either loader
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options?.filename?.startsWith('/')) seen.add(pathToFileURL(options.filename).href);
  }
};

process.on('exit', () => {
  let m;
  while ((m = receiveMessageOnPort(port1))) seen.add(m.message);
  if (process.env.FENJIE_TRACE_OUT) writeFileSync(process.env.FENJIE_TRACE_OUT, JSON.stringify([...seen]));
});
