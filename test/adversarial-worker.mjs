// Worker for test/adversarial*.test.ts: parses inputs with the built library (dist/, built from the
// current sources by test/global-setup.ts) and reports how each parse ended. Running in a worker lets
// the test stop a parse that never returns (terminate() interrupts even a runaway regular expression).
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { dist, bench } = workerData;
const { parseBytes, InputError } = await import(pathToFileURL(`${dist}/index.js`).href);
const { Notice } = await import(pathToFileURL(`${dist}/schema.js`).href);
const { ADVERSARIAL } = await import(pathToFileURL(`${bench}/adversarial.mjs`).href);

parentPort.on('message', async ({ id, index, n, bytes, path }) => {
  let input = bytes ? Buffer.from(bytes) : null, file = path;
  if (!input) {
    const made = ADVERSARIAL[index].make(n);
    input = Buffer.isBuffer(made) ? made : Buffer.from(made);
    file = ADVERSARIAL[index].path;
  }
  try {
    const notice = await parseBytes(input, file);
    const checked = Notice.safeParse(notice);
    parentPort.postMessage({
      id, ok: true, bytes: input.length, tasks: notice.tasks.length, messages: notice.report.messages.length,
      schemaError: checked.success ? null : JSON.stringify(checked.error.issues.slice(0, 3)),
    });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, inputError: e instanceof InputError, bytes: input.length, name: e?.name ?? typeof e, message: String(e?.message ?? e).slice(0, 300) });
  }
});
parentPort.postMessage({ ready: true });
