// The supervision ledger (台账) as plain rows: one per task (or per task and unit with --by-unit),
// then the columns a supervision office fills in. The .xlsx and .csv writers only lay these out.
import { ASSIGNMENT_FIELDS } from '../model.js';
import type { Notice, Section, Task } from '../schema.js';
import { missingFields } from './missing.js';
import { SheetNames } from './sheet-names.js';

export type LedgerMode = 'per-notice' | 'one-sheet' | 'by-unit';

export interface Column {
  key: string;
  header: string;
  /** Widest a column grows (in character cells); text wraps beyond it. */
  maxWidth: number;
  /** Columns left empty for the office to fill in as units report back. */
  tracking?: boolean;
}

export interface LedgerRow {
  values: string[];
  /** Column keys of fields the validator found missing in this task (shaded). */
  missing: Set<string>;
  /** By unit: the unit co-operates on this task rather than leading it. */
  co?: boolean;
}

export interface LedgerSheet { name: string; columns: Column[]; rows: LedgerRow[] }

export interface Failure { path: string; reason: string }

export interface SummaryRow {
  path: string; title: string; docNumber: string; issuer: string; date: string; kind: string;
  tasks: number; warnings: number;
  /** Per assignment field: how many tasks carry it of those expected to (report.fields). */
  fields: Record<string, { expected: number; found: number } | null>;
  /** Where this notice's tasks are (per-notice mode), else ''. */
  sheet: string;
}

export interface UnitSummary { unit: string; sheet: string; leads: number; cooperates: number }

export interface Ledger {
  summaryName: string;
  summary: SummaryRow[];
  failed: Failure[];
  units: UnitSummary[];
  /** The columns every task sheet shares. */
  columns: Column[];
  sheets: LedgerSheet[];
}

export const SUMMARY_SHEET = '汇总';
export const FIELD_HEADERS: Record<(typeof ASSIGNMENT_FIELDS)[number], string> = {
  leaders: '牵头领导', leadUnits: '牵头单位', coUnits: '责任单位', deadline: '完成时限',
};

const TASK_COLUMNS: Column[] = [
  { key: 'seq', header: '序号', maxWidth: 6 },
  { key: 'number', header: '编号', maxWidth: 8 },
  { key: 'sections', header: '章节', maxWidth: 30 },
  { key: 'task', header: '任务', maxWidth: 60 },
  { key: 'leaders', header: '牵头领导', maxWidth: 16 },
  { key: 'leadUnits', header: '牵头单位', maxWidth: 24 },
  { key: 'coUnits', header: '责任单位', maxWidth: 30 },
  { key: 'deadline', header: '完成时限', maxWidth: 16 },
  { key: 'due', header: '完成日期', maxWidth: 12 },
  { key: 'source', header: '来源文件', maxWidth: 30 },
  { key: 'position', header: '位置', maxWidth: 10 },
  { key: 'owner', header: '责任人', maxWidth: 12, tracking: true },
  { key: 'progress', header: '进展情况', maxWidth: 40, tracking: true },
  { key: 'lastReport', header: '最近反馈时间', maxWidth: 14, tracking: true },
  { key: 'status', header: '状态', maxWidth: 10, tracking: true },
];

const UNIT_COLUMNS: Column[] = [
  { key: 'unit', header: '单位', maxWidth: 24 },
  { key: 'role', header: '分工', maxWidth: 6 },
];

export const ROLE_LEAD = '牵头', ROLE_CO = '配合';
export const NO_UNIT = '未明确单位';

export const columnsFor = (mode: LedgerMode): Column[] => (mode === 'by-unit' ? [...UNIT_COLUMNS, ...TASK_COLUMNS] : TASK_COLUMNS);

/** 一 → 一、, 1 → 1., (一) and ● stay as printed. */
function sectionLabel(s: Section): string {
  if (!s.marker) return s.title;
  const sep = /^[一二三四五六七八九十百零〇]+$/.test(s.marker) ? '、' : /^\d+$/.test(s.marker) ? '.' : /[\p{L}\p{N}]$/u.test(s.marker) ? ' ' : '';
  return `${s.marker}${sep}${s.title}`;
}

/** The parsed 完成时限 (`task.due`), once the schema carries it; '' until then or when absent. */
function dueText(task: Task): string {
  const due = (task as Task & { due?: unknown }).due;
  if (due === null || due === undefined) return '';
  if (typeof due === 'string') return due;
  if (typeof due === 'object') {
    const d = due as Record<string, unknown>;
    for (const k of ['date', 'iso', 'end', 'by']) if (typeof d[k] === 'string') return d[k] as string;
  }
  return JSON.stringify(due);
}

const join = (xs: string[]) => xs.join('、');

function taskValues(task: Task, notice: Notice): Record<string, string> {
  return {
    number: task.number ?? '',
    sections: task.sections.map(sectionLabel).join(' / '),
    task: task.title ? `${task.title}\n${task.text}` : task.text,
    leaders: join(task.leaders), leadUnits: join(task.leadUnits), coUnits: join(task.coUnits),
    deadline: task.deadline ?? '', due: dueText(task),
    source: notice.source.path, position: `${task.span.start.line}:${task.span.start.column}`,
  };
}

interface Entry { task: Task; notice: Notice; missing: Set<string> }

function row(columns: Column[], seq: number, e: Entry, extra: Record<string, string> = {}): LedgerRow {
  const v: Record<string, string> = { ...taskValues(e.task, e.notice), ...extra, seq: String(seq) };
  return { values: columns.map((c) => v[c.key] ?? ''), missing: e.missing };
}

const baseName = (path: string) => path.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop()!.replace(/\.[^.]+$/, '') || path;

function summaryRow(n: Notice, sheet: string): SummaryRow {
  const fields: SummaryRow['fields'] = {};
  for (const f of ASSIGNMENT_FIELDS) fields[f] = n.report.fields[f] ?? null;
  return {
    path: n.source.path, title: n.document.title ?? '', docNumber: n.document.docNumber ?? '', issuer: n.document.issuer ?? '',
    date: n.document.date ?? '', kind: n.document.kind, tasks: n.tasks.length,
    warnings: n.report.messages.filter((m) => m.severity !== 'info').length, fields, sheet,
  };
}

/** Notices in input order (failed files listed apart) -> the ledger's sheets. */
export function buildLedger(notices: Notice[], failed: Failure[], mode: LedgerMode): Ledger {
  const names = new SheetNames([SUMMARY_SHEET]);
  const columns = columnsFor(mode);
  const entries = notices.map((notice) => {
    const missing = missingFields(notice);
    return notice.tasks.map((task): Entry => ({ task, notice, missing: missing.get(task.id) ?? new Set() }));
  });
  const sheets: LedgerSheet[] = [];
  const summary: SummaryRow[] = [];
  const units: UnitSummary[] = [];
  if (mode === 'per-notice') {
    notices.forEach((n, k) => {
      const sheet = entries[k].length ? names.take(baseName(n.source.path)) : '';
      if (sheet) sheets.push({ name: sheet, columns, rows: entries[k].map((e, i) => row(columns, i + 1, e)) });
      summary.push(summaryRow(n, sheet));
    });
  } else if (mode === 'one-sheet') {
    const all = entries.flat();
    const name = names.take('任务');
    sheets.push({ name, columns, rows: all.map((e, i) => row(columns, i + 1, e)) });
    for (const n of notices) summary.push(summaryRow(n, n.tasks.length ? name : ''));
  } else {
    // Units in order of first appearance; each gets the tasks it leads, then those it co-operates on.
    const byUnit = new Map<string, { lead: Entry[]; co: Entry[] }>();
    const slot = (u: string) => { let s = byUnit.get(u); if (!s) byUnit.set(u, (s = { lead: [], co: [] })); return s; };
    const unassigned: Entry[] = [];
    for (const e of entries.flat()) {
      const lead = [...new Set(e.task.leadUnits)];
      const co = [...new Set(e.task.coUnits)].filter((u) => !lead.includes(u));
      for (const u of lead) slot(u).lead.push(e);
      for (const u of co) slot(u).co.push(e);
      if (!lead.length && !co.length) unassigned.push(e);
    }
    for (const [unit, s] of byUnit) {
      const name = names.take(unit);
      const rows = [
        ...s.lead.map((e, i) => row(columns, i + 1, e, { unit, role: ROLE_LEAD })),
        ...s.co.map((e, i) => ({ ...row(columns, s.lead.length + i + 1, e, { unit, role: ROLE_CO }), co: true })),
      ];
      sheets.push({ name, columns, rows });
      units.push({ unit, sheet: name, leads: s.lead.length, cooperates: s.co.length });
    }
    // Tasks that name no unit are never dropped: they get a sheet of their own.
    if (unassigned.length) {
      const name = names.take(NO_UNIT);
      sheets.push({ name, columns, rows: unassigned.map((e, i) => row(columns, i + 1, e, { unit: '', role: '' })) });
      units.push({ unit: '', sheet: name, leads: 0, cooperates: 0 });
    }
    for (const n of notices) summary.push(summaryRow(n, ''));
  }
  return { summaryName: SUMMARY_SHEET, summary, failed, units, columns, sheets };
}
