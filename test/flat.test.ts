// A page scraped flat (every line of the notice joined by spaces) parses like the notice itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/index.js';
import { parseBytes } from '../src/pipeline.js';

const fixtures = ['haizhou-2022', 'haicheng-2023', 'caidian-2023', 'guangdong-2021', 'xialu-2020', 'lishan-2023', 'tongxiang-2020', 'gangcheng-2021-yingshang'];

describe('flat pages', () => {
  for (const name of fixtures) {
    it(`${name}: same tasks and metadata when scraped onto one line`, async () => {
      const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', `${name}.txt`), 'utf8');
      const flat = text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
      const a = await parseBytes(Buffer.from(text), `${name}.txt`);
      const b = await parseBytes(Buffer.from(flat), `${name}-flat.txt`);
      expect(b.tasks.length).toBe(a.tasks.length);
      expect(compare({ document: a.document, tasks: a.tasks }, b).differences).toEqual([]);
      expect(b.tasks.every((t) => t.span.start.line === 1)).toBe(true);
    });
  }
});

describe('pages a line (document-sharing sites)', () => {
  it('a page number that breaks a sentence is dropped and the page joined to the one before', async () => {
    const { joinPageLines } = await import('../src/normalize/flat.js');
    const page1 = `1、${'为全面贯彻落实党的二十大精神,推动高质量发展,'.repeat(10)}围绕市委、市政府中心`;
    const page2 = `2、工作,现就重点工作安排如下:一、加快项目建设。(市发改委负责)`;
    const lines = [page1, page2].map((text, i) => ({ kind: 'line' as const, text, pos: { line: i + 1, column: 1 } }));
    const joined = joinPageLines(lines);
    expect(joined).toHaveLength(1);
    expect(joined[0].text.startsWith('为全面贯彻')).toBe(true);
    expect(joined[0].text).toContain('中心工作,现就');
  });
  it('numbered items are never taken for page numbers', async () => {
    const { joinPageLines } = await import('../src/normalize/flat.js');
    const lines = ['1、加快项目建设。(市发改委负责)', '2、推进道路建设。(市交通局负责)'].map((text, i) => ({ kind: 'line' as const, text, pos: { line: i + 1, column: 1 } }));
    expect(joinPageLines(lines)).toEqual(lines);
  });
});
