// Adversarial inputs shared by test/adversarial.test.ts (must complete) and bench/run.mjs (must scale
// linearly: the bench times each at n and 4n characters and prints the ratio, ~4 when linear).
// Each generator returns text (or, for .docx, bytes) of about n characters; `path` decides the format
// sniffed from the name.
import { docxFromBody } from './zip.mjs';

const repeatTo = (unit, n) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
const lines = (n, make) => {
  const out = [];
  let size = 0;
  for (let i = 0; size < n; i++) { const l = make(i); out.push(l); size += l.length + 1; }
  return out.join('\n');
};
const FLAT_UNIT = '一、加快发展。 (一)推进建设,打造高地。(牵头单位:区发改局;责任单位:区财政局、区工信局) 1.加快建设项目,建成工业邻里中心。(牵头单位:区工信局;完成时限:2022年12月) ';

/** @type {Array<{ name: string, path: string, make: (n: number) => string, note?: string }>} */
export const ADVERSARIAL = [
  // From the issue: brackets, markers, unclosed blocks, separators, nesting, flat text.
  { name: 'one line of ((((', path: 'a.txt', make: (n) => '('.repeat(n) },
  { name: 'one line of full-width ((((', path: 'a.txt', make: (n) => '('.repeat(n) },
  { name: 'lines of 1.1.1.', path: 'a.txt', make: (n) => lines(n, () => '1.1.1.1.1.') },
  { name: 'one line of 1.1.1.', path: 'a.txt', make: (n) => repeatTo('1.', n) },
  { name: 'unclosed (牵头单位: repeated on one line', path: 'a.txt', make: (n) => `1.加快建设${repeatTo('(牵头单位:', n)}` },
  { name: 'unclosed (牵头单位: on every line', path: 'a.txt', make: (n) => lines(n, (i) => `${(i % 999) + 1}.加快建设项目(牵头单位:区发改局`) },
  { name: 'long line of 、、、', path: 'a.txt', make: (n) => `1.加快建设。(责任单位:${'、'.repeat(n)})` },
  { name: 'long list of units', path: 'a.txt', make: (n) => `1.加快建设。(责任单位:${repeatTo('区发改局、', n)})` },
  { name: '10k-deep nested brackets', path: 'a.txt', make: (n) => `1.任务${'('.repeat(n / 2)}${')'.repeat(n / 2)}` },
  { name: 'nested mixed brackets in a block', path: 'a.txt', make: (n) => `1.任务(牵头单位:${'(【〔['.repeat(n / 8)}${']〕】)'.repeat(n / 8)}` },
  { name: 'flat page on one line (spaces)', path: 'a.txt', make: (n) => repeatTo(FLAT_UNIT, n) },
  { name: 'flat page on one line (no spaces)', path: 'a.txt', make: (n) => repeatTo(FLAT_UNIT.replace(/ /g, ''), n) },
  // Found while hardening: each of these was super-linear or crashed at some point.
  { name: '等 repeated in a unit list', path: 'a.txt', make: (n) => `1.任务(责任单位:${'等'.repeat(n)})` },
  { name: '会同 repeated (prose)', path: 'a.txt', make: (n) => `1.任务(由${repeatTo('会同', n)})` },
  { name: 'X牵头 repeated (prose)', path: 'a.txt', make: (n) => `1.任务(${repeatTo('区发改局牵头', n)})` },
  { name: 'spaced key 牵 头 单 位 repeated', path: 'a.txt', make: (n) => `1.任务(${repeatTo('牵 头 单 位', n)}` },
  { name: 'key 牵头单位: repeated', path: 'a.txt', make: (n) => `1.任务(${repeatTo('牵头单位:', n)}` },
  { name: 'CJK words between spaces (many flat cuts)', path: 'a.txt', make: (n) => `1.任务 ${repeatTo('中 ', n)}` },
  { name: 'many tasks', path: 'a.txt', make: (n) => lines(n, (i) => `${(i % 999) + 1}.加快建设项目。(牵头单位:区发改局;责任单位:区财政局)`) },
  { name: 'many tasks under many headings', path: 'a.txt', make: (n) => lines(n, (i) => (i % 5 === 0 ? `${'一二三四五六七八九'[i % 9]}、重点工作${i}` : `${(i % 99) + 1}.加快建设项目。(牵头单位:区发改局)`)) },
  { name: 'one item with many assignment lines', path: 'a.txt', make: (n) => `1.任务\n${lines(n, () => '牵头单位:区发改局、')}` },
  { name: 'one item with many continuation lines', path: 'a.txt', make: (n) => `1.任务\n责任单位:\n${lines(n, () => '(区、')}` },
  { name: 'one item with many body lines', path: 'a.txt', make: (n) => `1.任务\n${lines(n, () => '加快建设项目,建成工业邻里中心。')}` },
  { name: 'alternating heading-like lines and items', path: 'a.txt', make: (n) => lines(n, (i) => (i % 2 ? '重点工作加快' : `${(i % 99) + 1}、加快推进`)) },
  { name: 'date lines', path: 'a.txt', make: (n) => lines(n, () => '2022年1月28日') },
  { name: 'metadata labels repeated', path: 'a.txt', make: (n) => repeatTo(' 标题 文号:', n) },
  { name: 'Han run before a 文号', path: 'a.txt', make: (n) => `${'海'.repeat(n)}〔2022〕1号` },
  { name: 'traditional text', path: 'a.txt', make: (n) => lines(n, (i) => `${(i % 99) + 1}.推進們個為這來國發會關於對與經過(牵頭單位:區發展和改革局)`) },
  { name: 'empty lines', path: 'a.txt', make: (n) => `1.任务\n${'\n'.repeat(n)}(牵头单位:区发改局)` },
  { name: 'CR-only line breaks', path: 'a.txt', make: (n) => lines(n, (i) => `${(i % 99) + 1}.加快建设(牵头单位:区发改局)`).replace(/\n/g, '\r') },
  { name: 'run of spaces inside an assignment block', path: 'a.txt', make: (n) => `1.任务(责任单位:区发改局${' '.repeat(n)}x)` },
  { name: 'run of 。 inside a line', path: 'a.txt', make: (n) => `1.任务${'。'.repeat(n)}x` },
  { name: 'run of tabs inside a line', path: 'a.txt', make: (n) => `1.任务${'\t'.repeat(n)}x(牵头单位:区发改局)` },
  { name: 'X等 repeated before 部门', path: 'a.txt', make: (n) => `1.任务(责任单位:${repeatTo('区发改局等', n)}部门)` },
  { name: 'text table with a huge unit list', path: 'a.txt', make: (n) => `序号 工作任务 牵头单位 责任单位\n1 加快建设 ${repeatTo('区发改局、', n)} 区财政局\n2 推进改造 区财政局 区发改局` },
  { name: 'ASCII with no line break', path: 'a.txt', make: (n) => 'x'.repeat(n) },
  { name: 'astral and combining characters', path: 'a.txt', make: (n) => `1.任务${repeatTo('𠀀😀e\u0301\u200d', n)}(牵头单位:区发改局)` },
  // HTML (sniffed by the .html name).
  { name: 'HTML: < repeated', path: 'a.html', make: (n) => `<html><body>${'<'.repeat(n)}` },
  { name: 'HTML: unclosed <script> repeated', path: 'a.html', make: (n) => `<html><body>${repeatTo('<script>', n)}` },
  { name: 'HTML: deeply nested <div>', path: 'a.html', make: (n) => `<html><body>${'<div>'.repeat(n / 10)}1.任务(牵头单位:区发改局)${'</div>'.repeat(n / 10)}</body></html>` },
  { name: 'HTML: many paragraphs', path: 'a.html', make: (n) => `<html><body>${repeatTo('<p>1.加快建设项目(牵头单位:区发改局)</p>', n)}</body></html>` },
  { name: 'HTML: one wide table', path: 'a.html', make: (n) => `<html><body><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>${repeatTo('<tr><td>1</td><td>加快建设</td><td>区发改局</td></tr>', n)}</table></body></html>` },
  { name: 'HTML: huge colspan/rowspan', path: 'a.html', make: (n) => `<html><body><table>${repeatTo('<tr><td colspan="100000" rowspan="100000">x</td></tr>', n)}</table></body></html>` },
  { name: 'HTML: table cell with a huge unit list', path: 'a.html', make: (n) => `<html><body><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>1</td><td>加快建设</td><td>${repeatTo('区发改局、', n)}</td></tr></table></body></html>` },
  { name: 'HTML: run of &nbsp; inside a paragraph', path: 'a.html', make: (n) => `<html><body><p>1.任务${'&nbsp;'.repeat(n / 6)}x(牵头单位:区发改局)</p></body></html>` },
  { name: 'HTML: unclosed comment and attributes', path: 'a.html', make: (n) => `<html><body><p a="${'"'.repeat(n / 2)}<!--${'-'.repeat(n / 2)}` },
  // .docx (a zip built here; the XML is about n characters before compression).
  { name: 'DOCX: many paragraphs', path: 'a.docx', make: (n) => docxFromBody(repeatTo('<w:p><w:r><w:t>1.加快建设项目(牵头单位:区发改局)</w:t></w:r></w:p>', n).replace(/<[^>]*$/, '')) },
  { name: 'DOCX: one huge run of text', path: 'a.docx', make: (n) => docxFromBody(`<w:p><w:r><w:t>${repeatTo('加快建设项目。', n)}</w:t></w:r></w:p>`) },
  { name: 'DOCX: deeply nested elements', path: 'a.docx', make: (n) => docxFromBody(`${'<w:sdt><w:sdtContent>'.repeat(n / 40)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(n / 40)}`) },
  { name: 'DOCX: unclosed <!-- repeated', path: 'a.docx', make: (n) => docxFromBody(repeatTo('<!--', n)) },
  { name: 'DOCX: unclosed <? repeated', path: 'a.docx', make: (n) => docxFromBody(repeatTo('<?', n)) },
  { name: 'DOCX: unclosed <![CDATA[ repeated', path: 'a.docx', make: (n) => docxFromBody(repeatTo('<![CDATA[', n)) },
  { name: 'DOCX: unclosed attribute quotes', path: 'a.docx', make: (n) => docxFromBody(repeatTo('<w:p w:x="', n)) },
  { name: 'DOCX: billion laughs', path: 'a.docx', make: () => docxFromBody('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', {}, { prolog: `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>` }) },
  { name: 'DOCX: huge merged table', path: 'a.docx', make: (n) => docxFromBody(`<w:tbl>${repeatTo('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="60000"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>', n).replace(/<[^>]*$/, '')}</w:tbl>`) },
];
