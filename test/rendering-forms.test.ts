// The same notice rendered another way must give the same tasks: each line a <p> of a GBK-encoded HTML
// page (with its <meta charset>), or a blank line after every line (double-spaced copies).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode/index.js';
import { extractHtml } from '../src/extract/html.js';
import { undoubleSpace } from '../src/normalize/spacing.js';
import { parseBytes } from '../src/pipeline.js';
import type { Notice } from '../src/schema.js';

const real = join(import.meta.dirname, '..', 'fixtures', 'real');
const files = readdirSync(real).filter((f) => f.endsWith('.txt')).sort();
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const htmlGbk = (t: string) => iconv.encode('<html><head><meta charset="gbk"><title>x</title></head><body><div class="content">'
  + `${t.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n')}</div></body></html>`, 'gbk');
const doubleSpaced = (t: string) => Buffer.from(t.split('\n').join('\n\n'));

// what a reader gets from a notice: its metadata and every task's fields, not where they stand in the file
const facts = (n: Notice) => JSON.stringify({
  d: [n.document.title, n.document.docNumber, n.document.issuer, n.document.date, n.document.year],
  t: n.tasks.map((t) => [t.number, t.sections, t.title, t.text, t.leaders, t.leadUnits, t.coUnits, t.deadline, t.due]),
});

async function differing(render: (t: string) => Buffer, ext: string): Promise<string[]> {
  const differ: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(real, f), 'utf8');
    const plain = facts(await parseBytes(Buffer.from(text), f));
    const other = facts(await parseBytes(render(text), f.replace(/\.txt$/, ext)));
    if (plain !== other) differ.push(f);
  }
  return differ;
}

const lines = (...t: string[]) => t.map((text, i) => ({ kind: 'line' as const, text, pos: { line: i + 1, column: 1 } }));
const texts = (b: ReturnType<typeof lines>) => b.map((l) => l.text);

describe('the mechanisms', () => {
  it('double-spaced text loses its doubling: runs of 1 blank go, runs of 3 become 1', () => {
    expect(texts(undoubleSpace(lines('一、甲', '', '1.乙', '', '', '', '二、丙', '', '2.丁')) as ReturnType<typeof lines>))
      .toEqual(['一、甲', '1.乙', '', '二、丙', '2.丁']);
  });
  it('text of its own with one- and two-line gaps, or lines side by side, is left as it is', () => {
    const own = lines('一、甲', '', '1.乙', '', '', '二、丙', '', '2.丁');
    expect(undoubleSpace(own)).toBe(own);
    const dense = lines('一、甲', '1.乙', '', '二、丙', '', '2.丁');
    expect(undoubleSpace(dense)).toBe(dense);
  });
  it('a page declared GBK holds with traditional text and pinyin (few "common" GB2312 rows)', () => {
    const body = '國務院關於進一步做好穩就業工作的意見(yì jiàn),各縣(xiàn)區(qū)政府:為貫徹落實黨中央、國務院關於穩就業的決策部署(bù shǔ),現(xiàn)提出如下意見。'.repeat(4);
    const page = `<html><head><meta charset="gbk"></head><body><p>${body}</p></body></html>`;
    expect(decode(iconv.encode(page, 'gbk'), 'a.html')).toMatchObject({ encoding: 'gb18030', text: page });
  });
  it('one long paragraph beside short ones: the body is their container, not that paragraph', () => {
    const long = '1.加快建设联东U谷项目,推进产业园区提质增效。'.repeat(20);
    const doc = extractHtml(`<html><body><div><p>通知标题</p><p>${long}</p></div></body></html>`);
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : '')).filter(Boolean)[0]).toBe('通知标题');
  });
});

describe('rendering forms', () => {
  it(`each of the ${files.length} real notices gives the same tasks as a GBK HTML page, a line a paragraph`, async () => {
    expect(await differing(htmlGbk, '.html')).toEqual([]);
  });
  it(`each of the ${files.length} real notices gives the same tasks double-spaced`, async () => {
    expect(await differing(doubleSpaced, '.txt')).toEqual([]);
  });
});
