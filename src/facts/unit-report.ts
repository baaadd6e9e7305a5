// `parse units`: the unit index across many notices — each organ with its tasks per notice, the list a
// supervision office sends to each unit. Notices of one place share their organs; other places never do.
import { escapeCell } from '../emit/cells.js';
import type { Notice, Task } from '../schema.js';
import { aliasContext, groupNames } from '../recognize/unit-aliases.js';
import { displayName } from './units.js';

export interface UnitTask { id: string; number: string | null; text: string; deadline: string | null; due: string | null }
export interface UnitNotice { path: string; title: string | null; year: number | null; lead: UnitTask[]; co: UnitTask[] }
export interface UnitReportEntry { name: string; place: string | null; aliases: string[]; lead: number; co: number; notices: UnitNotice[] }

/** The notice's place (from its issuer), the key of every unit name in it, and whether the name carries a level. */
export function noticeUnitKeys(doc: Notice): { place: string; keys: Map<string, string> } {
  const names = [...new Set(doc.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]))];
  const ctx = aliasContext(names, doc.document.issuer);
  return { place: ctx.places[0] ?? '', keys: groupNames(names, ctx) };
}

const taskRef = (t: Task): UnitTask => ({ id: t.id, number: t.number, text: t.text, deadline: t.deadline, due: t.due ?? null });

export function unitReport(docs: Notice[]): UnitReportEntry[] {
  // Cross-notice key: place # level|body. A bare name joins the one prefixed group of its place and body.
  const perDoc = docs.map((d) => ({ doc: d, ...noticeUnitKeys(d) }));
  const prefixed = new Map<string, Set<string>>();
  for (const { place, keys } of perDoc) {
    for (const k of keys.values()) {
      const [level, body] = k.split('|');
      if (!level) continue;
      const pb = `${place}#${body}`;
      if (!prefixed.has(pb)) prefixed.set(pb, new Set());
      prefixed.get(pb)!.add(level);
    }
  }
  const entries = new Map<string, UnitReportEntry & { prefixedAliases: Set<string> }>();
  const entryFor = (place: string, key: string, name: string) => {
    let [level, body] = key.split('|');
    const levels = prefixed.get(`${place}#${body}`);
    if (!level && levels?.size === 1) level = [...levels][0];
    const k = `${place}#${level}|${body}`;
    if (!entries.has(k)) entries.set(k, { name, place: place || null, aliases: [], lead: 0, co: 0, notices: [], prefixedAliases: new Set() });
    const e = entries.get(k)!;
    if (!e.aliases.includes(name)) e.aliases.push(name);
    if (key.split('|')[0]) e.prefixedAliases.add(name);
    return e;
  };
  for (const { doc, place, keys } of perDoc) {
    const seen = new Map<UnitReportEntry, UnitNotice>();
    const noticeOf = (e: UnitReportEntry) => {
      if (!seen.has(e)) {
        const n: UnitNotice = { path: doc.source.path, title: doc.document.title, year: doc.document.year, lead: [], co: [] };
        seen.set(e, n);
        e.notices.push(n);
      }
      return seen.get(e)!;
    };
    for (const t of doc.tasks) {
      for (const [role, names] of [['lead', t.leadUnits], ['co', t.coUnits]] as const) {
        for (const name of names) {
          const e = entryFor(place, keys.get(name)!, name);
          const list = noticeOf(e)[role];
          if (!list.some((x) => x.id === t.id)) { list.push(taskRef(t)); e[role]++; }
        }
      }
    }
  }
  return [...entries.values()].map(({ prefixedAliases, ...e }) => ({ ...e, name: displayName(e.aliases, (x) => prefixedAliases.has(x)) }));
}

function field(value: string): string {
  const v = escapeCell(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One row per unit, notice, role and task; UTF-8 with a BOM and CRLF, as the ledger's CSV. */
export function unitReportCsv(entries: UnitReportEntry[]): string {
  const rows = [['单位', '别名', '文件', '年度', '分工', '任务', '序号', '任务内容', '完成时限', '截止日期']];
  for (const e of entries) {
    for (const n of e.notices) {
      for (const [role, list] of [['牵头', n.lead], ['配合', n.co]] as const) {
        for (const t of list) rows.push([e.name, e.aliases.join('、'), n.path, n.year === null ? '' : String(n.year), role, t.id, t.number ?? '', t.text, t.deadline ?? '', t.due ?? '']);
      }
    }
  }
  return `\ufeff${rows.map((r) => `${r.map(field).join(',')}\r\n`).join('')}`;
}
