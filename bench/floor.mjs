// The floor for batch throughput: walk DIR, read every file and decode it to text (BOM, strict UTF-8,
// else GB18030; for a .docx, find word/document.xml in the zip's central directory and inflate it) —
// what any converter must do before parsing — in JOBS worker threads like `parse DIR --jobs JOBS`.
// node bench/floor.mjs DIR JOBS  -> prints "files chars" when done.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** word/document.xml of a zip, inflated (or stored), found through the central directory. */
function documentXml(b) {
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) return Buffer.alloc(0);
  let p = b.readUInt32LE(end + 16);
  for (let n = b.readUInt16LE(end + 10); n > 0; n--) {
    const method = b.readUInt16LE(p + 10), size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28), extra = b.readUInt16LE(p + 30), comment = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    if (b.toString('latin1', p + 46, p + 46 + nameLen) === 'word/document.xml') {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const data = b.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    p += 46 + nameLen + extra + comment;
  }
  return Buffer.alloc(0);
}

function decode(b) {
  if (b[0] === 0x50 && b[1] === 0x4b) return new TextDecoder('utf-8').decode(documentXml(b));
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  try { return new TextDecoder('utf-8', { fatal: true }).decode(b); } catch { return new TextDecoder('gb18030').decode(b); }
}

function work(files) {
  let chars = 0;
  for (const f of files) chars += decode(readFileSync(f)).length;
  return chars;
}

if (isMainThread) {
  const [dir, jobsArg] = process.argv.slice(2);
  const jobs = Math.max(1, Number(jobsArg) || 1);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile()).map((d) => join(d.parentPath ?? d.path, d.name));
  if (jobs === 1) {
    console.log(files.length, work(files));
  } else {
    const parts = Array.from({ length: jobs }, (_, i) => files.filter((_, k) => k % jobs === i));
    const counts = await Promise.all(parts.map((part) => new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: part });
      w.once('message', resolve);
      w.once('error', reject);
    })));
    console.log(files.length, counts.reduce((a, b) => a + b, 0));
  }
} else {
  parentPort.postMessage(work(workerData));
}
