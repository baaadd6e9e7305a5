// `parse diff`: last year's notice against this year's. Tasks are matched by text similarity (character
// bigrams, numbers left out so a changed figure still matches) and section; the matched pairs are carried
// over, with what changed; the rest are added or dropped. Per unit, tasks led last year and this year.
import type { Notice, Task } from '../schema.js';
import type { Target } from './targets.js';
import { unitReport } from './unit-report.js';

export interface Side { path: string; title: string | null; year: number | null; tasks: number }
export interface TaskRef { id: string; number: string | null; text: string }
export interface TargetChange { indicator: string | null; from: string | null; to: string | null }
export interface Changes {
  text?: { from: string; to: string };
  leadUnits?: { from: string[]; to: string[] };
  coUnits?: { from: string[]; to: string[] };
  deadline?: { from: string | null; to: string | null };
  targets?: TargetChange[];
}
export interface Carried { from: TaskRef; to: TaskRef; similarity: number; changes: Changes }
export interface UnitLoad { name: string; lead: [number, number]; co: [number, number] }
export interface Diff {
  from: Side; to: Side;
  summary: { carried: number; changed: number; added: number; dropped: number };
  carried: Carried[]; added: TaskRef[]; dropped: TaskRef[]; units: UnitLoad[];
}

/** Below this a pair of tasks is two different tasks. */
export const MATCH_THRESHOLD = 0.4;

const squash = (s: string) => s.replace(/[\d.%‰]+|[\p{P}\p{S}\s]/gu, '');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const t = squash(s);
  if (t.length === 1) m.set(t, 1);
  for (let i = 0; i + 1 < t.length; i++) { const g = t.slice(i, i + 2); m.set(g, (m.get(g) ?? 0) + 1); }
  return m;
}

/** Dice coefficient of two bigram bags (0..1). */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let na = 0, nb = 0, both = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  if (!na || !nb) return 0;
  for (const [g, v] of a) both += Math.min(v, b.get(g) ?? 0);
  return (2 * both) / (na + nb);
}

const taskWords = (t: Task) => `${t.title ?? ''}${t.text}`;
const sectionOf = (t: Task) => t.sections.map((s) => s.title).join(' ');
const ref = (t: Task): TaskRef => ({ id: t.id, number: t.number, text: t.text });

/** One-to-one pairs, best first: 0.85 text + 0.15 section (a task seldom moves to another part). */
export function matchTasks(a: Task[], b: Task[]): Array<[number, number, number]> {
  const ga = a.map((t) => bigrams(taskWords(t))), gb = b.map((t) => bigrams(taskWords(t)));
  const sa = a.map((t) => bigrams(sectionOf(t))), sb = b.map((t) => bigrams(sectionOf(t)));
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const text = dice(ga[i], gb[j]);
      if (text < MATCH_THRESHOLD * 0.6) continue;
      const section = sa[i].size || sb[j].size ? dice(sa[i], sb[j]) : 1;
      const s = 0.85 * text + 0.15 * section;
      if (s >= MATCH_THRESHOLD) pairs.push([i, j, s]);
    }
  }
  pairs.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedA = new Set<number>(), usedB = new Set<number>();
  const out: Array<[number, number, number]> = [];
  for (const [i, j, s] of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i); usedB.add(j);
    out.push([i, j, s]);
  }
  return out.sort((x, y) => x[1] - y[1]);
}

/** 6.5%以上, 6%—7%左右 */
export const targetValue = (t: Pick<Target, 'value' | 'max' | 'unit' | 'qualifier'>) =>
  `${t.value}${t.max !== null ? `${t.unit}—${t.max}` : ''}${t.unit}${t.qualifier ?? ''}`;

function targetChanges(a: Target[], b: Target[]): TargetChange[] {
  const out: TargetChange[] = [];
  const used = new Set<number>();
  for (const ta of a) {
    let j = b.findIndex((tb, k) => !used.has(k) && tb.indicator !== null && tb.indicator === ta.indicator);
    if (j < 0) j = b.findIndex((tb, k) => !used.has(k) && tb.unit === ta.unit && (tb.indicator === null || ta.indicator === null));
    if (j < 0) { out.push({ indicator: ta.indicator, from: targetValue(ta), to: null }); continue; }
    used.add(j);
    const from = targetValue(ta), to = targetValue(b[j]);
    if (from !== to) out.push({ indicator: ta.indicator ?? b[j].indicator, from, to });
  }
  b.forEach((tb, k) => { if (!used.has(k)) out.push({ indicator: tb.indicator, from: null, to: targetValue(tb) }); });
  return out;
}

const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

export function diffNotices(a: Notice, b: Notice): Diff {
  // Units by one name across both notices, so 市发改委 -> 市发展和改革委员会 is no change.
  // (Told apart by position, not path: a notice may be diffed against itself.)
  const tagged = [a, b].map((d, k) => ({ ...d, source: { ...d.source, path: `#${k}` } }));
  const report = unitReport(tagged);
  const canon = new Map<string, string>();
  for (const e of report) for (const n of e.aliases) canon.set(`${e.place ?? ''}#${n}`, e.name);
  const placeOf = (k: number) => report.find((e) => e.notices.some((n) => n.path === `#${k}`))?.place ?? '';
  const pa = placeOf(0), pb = placeOf(1);
  const names = (p: string, list: string[]) => list.map((n) => canon.get(`${p}#${n}`) ?? n);

  const pairs = matchTasks(a.tasks, b.tasks);
  const carried: Carried[] = pairs.map(([i, j, s]) => {
    const x = a.tasks[i], y = b.tasks[j];
    const changes: Changes = {};
    if (x.text !== y.text) changes.text = { from: x.text, to: y.text };
    for (const f of ['leadUnits', 'coUnits'] as const) {
      if (!sameList(names(pa, x[f]), names(pb, y[f]))) changes[f] = { from: x[f], to: y[f] };
    }
    if (x.deadline !== y.deadline) changes.deadline = { from: x.deadline, to: y.deadline };
    const tc = targetChanges(x.targets ?? [], y.targets ?? []);
    if (tc.length) changes.targets = tc;
    return { from: ref(x), to: ref(y), similarity: Math.round(s * 1000) / 1000, changes };
  });
  const matchedA = new Set(pairs.map((p) => p[0])), matchedB = new Set(pairs.map((p) => p[1]));
  const units: UnitLoad[] = report.map((e) => {
    const count = (k: number, role: 'lead' | 'co') => e.notices.filter((n) => n.path === `#${k}`).reduce((x, n) => x + n[role].length, 0);
    return { name: e.name, lead: [count(0, 'lead'), count(1, 'lead')], co: [count(0, 'co'), count(1, 'co')] };
  });
  const side = (d: Notice): Side => ({ path: d.source.path, title: d.document.title, year: d.document.year, tasks: d.tasks.length });
  const added = b.tasks.filter((_, j) => !matchedB.has(j)).map(ref);
  const dropped = a.tasks.filter((_, i) => !matchedA.has(i)).map(ref);
  return {
    from: side(a), to: side(b),
    summary: { carried: carried.length, changed: carried.filter((c) => Object.keys(c.changes).length).length, added: added.length, dropped: dropped.length },
    carried, added, dropped, units,
  };
}

const short = (s: string, n = 40) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** The readable form, for a terminal. */
export function diffText(d: Diff): string {
  const name = (s: Side) => `${s.path}${s.year ? ` (${s.year})` : ''}`;
  const out: string[] = [];
  const { summary: s } = d;
  out.push(`${name(d.from)} → ${name(d.to)}: ${s.carried} carried over (${s.changed} changed), ${s.added} added, ${s.dropped} dropped`);
  const changed = d.carried.filter((c) => Object.keys(c.changes).length);
  if (changed.length) out.push('', 'Carried over, changed:');
  for (const c of changed) {
    out.push(`  ${c.from.number ?? c.from.id} → ${c.to.number ?? c.to.id}  ${short(c.to.text)}`);
    const ch = c.changes;
    for (const t of ch.targets ?? []) out.push(`      target ${t.indicator ?? '?'}: ${t.from ?? '—'} → ${t.to ?? '—'}`);
    if (ch.leadUnits) out.push(`      leadUnits: ${ch.leadUnits.from.join('、') || '—'} → ${ch.leadUnits.to.join('、') || '—'}`);
    if (ch.coUnits) out.push(`      coUnits: ${ch.coUnits.from.join('、') || '—'} → ${ch.coUnits.to.join('、') || '—'}`);
    if (ch.deadline) out.push(`      deadline: ${ch.deadline.from ?? '—'} → ${ch.deadline.to ?? '—'}`);
    if (ch.text && !ch.targets) out.push('      text changed');
  }
  if (d.added.length) out.push('', 'Added:');
  for (const t of d.added) out.push(`  + ${t.number ?? t.id}  ${short(t.text)}`);
  if (d.dropped.length) out.push('', 'Dropped:');
  for (const t of d.dropped) out.push(`  - ${t.number ?? t.id}  ${short(t.text)}`);
  // Units whose load changed first, then the busiest.
  const delta = (u: UnitLoad) => Math.abs(u.lead[1] - u.lead[0]);
  const loads = d.units.filter((u) => u.lead[0] || u.lead[1]).sort((x, y) => delta(y) - delta(x) || y.lead[1] - x.lead[1] || y.lead[0] - x.lead[0]);
  if (loads.length) {
    out.push('', 'Tasks led per unit (last → this):');
    const width = loads.reduce((w, u) => Math.max(w, [...u.name].length), 0);
    for (const u of loads) out.push(`  ${u.name}${'　'.repeat(Math.max(0, width - [...u.name].length))}  ${u.lead[0]} → ${u.lead[1]}`);
  }
  return `${out.join('\n')}\n`;
}
