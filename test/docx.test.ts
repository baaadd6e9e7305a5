// .docx: paragraphs with Word auto-numbering recovered, tables with w:vMerge / w:gridSpan expanded,
// tracked changes and hidden text, and refusals (.doc, zip bombs, archives that are not Word files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import {
  AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { extractDocx } from '../src/extract/docx.js';
import { chineseCount, formatNumber } from '../src/extract/docx-numbering.js';
import { MAX_UNZIPPED } from '../src/extract/zip.js';
import type { Block, TableBlock, TextLine } from '../src/model.js';
import { parseBytes } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..');
const lines = (blocks: Block[]) => blocks.filter((b): b is TextLine => b.kind === 'line').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A .docx from hand-written parts (body XML inside w:body; numbering / styles XML as given). */
async function docxOf(body: string, parts: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl: number) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/>${extra}</w:lvl>`;
const NUMBERING = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '(%2)')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '(%4)')}${lvl(4, 'decimalEnclosedCircle', '%5')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="7"/></w:lvlOverride></w:num></w:numbering>`;

describe('Word auto-numbering', () => {
  it('formats counters as Word prints them', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 115, 120].map((n) => chineseCount(n)))
      .toEqual(['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一百一十五', '一百二十']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(3, 'decimalEnclosedParen')).toBe('(3)');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(28, 'lowerLetter')).toBe('ab');
    expect(formatNumber(14, 'upperRoman')).toBe('XIV');
    expect(formatNumber(3, 'ideographTraditional')).toBe('丙');
  });
  it('recovers 一、 (一) 1. (1) ① labels; deeper levels restart under a new parent', async () => {
    const body = [p('总体要求', numPr(1, 0)), p('加强领导', numPr(1, 1)), p('第一项', numPr(1, 2)), p('第二项', numPr(1, 2)),
      p('细目', numPr(1, 3)), p('圈一', numPr(1, 4)), p('实干担当', numPr(1, 1)), p('第三项', numPr(1, 2)), p('重点任务', numPr(1, 0)),
      p('不编号', numPr(0, 0)), p('又一项', numPr(1, 2))].join('');
    const doc = await extractDocx(await docxOf(body, { 'word/numbering.xml': NUMBERING }));
    expect(lines(doc.blocks)).toEqual(['一、总体要求', '(一)加强领导', '1.第一项', '2.第二项', '(1)细目', '①圈一', '(二)实干担当', '1.第三项',
      '二、重点任务', '不编号', '1.又一项']);
  });
  it('a list instance with a start override counts on its own; numbering through paragraph styles', async () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr>${numPr(1, 0)}</w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Task"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = [p('总体要求', '<w:pStyle w:val="Heading1"/>'), p('第一项', '<w:pStyle w:val="Task"/>'), p('续编', numPr(2, 2)),
      p('再续', numPr(2, 2)), p('回到原表', '<w:pStyle w:val="Task"/>')].join('');
    const doc = await extractDocx(await docxOf(body, { 'word/numbering.xml': NUMBERING, 'word/styles.xml': styles }));
    expect(lines(doc.blocks)).toEqual(['一、总体要求', '1.第一项', '7.续编', '8.再续', '2.回到原表']);
  });
  it('a document made with the docx package: labels back, positions are paragraph numbers', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'n', levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.START },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', start: 1, suffix: LevelSuffix.SPACE, alignment: AlignmentType.START },
      ] }] },
      sections: [{ children: [
        new Paragraph({ children: [new TextRun('关于印发2022年重点任务分解的通知')] }),
        new Paragraph({ numbering: { reference: 'n', level: 0 }, children: [new TextRun('加快转型升级')] }),
        new Paragraph({ numbering: { reference: 'n', level: 1 }, children: [new TextRun('加快建设联东U谷项目。'), new TextRun({ text: '(牵头单位:区工信局)', bold: true })] }),
        new Paragraph({ numbering: { reference: 'n', level: 1 }, children: [new TextRun('推进数字经济发展。(牵头单位:区发改局、区财政局)')] }),
      ] }],
    });
    const bytes = await Packer.toBuffer(doc);
    const model = await extractDocx(bytes);
    expect(model.blocks.map((b) => b.kind === 'line' && [b.text, b.pos.line])).toEqual([
      ['关于印发2022年重点任务分解的通知', 1], ['一、加快转型升级', 2], ['1. 加快建设联东U谷项目。(牵头单位:区工信局)', 3],
      ['2. 推进数字经济发展。(牵头单位:区发改局、区财政局)', 4]]);
    const notice = await parseBytes(bytes, 'x.docx');
    expect(notice.source.format).toBe('docx');
    expect(notice.tasks.map((t) => [t.number, t.sections.map((s) => s.title), t.leadUnits])).toEqual([
      ['1', ['加快转型升级'], ['区工信局']], ['2', ['加快转型升级'], ['区发改局', '区财政局']]]);
  });
  it('every published fixture .docx gives back the .txt lines, markers included', () => {
    const dir = join(root, 'fixtures', 'published');
    const names = readdirSync(dir).filter((f) => /^[^.]+\.docx$/.test(f));
    expect(names.length).toBeGreaterThanOrEqual(20);
    return Promise.all(names.map(async (f) => {
      const model = await extractDocx(readFileSync(join(dir, f)));
      const txt = readFileSync(join(root, 'fixtures', f.replace('.docx', '.txt')), 'utf8').split(/\r?\n/);
      const squash = (l: string) => l.replace(/\s+/g, '');
      expect(lines(model.blocks).map(squash), f).toEqual(txt.map(squash));
    }));
  });
});

describe('runs and paragraphs', () => {
  it('tracked deletions, hidden text and field codes are no text; insertions, links, tabs and breaks are', async () => {
    const body = `<w:p><w:r><w:t>加快</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>建设</w:t></w:r></w:ins>
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink><w:r><w:t>联东U谷</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:r><w:tab/><w:t>项目</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/></w:r></w:p>
      <w:sdt><w:sdtContent>${p('控件里的段落')}</w:sdtContent></w:sdt><w:p/>${p('&lt;三&gt;&amp;')}`;
    expect(lines((await extractDocx(await docxOf(body))).blocks)).toEqual(['加快建设联东U谷\t项目', '第二行', '控件里的段落', '', '<三>&']);
  });
});

describe('tables', () => {
  it('w:vMerge and w:gridSpan expand; a merged cell keeps its text and position; cells keep line breaks', async () => {
    const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${text.split('\n').map((t) => p(t)).join('')}</w:tc>`;
    const body = `<w:tbl><w:tr>${tc('序号')}${tc('工作任务')}${tc('牵头领导')}${tc('牵头单位')}</w:tr>
      <w:tr>${tc('一、民生实事', '<w:gridSpan w:val="4"/>')}</w:tr>
      <w:tr>${tc('1')}${tc('建设学校')}${tc('刘虹', '<w:vMerge w:val="restart"/>')}${tc('区教育局\n区住建局', '<w:vMerge w:val="restart"/>')}</w:tr>
      <w:tr>${tc('2')}${tc('新建医院')}${tc('', '<w:vMerge/>')}${tc('', '<w:vMerge/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('改造道路')}${tc('王丹')}${tc('', '<w:vMerge/>')}</w:tr></w:tbl>`;
    const t = tables((await extractDocx(await docxOf(body))).blocks)[0];
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '工作任务', '牵头领导', '牵头单位'],
      ['一、民生实事', '一、民生实事', '一、民生实事', '一、民生实事'],
      ['1', '建设学校', '刘虹', '区教育局\n区住建局'],
      ['2', '新建医院', '刘虹', '区教育局\n区住建局'],
      ['', '改造道路', '王丹', '区教育局\n区住建局'],
    ]);
    expect(t.rows[3][2].pos).toEqual(t.rows[2][2].pos);
    expect(t.rows[4][3].pos).toEqual(t.rows[2][3].pos);
  });
  it('a one-row or one-column table frames text: its paragraphs are lines', async () => {
    const body = `<w:tbl><w:tr><w:tc>${p('某某市人民政府文件')}</w:tc></w:tr></w:tbl><w:tbl><w:tr><w:tc>${p('一、总体要求')}${p('1.加快建设。(牵头单位:区工信局)')}</w:tc></w:tr>
      <w:tr><w:tc>${p('2.推进发展。(牵头单位:区发改局)')}</w:tc></w:tr></w:tbl>`;
    const doc = await extractDocx(await docxOf(body));
    expect(tables(doc.blocks)).toHaveLength(0);
    expect(lines(doc.blocks)).toEqual(['某某市人民政府文件', '一、总体要求', '1.加快建设。(牵头单位:区工信局)', '2.推进发展。(牵头单位:区发改局)']);
  });
  it('auto-numbered 序号 cells and merged units in a docx made with the docx package', async () => {
    const cell = (text: string, extra: Record<string, unknown> = {}) => new TableCell({ ...extra, children: [new Paragraph({ children: [new TextRun(text)] })] });
    const num = () => new TableCell({ children: [new Paragraph({ numbering: { reference: 'rows', level: 0 }, children: [] })] });
    const doc = new Document({
      numbering: { config: [{ reference: 'rows', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.START }] }] },
      sections: [{ children: [new Paragraph({ children: [new TextRun('2022年重点任务分解表')] }), new Table({ rows: [
        new TableRow({ children: [cell('序号'), cell('工作任务'), cell('牵头领导'), cell('牵头单位'), cell('完成时限')] }),
        new TableRow({ children: [num(), cell('建设学校'), cell('刘虹', { rowSpan: 2 }), cell('区教育局', { rowSpan: 2 }), cell('12月底前')] }),
        new TableRow({ children: [num(), cell('新建医院'), cell('6月底前')] }),
      ] })] }],
    });
    const notice = await parseBytes(await Packer.toBuffer(doc), 'x.docx');
    expect(notice.tasks.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.deadline])).toEqual([
      ['1', '建设学校', ['刘虹'], ['区教育局'], '12月底前'], ['2', '新建医院', ['刘虹'], ['区教育局'], '6月底前']]);
  });
});

/** A ZIP written by hand: entries as given, sizes as declared (to lie about them). */
function zipOf(entries: Array<{ name: string; data: Buffer; method: 0 | 8; size: number }>): Buffer {
  const locals: Buffer[] = [], centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18); local.writeUInt32LE(e.size, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.data.length, 20); central.writeUInt32LE(e.size, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
const docXml = Buffer.from(`<w:document ${W}><w:body>${p('一、总体要求')}</w:body></w:document>`);

describe('refusals', () => {
  it('the hand-written zip reader reads a stored and a deflated document', async () => {
    for (const method of [0, 8] as const) {
      const data = method ? deflateRawSync(docXml) : docXml;
      const doc = await extractDocx(zipOf([{ name: 'word/document.xml', data, method, size: docXml.length }]));
      expect(lines(doc.blocks)).toEqual(['一、总体要求']);
    }
  });
  it('a zip bomb that declares its size is refused before anything is inflated', async () => {
    const bomb = zipOf([{ name: 'word/document.xml', data: deflateRawSync(docXml), method: 8, size: docXml.length },
      { name: 'word/media/huge.bin', data: Buffer.alloc(10), method: 8, size: 0xfff00000 }]);
    await expect(extractDocx(bomb)).rejects.toThrow(/unpacks to more than 100 MB.*refused/);
  });
  it('a zip bomb that lies about its size stops at the cap while inflating', async () => {
    const huge = deflateRawSync(Buffer.alloc(MAX_UNZIPPED + 1024 * 1024, 0x20));
    const bomb = zipOf([{ name: 'word/document.xml', data: huge, method: 8, size: 1000 }]);
    const t = Date.now();
    await expect(extractDocx(bomb)).rejects.toThrow(InputError);
    await expect(extractDocx(bomb)).rejects.toThrow(/more than 100 MB/);
    expect(Date.now() - t).toBeLessThan(10_000);
  }, 30_000);
  it('an OLE file that is no Word or Excel document is refused', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(parseBytes(ole, 'old.doc')).rejects.toThrow(/neither a Word .* nor an Excel/);
  });
  it('a zip that is no Word document, or a broken one, is an InputError', async () => {
    const xlsx = zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0, size: 11 }]);
    await expect(parseBytes(xlsx, 'a.xlsx')).rejects.toThrow(/spreadsheet/);
    await expect(parseBytes(Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]), 'a.docx')).rejects.toThrow(/broken ZIP archive/);
    const dtd = zipOf([{ name: 'word/document.xml', data: Buffer.from('<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>'), method: 0, size: 46 }]);
    await expect(parseBytes(dtd, 'a.docx')).rejects.toThrow(/DTD/);
  });
  it('XML nested too deep is refused', async () => {
    const deep = Buffer.from(`<w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(1200)}${'</w:sdtContent></w:sdt>'.repeat(1200)}</w:body></w:document>`);
    await expect(extractDocx(zipOf([{ name: 'word/document.xml', data: deep, method: 0, size: deep.length }]))).rejects.toThrow(/more than 1000 deep/);
  });
});
