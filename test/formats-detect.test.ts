// Formats are told by their bytes: a .doc/.wps that is really HTML, text or RTF is read as what it is, a
// .docx that is not a ZIP is an input error; scans, broken files and oversized sheets are input errors
// with a message that says what to do; hidden sheets and rows are skipped and reported.
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decode } from '../src/decode/index.js';
import { extract } from '../src/extract/index.js';
import { deltas } from '../src/extract/ofd.js';
import { checkUnpacked } from '../src/extract/pdf.js';
import { deflateSync } from 'node:zlib';
import { parseFile } from '../src/read.js';
import type { Notice } from '../src/schema.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const NAME = 'guoban-2016';
const tasks = (n: Notice) => n.tasks.map((t) => [t.number, t.text, t.leadUnits, t.coUnits, t.deadline]);
const put = (name: string, bytes: Buffer | string) => { const p = join(tmp, name); writeFileSync(p, bytes); return p; };
const fails = async (p: string, message: RegExp) => {
  const e = await parseFile(p).then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  expect((e as Error).message).toMatch(message);
  expect((e as InputError).file).toBe(p);
};

/** The .txt as RTF the way Word writes Chinese: GBK bytes as \'hh, or \uN characters. */
function rtf(text: string, unicode: boolean): Buffer {
  const body = text.split('\n').map((line) => [...line].map((ch) => {
    if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
    if (ch.charCodeAt(0) < 0x80) return ch;
    if (unicode) return `\\u${ch.charCodeAt(0) > 0x7fff ? ch.charCodeAt(0) - 0x10000 : ch.charCodeAt(0)}?`;
    return [...iconv.encode(ch, 'gbk')].map((b) => `\\'${b.toString(16)}`).join('');
  }).join('')).join('\\par\n');
  return Buffer.from(`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\*\\generator test;}\\uc1\\pard ${body}\\par}`, 'latin1');
}

describe('a file is read as what its bytes are', () => {
  let txt: Notice;
  const base = async () => (txt ??= await parseFile(join(fixtures, `${NAME}.txt`)));

  it('a .doc that is a saved web page is read as HTML, with the same tasks', async () => {
    const p = join(tmp, `${NAME}.doc`);
    copyFileSync(join(fixtures, 'published', `${NAME}.gbk.html`), p);
    const n = await parseFile(p);
    expect(n.source.format).toBe('html');
    expect(tasks(n)).toEqual(tasks(await base()));
  });

  it('a .wps that is plain text is read as text', async () => {
    const p = join(tmp, `${NAME}.wps`);
    copyFileSync(join(fixtures, `${NAME}.txt`), p);
    const n = await parseFile(p);
    expect(n.source.format).toBe('text');
    expect(tasks(n)).toEqual(tasks(await base()));
  });

  it.each([['GBK bytes', false], ['\\uN characters', true]] as const)('a .doc that is RTF (%s) gives the text form\'s tasks', async (_, unicode) => {
    const n = await parseFile(put(`${NAME}-${unicode}.doc`, rtf(readFileSync(join(fixtures, `${NAME}.txt`), 'utf8'), unicode)));
    expect(n.source.format).toBe('rtf');
    expect(tasks(n).length).toBeGreaterThan(0);
    expect(tasks(n)).toEqual(tasks(await base()));
  });

  it('RTF tables (\\cell, \\row) become tables, cells merged down (\\clvmgf, \\clvmrg) expanded', async () => {
    const cell = (s: string) => [...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : `\\u${ch.charCodeAt(0)}?`)).join('');
    const row = (cells: string[], merge: string[] = ['', '', '']) => `\\trowd ${merge.map((m, i) => `${m}\\cellx${(i + 1) * 2000}`).join('')}`
      + ` ${cells.map((c) => `\\intbl ${cell(c)}\\cell`).join(' ')}\\row\n`;
    const src = `{\\rtf1\\ansi\\ansicpg936 ${row(['序号', '工作任务', '牵头单位'])}${row(['1', '建设农贸市场', '县商务局'], ['', '', '\\clvmgf'])}`
      + `${row(['2', '新建人行天桥', ''], ['', '', '\\clvmrg'])}${row(['3', '改造老旧小区', ''])}}`;
    const doc = await extract(decode(Buffer.from(src, 'latin1'), 'x.rtf'));
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : null).toEqual([['序号', '工作任务', '牵头单位'],
      ['1', '建设农贸市场', '县商务局'], ['2', '新建人行天桥', '县商务局'], ['3', '改造老旧小区', '']]);
  });

  it('a .docx, .xlsx or .ofd that is not a ZIP archive is an input error, not text', async () => {
    for (const ext of ['docx', 'xlsx', 'ofd']) await fails(put(`notice.${ext}`, readFileSync(join(fixtures, `${NAME}.txt`))), /not a ZIP/);
  });

  it('an OLE file that is neither Word nor Excel is an input error', async () => {
    const ole = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await fails(put('other.doc', ole), /neither a Word .* nor an Excel/);
  });
});

/** A one-page PDF with the given content stream (and an image resource). */
function pdf(content: string): Buffer {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PDF input errors', () => {
  it('a scan (pages that are images, no text layer) names OCR as the remedy', async () => {
    await fails(put('scan.pdf', pdf('q 500 0 0 700 40 70 cm /Im1 Do Q')), /no text layer.*OCR/);
  }, 20_000);

  it('a text layer in fonts without a Unicode mapping (private-use characters) names OCR', async () => {
    // a Type 0 font over Identity-H without ToUnicode: pdfjs maps the codes to private-use characters
    const garbage = `BT /F1 12 Tf 72 700 Td <${'e001e002e003e004'.repeat(12)}> Tj ET`;
    const file = pdf(garbage).toString('latin1').replace('/Resources << /XObject << /Im1 5 0 R >> >>',
      '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [1 /uniE001 /uniE002 /uniE003 /uniE004] >> >> >> >>');
    const hex = `<${'01020304'.repeat(12)}>`;
    await fails(put('unmapped.pdf', Buffer.from(file.replace(/<(e001e002e003e004)+>/, hex).replace(/\/Length \d+ >>\nstream\nBT[\s\S]*?ET/, (m) => {
      const body = m.slice(m.indexOf('BT'));
      return `/Length ${body.length} >>\nstream\n${body}`;
    }), 'latin1')), /does not map to Unicode.*OCR/);
  }, 20_000);

  it('a PDF with nothing on its pages says it has no text', async () => {
    await fails(put('blank.pdf', pdf('')), /no text/);
  });

  it('Flate streams are inflated against a cap before pdfjs sees them (decompression bombs stop there)', () => {
    const bomb = deflateSync(Buffer.alloc(4 * 1024 * 1024));
    const file = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length ' + bomb.length + ' /Filter /FlateDecode >>\nstream\n', 'latin1'), bomb,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]);
    expect(() => checkUnpacked(file, 1024 * 1024)).toThrow(/unpack to more than 1 MB/);
    expect(() => checkUnpacked(file, 8 * 1024 * 1024)).not.toThrow();
    expect(() => checkUnpacked(readFileSync(join(fixtures, 'converted', `${NAME}.pdf`)))).not.toThrow();
  });

  it('a broken PDF is an input error, not a stack trace', async () => {
    await fails(put('broken.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF')), /PDF/);
  });
});

describe('spreadsheets', () => {
  const XLSX = createRequire(import.meta.url)('@e965/xlsx');
  const book = (sheets: Array<{ name: string; rows: string[][]; hidden?: boolean; hideRow?: number; ref?: string }>) => {
    const wb = XLSX.utils.book_new();
    for (const s of sheets) {
      const ws = XLSX.utils.aoa_to_sheet(s.rows);
      if (s.hideRow !== undefined) ws['!rows'] = s.rows.map((_, i) => (i === s.hideRow ? { hidden: true } : {}));
      if (s.ref) ws['!ref'] = s.ref;
      XLSX.utils.book_append_sheet(wb, ws, s.name);
    }
    wb.Workbook = { Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })) };
    return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  };
  const header = ['序号', '工作任务', '牵头单位', '完成时限'];

  it('hidden sheets and rows are skipped and reported; sheets with their own names title their parts', async () => {
    const p = put('book.xlsx', book([
      { name: '重点工作', rows: [header, ['1', '建成农贸市场', '县商务局', '12月底前'], ['2', '隐藏的任务', '县财政局', '6月底前'], ['3', '新建人行天桥', '县住建局', '9月底前']], hideRow: 2 },
      { name: '民生实事', rows: [header, ['1', '改造老旧小区', '县住建局', '年底前']] },
      { name: '草稿', rows: [header, ['1', '不应读到', '县民政局', '年底前']], hidden: true },
    ]));
    const n = await parseFile(p);
    expect(n.source.format).toBe('xlsx');
    expect(n.tasks.map((t) => t.text)).toEqual(['建成农贸市场', '新建人行天桥', '改造老旧小区']);
    expect(n.tasks.map((t) => t.leadUnits)).toEqual([['县商务局'], ['县住建局'], ['县住建局']]);
    const rules = n.report.messages.map((m) => m.rule);
    expect(rules).toEqual(expect.arrayContaining(['hidden-sheet', 'hidden-cells']));
    expect(n.report.messages.find((m) => m.rule === 'hidden-sheet')?.message).toContain('草稿');
  });

  it('a sheet larger than the cell limit is an input error', async () => {
    await fails(put('huge.xlsx', book([{ name: 'Sheet1', rows: [header], ref: 'A1:Z50000' }])), /spreadsheet too large/);
  });
});

it('OFD DeltaX: "g N d" repeats d N times', () => {
  expect(deltas('g 3 4.2 2.1 g 2 1')).toEqual([4.2, 4.2, 4.2, 2.1, 1, 1]);
  expect(deltas(undefined)).toEqual([]);
});

describe('OFD', () => {
  /** An OFD package with one page of the given objects (namespace prefix as given, or none). */
  async function ofd(objects: string, prefix = 'ofd:'): Promise<Buffer> {
    const JSZip = (await import('jszip')).default;
    const p = prefix, ns = `xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://www.ofdspec.org/2016"`;
    const zip = new JSZip();
    zip.file('OFD.xml', `<${p}OFD ${ns} Version="1.0"><${p}DocBody><${p}DocRoot>Doc_0/Document.xml</${p}DocRoot></${p}DocBody></${p}OFD>`);
    zip.file('Doc_0/Document.xml', `<${p}Document ${ns}><${p}CommonData><${p}PageArea><${p}PhysicalBox>0 0 210 297</${p}PhysicalBox></${p}PageArea></${p}CommonData>`
      + `<${p}Pages><${p}Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></${p}Pages></${p}Document>`);
    zip.file('Doc_0/Pages/Page_0/Content.xml', `<${p}Page ${ns}><${p}Content><${p}Layer ID="2"><${p}PageBlock ID="3">${objects.replace(/ofd:/g, p)}</${p}PageBlock></${p}Layer></${p}Content></${p}Page>`);
    return zip.generateAsync({ type: 'nodebuffer' });
  }
  const text = (s: string, x: number, y: number) =>
    `<ofd:TextObject ID="9" Boundary="${x} ${y} 150 6" Font="1" Size="4"><ofd:TextCode X="0" Y="4" DeltaX="g ${[...s].length - 1} 4">${s}</ofd:TextCode></ofd:TextObject>`;
  const rule = (x1: number, y1: number, x2: number, y2: number) =>
    `<ofd:PathObject ID="8" Boundary="${x1} ${y1} ${x2 - x1 + 1} ${y2 - y1 + 1}" Stroke="true"><ofd:AbbreviatedData>M 0 0 L ${x2 - x1} ${y2 - y1}</ofd:AbbreviatedData></ofd:PathObject>`;

  it.each([['ofd:'], ['']])('text objects and path rulings become lines and a table (prefix "%s")', async (prefix) => {
    const xs = [20, 40, 120, 180], ys = [50, 60, 70];
    const objects = text('重点任务分解表', 20, 35)
      + ys.map((y) => rule(xs[0], y, xs[3], y)).join('') + xs.map((x) => rule(x, ys[0], x, ys[2])).join('')
      + text('序号', 22, 52) + text('工作任务', 42, 52) + text('牵头单位', 122, 52)
      + text('1', 22, 62) + text('建成农贸市场', 42, 62) + text('县商务局', 122, 62);
    const doc = await extract(decode(await ofd(objects, prefix), 'a.ofd'));
    expect(doc.format).toBe('ofd');
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.map((c) => c.text)))))
      .toEqual(['重点任务分解表', [['序号', '工作任务', '牵头单位'], ['1', '建成农贸市场', '县商务局']]]);
    expect(doc.blocks[0].pos).toEqual({ line: 1, column: 1 });
  });

  it('an OFD whose pages hold no text is an input error naming OCR', async () => {
    await fails(put('scan.ofd', await ofd('<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="7"/>')), /no text.*OCR/);
  });
});

it('.doc list numbering: labels by level, counting on, deeper levels restarting, formats as Word names them', async () => {
  const { DocNumbering } = await import('../src/extract/doc-lists.js');
  const lists = { lfo: [7], lists: new Map([[7, { levels: [
    { start: 1, fmt: 'chineseCounting', text: '\u0000、', follow: 2 },
    { start: 1, fmt: 'chineseCounting', text: '(\u0001)', follow: 2 },
    { start: 1, fmt: 'decimal', text: '\u0002.', follow: 0 },
  ] }]]) };
  const n = new DocNumbering(lists);
  expect([[1, 0], [1, 1], [1, 2], [1, 2], [1, 1], [1, 2], [1, 0], [1, 1], [2, 0]].map(([f, l]) => n.label(f, l)))
    .toEqual(['一、', '(一)', '1. ', '2. ', '(二)', '1. ', '二、', '(一)', null]);
});
