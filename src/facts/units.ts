// The unit index of one notice (document.units): one entry per organ, with every spelling the notice
// uses and the tasks it leads or shares. Task fields stay as written.
import { aliasContext, groupNames, unitParts, type AliasContext } from '../recognize/unit-aliases.js';

export interface UnitEntry { name: string; aliases: string[]; lead: string[]; co: string[] }

export interface TaskUnits { id: string; leadUnits: string[]; coUnits: string[] }

/** The name to show: a prefixed spelling over a bare one, then the longest (the full form), then the first seen. */
export function displayName(aliases: string[], prefixed: (n: string) => boolean): string {
  return aliases.reduce((best, n) => {
    const score = (x: string) => (prefixed(x) ? 1000 : 0) + x.length;
    return score(n) > score(best) ? n : best;
  });
}

export interface UnitIndex { units: UnitEntry[]; keys: Map<string, string>; ctx: AliasContext }

export function unitIndex(tasks: TaskUnits[], issuer: string | null): UnitIndex {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const t of tasks) for (const n of [...t.leadUnits, ...t.coUnits]) if (!seen.has(n)) { seen.add(n); names.push(n); }
  const ctx = aliasContext(names, issuer);
  const keys = groupNames(names, ctx);
  const byKey = new Map<string, UnitEntry>();
  for (const n of names) {
    const k = keys.get(n)!;
    if (!byKey.has(k)) byKey.set(k, { name: n, aliases: [], lead: [], co: [] });
    byKey.get(k)!.aliases.push(n);
  }
  const add = (list: string[], id: string) => { if (!list.includes(id)) list.push(id); };
  for (const t of tasks) {
    for (const n of t.leadUnits) add(byKey.get(keys.get(n)!)!.lead, t.id);
    for (const n of t.coUnits) add(byKey.get(keys.get(n)!)!.co, t.id);
  }
  for (const e of byKey.values()) e.name = displayName(e.aliases, (x) => unitParts(x, ctx).level !== '');
  return { units: [...byKey.values()], keys, ctx };
}
