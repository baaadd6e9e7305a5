// One name per unit: the alias rules against their cases (src/recognize/abbreviations.ts), and the
// unit index of real notices.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitIndex } from '../src/facts/units.js';
import { parseFile } from '../src/read.js';
import { ALIAS_CASES } from '../src/recognize/abbreviations.js';
import { aliasContext, sameOrgan, unitParts } from '../src/recognize/unit-aliases.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('unit aliases', () => {
  it('has at least 40 cases', () => expect(ALIAS_CASES.length).toBeGreaterThanOrEqual(40));
  for (const c of ALIAS_CASES) {
    it(`${c.a} ${c.same ? '=' : '≠'} ${c.b}${c.names ? ` (with ${c.names.join('、')})` : ''}`, () => {
      expect(sameOrgan(c.a, c.b, c.names ?? [], c.issuer ?? null)).toBe(c.same);
    });
  }
});

describe('document.units', () => {
  it('groups the spellings of one organ, names it by its full prefixed form, and unions its tasks', () => {
    const { units } = unitIndex([
      { id: 't1', leadUnits: ['市发改委'], coUnits: ['市财政局'] },
      { id: 't2', leadUnits: ['市发展和改革委员会'], coUnits: ['市税务局', '发改委'] },
      { id: 't3', leadUnits: ['市发展改革委'], coUnits: [] },
    ], '某某市人民政府');
    expect(units).toEqual([
      { name: '市发展和改革委员会', aliases: ['市发改委', '市发展和改革委员会', '发改委', '市发展改革委'], lead: ['t1', 't2', 't3'], co: ['t2'] },
      { name: '市财政局', aliases: ['市财政局'], lead: [], co: ['t1'] },
      { name: '市税务局', aliases: ['市税务局'], lead: [], co: ['t2'] },
    ]);
  });

  const files = [
    ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')),
    ...readdirSync(join(fixtures, 'real')).filter((f) => f.endsWith('.txt')).map((f) => `real/${f}`),
  ];
  it.each(files)('%s: every task unit is indexed once, and a group never mixes levels of government', async (f) => {
    const notice = await parseFile(join(fixtures, f));
    const units = notice.document.units!;
    const names = [...new Set(notice.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]))];
    expect(units.flatMap((u) => u.aliases).sort()).toEqual([...names].sort());
    const ctx = aliasContext(names, notice.document.issuer);
    for (const u of units) {
      const levels = new Set(u.aliases.map((a) => unitParts(a, ctx).level).filter(Boolean));
      expect([...levels].length, `${u.name}: ${u.aliases.join(' | ')}`).toBeLessThanOrEqual(1);
      expect(u.aliases).toContain(u.name);
      for (const id of [...u.lead, ...u.co]) expect(notice.tasks.some((t) => t.id === id)).toBe(true);
    }
  });
});
