// Field-by-field comparison of a parse against an expected document (reviewed by a person).
// Tasks are aligned in order by text similarity; values compare after folding (NFKC, no white space,
// no trailing 。;.), so full- and half-width forms count the same.
import { trimSet } from '../text.js';

export const FIELDS = ['tasks', 'text', 'number', 'section', 'title', 'deadline', 'leaders', 'leadUnits', 'coUnits', 'document'] as const;
export type Field = (typeof FIELDS)[number];
export interface Counts { tp: number; fp: number; fn: number }
export interface Difference {
  field: Field | string;
  number: string | null;
  expected: unknown;
  actual: unknown;
  /** Index in the actual tasks of the task concerned (for a lost task: the one before it), null for document fields. */
  actualIndex: number | null;
}
export interface Comparison { counts: Record<Field, Counts>; differences: Difference[] }

interface TaskLike {
  number?: string | null; text?: string; title?: string | null; deadline?: string | null;
  sections?: Array<string | { title: string } | null>; leaders?: string[]; leadUnits?: string[]; coUnits?: string[];
}
interface DocLike { document?: Record<string, unknown>; tasks?: TaskLike[] }

const LIST_FIELDS = ['leaders', 'leadUnits', 'coUnits'] as const;
const META_FIELDS = ['kind', 'title', 'docNumber', 'issuer', 'date', 'year'];

export const fold = (s: unknown): string =>
  s == null ? '' : trimSet(String(s).normalize('NFKC').replace(/\s+/gu, ''), '。;;.,,、', 'end');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  if (s.length === 1) m.set(s, 1);
  return m;
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const A = bigrams(a), B = bigrams(b);
  let inter = 0, na = 0, nb = 0;
  for (const v of A.values()) na += v;
  for (const v of B.values()) nb += v;
  for (const [g, v] of A) inter += Math.min(v, B.get(g) ?? 0);
  return (2 * inter) / (na + nb);
}

/** Order-preserving alignment maximising total similarity; pairs below 0.5 never match. */
export function align(expected: TaskLike[], actual: TaskLike[]): Array<[number, number]> {
  const n = expected.length, m = actual.length;
  const g = expected.map((t) => fold(t.text)), p = actual.map((t) => fold(t.text));
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = score[i - 1][j], mv = 1;
      if (score[i][j - 1] > best) { best = score[i][j - 1]; mv = 2; }
      const s = similarity(g[i - 1], p[j - 1]);
      if (s >= 0.5 && score[i - 1][j - 1] + s > best) { best = score[i - 1][j - 1] + s; mv = 3; }
      score[i][j] = best; move[i][j] = mv;
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (move[i][j] === 3) { pairs.push([i - 1, j - 1]); i--; j--; } else if (move[i][j] === 1) i--; else j--;
  }
  return pairs.reverse();
}

const innermost = (t: TaskLike) => {
  const s = t.sections ?? [];
  const last = s[s.length - 1];
  return last == null ? null : typeof last === 'string' ? last : last.title;
};

function bag(list: unknown): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of Array.isArray(list) ? list : []) { const k = fold(v); if (k) m.set(k, (m.get(k) ?? 0) + 1); }
  return m;
}

export function compare(expected: DocLike, actual: DocLike): Comparison {
  const counts = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
  const differences: Difference[] = [];
  const gt = expected.tasks ?? [], pt = actual.tasks ?? [];
  const pairs = align(gt, pt);
  let at: number | null = null;
  const scalar = (f: Field, g: unknown, p: unknown, number: string | null) => {
    const G = fold(g), P = fold(p);
    if (!G && !P) return;
    if (G && G === P) { counts[f].tp++; return; }
    if (G) counts[f].fn++;
    if (P) counts[f].fp++;
    differences.push({ field: f, number, expected: g ?? null, actual: p ?? null, actualIndex: at });
  };
  counts.tasks.tp += pairs.length;
  for (const [i, j] of pairs) {
    const g = gt[i], p = pt[j], num = g.number ?? null;
    at = j;
    scalar('text', g.text, p.text, num);
    scalar('number', g.number, p.number, num);
    scalar('section', innermost(g), innermost(p), num);
    scalar('title', g.title, p.title, num);
    scalar('deadline', g.deadline, p.deadline, num);
    for (const f of LIST_FIELDS) {
      const G = bag(g[f]), P = bag(p[f]);
      let miss = false;
      for (const [k, v] of G) { const hit = Math.min(v, P.get(k) ?? 0); counts[f].tp += hit; counts[f].fn += v - hit; miss ||= hit < v; }
      for (const [k, v] of P) { const extra = v - Math.min(v, G.get(k) ?? 0); counts[f].fp += extra; miss ||= extra > 0; }
      if (miss) differences.push({ field: f, number: num, expected: g[f] ?? [], actual: p[f] ?? [], actualIndex: j });
    }
  }
  const matchedG = new Set(pairs.map(([i]) => i)), matchedP = new Set(pairs.map(([, j]) => j));
  gt.forEach((g, i) => {
    if (matchedG.has(i)) return;
    counts.tasks.fn++;
    const before = pairs.filter(([gi]) => gi < i).pop();
    differences.push({ field: 'tasks', number: g.number ?? null, expected: g.text ?? '', actual: null, actualIndex: before ? before[1] : null });
  });
  pt.forEach((p, j) => {
    if (matchedP.has(j)) return;
    counts.tasks.fp++;
    differences.push({ field: 'tasks', number: p.number ?? null, expected: null, actual: p.text ?? '', actualIndex: j });
  });
  const gd = expected.document ?? {}, pd = actual.document ?? {};
  for (const f of META_FIELDS) {
    if (!(f in gd)) continue;
    const want = Array.isArray(gd[f]) ? (gd[f] as unknown[]) : [gd[f]];
    const got = fold(pd[f]);
    const ok = want.some((w) => fold(w) === got);
    if (ok && got) counts.document.tp++;
    else if (!ok) {
      if (want.some((w) => fold(w))) counts.document.fn++;
      if (got) counts.document.fp++;
      differences.push({ field: `document.${f}`, number: null, expected: gd[f], actual: pd[f] ?? null, actualIndex: null });
    }
  }
  return { counts, differences };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function total(counts: Record<Field, Counts>): Counts {
  return Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
