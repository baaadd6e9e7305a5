// The item chooser (src/assemble/choose.ts) reads items only as far as the choice needs; it must choose
// what an eager reading does: every format parses every item, the shortest parse wins, a tie goes to the
// format with the higher share of parsed items (registry order on equal shares).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ItemChooser } from '../src/assemble/choose.js';
import { decode } from '../src/decode/index.js';
import { extract } from '../src/extract/index.js';
import { itemFormats } from '../src/formats/index.js';
import type { ItemFormat, ItemParse } from '../src/formats/types.js';
import { forgetAnswers } from '../src/memo.js';
import { normalize } from '../src/normalize/index.js';
import { segment, type Item, type Unit } from '../src/segment/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.txt'))
  .map((d) => join(d.parentPath ?? d.path, d.name)).sort();

async function unitsOf(path: string): Promise<Unit[]> {
  forgetAnswers();
  return segment(await normalize(await extract(decode(readFileSync(path), path))));
}

/** The eager choice the chooser replaces. */
function eager(formats: ItemFormat[], units: Unit[]): (item: Item) => ItemParse | null {
  const scored = formats.map((format) => ({ format, score: format.detect(units) })).sort((a, b) => b.score - a.score);
  return (item) => {
    let best: ItemParse | null = null, bestScore = -1;
    for (const { format, score } of scored) {
      const p = format.parseItem(item);
      if (p && (!best || p.consumed < best.consumed || (p.consumed === best.consumed && score > bestScore))) { best = p; bestScore = score; }
    }
    return best;
  };
}

/** Counts the lines each format is asked to read at most (an item read in full counts all its lines). */
function counting(formats: ItemFormat[], calls: number[]): ItemFormat[] {
  return formats.map((f, i) => ({ ...f, parseItem: (item: Item, limit?: number) => { calls[i]++; return f.parseItem(item, limit); } }));
}

describe('item chooser', () => {
  it('chooses as the eager reading does on every fixture, with fewer format reads', async () => {
    let eagerCalls = 0;
    const calls = itemFormats().map(() => 0);
    let tiesToProse = 0;
    for (const f of files) {
      const units = await unitsOf(f);
      const items = units.filter((u): u is Item => u.kind === 'item');
      const chooser = new ItemChooser(counting(itemFormats(), calls), units);
      const want = eager(itemFormats(), units);
      for (const item of items) {
        const got = chooser.choose(item), exp = want(item);
        expect([f, item.headPos, got?.parser ?? null, got?.consumed ?? null, got?.text ?? null])
          .toEqual([f, item.headPos, exp?.parser ?? null, exp?.consumed ?? null, exp?.text ?? null]);
        if (exp?.parser === 'prose-assignment' && itemFormats().some((x) => x.meta.id !== exp.parser && x.parseItem(item)?.consumed === exp.consumed)) tiesToProse++;
      }
      eagerCalls += items.length * itemFormats().length;
    }
    // the fixtures hold ties that go to a format other than the first in the registry
    expect(tiesToProse).toBeGreaterThan(0);
    expect(calls.reduce((a, b) => a + b, 0)).toBeLessThan(eagerCalls * 0.9);
  });

  it('a limit never changes a parse, it only drops one that consumes more', async () => {
    for (const f of files.filter((x) => /caidian|haizhou|haiyan|xuchang-2011|shengzhou/.test(x))) {
      const units = await unitsOf(f);
      for (const item of units.filter((u): u is Item => u.kind === 'item')) {
        for (const format of itemFormats()) {
          const full = format.parseItem(item);
          for (let limit = 0; limit <= item.lines.length; limit++) {
            const cut = format.parseItem(item, limit);
            if (cut) expect(cut).toEqual(full);
            else expect(full === null || full.consumed > limit).toBe(true);
          }
        }
      }
    }
  });
});
