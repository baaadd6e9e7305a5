// Published notices write （）：，；｜ in full width; mirrors and the pages fenjie was tuned on write them in ASCII.
// The same notice in either form must give the same tasks: the normalizer folds the full-width forms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { cleanText } from '../src/normalize/index.js';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '|': '｜', '!': '！', '?': '？' };
const toFullWidth = (s: string) => s.replace(/[,:;()|!?]/g, (c) => FULL[c]!);
const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const files = readdirSync(real).filter((f) => f.endsWith('.txt')).sort();

describe('full-width punctuation', () => {
  it('cleanText folds full-width ASCII forms and leaves CJK punctuation alone', () => {
    expect(cleanText('（牵头单位：市发改委，配合单位：市财政局；）｜１２')).toBe('(牵头单位:市发改委,配合单位:市财政局;)|12');
    expect(cleanText('、。《》〔〕“”')).toBe('、。《》〔〕“”');
  });
  it(`each of the ${files.length} real notices gives the same tasks with its punctuation in full width`, async () => {
    const differ: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(real, f), 'utf8');
      const half = await parseBytes(Buffer.from(text), f);
      const full = await parseBytes(Buffer.from(toFullWidth(text)), f);
      const strip = (n: typeof half) => JSON.stringify({ d: { ...n.document, units: undefined }, t: n.tasks.map((t) => ({ ...t, source: undefined })) });
      if (strip(half) !== strip(full)) differ.push(f);
    }
    expect(differ).toEqual([]);
  });
});
