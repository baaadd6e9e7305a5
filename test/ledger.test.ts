// The supervision ledger: --xlsx read back with exceljs (and opened by LibreOffice when installed),
// --csv read back with csv-parse; both checked against the JSON of the same run.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, wrappedLines } from '../src/emit/cells.js';
import { SheetNames } from '../src/emit/sheet-names.js';
import type { Notice, Task } from '../src/schema.js';
import { cli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const base = mkdtempSync(join(tmpdir(), 'fenjie-ledger-'));
const dir = join(base, 'notices');
const out = (name: string) => join(base, name);

// Cells that spreadsheets would read as formulas, in a task's text and in its unit names.
const INJECTION = `关于印发2023年重点工作任务分解的通知

一、重点工作

1.=1+2 加快建设产业项目。(牵头单位:@区发改局;责任单位:+区财政局、=1+2)

2.-推进"放管服"改革,优化营商环境。(牵头单位:区工信局;责任单位:=HYPERLINK("http://example.invalid","x"))

3.完善制度建设。(牵头单位:区工信局)
`;

let docs: Notice[];
const missingOf = (n: Notice) => n.report.messages.filter((m) => m.rule.startsWith('missing-') && m.taskId && m.field).map((m) => `${m.taskId}:${m.field}`);

beforeAll(async () => {
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'b'), { recursive: true });
  // A published notice with one task's lead unit cut out: the validator reports it missing.
  const lines = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8').split('\n');
  const k = lines.findIndex((l, i) => i > lines.length / 2 && /^\d+\./.test(l) && /;牵头单位:[^;)]+/.test(l));
  lines[k] = lines[k].replace(/;牵头单位:[^;)]+/, '');
  writeFileSync(join(dir, 'a', 'notice.txt'), lines.join('\n'));
  copyFileSync(join(root, 'fixtures', 'published', 'caidian-2023.table.html'), join(dir, 'b', 'notice.html'));
  copyFileSync(join(root, 'fixtures', 'real', 'huoshan-2025-kaifaqu-qingdan.txt'), join(dir, '2025年霍山县经济开发区重点工作任务清单及责任分工方案的通知.txt'));
  copyFileSync(join(root, 'fixtures', 'tinghu-2020-report.txt'), join(dir, 'report.txt'));
  writeFileSync(join(dir, 'injection.txt'), INJECTION);
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0, 0x10]));
  const r = await cli([dir, '--jsonl', '--jobs', '1']);
  docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(docs.length).toBe(5);
  expect(missingOf(docs.find((d) => d.source.path.endsWith('notice.txt'))!).length).toBeGreaterThan(0);
});

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const str = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10)
  : typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));
/** The parsed deadline, once the schema carries it (issue 12). */
const dueOf = (t: Task) => ((t as Task & { due?: string | null }).due ?? '');
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => { rows.push(Array.from({ length: ws.columnCount }, (_, c) => str(row.getCell(c + 1).value))); });
  return rows;
};
const byHeader = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, c) => [h, r[c]])));
const unescape = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
const taskText = (t: Task) => (t.title ? `${t.title}\n${t.text}` : t.text);
const pairs = (ds: Notice[]) => ds.flatMap((d) => d.tasks.flatMap((t) => [...new Set([...t.leadUnits, ...t.coUnits])].map((u) => `${d.source.path}#${t.id}@${u}`)));

const HEADER = ['序号', '编号', '章节', '任务', '牵头领导', '牵头单位', '责任单位', '完成时限', '完成日期', '来源文件', '位置', '责任人', '进展情况', '最近反馈时间', '状态'];

describe('parse FOLDER --xlsx', () => {
  let wb: ExcelJS.Workbook;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli([dir, '--xlsx', out('ledger.xlsx'), '--csv', out('ledger.csv'), '--jobs', '1']);
    wb = await workbook(out('ledger.xlsx'));
  });

  it('writes only the ledger (nothing on stdout), lists the failed file, exits 1 for it', () => {
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/broken\.txt: binary file/);
    expect(readdirSync(base).filter((f) => f.includes('fenjie-tmp'))).toEqual([]);
  });

  it('汇总 first; then one sheet per notice with tasks: the header and one row per task', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('汇总');
    const withTasks = docs.filter((d) => d.tasks.length);
    expect(names.length).toBe(1 + withTasks.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    const summary = byHeader(rowsOf(wb.getWorksheet('汇总')!));
    for (const d of withTasks) {
      const sheetName = summary.find((s) => s['来源文件'] === d.source.path)!['工作表'];
      const rows = rowsOf(wb.getWorksheet(sheetName)!);
      expect(rows[0]).toEqual(HEADER);
      const tasks = byHeader(rows);
      expect(tasks.length).toBe(d.tasks.length);
      tasks.forEach((r, i) => {
        const t = d.tasks[i];
        expect(r['序号']).toBe(String(i + 1));
        expect(unescape(r['任务'])).toBe(taskText(t));
        expect(unescape(r['牵头单位'])).toBe(t.leadUnits.join('、'));
        expect(unescape(r['责任单位'])).toBe(t.coUnits.join('、'));
        expect(r['完成时限']).toBe(t.deadline ?? '');
        expect(r['完成日期']).toBe(dueOf(t));
        expect(r['来源文件']).toBe(d.source.path);
        expect(r['位置']).toBe(`${t.span.start.line}:${t.span.start.column}`);
        expect([r['责任人'], r['进展情况'], r['最近反馈时间'], r['状态']]).toEqual(['', '', '', '']);
      });
    }
    // Two notices named notice.* in different folders get different sheets.
    expect(names.filter((n) => n.startsWith('notice')).length).toBe(2);
  });

  it('汇总: per notice the task count, warnings and each field found/expected equal the JSON; totals; failures', () => {
    const rows = rowsOf(wb.getWorksheet('汇总')!);
    const summary = byHeader(rows);
    const fields = { 牵头领导: 'leaders', 牵头单位: 'leadUnits', 责任单位: 'coUnits', 完成时限: 'deadline' } as const;
    for (const d of docs) {
      const r = summary.find((s) => s['来源文件'] === d.source.path)!;
      expect(Number(r['任务数'])).toBe(d.tasks.length);
      expect(Number(r['警告数'])).toBe(d.report.messages.filter((m) => m.severity !== 'info').length);
      for (const [h, f] of Object.entries(fields)) {
        const c = d.report.fields[f];
        expect(r[h]).toBe(c ? `${c.found}/${c.expected}` : '—');
      }
    }
    const total = summary.find((s) => s['来源文件'].startsWith('合计'))!;
    expect(Number(total['任务数'])).toBe(docs.reduce((s, d) => s + d.tasks.length, 0));
    const lead = docs.reduce((s, d) => ({ e: s.e + (d.report.fields.leadUnits?.expected ?? 0), f: s.f + (d.report.fields.leadUnits?.found ?? 0) }), { e: 0, f: 0 });
    expect(total['牵头单位']).toBe(`${lead.f}/${lead.e}`);
    const failed = rows.findIndex((r) => r[0].startsWith('未能转换的文件'));
    expect(rows[failed][0]).toContain('(1)');
    expect(rows[failed + 1][0]).toBe(join(dir, 'broken.txt'));
    expect(rows[failed + 1][1]).toMatch(/binary/);
  });

  it('frozen header, autofilter, fitted widths, row heights that fit the wrapped text, missing fields shaded', () => {
    const damaged = docs.find((d) => d.source.path.endsWith('notice.txt'))!;
    const summary = byHeader(rowsOf(wb.getWorksheet('汇总')!));
    const ws = wb.getWorksheet(summary.find((s) => s['来源文件'] === damaged.source.path)!['工作表'])!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const widths = HEADER.map((_, c) => ws.getColumn(c + 1).width!);
    for (const w of widths) expect(w).toBeGreaterThan(0);
    const taskCol = HEADER.indexOf('任务');
    let tall = 0;
    for (let r = 2; r <= damaged.tasks.length + 1; r++) {
      const row = ws.getRow(r);
      const lines = Math.max(...HEADER.map((_, c) => wrappedLines(str(row.getCell(c + 1).value), widths[c] - 1)));
      expect(row.height).toBeGreaterThanOrEqual(lines * 15);
      if (lines > 1) tall++;
      expect(row.getCell(taskCol + 1).alignment?.wrapText).toBe(true);
    }
    expect(tall).toBeGreaterThan(0);
    expect(displayWidth('区发改局ab')).toBe(10);
    // Shaded cells are exactly the fields the validator reported missing.
    const keyOf: Record<string, string> = { 牵头领导: 'leaders', 牵头单位: 'leadUnits', 责任单位: 'coUnits', 完成时限: 'deadline' };
    const shaded: string[] = [];
    ws.eachRow((row, r) => {
      if (r === 1) return;
      HEADER.forEach((h, c) => {
        const fill = row.getCell(c + 1).fill as ExcelJS.FillPattern | undefined;
        if (fill?.fgColor?.argb === 'FFFFC7CE') shaded.push(`${damaged.tasks[r - 2].id}:${keyOf[h] ?? h}`);
      });
    });
    expect(shaded.sort()).toEqual(missingOf(damaged).sort());
  });

  it('no cell is a formula; cells that begin with = + - @ are kept as text behind an apostrophe', () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@]/);
      }));
    }
    const inj = docs.find((d) => d.source.path.endsWith('injection.txt'))!;
    expect(inj.tasks[0].text).toMatch(/^=/);
    const summary = byHeader(rowsOf(wb.getWorksheet('汇总')!));
    const rows = byHeader(rowsOf(wb.getWorksheet(summary.find((s) => s['来源文件'] === inj.source.path)!['工作表'])!));
    expect(rows[0]['任务']).toBe(`'${inj.tasks[0].text}`);
    expect(rows[0]['牵头单位']).toBe(`'${inj.tasks[0].leadUnits.join('、')}`);
    expect(rows[1]['任务']).toBe(`'${inj.tasks[1].text}`);
    expect(rows[1]['责任单位']).toMatch(/^'=HYPERLINK/);
  });

  it('CSV: UTF-8 with BOM, CRLF, one row per task with the workbook\'s columns, round-trips every value', () => {
    const bytes = readFileSync(out('ledger.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const records: string[][] = parseCsv(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records[0]).toEqual(HEADER);
    const all = docs.flatMap((d) => d.tasks.map((t) => ({ d, t })));
    expect(records.length - 1).toBe(all.length);
    records.slice(1).forEach((r, i) => {
      const { d, t } = all[i];
      expect(r[0]).toBe(String(i + 1));
      expect(unescape(r[3])).toBe(taskText(t));
      expect(unescape(r[5])).toBe(t.leadUnits.join('、'));
      expect(unescape(r[6])).toBe(t.coUnits.join('、'));
      expect(r[9]).toBe(d.source.path);
      for (const v of r) expect(v).not.toMatch(/^[=+\-@]/);
    });
    // A value with a quote, a comma and a line break survives: the injection notice's second task.
    expect(text).toContain('""放管服""');
  });

  it.skipIf(!existsSync('/usr/bin/soffice') && spawnSync('soffice', ['--version']).status !== 0)('opens in LibreOffice: every sheet with its rows; injected formulas stay text', () => {
    const lo = join(base, 'lo');
    const profile = `file://${join(base, 'lo-profile')}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', lo, out('ledger.xlsx')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const exported = readdirSync(lo);
    expect(exported.length).toBe(wb.worksheets.length);
    for (const ws of wb.worksheets.slice(1)) {
      const csv = readFileSync(join(lo, `ledger-${ws.name}.csv`), 'utf8');
      const rows = parseCsv(csv, { bom: true, relax_column_count: true }) as string[][];
      expect(rows.length).toBe(ws.actualRowCount);
      expect(rows[0]).toEqual(HEADER);
    }
    const inj = docs.find((d) => d.source.path.endsWith('injection.txt'))!;
    const summary = byHeader(rowsOf(wb.getWorksheet('汇总')!));
    const injCsv = readFileSync(join(lo, `ledger-${summary.find((s) => s['来源文件'] === inj.source.path)!['工作表']}.csv`), 'utf8');
    expect(injCsv).toContain(inj.tasks[0].text);
    expect(injCsv).toContain('=1+2');
    // The CSV as LibreOffice imports it: =1+2 must not become 3.
    const csvOut = join(base, 'lo-csv');
    const c = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=CSV:44,34,76,1',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', csvOut, out('ledger.csv')], { encoding: 'utf8', timeout: 60_000 });
    expect(c.status, c.stderr).toBe(0);
    const back = parseCsv(readFileSync(join(csvOut, 'ledger.csv'), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
    const injRows = back.filter((row) => row[9] === inj.source.path);
    expect(injRows.length).toBe(inj.tasks.length);
    expect(injRows[0][6]).toContain('=1+2');
    expect(injRows[0][6]).not.toMatch(/(^|、)3$/);
    expect(injRows[1][6]).toContain('HYPERLINK');
  }, 90_000);
});

describe('--one-sheet and --by-unit', () => {
  it('--one-sheet: every task on one sheet, numbered through', async () => {
    const r = await cli([dir, '--xlsx', out('one.xlsx'), '--one-sheet', '--jobs', '1']);
    expect(r.code).toBe(1);
    const wb = await workbook(out('one.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '任务']);
    const rows = byHeader(rowsOf(wb.getWorksheet('任务')!));
    expect(rows.length).toBe(docs.reduce((s, d) => s + d.tasks.length, 0));
    expect(rows.map((x) => x['序号'])).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it('--by-unit: a sheet per unit, its lead tasks then its co-operating ones; rows add up to every (task, unit) pair', async () => {
    const r = await cli([dir, '--xlsx', out('units.xlsx'), '--csv', out('units.csv'), '--by-unit', '--jobs', '1']);
    expect(r.code).toBe(1);
    const wb = await workbook(out('units.xlsx'));
    const summaryRows = rowsOf(wb.getWorksheet('汇总')!);
    const at = summaryRows.findIndex((x) => x[0] === '单位' && x[1] === '工作表');
    const units = summaryRows.slice(at + 1).filter((x) => x[0]).map((x) => ({ unit: x[0], sheet: x[1], leads: Number(x[2]), cos: Number(x[3]) }));
    const seen: string[] = [];
    let unassigned = 0;
    for (const u of units) {
      const rows = byHeader(rowsOf(wb.getWorksheet(unescape(u.sheet))!));
      if (u.unit === '(未明确单位的任务)') { unassigned = rows.length; continue; }
      expect(rows.length).toBe(u.leads + u.cos);
      const roles = rows.map((x) => x['分工']);
      expect(roles).toEqual([...Array(u.leads).fill('牵头'), ...Array(u.cos).fill('配合')]);
      for (const x of rows) {
        expect(unescape(x['单位'])).toBe(unescape(u.unit));
        const d = docs.find((dd) => dd.source.path === x['来源文件'])!;
        const t = d.tasks.find((tt) => `${tt.span.start.line}:${tt.span.start.column}` === x['位置'])!;
        const unit = unescape(x['单位']);
        expect(x['分工']).toBe(t.leadUnits.includes(unit) ? '牵头' : '配合');
        expect([...t.leadUnits, ...t.coUnits]).toContain(unit);
        seen.push(`${d.source.path}#${t.id}@${unit}`);
      }
    }
    expect(seen.sort()).toEqual(pairs(docs).sort());
    expect(unassigned).toBe(docs.reduce((s, d) => s + d.tasks.filter((t) => !t.leadUnits.length && !t.coUnits.length).length, 0));
    const csv = parseCsv(readFileSync(out('units.csv'), 'utf8'), { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(csv[0].slice(0, 2)).toEqual(['单位', '分工']);
    expect(csv.length - 1).toBe(pairs(docs).length + unassigned);
  });
});

describe('ledger options and failures', () => {
  const one = join(root, 'fixtures', 'haizhou-2022.txt');
  it('usage errors exit 2', async () => {
    expect((await cli([one, '--one-sheet'])).code).toBe(2);
    expect((await cli([one, '--by-unit'])).code).toBe(2);
    expect((await cli([one, '--xlsx', out('x.xlsx'), '--one-sheet', '--by-unit'])).code).toBe(2);
    expect((await cli([one, '--xlsx', out('x.xlsx'), '--out', out('json'), '--skip-existing'])).code).toBe(2);
    const self = await cli([one, '--csv', one]);
    expect(self.code).toBe(2);
    expect(self.err).toMatch(/is an input/);
  });

  it('a ledger that cannot be written: exit 1, the file named, no partial or temp file left', async () => {
    const target = join(base, 'taken');
    mkdirSync(target, { recursive: true });
    const r = await cli([one, '--xlsx', target, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`${target.replace(/[.]/g, '\\.')}: cannot write`));
    expect(readdirSync(base).filter((f) => f.includes('fenjie-tmp'))).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
  });

  it('one file with --xlsx and --jsonl: the JSONL line on stdout and the workbook', async () => {
    const r = await cli([one, '--jsonl', '--xlsx', out('single.xlsx'), '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    const wb = await workbook(out('single.xlsx'));
    expect(wb.worksheets[1].actualRowCount - 1).toBe(JSON.parse(r.out).tasks.length);
  });

  it('the spreadsheet library loads only for a ledger', () => {
    const probe = (args: string[]) => {
      const script = `
        import { createRequire } from 'node:module';
        const { main } = await import(${JSON.stringify(join(root, 'dist', 'cli', 'index.js'))});
        const sink = { write: () => true };
        const code = await main(['node', 'parse', ...${JSON.stringify(args)}], { out: sink, err: sink, env: {} });
        const req = createRequire(import.meta.url);
        console.log(JSON.stringify({ code, exceljs: Object.keys(req.cache).some((k) => /node_modules\\/exceljs\\//.test(k)) }));`;
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout.trim());
    };
    expect(probe([one])).toEqual({ code: 0, exceljs: false });
    expect(probe([one, '--xlsx', out('probe.xlsx'), '--jobs', '1'])).toEqual({ code: 0, exceljs: true });
  });
});

describe('sheet names', () => {
  it('at most 31 characters, no [ ] : * ? / \\, no edge apostrophes, unique without case, History reserved', () => {
    const names = new SheetNames(['汇总']);
    const taken = ['汇总', 'a/b:c*d?e[f]g\\h', "'quoted'", 'History', 'X'.repeat(40), 'x'.repeat(40), 'Dup', 'dup', '区'.repeat(31), '区'.repeat(32)]
      .map((n) => names.take(n));
    for (const n of taken) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set([...taken, '汇总'].map((n) => n.toLowerCase())).size).toBe(taken.length + 1);
    expect(taken[3].toLowerCase()).not.toBe('history');
  });
});
