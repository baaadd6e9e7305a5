// The ledger as an .xlsx workbook (exceljs, loaded only here): a 汇总 sheet, then the task sheets.
// Frozen header, fitted widths, wrapped text with row heights set (LibreOffice does not grow rows
// to fit wrapped text), an autofilter, and missing fields shaded.
import type { Cell, Worksheet } from 'exceljs';
import { ASSIGNMENT_FIELDS } from '../model.js';
import { displayWidth, escapeCell, wrappedLines } from './cells.js';
import { FIELD_HEADERS, type Ledger, type LedgerSheet } from './ledger-rows.js';

const LINE_HEIGHT = 15.6; // points per wrapped line of an 11-point font, CJK glyphs included
const MAX_HEIGHT = 409; // Excel's limit
const HEADER_FILL = 'FFD9E1F2', MISSING_FILL = 'FFFFC7CE', CO_FILL = 'FFF2F2F2', TRACKING_FILL = 'FFFFF9E6';

const fill = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });
const text = (v: string) => escapeCell(v);

function styleHeader(ws: Worksheet, columns: number): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.height = LINE_HEIGHT + 4;
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.fill = fill(HEADER_FILL);
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  }
}

/** Widths from the content (wide characters count double), capped; then each row tall enough for its wrapped cells. */
function fit(ws: Worksheet, headers: string[], rows: string[][], caps: number[]): number[] {
  const widths = headers.map((h, c) => {
    let w = displayWidth(h);
    for (const r of rows) for (const part of (r[c] ?? '').split('\n')) w = Math.max(w, displayWidth(part));
    return Math.min(Math.max(w, displayWidth(h)) + 2, Math.max(caps[c], displayWidth(h) + 2));
  });
  widths.forEach((w, c) => { ws.getColumn(c + 1).width = w; });
  rows.forEach((r, k) => {
    const lines = Math.max(1, ...r.map((v, c) => wrappedLines(v, widths[c] - 1)));
    ws.getRow(k + 2).height = Math.min(MAX_HEIGHT, lines * LINE_HEIGHT + 2);
  });
  return widths;
}

/** 序号 as a number, 完成日期 as a date (sortable, filterable by date), the rest as escaped text. */
function cellValue(key: string, v: string): string | number | Date {
  if (key === 'seq') return Number(v);
  const day = key === 'due' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return text(v);
}

function addTaskSheet(ws: Worksheet, sheet: LedgerSheet): void {
  const headers = sheet.columns.map((c) => c.header);
  ws.addRow(headers);
  for (const r of sheet.rows) {
    const row = ws.addRow(r.values.map((v, c) => cellValue(sheet.columns[c].key, v)));
    sheet.columns.forEach((col, c) => {
      const cell = row.getCell(c + 1);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (r.missing.has(col.key)) cell.fill = fill(MISSING_FILL);
      else if (col.tracking) cell.fill = fill(TRACKING_FILL);
      else if (r.co) cell.fill = fill(CO_FILL);
    });
  }
  styleHeader(ws, headers.length);
  fit(ws, headers, sheet.rows.map((r) => r.values), sheet.columns.map((c) => c.maxWidth));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: headers.length } };
}

const ratio = (found: number, expected: number) => (expected ? found / expected : null);

function addSummary(ws: Worksheet, ledger: Ledger): void {
  const fieldHeaders = ASSIGNMENT_FIELDS.map((f) => FIELD_HEADERS[f]);
  const headers = ['来源文件', '标题', '文号', '发布机构', '成文日期', '类型', '任务数', '警告数', ...fieldHeaders, '完整率', '工作表'];
  ws.addRow(headers);
  const shown: string[][] = [];
  const totals = { tasks: 0, warnings: 0, fields: Object.fromEntries(ASSIGNMENT_FIELDS.map((f) => [f, { expected: 0, found: 0 }])) };
  const fieldCell = (c: { expected: number; found: number } | null) => (c ? `${c.found}/${c.expected}` : '—');
  const addFigures = (label: string[], tasks: number, warnings: number, fields: Record<string, { expected: number; found: number } | null>, sheet: string) => {
    let e = 0, f = 0;
    for (const c of Object.values(fields)) if (c) { e += c.expected; f += c.found; }
    const values = [...label, tasks, warnings, ...ASSIGNMENT_FIELDS.map((k) => fieldCell(fields[k] ?? null)), ratio(f, e) ?? '—', sheet];
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? text(v) : v)));
    ASSIGNMENT_FIELDS.forEach((k, i) => {
      const c = fields[k];
      if (c && c.found < c.expected) row.getCell(9 + i).fill = fill(MISSING_FILL);
    });
    const pct = row.getCell(9 + ASSIGNMENT_FIELDS.length);
    if (typeof pct.value === 'number') pct.numFmt = '0.0%';
    row.eachCell((cell: Cell) => { cell.alignment = { wrapText: true, vertical: 'top' }; });
    shown.push(values.map((v) => (typeof v === 'number' ? String(v) : v)));
    return row;
  };
  for (const s of ledger.summary) {
    addFigures([s.path, s.title, s.docNumber, s.issuer, s.date, s.kind === 'task-list' ? '任务清单' : '无任务'], s.tasks, s.warnings, s.fields, s.sheet);
    totals.tasks += s.tasks; totals.warnings += s.warnings;
    for (const f of ASSIGNMENT_FIELDS) {
      const c = s.fields[f];
      if (c) { totals.fields[f].expected += c.expected; totals.fields[f].found += c.found; }
    }
  }
  const noticeRows = ledger.summary.length;
  const sums = Object.fromEntries(ASSIGNMENT_FIELDS.map((f) => [f, totals.fields[f].expected ? totals.fields[f] : null]));
  addFigures([`合计 ${ledger.summary.length} 个文件`, '', '', '', '', ''], totals.tasks, totals.warnings, sums, '').font = { bold: true };
  if (ledger.failed.length) {
    ws.addRow([]);
    ws.addRow([`未能转换的文件 (${ledger.failed.length})`, '原因']).font = { bold: true };
    for (const f of ledger.failed) {
      ws.addRow([text(f.path), text(f.reason)]);
      shown.push([f.path, f.reason]);
    }
  }
  if (ledger.units.length) {
    ws.addRow([]);
    ws.addRow(['单位', '工作表', '牵头任务', '配合任务']).font = { bold: true };
    for (const u of ledger.units) {
      ws.addRow([text(u.unit || '(未明确单位的任务)'), text(u.sheet), u.leads, u.cooperates]);
      shown.push([u.unit, u.sheet, String(u.leads), String(u.cooperates)]);
    }
  }
  styleHeader(ws, headers.length);
  // Fit on the notice rows only: the lists below reuse the first columns.
  fit(ws, headers, shown.slice(0, noticeRows + 1), [30, 40, 18, 18, 11, 9, 7, 7, 10, 10, 10, 10, 8, 24]);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: noticeRows + 1, column: headers.length } };
}

/** The workbook's bytes. */
export async function ledgerXlsx(ledger: Ledger): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'fenjie';
  const frozen = { views: [{ state: 'frozen' as const, ySplit: 1, xSplit: 0 }] };
  addSummary(wb.addWorksheet(ledger.summaryName, frozen), ledger);
  for (const sheet of ledger.sheets) addTaskSheet(wb.addWorksheet(sheet.name, frozen), sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
