// Every fixture in the other forms notices are published in (fixtures/converted, made from
// fixtures/published by scripts/make-converted-fixtures.mjs with LibreOffice) gives the same tasks as
// its text form:
//   NAME.pdf, NAME.doc, NAME.wps, NAME.ofd                      -> the tasks of NAME.txt
//   NAME.table.pdf, .table.doc, .table.xlsx, .table.xls, .table.et -> the tasks of NAME.table.html
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/read.js';
import type { Notice } from '../src/schema.js';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'fixtures');
const conv = join(dir, 'converted');
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const manifest = JSON.parse(readFileSync(join(conv, 'manifest.json'), 'utf8')) as Record<string, Record<string, string>>;

const taskFields = (n: Notice) => n.tasks.map((t) => ({
  number: t.number, sections: t.sections, title: t.title, text: t.text,
  leaders: t.leaders, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline,
}));

it('has the converted forms of every fixture, and none is stale (else: node scripts/make-converted-fixtures.mjs, needs LibreOffice)', () => {
  for (const n of names) for (const f of [`${n}.pdf`, `${n}.doc`, `${n}.ofd`]) expect(existsSync(join(conv, f)), f).toBe(true);
  const files = readdirSync(conv).filter((f) => f !== 'manifest.json').sort();
  expect(Object.keys(manifest).sort()).toEqual(files);
  const stale = Object.entries(manifest).filter(([, sources]) => Object.entries(sources)
    .some(([src, sha]) => createHash('sha256').update(readFileSync(join(root, src))).digest('hex') !== sha)).map(([f]) => f);
  expect(stale).toEqual([]);
});

const FORMAT: Record<string, string> = { pdf: 'pdf', doc: 'doc', wps: 'doc', ofd: 'ofd', xlsx: 'xlsx', xls: 'xls', et: 'xls' };

describe.each(names)('%s', (name) => {
  let txt: Notice, table: Notice;
  const text = async () => (txt ??= await parseFile(join(dir, `${name}.txt`)));
  const html = async () => (table ??= await parseFile(join(dir, 'published', `${name}.table.html`)));
  const forms = readdirSync(conv).filter((f) => f.startsWith(`${name}.`) && f.slice(name.length + 1).split('.').length <= 2)
    .map((f) => f.slice(name.length + 1)).filter((v) => /^(table\.)?[a-z]+$/.test(v)).sort();

  it.each(forms)(`as %s: the same tasks as its text form`, async (variant) => {
    const n = await parseFile(join(conv, `${name}.${variant}`));
    expect(n.source.format).toBe(FORMAT[variant.replace(/^table\./, '')]);
    const base = variant.startsWith('table.') ? await html() : await text();
    expect(taskFields(n)).toEqual(taskFields(base));
  }, 20_000);
});
