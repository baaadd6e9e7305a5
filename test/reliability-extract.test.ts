// Issue 9, extraction: a cut-off .docx part is an error (never a partial read), an oversized colspan
// is cut back to the table's real width, characters XML forbids never reach the output.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { expandGrid } from '../src/extract/table-grid.js';
import { parseBytes } from '../src/pipeline.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
async function docx(xml: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const items = (n: number) => Array.from({ length: n }, (_, i) => p(`${i + 1}.推进第${i + 1}项工作(牵头单位:区发改局)`)).join('');

describe('item 4: a .docx whose document.xml is cut off', () => {
  it('is an input error naming the part, not a partial read', async () => {
    const whole = documentXml(items(40));
    const cut = whole.slice(0, Math.floor(whole.length * 0.4));
    await expect(parseBytes(await docx(whole), 'x.docx')).resolves.toMatchObject({ tasks: { length: 40 } });
    const err = await parseBytes(await docx(cut), 'x.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/word\/document\.xml is cut off/);
  });
});

describe('item 5: colspan beyond the table', () => {
  const cell = (text: string, colspan = 1) => ({ text, pos: { line: 1, column: 1 }, rowspan: 1, colspan });
  it('a colspan=1000 body cell keeps the cells after it in their columns', () => {
    const grid = expandGrid([
      [cell('序号'), cell('工作任务'), cell('牵头领导'), cell('牵头单位')],
      [cell('1'), cell('推进甲'), cell('张三'), cell('区发改局')],
      [cell('2'), cell('推进乙', 1000), cell('李四'), cell('区财政局')],
    ], { line: 1, column: 1 });
    expect(grid.map((r) => r.length)).toEqual([4, 4, 4]);
    expect(grid[2].map((c) => c.text)).toEqual(['2', '推进乙', '李四', '区财政局']);
  });

  it('spans that fit are kept as written', () => {
    const grid = expandGrid([[cell('标题', 4)], [cell('a', 2), cell('b'), cell('c')], [cell('d'), cell('e'), cell('f'), cell('g')]], { line: 1, column: 1 });
    expect(grid.map((r) => r.map((c) => c.text).join(''))).toEqual(['标题标题标题标题', 'aabc', 'defg']);
  });

  it('HTML: the task under the wide cell keeps its leader and unit', async () => {
    const html = `<html><body><div id="zoom"><table border="1">
      <tr><td>序号</td><td>工作任务</td><td>牵头领导</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>推进甲项目建设</td><td>张三</td><td>区发改局</td></tr>
      <tr><td>2</td><td colspan="1000">推进乙项目建设</td><td>李四</td><td>区财政局</td></tr>
      <tr><td>3</td><td>推进丙项目建设</td><td>王五</td><td>区住建局</td></tr></table></div></body></html>`;
    const n = await parseBytes(Buffer.from(html), 'x.html');
    expect(n.tasks.map((t) => [t.text, t.leaders, t.leadUnits])).toEqual([
      ['推进甲项目建设', ['张三'], ['区发改局']], ['推进乙项目建设', ['李四'], ['区财政局']], ['推进丙项目建设', ['王五'], ['区住建局']],
    ]);
  });
});

describe('item 22: characters XML forbids', () => {
  it('&#xD800; &#1; &#xFFFE; and raw controls never reach the JSON', async () => {
    const xml = documentXml(p('1.推进&#xD800;甲&#1;工作&#xFFFE;(牵头单位:区\u0001发改局&#55296;)') + p('2.推进乙工作(牵头单位:区财政局)'));
    const n = await parseBytes(await docx(xml), 'x.docx');
    const json = JSON.stringify(n);
    expect(json).not.toMatch(/\\u(d[89a-f][0-9a-f]{2}|000[0-8]|001[0-9a-f]|fffe)/i);
    expect(json).not.toMatch(/[\u0000-\u0008\ufffe]/);
    expect(n.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['推进甲工作', ['区发改局']], ['推进乙工作', ['区财政局']]]);
  });
});

describe('item 4: a ZIP entry shorter than its directory says', () => {
  it('is an input error, not a partial read', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', documentXml(items(5)));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    let central = bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    const nameAt = (at: number) => bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).toString();
    while (nameAt(central) !== 'word/document.xml') central += 46 + bytes.readUInt16LE(central + 28) + bytes.readUInt16LE(central + 30) + bytes.readUInt16LE(central + 32);
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 24) + 100, central + 24); // declared size, 100 bytes more
    const err = await parseBytes(bytes, 'x.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/word\/document\.xml is cut off/);
  });
});
