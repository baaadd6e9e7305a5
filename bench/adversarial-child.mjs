// Times one adversarial input at n and 4n characters in this process: node bench/adversarial-child.mjs DIST INDEX N
// Prints one JSON line { ms1, ms4, error }. Run by bench/run.mjs under a timeout, so a hang cannot stall the bench.
import { pathToFileURL } from 'node:url';
import { ADVERSARIAL } from './adversarial.mjs';

const [dist, index, n] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const { parseBytes } = await import(pathToFileURL(`${dist}/index.js`).href);
const c = ADVERSARIAL[index];
const time = async (size) => {
  const made = c.make(size);
  const bytes = Buffer.isBuffer(made) ? made : Buffer.from(made);
  const t0 = performance.now();
  try {
    await parseBytes(bytes, c.path);
    return { ms: performance.now() - t0 };
  } catch (e) {
    return { ms: performance.now() - t0, error: `${e?.name}: ${String(e?.message).slice(0, 80)}` };
  }
};
await time(Math.max(64, n / 16)); // warm the JIT on the same shape
const a = await time(n);
const b = await time(4 * n);
process.stdout.write(`${JSON.stringify({ ms1: a.ms, ms4: b.ms, error: a.error ?? b.error ?? null, errorName: (a.error ?? b.error ?? '').split(':')[0] || null })}\n`);
