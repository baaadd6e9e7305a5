// Task tables: a header row names the columns by meaning (序号 / 工作任务 / 牵头领导 / 牵头单位 / 责任单位 /
// 完成时限, in any order and wording); full-width rows are section headings; repeated headers are skipped.
import { fieldOfHeader, KEY_LINE } from '../../assign/keys.js';
import { emptyAssignment, merge, parseKeyed, parseProse, type Assignment } from '../../assign/parse.js';
import { msg, type TableBlock } from '../../model.js';
import type { Message, Section } from '../../schema.js';
import { readMarker, SECTION_MARKERS } from '../../segment/markers.js';
import { breakdownTitle, columnRole, figureColumns, isBreakdownLabel } from '../../segment/cell-tables.js';
import { cellKind } from '../../recognize/cell-kind.js';
import { FIRST_IS_LEAD } from '../../units.js';
import { append, codePoints } from '../../text.js';
import { splitNames } from '../../units.js';
import { isUnit } from '../../recognize/unit.js';
import { readPerson } from '../../recognize/person.js';
import { readClause } from '../../recognize/clause.js';
import type { RowTask, TableFormat } from '../types.js';

type Role = 'number' | 'text' | 'title' | 'leaders' | 'leadUnits' | 'coUnits' | 'deadline' | 'prose';

/** Column roles of a header row, or null when the row is not a task-table header. */
/** A header cell is a short name, never a sentence. */
const HEADER_CELL = /^[^。;;]{0,24}(?:[((][^()()。;;]{0,30}[))])?$/u; // a count in brackets may follow

const QUANTITY = /^[\d.,,%%‰~\-—]+\s*(?:个|万|亿|元|人|户|套|座|所|家|项|条|处|台|辆|场|次|公里|千米|米|平方米|亩|吨|床|张|间|万元|亿元|万人|人次)?$/u;
/** A units column's label for the units that work with the lead (配合单位, 协办单位). */
const CO_LABEL = /配合|协办|协同|参与|协助|协作|共同/u;
const FLAG = /\s*[★☆※▲△◆◇]+$/u;
const PLAN_COLUMN = /措施|举措|计划|安排|路径|做法/u;

export function headerRoles(cells: string[]): Array<Role | null> | null {
  if (!cells.every((c) => HEADER_CELL.test(c.replace(/\s+/g, '')))) return null;
  // the same reading of labels as tables rendered as text: progress, plan and remark columns hold no task text
  const roles: Array<Role | null> = cells.map((c) => {
    const r = columnRole(c);
    return r === 'other' || r === 'category' ? null : r ?? (fieldOfHeader(c) as Role | undefined) ?? null;
  });
  let textCols = roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  // Beside the task column, a measures or plan column (落实措施, 工作举措) is no task text (SCHEMA).
  // (a breakdown of the task, 细化措施 beside 主要任务, is its content, not a plan: its title is the task column)
  if (textCols.length >= 2) {
    const plans = textCols.filter((i) => PLAN_COLUMN.test(cells[i].replace(/\s+/g, '')) && !isBreakdownLabel(cells[i]));
    if (plans.length < textCols.length) for (const i of plans) roles[i] = null;
    textCols = textCols.filter((i) => roles[i] === 'text');
  }
  // Beside the task column, a column of the task's share in one place (涉及西湖区工作指标, 涉及我县任务: the
  // province's target and the district's part of it) is no task text: the task is the whole target.
  if (textCols.length >= 2) {
    const shares = textCols.filter((i) => /^涉及/u.test(cells[i].replace(/\s+/g, '')));
    if (shares.length < textCols.length) for (const i of shares) roles[i] = null;
    textCols = textCols.filter((i) => roles[i] === 'text');
  }
  // Two task columns: the first that names a thing (名称, 项目) is the title.
  if (textCols.length >= 2 && !roles.includes('title')) {
    // (or the one beside a breakdown column, 工作任务 beside 细化分工: the breakdown is the content)
    const t = textCols.find((i) => /名称|项目$/.test(cells[i].replace(/\s+/g, ''))) ?? breakdownTitle(cells, textCols);
    if (t !== undefined) roles[t] = 'title';
  }
  const hasText = roles.includes('text') || roles.includes('title');
  const hasAssign = roles.some((r) => r === 'leaders' || r === 'leadUnits' || r === 'coUnits' || r === 'prose');
  return hasText && hasAssign ? roles : null;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const personOnly = (n: string) => { const p = readPerson(n); return p?.title && p.name !== p.title ? p.name : n; };
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => squash(x) === squash(b[i]));

/** The header: the first row that names task and assignment columns, merged with header rows under it
 *  (a 责任分工 cell spanning 牵头单位 | 配合单位 in the row below). */
function findHeader(rows: TableBlock['rows']): { at: number; end: number; roles: Array<Role | null>; names: string[] } | null {
  const h = rows.findIndex((r, i) => i < 6 && headerRoles(r.map((c) => c.text)) !== null);
  if (h < 0) return null;
  let roles = headerRoles(rows[h].map((c) => c.text))!;
  let names = rows[h].map((c) => c.text);
  let end = h + 1;
  while (end < rows.length && end < h + 3) {
    const below = rows[end].map((c) => c.text);
    if (new Set(below.map(squash).filter(Boolean)).size <= 1) break; // a full-width section row, not a header
    // a row numbered under 序号 (1 | 十陵景区项目 | …, every cell short) is the first row, not a header row
    const numberAt = roles.indexOf('number');
    if (numberAt >= 0 && /^\d{1,4}$/u.test(squash(below[numberAt] ?? ''))) break;
    const more = below.every((c) => HEADER_CELL.test(squash(c))) ? below.map((c) => fieldOfHeader(c) ?? null) : null;
    if (!more || !more.some((r, i) => r && r !== roles[i])) break;
    roles = roles.map((r, i) => (more[i] && (!r || r === 'prose' || r === 'text') ? (more[i] as Role) : r));
    names = names.map((n, i) => (squash(n) === squash(below[i]) ? n : `${n}${below[i]}`));
    end++;
  }
  return { at: h, end, roles, names };
}

const ASSIGN_ROLES = new Set<Role | null>(['leaders', 'leadUnits', 'coUnits', 'prose', 'deadline']);
const CN_NUMBER = /^[((]?[一二三四五六七八九十]+[))]?[、.．]?$/u;
/** A Chinese numeral (一 / (一)) and, after white space, a title: a section row's two cells on one spaced line. */
const SPACED_NUMERAL = /^([((]?[一二三四五六七八九十]{1,3}[))]?)\s+(\S.{0,38})$/u;

/**
 * Two task columns and no title: when every cell of the first is a short name (no sentence) and the
 * second holds the sentences, the first is the tasks' title (重点工作 | 攻坚目标), not more text.
 */
function nameColumnAsTitle(roles: Array<Role | null>, body: TableBlock['rows']): Array<Role | null> {
  const textCols = roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  const cells = (c: number) => body.map((r) => r[c]?.text.trim() ?? '').filter(Boolean);
  // a title column with nothing under it but section rows (考核项目, read as sections) names no task
  const title = roles.indexOf('title');
  const titleUsed = title >= 0 && new Set(body.filter((r) => new Set(r.map((c) => c.text.trim())).size > 1).map((r) => r[title]?.text.trim()).filter(Boolean)).size > 0;
  if (textCols.length !== 2 || titleUsed) return roles;
  const [a, b] = textCols;
  const names = cells(a), sentences = cells(b);
  // (a name with its note in brackets, 分管领域投资工作(按序时进度推进…), is still a name: the note is not counted)
  const short = (t: string) => codePoints(t.replace(/[((][^()()]*[))]$/u, '')) <= 20 && !/[。;;,,]/u.test(t);
  // a first column merged over the rows (its value repeated, the second's not) groups them: the title too
  const grouped = names.length >= 3 && new Set(names).size * 2 <= names.length && new Set(sentences).size * 4 >= sentences.length * 3;
  if (names.length < 1 || !names.every(short) || (!grouped && sentences.filter((t) => !short(t)).length < Math.ceil(sentences.length / 2))) return roles;
  const out: Array<Role | null> = roles.map((r) => (r === 'title' ? null : r));
  out[a] = 'title';
  return out;
}

/**
 * A column whose label names nothing we know (a label cut short, 主要领) and whose every cell is a
 * person's name holds the leaders; a label that says what it holds (联系人, 责任人) is left alone.
 */
function peopleColumns(roles: Array<Role | null>, names: string[], body: TableBlock['rows']): Array<Role | null> {
  if (roles.includes('leaders')) return roles;
  return roles.map((r, c) => {
    if (r || columnRole(names[c]) !== null || fieldOfHeader(names[c])) return r;
    const cells = body.map((row) => row[c]?.text.trim() ?? '').filter(Boolean);
    return cells.length && cells.length >= body.length / 2 && cells.every((t) => cellKind(t) === 'people') ? 'leaders' : r;
  });
}

/**
 * A schedule column read as no deadline by its label (进度安排, 计划安排: a plan may be prose) whose every cell is
 * a deadline (全年, 6月底前, 2021年12月31日) is the deadline column.
 */
function scheduleColumns(roles: Array<Role | null>, names: string[], body: TableBlock['rows']): Array<Role | null> {
  if (roles.includes('deadline')) return roles;
  let done = false;
  return roles.map((r, c) => {
    if (r || done || !/时间|时限|期限|节点|进度|安排/u.test(squash(names[c] ?? ''))) return r;
    const cells = body.map((row) => row[c]?.text.trim() ?? '').filter(Boolean);
    if (!cells.length || cells.length * 2 < body.length || !cells.every((t) => cellKind(t) === 'deadline')) return r;
    done = true;
    return 'deadline';
  });
}

/**
 * A measures column set aside beside the task columns (工作措施 beside 重点工作 | 主要任务) holds the tasks when those
 * columns hold nothing in the rows: their cells, merged over the rows, were read as section rows (SCHEMA: a
 * category column spanning rows is a section). The measures are then the tasks' text.
 */
function measuresAsTasks(roles: Array<Role | null>, names: string[], body: TableBlock['rows']): Array<Role | null> {
  const filled = (c: number) => body.some((r) => (r[c]?.text ?? '').trim());
  const tasks = roles.flatMap((r, c) => (r === 'text' || r === 'title' ? [c] : []));
  if (!tasks.length || tasks.some(filled)) return roles;
  const plans = names.flatMap((n, c) => (roles[c] === null && fieldOfHeader(n) === 'text' && PLAN_COLUMN.test(squash(n)) && filled(c) ? [c] : []));
  if (plans.length !== 1) return roles;
  return roles.map((r, c) => (c === plans[0] ? 'text' : tasks.includes(c) ? null : r));
}

/** A list item's own number opening a cell (1.积极推进…, 3、及时反馈…). */
const DOT_ITEM = /^\s*(\d{1,3})\s*[.、.．](?!\d)/u;
/** A heading cell: 一、做好财政信息公开。 / (一)… — short, one clause, maybe closed by its full stop. */
const headingCell = (t: string) => {
  const m = readMarker(t);
  return !!m && SECTION_MARKERS.has(m.type) && codePoints(t) <= 40 && !/[。;;].|[,,]/u.test(t.trim());
};

/**
 * Two task columns side by side, the first holding headings (一、做好财政信息公开。) merged over the
 * numbered items of the second (1.积极推进… | 2.及时更新…): the headings are sections, not task text. A row
 * under a merged heading printed short of it (3.及时反馈… | 各科室 |, its last cell empty) has its cells
 * one column to the left: they go back to their columns. Null when the table is not so.
 */
function headingsOverItems(roles: Array<Role | null>, body: TableBlock['rows']): { rows: TableBlock['rows']; column: number } | null {
  const text = (r: TableBlock['rows'][number], c: number) => (r[c]?.text ?? '').trim();
  for (let c = 0; c + 1 < roles.length; c++) {
    if (roles[c] !== 'text' && roles[c] !== 'title') continue;
    if (roles[c + 1] !== 'text') continue;
    const headed = (r: TableBlock['rows'][number]) => headingCell(text(r, c)) && DOT_ITEM.test(text(r, c + 1));
    const under = (r: TableBlock['rows'][number]) => !text(r, c) && DOT_ITEM.test(text(r, c + 1));
    // (its item stands in the heading's column: beside an empty cell, or with every cell after it one to the left)
    const gap = (r: TableBlock['rows'][number]) => DOT_ITEM.test(text(r, c)) && !text(r, c + 1);
    const shifted = (r: TableBlock['rows'][number]) => DOT_ITEM.test(text(r, c))
      && (gap(r) || (r.length === roles.length && !DOT_ITEM.test(text(r, c + 1)) && !text(r, r.length - 1)));
    const rows = body.filter((r) => new Set(r.map((x) => x.text.trim()).filter(Boolean)).size > 1);
    if (rows.length < 2 || !rows.some(headed) || !rows.every((r) => headed(r) || under(r) || shifted(r))) continue;
    // the items' numbers run on (1, 2, 3 …): the list's own numbering
    const numbers = rows.map((r) => Number(DOT_ITEM.exec(text(r, shifted(r) ? c : c + 1))![1]));
    if (!numbers.every((n, k) => k === 0 || n > numbers[k - 1])) continue;
    const out: TableBlock['rows'] = [];
    let last = '';
    for (const r of body) {
      if (!rows.includes(r)) { out.push(r); continue; }
      const row = gap(r) ? [...r.slice(0, c), r[c + 1], r[c], ...r.slice(c + 2)]
        : shifted(r) ? [...r.slice(0, c), { text: '', pos: r[c].pos }, ...r.slice(c, -1)] : [...r];
      const heading = text(row, c).replace(/[。.]$/u, '');
      if (heading && heading !== last) out.push(row.map((x) => ({ text: heading, pos: row[c].pos })));
      if (heading) last = heading;
      row[c] = { text: '', pos: row[c].pos };
      out.push(row);
    }
    return { rows: out, column: c };
  }
  return null;
}

function parseRows(table: TableBlock): { tasks: RowTask[]; messages: Message[] } | null {
  const rows = table.rows;
  const header = findHeader(rows);
  if (!header) return null;
  const { names } = header;
  // the rows that hold cells: full-width section rows (one value across the row) say nothing of the columns
  const body = rows.slice(header.end).filter((r) => r.length < 2 || new Set(r.map((c) => c.text.trim())).size > 1);
  // a task column of figures beside another task column holds targets (目标任务: 8950人), not tasks
  const figures = new Set(figureColumns(header.roles, header.roles.map((_, c) => body.map((r) => r[c]?.text ?? ''))));
  let roles = scheduleColumns(peopleColumns(nameColumnAsTitle(measuresAsTasks(header.roles.map((r, c) => (figures.has(c) ? null : r)), names, body), body), names, body), names, body);
  // headings merged over the items beside them are sections: the rows get a section row each, the column no role
  const headings = headingsOverItems(roles, rows.slice(header.end));
  if (headings) roles = roles.map((r, c) => (c === headings.column ? null : r));
  const tableRows = headings ? [...rows.slice(0, header.end), ...headings.rows] : rows;
  const textCol = roles.indexOf('text');
  const numberCol = roles.indexOf('number');
  // a content column of figures and worded targets (186 | 年终根据全省平均水平综合考核)
  const worded = textCol >= 0 && roles.includes('title') && body.filter((r) => {
    const t = (r[textCol]?.text ?? '').trim();
    return t && !/\d/u.test(t) && codePoints(t) >= 8;
  }).length >= 2;
  const tasks: RowTask[] = [];
  const messages: Message[] = [];
  let stack: Array<{ type: string; section: Section }> = [];
  const headerTexts = rows[header.at].map((c) => c.text);
  // a 配合 / 协办 column beside the 责任 / 承办 one tells the units apart for the whole table, the rows
  // that leave it empty too (SCHEMA: two columns, and no 牵头, the 责任单位 lead)
  const coColumn = roles.some((r, i) => r === 'coUnits' && CO_LABEL.test(names[i] ?? ''));
  for (const row of tableRows.slice(header.end)) {
    const texts = row.map((c) => c.text.trim());
    if (same(texts, headerTexts) || same(texts, names)) continue; // header repeated on each printed page
    const filled = texts.filter(Boolean);
    const distinct = new Set(filled);
    if (distinct.size === 0) continue;
    let only = [...distinct][0];
    // "一  产业发展": a spaced row's 序号 numeral and its title, one value across the row (its marker, then the title)
    const spacedNumeral = distinct.size === 1 ? SPACED_NUMERAL.exec(only) : null;
    if (spacedNumeral) only = /^[((]/u.test(spacedNumeral[1]) ? `${spacedNumeral[1]}${spacedNumeral[2]}` : `${spacedNumeral[1]}、${spacedNumeral[2]}`;
    let marker = readMarker(only);
    let sectionRow = distinct.size === 1 && texts.length > 1
      && (filled.length >= 2 || texts.indexOf(only) !== textCol || (marker !== null && SECTION_MARKERS.has(marker.type)));
    // "一 | 扩大内需 |  |  ": a Chinese numeral in the 序号 column, a title, and no assignment at all
    const numberCell = numberCol >= 0 ? squash(texts[numberCol] ?? '') : '';
    if (!sectionRow && distinct.size === 2 && textCol >= 0 && texts[textCol] && CN_NUMBER.test(numberCell)
      && roles.every((r, i) => !ASSIGN_ROLES.has(r) || !texts[i])) {
      only = `${numberCell.replace(/[、.．]$/u, '')}、${texts[textCol]}`;
      if (/^[((]/u.test(numberCell)) only = `${numberCell}${texts[textCol]}`;
      marker = readMarker(only);
      sectionRow = marker !== null;
    }
    if (sectionRow) {
      // Nested section rows (一、 over (一)) by their marker; an unmarked one sits under the outermost.
      // ((1) heads rows too where a cell table read it as a heading between them, under 一、 / (一))
      const type = marker && (SECTION_MARKERS.has(marker.type) || marker.type === 'paren-num') ? marker.type : 'none';
      const at = stack.findIndex((e) => e.type === type);
      stack = at >= 0 ? stack.slice(0, at) : type === 'none' ? stack.filter((e) => e.type !== 'none') : stack;
      // (a —— or ● before an unnumbered heading is its marker, not part of its title: SCHEMA)
      const dash = type === 'none' ? /^(——|—|●)\s*(?=\S)/u.exec(only) : null;
      stack.push({ type, section: type !== 'none' ? { marker: marker!.label, title: only.slice(marker!.length).trim() }
        : dash ? { marker: dash[1], title: only.slice(dash[0].length).trim() } : { marker: null, title: only } });
      continue;
    }
    const a = emptyAssignment();
    if (coColumn) a.coKey = true;
    let number: string | null = null, title: string | null = null;
    const text: string[] = [];
    roles.forEach((role, i) => {
      // a flag after a name or a task (工程★, 省民生实事※) marks the row; it is no part of the text
      const v = role === 'title' || role === 'text' ? (texts[i] ?? '').replace(FLAG, '') : texts[i] ?? '';
      if (!role || !v) return;
      if (role === 'number') number = v.replace(/[、.．]$/u, '');
      else if (role === 'text') { if (!text.includes(v)) text.push(v); }
      else if (role === 'title') title = v.replace(/\s*[★☆]+$/u, ''); // a key project's ★ is a mark, not its name
      else if (role === 'deadline') a.deadline = v;
      else if (role === 'prose') mergeProse(a, v);
      else if (KEY_LINE.test(v) && parseKeyed(v)) merge(a, parseKeyed(v)); // a cell that names its own key (省牵头单位:X)
      else {
        // a cell's line that names its own key ("市商务局 / 省牵头单位:省商务厅") is read by that key
        const cellLines = v.split('\n');
        for (const l of cellLines) if (KEY_LINE.test(l.trim())) merge(a, parseKeyed(l.trim()));
        const rest = cellLines.filter((l) => !KEY_LINE.test(l.trim())).join('\n');
        if (!rest.trim()) return;
        // a units cell that says in words who leads (市发改委牵头落实, X牵头,Y配合): read as the clause it is
        // (the strict reading of names and role words first: 按照职责分工负责 is no part of the last name)
        // (…and one that names who it works with: X会同Y, or 会 written short for it, 宣传处会办公室)
        const prose = role !== 'leaders' && /牵头|会/u.test(rest) ? readClause(rest) ?? parseProse(rest) : null;
        if (prose && prose.leadUnits.length) {
          append(a.leadUnits, prose.leadUnits);
          append(a.coUnits, prose.coUnits);
          return;
        }
        const read = splitNames(rest, role === 'leaders' ? 'leaders' : 'units');
        // a leader named with the office (周阳市长) is the person: the office is no part of the name
        // (a fresh list: the reading is shared by every cell with the same names)
        const list = role === 'leaders' ? { ...read, names: read.names.map(personOnly) } : read;
        const marked = new Set(role === 'coUnits' ? list.marked : []);
        append(a.leadUnits, [...marked]);
        append(a[role], list.names.filter((n) => !marked.has(n)));
        if (list.firstIsLead || FIRST_IS_LEAD.test(names[i])) a.firstIsLead = true;
        if (role === 'coUnits' && CO_LABEL.test(names[i])) a.coKey = true;
        else if (role === 'coUnits' && /责任|负责|承办/.test(names[i])) {
          a.responsible = true;
          a.responsibleUnits = append(a.responsibleUnits ?? [], list.names.filter((n) => !marked.has(n)));
        }
      }
    });
    // no 序号 column: the number printed inside the name (14.改扩建泉山学校)
    if (number === null) {
      const cell = title ?? text[0];
      const m = cell ? readMarker(cell) : null;
      if (cell && m && m.type === 'num') {
        number = m.label;
        if (title) title = cell.slice(m.length); else text[0] = cell.slice(m.length);
      }
    }
    // a name with no content beside it, or only a quantity (7699套), is the task's text
    // (not where the content column also states targets in words: there a figure is the content too)
    if (title && (!text.length || (text.length === 1 && !worded && QUANTITY.test(text[0].replace(/\s+/g, ''))))) { text.splice(0, text.length, title); title = null; }
    // A row that lacks the name (and number) cell lies under a name cell merged over several rows: it takes
    // that name; one that also lacks the task cell but fills its own assignment cells (2021.8 | 城投集团) is
    // one more row under both (SCHEMA: the rows under a merged cell take its value).
    const prev = tasks[tasks.length - 1];
    if (prev?.title && roles.includes('title') && !title && number === null && !texts[roles.indexOf('title')]) {
      // (its own cells are names and dates, not a page's labels: 索引号: | … | 成文日期: | …)
      const own = roles.filter((r, i) => ASSIGN_ROLES.has(r) && texts[i]).length;
      const units = roles.flatMap((r, i) => (r === 'leadUnits' || r === 'coUnits') && texts[i] ? splitNames(texts[i], 'units').names : []);
      const labels = texts.some((t) => /[::]$/u.test(t));
      const subRow = own >= 2 && units.length > 0 && units.every((u) => isUnit(u));
      if (!labels && (text.length || subRow)) {
        title = prev.title;
        number = prev.number;
        if (!text.length) text.push(prev.text);
      }
    }
    if (!text.length && !title) {
      messages.push(msg('warning', 'unparsed-item', row[0]?.pos ?? table.pos, 'table row has no task text'));
      continue;
    }
    const last = row[row.length - 1];
    tasks.push({
      number, title, text: text.join('\n'), assignment: a, sections: stack.map((e) => e.section),
      start: row[0].pos, end: { line: last.pos.line, column: last.pos.column + Math.max(0, last.text.length - 1) },
    });
  }
  return { tasks, messages };
}

function mergeProse(a: Assignment, v: string): void {
  const p = parseProse(v);
  if (!p) return;
  append(a.leadUnits, p.leadUnits);
  append(a.coUnits, p.coUnits);
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
