// Generated test corpora: many notices made from fixtures/*.txt with small variations, plus bad files.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const root = join(import.meta.dirname, '..', '..');
const fixtureDir = join(root, 'fixtures');

export const fixtureNames = () => readdirSync(fixtureDir).filter((f) => f.endsWith('.txt')).sort();

/** One variation of a fixture's text: CRLF, a BOM, trailing blank lines, GB18030, or as is. */
function vary(text: string, i: number): Buffer {
  switch (i % 5) {
    case 1: return Buffer.from(text.replace(/\n/g, '\r\n'));
    case 2: return Buffer.from(`\uFEFF${text}`);
    case 3: return Buffer.from(`${text}\n\n\n`);
    case 4: return iconv.encode(text, 'gb18030');
    default: return Buffer.from(text);
  }
}

export interface Corpus { dir: string; good: string[]; bad: Array<{ path: string; cause: RegExp }>; skipped: string[] }

/**
 * Variants of every fixture under dir/<fixture>/<n % 7>/ (`copies` of each small one, a fifth as many of
 * the few large, slow ones), then the bad files. Paths are relative to `base`, the cwd of the runs.
 */
export function makeCorpus(base: string, name: string, copies: number): Corpus {
  const dir = join(base, name);
  const good: string[] = [];
  const texts = fixtureNames().map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(fixtureDir, f), 'utf8')] as const);
  for (const [stem, text] of texts) {
    const n = text.length > 5000 ? Math.ceil(copies / 5) : copies;
    for (let i = 0; i < n; i++) {
      const sub = join(dir, stem, String(i % 7));
      mkdirSync(sub, { recursive: true });
      const rel = join(name, stem, String(i % 7), `${stem}-${i}.txt`);
      writeFileSync(join(base, rel), vary(text, i));
      good.push(rel);
    }
  }
  // Files the default --include leaves alone.
  writeFileSync(join(dir, 'README.md'), '# not a notice\n');
  writeFileSync(join(dir, 'old.json'), '{}\n');
  mkdirSync(join(dir, '.hidden'), { recursive: true });
  writeFileSync(join(dir, '.hidden', 'x.txt'), 'hidden\n');
  const badDir = join(dir, 'bad');
  mkdirSync(badDir, { recursive: true });
  const bad: Corpus['bad'] = [];
  const put = (file: string, bytes: Buffer, cause: RegExp) => { writeFileSync(join(badDir, file), bytes); bad.push({ path: join(name, 'bad', file), cause }); };
  for (let i = 0; i < 3; i++) put(`binary-${i}.txt`, Buffer.from([0x50, 0x44, 0x46, 0, 1, 2, 0, 0xff, i]), /binary file/);
  for (let i = 0; i < 2; i++) put(`undecodable-${i}.txt`, Buffer.alloc(64 + i, 0xff), /cannot decode/);
  for (let i = 0; i < 2; i++) put(`empty-${i}.txt`, Buffer.alloc(0), /empty file/);
  const skipped: string[] = [];
  // Unreadable: chmod 000 blocks reads except for root; as root, /proc/self/mem fails to read (EIO) instead.
  const locked = join(badDir, 'locked.txt');
  writeFileSync(locked, 'secret\n');
  chmodSync(locked, 0o000);
  let readable = true;
  try { readFileSync(locked); } catch { readable = false; }
  if (!readable) bad.push({ path: join(name, 'bad', 'locked.txt'), cause: /permission denied/ });
  else {
    chmodSync(locked, 0o644);
    writeFileSync(locked, Buffer.alloc(8, 0)); // still bad, as a binary file
    bad.push({ path: join(name, 'bad', 'locked.txt'), cause: /binary file/ });
    if (existsSync('/proc/self/mem')) {
      symlinkSync('/proc/self/mem', join(badDir, 'unreadable.txt'));
      bad.push({ path: join(name, 'bad', 'unreadable.txt'), cause: /cannot read \(EIO\)/ });
    } else skipped.push('no unreadable file: running as root without /proc/self/mem');
  }
  return { dir, good, bad, skipped };
}
