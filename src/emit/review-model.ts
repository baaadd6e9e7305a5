// The review page's model: the source as the reader sees it (the extracted lines and table rows, each
// with its place in the file), which items each task covers, and where each report message belongs.
import type { Block, Pos } from '../model.js';
import type { Message, Notice, Task } from '../schema.js';
import { missingFields } from './missing.js';

export interface SourceItem {
  id: string;
  pos: Pos;
  /** A line's text, or a table row's cells (a merged cell repeats: `span` > 1 across, `above` down). */
  text?: string;
  cells?: Array<{ text: string; span: number; above: boolean }>;
  /** Index of the table a row belongs to (rows of one table render as one <table>). */
  table?: number;
  /** Ids of the tasks whose span covers this item. */
  tasks: string[];
  messages: Message[];
}

export interface ReviewTask {
  task: Task;
  /** Ids of the source items the task covers, first one first (at least one when there is any source). */
  items: string[];
  missing: Set<string>;
  messages: Message[];
  units: string[];
}

export interface ReviewModel {
  notice: Notice;
  items: SourceItem[];
  tasks: ReviewTask[];
  /** Messages with no line (about the whole file). */
  general: Message[];
  /** Every unit named (lead or co-operating), most tasks first. */
  units: Array<{ unit: string; tasks: number }>;
}

const cmp = (a: Pos, b: Pos) => a.line - b.line || a.column - b.column;

/** A table row's place: its first cell that is not a copy of the cell above (merged cells are expanded). */
function rowPos(rows: Block & { kind: 'table' }, r: number): Pos {
  const row = rows.rows[r];
  const fresh = row.filter((c, k) => r === 0 || !rows.rows[r - 1][k] || cmp(rows.rows[r - 1][k].pos, c.pos) !== 0);
  const list = fresh.length ? fresh : row;
  return list.reduce((p, c) => (cmp(c.pos, p) < 0 ? c.pos : p), list[0]?.pos ?? rows.pos);
}

export function sourceItems(blocks: Block[]): SourceItem[] {
  const items: SourceItem[] = [];
  let table = 0;
  for (const b of blocks) {
    if (b.kind === 'line') {
      if (!b.text.trim()) continue; // blank lines carry nothing to review
      items.push({ id: `s${items.length + 1}`, pos: b.pos, text: b.text, tasks: [], messages: [] });
      continue;
    }
    table++;
    b.rows.forEach((row, r) => {
      // Cells expanded from one merged cell share its position: one cell with a colspan across, greyed down.
      const cells: NonNullable<SourceItem['cells']> = [];
      row.forEach((c, k) => {
        const last = cells.at(-1);
        if (last && k > 0 && cmp(row[k - 1].pos, c.pos) === 0) { last.span++; return; }
        const up = r > 0 ? b.rows[r - 1][k] : undefined;
        cells.push({ text: c.text, span: 1, above: !!up && cmp(up.pos, c.pos) === 0 });
      });
      items.push({ id: `s${items.length + 1}`, pos: rowPos(b, r), cells, table, tasks: [], messages: [] });
    });
  }
  return items;
}

/** Index of the last item (in position order) at or before `pos`; -1 when every item is after it. */
function atOrBefore(sorted: SourceItem[], pos: Pos): number {
  let lo = 0, hi = sorted.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(sorted[mid].pos, pos) <= 0) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export function reviewModel(notice: Notice, blocks: Block[]): ReviewModel {
  const items = sourceItems(blocks);
  const sorted = [...items].sort((a, b) => cmp(a.pos, b.pos));
  const missing = missingFields(notice);
  const byTask = new Map<string, Message[]>();
  const general: Message[] = [];
  for (const m of notice.report.messages) {
    if (m.taskId) byTask.set(m.taskId, [...(byTask.get(m.taskId) ?? []), m]);
    if (m.line === null) { general.push(m); continue; }
    const k = atOrBefore(sorted, { line: m.line, column: m.column ?? 1 });
    // A message before the first extracted line (page chrome) goes with the first line.
    const at = sorted[Math.max(0, k)];
    if (at) at.messages.push(m); else general.push(m);
  }
  const counts = new Map<string, number>();
  const tasks = notice.tasks.map((task): ReviewTask => {
    const covered: SourceItem[] = [];
    const first = atOrBefore(sorted, task.span.start);
    // Items that start inside the span; else the item the span starts in.
    for (let k = Math.max(0, first); k < sorted.length && cmp(sorted[k].pos, task.span.end) <= 0; k++) {
      if (cmp(sorted[k].pos, task.span.start) >= 0) covered.push(sorted[k]);
    }
    if (!covered.length && sorted.length) covered.push(sorted[Math.max(0, first)]);
    for (const it of covered) it.tasks.push(task.id);
    const units = [...new Set([...task.leadUnits, ...task.coUnits])];
    for (const u of units) counts.set(u, (counts.get(u) ?? 0) + 1);
    return { task, items: covered.map((c) => c.id), missing: missing.get(task.id) ?? new Set(), messages: byTask.get(task.id) ?? [], units };
  });
  const units = [...counts].map(([unit, n]) => ({ unit, tasks: n })).sort((a, b) => b.tasks - a.tasks || a.unit.localeCompare(b.unit, 'zh'));
  return { notice, items, tasks, general, units };
}
