// Hardening (issue 5): property-based tests. Whatever the input — arbitrary bytes, arbitrary Unicode,
// notice-shaped token soup, real notices with lines deleted, duplicated, shuffled or truncated, as
// text, HTML, .docx, GB18030 or UTF-16 — the parse never crashes and keeps the invariants described
// in test/property-invariant.ts (a schema-valid document or an InputError; no numbered item dropped
// silently). Runs are bounded so the file stays fast; a failure prints fast-check's seed and path, and
// `fc.assert(…, { seed, path })` replays it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module shared with the bench, no type declarations
import { docxFromText, htmlFromText } from '../bench/zip.mjs';
import { droppedItems, expectInvariants, outcome } from './property-invariant.js';

const root = join(import.meta.dirname, '..');
const FIXTURES = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ name: f, text: readFileSync(join(root, 'fixtures', f), 'utf8') }));

// Generous per-test bounds: "completes", not a timing target.
const TIMEOUT = 60_000;

const TOKENS = [
  // markers, at the start of a line once a newline precedes them
  '一、', '二、', '十一、', '(一)', '(二)', '(十)', '1.', '2.', '3、', '12.', '(1)', '(2)', '1)', '①', '②', '第一部分', '一是',
  '⑴', '⒉', '㈠', 'Ⅰ.', 'Ⅱ、', '壹、', '第一条 ', '999.', '1000.', '1001、', '2023,', '2023年',
  // assignment keys and prose
  '牵头单位:', '牵头领导:', '责任单位:', '配合单位:', '完成时限:', '牵头市领导:', '责任领导:', '分工:', '牵 头 单 位:',
  '牵头', '负责', '配合', '会同', '由', '分别牵头', '按职责分工负责', '(首位单位为牵头单位,下同)', '下同',
  // names
  '区发改局', '区财政局', '市税务局', '各县(市、区)政府', '区水务局等部门', '等各有关部门', '王从峰', '刘 哲', '区财政局(国资办)',
  // punctuation and brackets
  '(', ')', '(', ')', '【', '】', '〔', '〕', '[', ']', '、', ',', ',', ';', ';', '。', '.', ':', ':', '|', '等',
  // lines, dates, breaks, metadata
  '\n', '\n', '\n', '\n', '\r\n', ' ', '\u3000', '\t', '2022年1月28日', '二〇二二年一月二十八日', '附件1', '抄送:', '印发', '并印发', '附件所列',
  '海政发〔2022〕1号', '关于印发', '的通知', '政府工作报告', '2022年重点工作任务分解', '王丹县长牵头重点工作', '序号', '工作任务',
  '加快建设项目', '推进', '标 题:', '发文字号:',
  // HTML
  '<p>', '</p>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<br>', '&nbsp;', '<td colspan="3">', '<td rowspan="2">',
  '<script>', '</script>', '<meta charset="gbk">', '<!--', '-->', '<div>', '</div>',
  // traditional script, astral and invisible characters
  '們', '個', '為', '發', '關於', '區', '縣', '單位', '責任', '牽頭', '𠀀', '😀', '\u200b', '\ufeff', '\u00a0',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 150 }).map((t) => t.join(''));

// Notice-shaped lines: headings, numbered items with every kind of assignment (inline block, prose,
// unclosed, on lines of their own), breaks and noise, so that most generated files do hold tasks.
const CN = '一二三四五六七八九十';
const num = fc.integer({ min: 1, max: 12 });
const marker = fc.oneof(
  num.map((n) => `${CN[(n - 1) % 10]}、`), num.map((n) => `(${CN[(n - 1) % 10]})`), num.map((n) => `${n}.`),
  num.map((n) => `${n}、`), num.map((n) => `(${n})`), num.map((n) => String.fromCodePoint(0x2460 + n - 1)), fc.constant(''),
  // issue 9: numbers past 999, the one-character markers, 壹、 Ⅰ. 第一条
  num.map((n) => `${n + 995}.`), num.map((n) => String.fromCodePoint(0x2474 + n - 1)), num.map((n) => String.fromCodePoint(0x2488 + n - 1)),
  num.map((n) => String.fromCodePoint(0x3220 + (n - 1) % 10)), num.map((n) => `${String.fromCodePoint(0x2160 + n - 1)}.`),
  num.map((n) => `${'壹贰叁肆伍陆柒捌玖拾'[(n - 1) % 10]}、`), num.map((n) => `第${CN[(n - 1) % 10]}条 `),
);
const name = fc.constantFrom('区发改局', '区财政局', '市税务局', '各县(市、区)政府', '区水务局', '王从峰', '刘 哲', '区财政局(国资办)', '各镇街', '相关部门', '');
const names = fc.tuple(fc.array(name, { minLength: 1, maxLength: 5 }), fc.constantFrom('、', ',', ';', '等', ' ', '、'))
  .map(([list, sep]) => list.join(sep));
const key = fc.constantFrom('牵头单位', '牵头领导', '责任单位', '配合单位', '完成时限', '牵头市领导', '责任领导', '主办单位', '协办单位');
const assignment = fc.oneof(
  fc.tuple(key, names, key, names).map(([k1, v1, k2, v2]) => `(${k1}:${v1};${k2}:${v2})`),
  fc.tuple(key, names).map(([k, v]) => `【${k}:${v}】`),
  fc.tuple(names, names).map(([a, b]) => `(${a}牵头,${b}配合)`),
  names.map((a) => `(${a}负责)`),
  fc.tuple(names, names).map(([a, b]) => `,由${a}会同${b}负责。`),
  fc.tuple(key, names).map(([k, v]) => `(${k}:${v}`), // unclosed
  fc.tuple(key, names).map(([k, v]) => `\n${k}:${v}`), // on a line of its own
  fc.constant(''),
);
const body = fc.constantFrom('加快建设联东U谷项目,建成工业邻里中心。', '推进老旧小区改造', '完善应急预案体系', '', '实施乡村振兴战略,', '王丹县长牵头重点工作',
  '制定国企改革实施方案并印发');
const noticeLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(marker, body, assignment).map(([m, b, a]) => `${m}${b}${a}`) },
  { weight: 1, arbitrary: fc.tuple(marker, body).map(([m, b]) => `${m}${b}`) },
  { weight: 1, arbitrary: fc.tuple(key, names).map(([k, v]) => `${k}:${v}`) },
  // an unlabelled paragraph: a task of its own when it ends in an assignment, else text to account for
  { weight: 2, arbitrary: fc.tuple(body, assignment).map(([b, a]) => `${b || '推进重点工作'}${a}`) },
  { weight: 1, arbitrary: fc.constantFrom('2022年1月28日', '附件1', '抄送:区委办', '海政发〔2022〕1号', '关于印发2022年重点工作任务分解方案的通知', '重点工作', '') },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((t) => t.join('')) },
);
const noticeText = fc.array(noticeLine, { maxLength: 40 }).map((l) => l.join('\n'));

type Wrap = 'txt' | 'html' | 'docx' | 'gb18030' | 'utf16';
/** The same notice as a file of another kind. */
function wrap(text: string, as: Wrap): { bytes: Buffer; path: string } {
  switch (as) {
    case 'html': return { bytes: Buffer.from(htmlFromText(text)), path: 'notice.html' };
    case 'docx': return { bytes: docxFromText(text), path: 'notice.docx' };
    case 'gb18030': return { bytes: iconv.encode(text, 'gb18030'), path: 'notice.txt' };
    case 'utf16': return { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), path: 'notice.txt' };
    default: return { bytes: Buffer.from(text), path: 'notice.txt' };
  }
}
const wrapKind = fc.constantFrom<Wrap>('txt', 'txt', 'html', 'docx', 'gb18030', 'utf16');

// Line edits on a real notice; positions are fractions of the length so they shrink well.
const at = (f: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(f * n)));
const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
type Edit = { op: 'delete' | 'duplicate' | 'swap' | 'shuffle' | 'truncate' | 'insert'; a: number; b: number; token: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  op: fc.constantFrom('delete', 'duplicate', 'swap', 'shuffle', 'truncate', 'insert'),
  a: frac, b: frac, token: tokenSoup,
});

function applyEdits(text: string, edits: Edit[]): string {
  let lines = text.split('\n');
  for (const e of edits) {
    const n = lines.length;
    if (!n) break;
    const i = at(e.a, n), j = at(e.b, n);
    if (e.op === 'delete') lines.splice(i, Math.max(1, Math.abs(j - i) % 20));
    else if (e.op === 'duplicate') lines.splice(i, 0, ...lines.slice(i, i + 1 + (j % 5)));
    else if (e.op === 'swap') [lines[i], lines[j]] = [lines[j], lines[i]];
    else if (e.op === 'shuffle') {
      const lo = Math.min(i, j), hi = Math.min(n, lo + 30, Math.max(i, j) + 1);
      const part = lines.slice(lo, hi);
      // a deterministic shuffle: the permutation is a function of the edit, so failures replay
      part.sort((x, y) => ((x.length * 31 + Math.floor(e.b * 997)) % 7) - ((y.length * 31 + Math.floor(e.a * 997)) % 7));
      lines.splice(lo, part.length, ...part);
    } else if (e.op === 'truncate') {
      const joined = lines.join('\n');
      lines = joined.slice(0, Math.floor(e.a * joined.length)).split('\n');
    } else lines.splice(i, 0, e.token);
  }
  return lines.join('\n');
}

describe('properties: never a crash, nothing dropped silently', () => {
  it('arbitrary bytes (with and without BOMs and the ZIP signature)', async () => {
    const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]);
    await fc.assert(fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a'),
      async (p, body, path) => { await expectInvariants(Buffer.concat([Buffer.from(p), Buffer.from(body)]), path); }), { numRuns: 300 });
  }, TIMEOUT);

  it('arbitrary Unicode text, as UTF-8 and as UTF-16 with a BOM', async () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
    await fc.assert(fc.asyncProperty(text, fc.constantFrom<Wrap>('txt', 'utf16', 'html'), async (t, as) => {
      const { bytes, path } = wrap(t, as);
      await expectInvariants(bytes, path);
    }), { numRuns: 300 });
  }, TIMEOUT);

  // counterexamples fast-check found once, kept so that they are tried on every run
  it('counterexamples found before still keep the invariants', async () => {
    const found = [
      // a heading whose assignment line goes on below it, over a sub-item with its own assignment
      '1、加快建设联东U谷项目,建成工业邻里中心。(负责)\n推进重点工作(牵头单位:区发改局;牵头单位:区发改局)\n①加快建设联东U谷项目,建成工业邻里中心。(区发改局负责)',
      // a heading whose only task the file cuts off inside its assignment: the heading is reported too
      '1、完善应急预案体系(牵头单位:区发改局\n加快建设联东U谷项目,建成工业邻里中心。,由区发改局会同区发改局,区发改局负责。\n责任领导:',
      // a heading with a body paragraph that assigns, over an item the file cuts off inside its assignment
      '一、加快建设联东U谷项目,建成工业邻里中心。(负责)\n加快建设联东U谷项目,建成工业邻里中心。(区发改局牵头,区发改局配合)\n1.加快建设联东U谷项目,建成工业邻里中心。(牵头单位:区发改局',
      // the same with the item whole
      '一、加快建设联东U谷项目,建成工业邻里中心。(负责)\n加快建设联东U谷项目,建成工业邻里中心。(区发改局牵头,区发改局配合)\n1.加快建设联东U谷项目,建成工业邻里中心。(牵头单位:区发改局)',
    ];
    for (const t of found) for (const as of ['txt', 'html'] as const) {
      const { bytes, path } = wrap(t, as);
      await expectInvariants(bytes, path);
    }
  }, TIMEOUT);

  it('notice-shaped lines (headings, items, every kind of assignment, breaks, noise) in every format', async () => {
    await fc.assert(fc.asyncProperty(noticeText, wrapKind, async (t, as) => {
      const { bytes, path } = wrap(t, as);
      await expectInvariants(bytes, path);
    }), { numRuns: 300 });
  }, TIMEOUT);

  it('token soup (markers, keys, brackets, names, dates, tags) in every format', async () => {
    await fc.assert(fc.asyncProperty(tokenSoup, wrapKind, fc.boolean(), async (t, as, raw) => {
      // raw: the soup as the bytes of an .html file, tags and all; otherwise wrapped as `as`
      const { bytes, path } = raw ? { bytes: Buffer.from(t), path: 'soup.html' } : wrap(t, as);
      await expectInvariants(bytes, path);
    }), { numRuns: 400 });
  }, TIMEOUT);

  it('real notices with lines deleted, duplicated, swapped, shuffled, truncated or inserted', async () => {
    const fixture = fc.constantFrom(...FIXTURES);
    await fc.assert(fc.asyncProperty(fixture, fc.array(edit, { minLength: 1, maxLength: 6 }), wrapKind, async (f, edits, as) => {
      const { bytes, path } = wrap(applyEdits(f.text, edits), as);
      await expectInvariants(bytes, path);
    }), { numRuns: 80 });
  }, TIMEOUT);

  it('a real notice cut at any byte (a UTF-8 character split in two, a half ZIP, a half page)', async () => {
    const fixture = fc.constantFrom(...FIXTURES);
    await fc.assert(fc.asyncProperty(fixture, frac, fc.constantFrom<Wrap>('txt', 'html', 'docx', 'gb18030'), async (f, cut, as) => {
      const { bytes, path } = wrap(f.text, as);
      await expectInvariants(bytes.subarray(0, Math.floor(cut * bytes.length)), path);
    }), { numRuns: 60 });
  }, TIMEOUT);

  it('a real notice with random bytes overwritten (a damaged download or .docx)', async () => {
    const fixture = fc.constantFrom(...FIXTURES.filter((f) => f.text.length < 8000));
    const damage = fc.array(fc.tuple(frac, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    await fc.assert(fc.asyncProperty(fixture, damage, fc.constantFrom<Wrap>('txt', 'html', 'docx'), async (f, hits, as) => {
      const { bytes, path } = wrap(f.text, as);
      const copy = Buffer.from(bytes);
      for (const [where, value] of hits) copy[at(where, copy.length)] = value;
      await expectInvariants(copy, path);
    }), { numRuns: 60 });
  }, TIMEOUT);

  it('the same input gives the same document (ids and all), run after run', async () => {
    const fixture = fc.constantFrom(...FIXTURES);
    await fc.assert(fc.asyncProperty(fixture, fc.array(edit, { maxLength: 3 }), wrapKind, async (f, edits, as) => {
      const { bytes, path } = wrap(applyEdits(f.text, edits), as);
      const [a, b] = [await outcome(bytes, path), await outcome(bytes, path)];
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }), { numRuns: 25 });
  }, TIMEOUT);

  it('every fixture, unedited and in every format, keeps the invariants', async () => {
    for (const f of FIXTURES) {
      for (const as of ['txt', 'html', 'docx', 'gb18030', 'utf16'] as const) {
        const { bytes, path } = wrap(f.text, as);
        const r = await expectInvariants(bytes, path);
        expect(r.error?.message ?? null, `${f.name} as ${as}`).toBeNull();
      }
    }
  }, TIMEOUT);

  it('the invariant check itself sees a task or a message that goes missing', async () => {
    const bytes = Buffer.from(FIXTURES.find((f) => f.name === 'haizhou-2022.txt')!.text);
    const { notice } = await outcome(bytes, 'haizhou-2022.txt');
    expect(await droppedItems(bytes, 'x.txt', notice!)).toEqual([]);
    const lost = notice!.tasks[Math.floor(notice!.tasks.length / 2)];
    expect(await droppedItems(bytes, 'x.txt', { ...notice!, tasks: notice!.tasks.filter((t) => t !== lost) })).toHaveLength(1);
    // an item's own report (a heading over no task would still pass as a possible heading)
    const report = notice!.report.messages.find((m) => m.rule === 'unparsed-item' && m.message.startsWith('numbered item'));
    if (!report) return;
    const messages = notice!.report.messages.filter((m) => m !== report);
    expect(await droppedItems(bytes, 'x.txt', { ...notice!, report: { ...notice!.report, messages } })).toHaveLength(1);
  });
});
