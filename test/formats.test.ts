// Every format plugin is proven by its own table of cases (src/formats/<id>/cases.ts).
import { describe, expect, it } from 'vitest';
import type { FormatCase } from '../src/formats/case.js';
import { formats } from '../src/formats/index.js';
import { parseBytes } from '../src/pipeline.js';

const fold = (s: string | null | undefined) => (s == null ? s : s.normalize('NFKC').replace(/\s+/g, ''));

for (const format of formats) {
  describe(`format ${format.meta.id}`, async () => {
    const { cases } = (await import(`../src/formats/${format.meta.id}/cases.ts`)) as { cases: FormatCase[] };
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(c.name, async () => {
        const notice = await parseBytes(Buffer.from(c.input), `${format.meta.id}.txt`);
        expect(notice.tasks.map((t) => t.text)).toHaveLength(c.tasks.length);
        c.tasks.forEach((want, i) => {
          const got = notice.tasks[i];
          for (const [field, value] of Object.entries(want)) {
            if (field === 'sections') expect(got.sections.map((s) => s.title), `task ${i + 1} sections`).toEqual(value);
            else if (Array.isArray(value)) expect(got[field as 'leaders'], `task ${i + 1} ${field}`).toEqual(value);
            else expect(fold(got[field as 'text']), `task ${i + 1} ${field}`).toBe(fold(value as string | null));
          }
        });
        if (c.tasks.length) expect(notice.report.parsers).toContain(c.parser ?? format.meta.id);
        for (const m of c.messages ?? []) {
          expect(notice.report.messages.some((x) => x.rule === m.rule && (m.line === undefined || x.line === m.line)
            && (m.column === undefined || x.column === m.column)), `message ${JSON.stringify(m)} in ${JSON.stringify(notice.report.messages)}`).toBe(true);
        }
      });
    }
  });
}
