// The review page without a browser: self-contained, every task and message placed, links that resolve,
// text escaped; folders give one page per notice and an index; bad input fails as everywhere else.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewModel } from '../src/emit/review-model.js';
import type { Block } from '../src/model.js';
import type { Notice } from '../src/schema.js';
import { cli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'fenjie-review-'));
const fixture = (...p: string[]) => join(root, 'fixtures', ...p);

const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
const ids = (html: string) => new Set(attrs(html, 'id'));

async function page(input: string): Promise<{ html: string; notice: Notice }> {
  const [r, j] = await Promise.all([cli(['review', input]), cli([input])]);
  expect(r.code, r.err).toBe(0);
  return { html: r.out, notice: JSON.parse(j.out) };
}

describe('parse review FILE', () => {
  for (const input of [fixture('haizhou-2022.txt'), fixture('published', 'caidian-2023.table.html'), fixture('published', 'dazhu-2016-minsheng.table.docx')]) {
    it(`${input.split('/').pop()}: a self-contained page with a row per task linked to its source and back`, async () => {
      const { html, notice } = await page(input);
      expect(notice.tasks.length).toBeGreaterThan(5);
      // Nothing from elsewhere: no external script, style, font, image or link.
      expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|@font-face|url\(/i);
      expect(attrs(html, 'src')).toEqual([]);
      for (const h of attrs(html, 'href')) expect(h).toMatch(/^#/);
      const known = ids(html);
      const rows = [...html.matchAll(/<tr class="task" id="task-([^"]+)" data-items="([^"]*)"/g)];
      expect(rows.map((m) => m[1])).toEqual(notice.tasks.map((t) => t.id));
      for (const [, id, items] of rows) {
        const list = items.split(' ');
        expect(list.length).toBeGreaterThan(0);
        for (const s of list) {
          expect(known.has(s)).toBe(true);
          // ... and the source item links back to the task.
          const item = html.slice(html.indexOf(`id="${s}"`), html.indexOf('\n', html.indexOf(`id="${s}"`)));
          expect(item).toContain(`data-task="${id}"`);
        }
      }
      // Every report message is on the page, once.
      expect((html.match(/<div class="msg /g) ?? []).length).toBe(notice.report.messages.length);
      // The unit filter lists every unit named.
      const units = new Set(notice.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]));
      expect((html.match(/<option value="[^"]+">/g) ?? []).length).toBe(units.size);
    });
  }

  it('places each task on the source lines its span covers, and messages at their line', () => {
    const blocks: Block[] = [
      { kind: 'line', text: '一、重点工作', pos: { line: 1, column: 1 } },
      { kind: 'line', text: '', pos: { line: 2, column: 1 } },
      { kind: 'line', text: '1.任务甲,', pos: { line: 3, column: 1 } },
      { kind: 'line', text: '续写。(牵头单位:区发改局)', pos: { line: 4, column: 1 } },
      { kind: 'table', pos: { line: 6, column: 1 }, rows: [
        [{ text: '序号', pos: { line: 6, column: 5 } }, { text: '任务', pos: { line: 6, column: 20 } }],
        [{ text: '2', pos: { line: 7, column: 5 } }, { text: '任务乙', pos: { line: 7, column: 20 } }],
      ] },
    ];
    const task = (id: string, start: number, end: number, col = 1) => ({
      id, number: id, sections: [], title: null, text: id, leaders: [], leadUnits: ['区发改局'], coUnits: [], deadline: null,
      span: { start: { line: start, column: col }, end: { line: end, column: 40 } },
    });
    const notice = {
      schemaVersion: 1, source: { path: 'x', sha256: '', bytes: 0, encoding: 'utf-8', format: 'text', script: 'simplified' },
      document: { kind: 'task-list', title: null, docNumber: null, issuer: null, date: null, year: null },
      tasks: [task('t1', 3, 4), task('t2', 7, 7, 5)],
      report: { parsers: [], fields: {}, messages: [
        { severity: 'warning', rule: 'r1', taskId: null, field: null, line: 4, column: 9, message: 'm' },
        { severity: 'info', rule: 'r2', taskId: null, field: null, line: null, column: null, message: 'whole file' },
        { severity: 'warning', rule: 'r3', taskId: 't2', field: 'leaders', line: 7, column: 20, message: 'm' },
      ] },
    } as Notice;
    const m = reviewModel(notice, blocks);
    expect(m.items.map((i) => i.pos.line)).toEqual([1, 3, 4, 6, 7]); // the blank line is left out
    expect(m.tasks[0].items).toEqual([m.items[1].id, m.items[2].id]);
    expect(m.tasks[1].items).toEqual([m.items[4].id]);
    expect(m.items[2].messages.map((x) => x.rule)).toEqual(['r1']);
    expect(m.items[4].messages.map((x) => x.rule)).toEqual(['r3']);
    expect(m.general.map((x) => x.rule)).toEqual(['r2']);
  });

  it('shades the fields the validator found missing and escapes the text', async () => {
    const input = join(tmp, 'x.txt');
    writeFileSync(input, [
      '关于印发重点工作任务分解的通知', '', '一、重点工作', '',
      '1.建设<script>alert(1)</script>项目&"园区"。(牵头领导:张三;牵头单位:区发改局)', '',
      '2.推进改革。(牵头领导:李四;牵头单位:区工信局)', '',
      '3.完善制度。(牵头领导:王五)', '',
      '4.优化服务。(牵头领导:赵六;牵头单位:区商务局)', '',
    ].join('\n'));
    const { html, notice } = await page(input);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const missing = notice.report.messages.filter((m) => m.rule.startsWith('missing-') && m.field);
    expect(missing.length).toBeGreaterThan(0);
    const shaded = [...html.matchAll(/<tr class="task" id="task-([^"]+)"[^]*?<\/tr>/g)]
      .flatMap((row) => [...row[0].matchAll(/<td class="missing" data-field="([^"]+)"/g)].map((c) => `${row[1]}:${c[1]}`));
    expect(shaded.sort()).toEqual(missing.map((m) => `${m.taskId}:${m.field}`).sort());
  });
});

describe('parse review FOLDER -o DIR', () => {
  it('one page per notice (tree mirrored) and an index linking each; a bad file listed, exit 1', async () => {
    const dir = join(tmp, 'notices');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(fixture('haizhou-2022.txt'), join(dir, 'index.txt')); // its page must not take index.html
    copyFileSync(fixture('published', 'gangu-2020.gbk.html'), join(dir, 'sub', 'gangu.html'));
    copyFileSync(fixture('tinghu-2020-report.txt'), join(dir, 'report.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const out = join(tmp, 'pages');
    const r = await cli(['review', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: empty file/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const links = attrs(index, 'href');
    expect(links.length).toBe(3);
    for (const l of links) {
      const target = join(out, decodeURIComponent(l));
      expect(existsSync(target)).toBe(true);
      const html = readFileSync(target, 'utf8');
      // each page links back to the index
      const back = attrs(html, 'href').find((h) => !h.startsWith('#'))!;
      expect(join(dirname(target), decodeURIComponent(back))).toBe(join(out, 'index.html'));
    }
    expect(existsSync(join(out, 'sub', 'gangu.html'))).toBe(true);
    expect(existsSync(join(out, 'index.txt.html'))).toBe(true);
    expect(index).toContain('empty.txt');
    expect(readdirSync(out).filter((f) => f.includes('fenjie-tmp'))).toEqual([]);
  });

  it('a folder without -o, an -o that is a file, or -o naming the input is a usage error', async () => {
    const input = join(tmp, 'same.txt');
    copyFileSync(fixture('haizhou-2022.txt'), input);
    expect((await cli(['review', input, '-o', input])).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(fixture('haizhou-2022.txt'), 'utf8'));
    expect((await cli(['review', fixture('real')])).code).toBe(2);
    const file = join(tmp, 'plain');
    writeFileSync(file, 'x');
    expect((await cli(['review', fixture('real'), '-o', file])).code).toBe(2);
  });

  it('a missing input: one line naming it, exit 1, nothing written', async () => {
    const out = join(tmp, 'none.html');
    const r = await cli(['review', join(tmp, 'nope.txt'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.txt: no such file/);
    expect(existsSync(out)).toBe(false);
  });
});
