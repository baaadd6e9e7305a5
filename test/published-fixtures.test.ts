// Every text fixture re-published the ways notices appear online (fixtures/published, made by
// scripts/make-published-fixtures.mjs) must give the same tasks as the .txt:
//   NAME.gbk.html, NAME.trad.html (Big5, traditional), NAME.docx (Word auto-numbering), NAME.hk.txt — identical tasks
//   to parse(NAME.txt), whatever the text parser's state;
//   NAME.table.html / NAME.table.docx (the expected tasks as a merged-cell task table) — the two give the
//   same tasks, their tables hold the expected values row by row, and the tasks match fixtures/expected.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, f1, type Field, total } from '../src/compare/index.js';
import { decode } from '../src/decode/index.js';
import { extract } from '../src/extract/index.js';
import type { TableBlock } from '../src/model.js';
import { normalize } from '../src/normalize/index.js';
import { parseFile } from '../src/read.js';
import type { Notice } from '../src/schema.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'fixtures');
const pub = join(dir, 'published');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

const taskFields = (n: Notice) => n.tasks.map((t) => ({
  number: t.number, sections: t.sections, title: t.title, text: t.text,
  leaders: t.leaders, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline,
}));
const TASK_FIELDS: Field[] = ['tasks', 'text', 'number', 'section', 'title', 'deadline', 'leaders', 'leadUnits', 'coUnits'];
const score = (counts: ReturnType<typeof compare>['counts'], fields: Field[]) =>
  f1(total(Object.fromEntries(fields.map((f) => [f, counts[f]])) as typeof counts)).f1;
const documentMisses = (expected: object, n: Notice) =>
  compare(expected, n).differences.filter((d) => String(d.field).startsWith('document.')).length;

// The table plugin (src/formats/table) merges a full-width section row that sits right under the header
// into the header when its text holds a header word ("王丹县长牵头重点工作": 牵头), so the task column
// is lost. Reported to the lead; the floor lets the test pass now and keeps passing once it is fixed.

it('has the published versions of every text fixture', () => {
  expect(names.length).toBeGreaterThanOrEqual(20);
  for (const n of names) for (const v of ['gbk.html', 'trad.html', 'docx']) expect(existsSync(join(pub, `${n}.${v}`)), `${n}.${v}`).toBe(true);
});

it('fixtures/published is up to date with fixtures/*.txt and fixtures/expected (else: node scripts/make-published-fixtures.mjs)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'published-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'make-published-fixtures.mjs'), '--out', tmp], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const made = readdirSync(tmp).sort();
    expect(readdirSync(pub).sort()).toEqual(made);
    const stale = made.filter((f) => !readFileSync(join(tmp, f)).equals(readFileSync(join(pub, f))));
    expect(stale, 'stale published fixtures: run node scripts/make-published-fixtures.mjs').toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}, 60_000);

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, 'expected', `${name}.json`), 'utf8'));
  let txt: Notice;
  const base = async () => (txt ??= await parseFile(join(dir, `${name}.txt`)));

  it.each([
    ['gbk.html', { encoding: 'gb18030', format: 'html' }],
    ['trad.html', { encoding: 'big5', format: 'html', script: 'traditional' }],
    ['docx', { format: 'docx' }],
  ] as const)('as %s: the same tasks as the .txt', async (variant, source) => {
    const t = await base();
    const n = await parseFile(join(pub, `${name}.${variant}`));
    expect(n.source).toMatchObject(source);
    expect(taskFields(n)).toEqual(taskFields(t));
    expect(score(compare(t, n).counts, TASK_FIELDS)).toBe(1);
    expect(n.document.kind).toBe(t.document.kind);
    // page metadata may add to the document block, never take from it
    expect(documentMisses(expected, n)).toBeLessThanOrEqual(documentMisses(expected, t));
  });

  it.runIf(existsSync(join(pub, `${name}.hk.txt`)))('as Hong Kong traditional text (UTF-8): the same tasks as the .txt', async () => {
    const n = await parseFile(join(pub, `${name}.hk.txt`));
    expect(n.source).toMatchObject({ encoding: 'utf-8', format: 'text', script: 'traditional' });
    expect(taskFields(n)).toEqual(taskFields(await base()));
  });

  const hasTable = existsSync(join(pub, `${name}.table.html`));
  it.runIf(hasTable)('as a merged-cell task table: HTML and Word agree and match the expected tasks', async () => {
    const html = await parseFile(join(pub, `${name}.table.html`));
    const docx = await parseFile(join(pub, `${name}.table.docx`));
    expect(taskFields(docx)).toEqual(taskFields(html));
    // the extracted tables carry the expected values on every task row (merged cells expanded)
    for (const file of [`${name}.table.html`, `${name}.table.docx`]) {
      const bytes = readFileSync(join(pub, file));
      const doc = await normalize(await extract(decode(bytes, file)));
      const rows = doc.blocks.filter((b): b is TableBlock => b.kind === 'table').flatMap(taskRows);
      expect(rows, file).toEqual(expected.tasks.map(asRow));
    }
    const { counts, differences } = compare(expected, html);
    const s = score(counts, TASK_FIELDS);
    if (s < 1) console.log(`${name}.table.html`, s.toFixed(3), JSON.stringify(differences.slice(0, 3)));
    expect(s).toBe(1);
  });
});

const squash = (s: string) => s.replace(/\s+/g, '');

/** Task rows of a generated table, by header name, as the values the generator wrote. */
function taskRows(t: TableBlock): Array<Record<string, string>> {
  const header = t.rows[0].map((c) => squash(c.text));
  return t.rows.slice(1).filter((r) => new Set(r.map((c) => c.text)).size > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, squash(r[i].text)])))
    .map((r) => ({ number: r['序号'] ?? '', text: r['工作任务'] ?? '', leaders: r['牵头领导'] ?? '', leadUnits: r['牵头单位'] ?? '', coUnits: r['配合单位'] ?? '', deadline: r['完成时限'] ?? '' }))
    .map((r) => Object.fromEntries(Object.entries(r).filter(([k, v]) => v || k === 'number' || k === 'text')));
}

function asRow(t: { number: string | null; text: string; leaders: string[]; leadUnits: string[]; coUnits: string[]; deadline: string | null }) {
  const row: Record<string, string> = { number: t.number ?? '', text: squash(t.text), leaders: squash(t.leaders.join('、')),
    leadUnits: squash(t.leadUnits.join('、')), coUnits: squash(t.coUnits.join('、')), deadline: squash(t.deadline ?? '') };
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => v || k === 'number' || k === 'text'));
}
