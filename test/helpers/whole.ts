// Shared by the bench-backed floor tests (perturbations, table renderings): which real notices they sample and
// how many of a variant's expected tasks come back whole.
import { parseBytes } from '../../src/pipeline.js';

const fold = (s: unknown) => (s == null ? '' : String(s).normalize('NFKC').replace(/\s+/gu, '').replace(/[。;;.,,、]+$/u, ''));
const list = (v: unknown) => JSON.stringify(((v as string[]) ?? []).map(fold).sort());
type T = { number: string | null; text: string; leaders: string[]; leadUnits: string[]; coUnits: string[]; deadline: string | null };
/** A task as compared: number, text, leaders, units and deadline, folded as score.mjs folds them. */
const key = (t: T) => JSON.stringify([fold(t.number), fold(t.text), list(t.leaders), list(t.leadUnits), list(t.coUnits), fold(t.deadline)]);

/** FNV-1a of a notice's name: samples chosen by it grow as notices are added and never reshuffle. */
export const nameHash = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0; return h; };

/** Share of the variants' expected tasks that come back whole; a notice the variant does not apply to (null) is skipped. */
export async function wholeShare<N extends { name: string }>(
  sample: readonly N[], variant: (n: N) => { text: string; expected: { tasks: unknown[] } } | null,
): Promise<number> {
  let found = 0, all = 0;
  for (const n of sample) {
    const r = variant(n);
    if (!r) continue;
    const got = new Set((await parseBytes(Buffer.from(r.text), `${n.name}.txt`)).tasks.map((t) => key(t as T)));
    for (const t of r.expected.tasks as T[]) { all++; if (got.has(key(t))) found++; }
  }
  return all ? found / all : 1;
}
