// Task tables: a header row names the columns by meaning (序号 / 工作任务 / 牵头领导 / 牵头单位 / 责任单位 /
// 完成时限, in any order and wording); full-width rows are section headings; repeated headers are skipped.
import { fieldOfHeader } from '../../assign/keys.js';
import { emptyAssignment, parseProse, type Assignment } from '../../assign/parse.js';
import { msg, type TableBlock } from '../../model.js';
import type { Message } from '../../schema.js';
import { splitNames } from '../../units.js';
import type { RowTask, TableFormat } from '../types.js';

type Role = 'number' | 'text' | 'title' | 'leaders' | 'leadUnits' | 'coUnits' | 'deadline' | 'prose';

/** Column roles of a header row, or null when the row is not a task-table header. */
export function headerRoles(cells: string[]): Array<Role | null> | null {
  const roles: Array<Role | null> = cells.map((c) => fieldOfHeader(c) ?? null);
  const textCols = roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  // Two task columns: the first that names a thing (名称, 项目) is the title.
  if (textCols.length >= 2) {
    const t = textCols.find((i) => /名称|项目$/.test(cells[i].replace(/\s+/g, '')));
    if (t !== undefined) roles[t] = 'title';
  }
  const hasText = roles.includes('text') || roles.includes('title');
  const hasAssign = roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits' || r === 'prose');
  return hasText && hasAssign ? roles : null;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x.replace(/\s+/g, '') === b[i].replace(/\s+/g, ''));

function parseRows(table: TableBlock): { tasks: RowTask[]; messages: Message[] } | null {
  const rows = table.rows;
  const h = rows.findIndex((r, i) => i < 5 && headerRoles(r.map((c) => c.text)) !== null);
  if (h < 0) return null;
  const header = rows[h].map((c) => c.text);
  const roles = headerRoles(header)!;
  const tasks: RowTask[] = [];
  const messages: Message[] = [];
  let section: string | null = null;
  for (const row of rows.slice(h + 1)) {
    const texts = row.map((c) => c.text.trim());
    if (same(texts, header)) continue; // header repeated on each printed page
    const distinct = new Set(texts.filter(Boolean));
    if (distinct.size === 0) continue;
    if (distinct.size === 1 && texts.filter(Boolean).length >= Math.min(2, texts.length) && texts.length > 1) {
      section = [...distinct][0].replace(/^[一二三四五六七八九十]+[、.]|^[((][一二三四五六七八九十]+[))]/u, '').trim();
      continue;
    }
    const a = emptyAssignment();
    let number: string | null = null, title: string | null = null;
    const text: string[] = [];
    roles.forEach((role, i) => {
      const v = texts[i] ?? '';
      if (!role || !v) return;
      if (role === 'number') number = v.replace(/[、.．]$/u, '');
      else if (role === 'text') { if (!text.includes(v)) text.push(v); }
      else if (role === 'title') title = v;
      else if (role === 'deadline') a.deadline = v;
      else if (role === 'prose') mergeProse(a, v);
      else {
        const list = splitNames(v, role === 'leaders' ? 'leaders' : 'units');
        a[role].push(...list.names);
        if (list.firstIsLead) a.firstIsLead = true;
        if (role === 'coUnits' && /责任/.test(header[i]) && !/配合|共同/.test(header[i])) a.responsible = true;
      }
    });
    if (!text.length && !title) {
      messages.push(msg('warning', 'unparsed-item', row[0]?.pos ?? table.pos, 'table row has no task text'));
      continue;
    }
    const last = row[row.length - 1];
    tasks.push({
      number, title, text: text.join('\n'), assignment: a, section,
      start: row[0].pos, end: { line: last.pos.line, column: last.pos.column + Math.max(0, last.text.length - 1) },
    });
  }
  return { tasks, messages };
}

function mergeProse(a: Assignment, v: string): void {
  const p = parseProse(v);
  if (!p) return;
  a.leadUnits.push(...p.leadUnits);
  a.coUnits.push(...p.coUnits);
}

export const table: TableFormat = {
  kind: 'table',
  meta: { id: 'table', description: 'task tables with a header row (序号 / 工作任务 / 牵头领导 / 牵头单位 / 责任单位 / 完成时限)' },
  detect(units) {
    const tables = units.filter((u) => u.kind === 'table');
    return tables.length ? tables.filter((u) => u.kind === 'table' && parseRows(u.table)).length / tables.length : 0;
  },
  parseTable: parseRows,
};
