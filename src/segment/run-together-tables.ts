// Task tables whose cells were run together with no separator (document-sharing sites):
//   序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建…。何海平教育局经开区各街道2促进…
// The header names the columns; the row numbers run 1, 2, 3 …; the cells can only be told apart by
// recognizing a person's name and the unit names after it for what they are. A sentence after the
// units opens a sub-row that shares the row's number and name.
import type { Block, Cell, TableBlock, TextLine } from '../model.js';
import { isPersonName } from '../recognize/person.js';
import { isDeadline } from '../recognize/deadline.js';
import { fieldOfKey } from '../assign/keys.js';
import { cutRunTogether, isUnit } from '../recognize/unit.js';
import { squashSpaces } from '../text.js';
import { columnRole, type ColumnRole } from './cell-tables.js';
import {
  cutPieces, endsInName, hasProgressBetween, YEAR_OPENS, headingBeforeHeader, joinLines, MAX_HEADER, MEASURE_AFTER, PAGE_MARK, pieceCells, type Piece, readRowLines, readRunTogetherRows, readUnnumbered, runQuality,
  unitCells, unitColumns,
} from './run-together-rows.js';

const LABEL_END = /(?:序号|名称|内容|领导|单位|部门|科室|处室|时限|时间|任务|措施|目标|事项|备注|情况|阶段|投资|业主|规模)/gu;
/** A totals row between the header and row 1 (合计 7089078737500 1十陵…): figures, no row. */
const TOTALS_ROW = /(?:合计|总计)[\d.,\s]*\s(?=1(?!\d))/u;
/** A project's stage, the cell after its name in a project table (十陵景区项目 | 加快建设 | 430000 …). */
const STAGE_END = /(?:加快建设|开工建设|建成投产|竣工投产|新开工|续建|新建|在建|前期工作|竣工|建成|完工|投产|储备)$/u;

interface Header { labels: string[]; roles: ColumnRole[]; end: number }
const ASSIGNING: ReadonlySet<string> = new Set(['leaders', 'leadUnits', 'coUnits', 'deadline']);

/** The header run together: labels cut after each label ending, from 序号 to the first row number. */
function readHeader(s: string): Header | null {
  const at = s.indexOf('序号');
  if (at < 0) return null;
  const labels: string[] = [];
  const roles: ColumnRole[] = [];
  let i = at;
  while (i < s.length && i - at < MAX_HEADER) {
    // (a year opens a label: 2009年计划投资)
    if (/\d/u.test(s[i]) && !/^\d{4}年\p{Script=Han}/u.test(s.slice(i))) break;
    LABEL_END.lastIndex = i;
    let found = false;
    for (let m = LABEL_END.exec(s); m && m.index - i < 12; m = LABEL_END.exec(s)) {
      let label = s.slice(i, m.index + m[0].length);
      let role = columnRole(label);
      // a task label run into an assignment key (重点工作牵头单位): two labels
      if (role && ASSIGNING.has(role)) {
        for (let k = 2; k <= label.length - 2; k++) {
          const a = label.slice(0, k), b = label.slice(k), ra = columnRole(a);
          if ((ra === 'text' || ra === 'title') && fieldOfKey(b) && columnRole(b) === role) { label = a; role = ra; break; }
        }
      }
      if (role) { labels.push(label); roles.push(role); i += label.length; found = true; break; }
    }
    if (!found) return null;
  }
  if (s[i] !== '1' || /\d/u.test(s[i + 1] ?? '')) return null;
  const usable = roles.includes('number') && roles.some((r) => r === 'text' || r === 'title')
    && roles.some((r) => r === 'leadUnits' || r === 'coUnits');
  return usable && labels.length >= 4 ? { labels, roles: unitColumns(roles), end: i } : null;
}

/** Row starts: 1, then each next number where it follows the end of a name and opens a word. */
function rowStarts(body: string, leadersLast = false, deadlineLast = false): number[] {
  const starts = [0];
  for (let k = 2; ; k++) {
    const key = String(k);
    let from = starts[starts.length - 1] + String(k - 1).length + 4;
    let found = -1;
    while (from < body.length) {
      const j = body.indexOf(key, from);
      if (j < 0) break;
      const before = body[j - 1] ?? '', after = body.slice(j + key.length);
      // (a year closing the deadline cell runs into the number, …教体局2024|2城北…, and a year may open the text: 2024|4|2024年…)
      const yearCell = deadlineLast && /^(?:19|20)\d{2}$/u.test(body.slice(Math.max(0, j - 4), j)) && !/\d/u.test(body[j - 5] ?? '')
        && endsInName(body.slice(Math.max(0, j - 16), j - 4));
      if (yearCell && (/^[\p{Script=Han}“"(]/u.test(after) || YEAR_OPENS.test(after))) { found = j; break; }
      if (!/\d/u.test(before) && !/^\d/u.test(after) && !MEASURE_AFTER.test(after) && /[\p{Script=Han}))]/u.test(before)
        && /^[\p{Script=Han}“"(]/u.test(after) && (endsInName(body.slice(Math.max(0, j - 12), j)) || (leadersLast && endsInPerson(body.slice(Math.max(0, j - 3), j)))
          || (deadlineLast && endsInDeadline(body.slice(Math.max(0, j - 12), j))))) { found = j; break; }
      from = j + 1;
    }
    if (found < 0) return starts;
    starts.push(found);
  }
}

const endsInPerson = (s: string) => isPersonName(s) || isPersonName(s.slice(-2));
const endsInDeadline = (s: string) => {
  for (let n = Math.min(12, s.length); n >= 3; n--) if (isDeadline(s.slice(-n))) return true;
  return false;
};


/** People's names run together (王天刚郭代辉): each part a name of two or three characters. */
function peopleRun(s: string): boolean {
  if (!s) return true;
  return [3, 2].some((n) => s.length >= n && isPersonName(s.slice(0, n)) && peopleRun(s.slice(n)));
}

const PLACE = /^(?:省|市|县|区|镇|乡|各)/u;
const MEASURE = /[个所座项万元人户公里米亩吨家处条次]/u;

/**
 * The units a row ends with, run together or listed with 、, read back from its end: each the shortest
 * whole unit name that opens with its place (区教育局, 市兴城公司) or stands after a stop, a figure or a
 * figure's measure (…新建小学1所|教育局). Null when the row does not end in a unit.
 */
function trailingUnits(s: string): { start: number; units: string[] } | null {
  const units: string[] = [];
  let end = s.length;
  const boundary = (st: number) => st === 0 || /[。;;,,、))\d]/u.test(s[st - 1]) || (MEASURE.test(s[st - 1]) && /\d/u.test(s[st - 2] ?? ''));
  for (;;) {
    const to = end > 0 && s[end - 1] === '、' && units.length ? end - 1 : end;
    let found = -1;
    for (let st = to - 3; st >= Math.max(0, to - 30); st--) {
      const piece = s.slice(st, to);
      if (/[。;;,,、]/u.test(piece)) break;
      if (isUnit(piece) && (PLACE.test(piece) || boundary(st))) { found = st; break; }
    }
    if (found < 0) break;
    units.unshift(s.slice(found, to));
    end = found;
  }
  return units.length ? { start: end, units } : null;
}

/**
 * A row whose leaders column comes last, after its unit columns (…市兴城公司区建设局王天刚郭代辉): the
 * leaders are the shortest run of names at the end that leaves units before it; the task is what comes
 * before the units, without the figures and the stage of the columns we do not read between them
 * (建设阶段, 总投资). The last unit is the lead column's, the others the column before it.
 */
function cutRowLeadersLast(row: string, roles: ColumnRole[]): { text: string; leader: string; lead: string[]; co: string[] } | null {
  for (let k = 2; k <= Math.min(12, row.length - 3); k++) {
    const leader = row.slice(-k), rest = row.slice(0, -k);
    if (!peopleRun(leader)) continue;
    const run = trailingUnits(rest);
    if (!run || run.start === 0) continue;
    let text = rest.slice(0, run.start);
    const textCol = roles.findIndex((r) => r === 'text' || r === 'title');
    if (roles[textCol + 1] === 'other') text = text.replace(/[\d.,%%]+$/u, '').replace(STAGE_END, '');
    if (!text) continue;
    const units = run.units;
    const twoColumns = roles.includes('leadUnits') && roles.includes('coUnits');
    return {
      text, leader,
      lead: twoColumns ? units.slice(-1) : roles.includes('leadUnits') ? units : [],
      co: twoColumns ? units.slice(0, -1) : roles.includes('leadUnits') ? [] : units,
    };
  }
  return null;
}

/** The longest run of units from `at`, cut where each part is a whole unit. */
function unitRun(s: string, at: number): { units: string[]; end: number } | null {
  for (let j = Math.min(s.length, at + 90); j >= at + 2; j--) {
    const span = s.slice(at, j);
    if (/[。;;]/u.test(span) || /^[、,,]|[、,,]$/u.test(span)) continue;
    const cut = /[、,,]/u.test(span) ? unitCells(span)?.flat() ?? null : cutRunTogether(span, true);
    const units = cut ?? (isUnit(span) ? [span] : null);
    if (units && (j === s.length || !isUnit(s.slice(j, j + 3)) || /[。;;]/u.test(s[j - 1]))) return { units, end: j };
  }
  return null;
}

/** This reader's row cut: its own unitRun, and a deadline column after the names when the header ends in one. */
function cutRow(row: string, hasLeaders: boolean, deadlineLast = false): Piece[] {
  return cutPieces(row, hasLeaders, unitRun, (run) => runQuality(run.units), deadlineLast ? isDeadline : undefined);
}

/** One line (or a run of lines broken by page marks) holding a whole table run together; null otherwise. */
export function readRunTogether(lines: TextLine[]): TableBlock | null {
  const first = lines[0];
  const joined = joinLines(lines).replace(TOTALS_ROW, '').replace(/\s+/g, '');
  const header = readHeader(joined);
  // (a progress column between the task and the units is read by readRunTogetherRows, from the rows' ends)
  if (!header || hasProgressBetween(header.labels, header.roles)) return null;
  const body = joined.slice(header.end);
  // two task columns side by side (实事名称 | 实事内容): the first is the name, cut from the content where it opens
  const texts = header.roles.flatMap((r, c) => (r === 'text' ? [c] : []));
  const roles = texts.length === 2 && !header.roles.includes('title') && texts[1] === texts[0] + 1
    ? header.roles.map((r, c) => (c === texts[0] ? 'title' as const : r)) : header.roles;
  const hasLeaders = roles.includes('leaders');
  // the leaders column last, after the unit columns (…牵头协调部门 | 牵头区领导)
  const leadersLast = roles[roles.length - 1] === 'leaders' && ['leadUnits', 'coUnits'].includes(roles[roles.length - 2]);
  // a deadline column last, after the unit columns (…责任单位 | 完成时限)
  const deadlineLast = roles[roles.length - 1] === 'deadline' && ['leadUnits', 'coUnits'].includes(roles[roles.length - 2]);
  const starts = rowStarts(body, leadersLast, deadlineLast);
  const out: Cell[][] = [header.labels.map((l) => ({ text: l, pos: first.pos }))];
  const pos = first.pos;
  // a section heading run into the header's front heads the first rows
  const lead = headingBeforeHeader(joined);
  if (lead && starts.length) out.push(roles.map(() => ({ text: lead, pos })));
  if (leadersLast) {
    starts.forEach((s, k) => {
      const num = String(k + 1);
      const row = body.slice(s + num.length, k + 1 < starts.length ? starts[k + 1] : body.length);
      // a row the page cut off before its names is no task
      const cut = cutRowLeadersLast(row, roles);
      if (!cut) return;
      // the last unit the lead column's, the others the column before it (cutRowLeadersLast): two cells
      const units = [...cut.lead, ...cut.co];
      out.push(pieceCells(roles, pos, num, { text: cut.text, leader: cut.leader, units, cells: [cut.lead, cut.co] }, true, { title: null }));
    });
    return out.length > 1 ? { kind: 'table', rows: out, pos } : null;
  }
  starts.forEach((s, k) => {
    const num = String(k + 1);
    const row = body.slice(s + num.length, k + 1 < starts.length ? starts[k + 1] : body.length);
    const named = { title: null as string | null };
    cutRow(row, hasLeaders, deadlineLast).forEach((p, n) => out.push(pieceCells(roles, pos, num, p, n === 0, named)));
  });
  return out.length > 1 ? { kind: 'table', rows: out, pos } : null;
}

/** Blocks -> blocks with each run-together table replaced by a table block. */
export function findRunTogetherTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'line') { out.push(b); continue; }
    // a header alone on its line over rows one a line: each line a row (readRowLines); its labels may name no 序号
    const alone = b.text.length < 40 && b.text.trim().length >= 6 && !/\s/u.test(b.text.trim()) && !/[|,,。;;::]/u.test(b.text);
    const byLine = alone && blocks[i + 1]?.kind === 'line' ? readRowLines(blocks, i) : null;
    if (byLine) { out.push(byLine.table); i += byLine.used - 1; continue; }
    // a line opening with a header that has no number column, its rows run on after it with no numbers
    const unnumbered = b.text.length >= 80 && !/序号|编号/u.test(b.text) && !b.text.includes('|') ? readUnnumbered(squashSpaces(b.text), b.pos) : null; // (no | in the line: squashSpaces drops white space only, as /\s+/g did, with no copy when there is none)
    if (unnumbered) { out.push(unnumbered); continue; }
    if (!/序号|编号/u.test(b.text) || (b.text.length < 40 && b.text.includes('|'))) { out.push(b); continue; }
    // the table may go on over the following lines, each opened by a page mark, or a header alone on its
    // line may be followed by its rows, one a line, each opened by its number or a section heading
    let j = i + 1;
    if (b.text.length < 40) {
      // (labels between spaces head a spaced table: cells-in-a-row readers take it)
      if (/\s/u.test(b.text.trim())) { out.push(b); continue; }
      const rowLine = (x: Block) => x.kind === 'line' && !x.text.includes('|')
        && /^(?:(?:\d{1,3}|[((](?:[一二三四五六七八九十]{1,3}|\d{1,3})[))])\s*\p{Script=Han}|[一二三四五六七八九十]{1,3}、)/u.test(x.text);
      while (j < blocks.length && rowLine(blocks[j])) j++;
      if (j - i < 2) { out.push(b); continue; }
    } else while (j < blocks.length && blocks[j].kind === 'line' && PAGE_MARK.test((blocks[j] as TextLine).text)) j++;
    const table = readRunTogether(blocks.slice(i, j) as TextLine[]) ?? readRunTogetherRows(blocks.slice(i, j) as TextLine[]);
    if (table) { out.push(table); i = j - 1; } else out.push(b);
  }
  return out;
}
