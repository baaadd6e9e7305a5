// End to end: every fixture notice parses to its expected file (fixtures/expected, reviewed by hand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, f1, total } from '../src/compare/index.js';
import { parseFile } from '../src/read.js';
import { Notice } from '../src/schema.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'expected');
const expectedFiles = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const MIN_F1 = 0.97;

describe('fixtures', () => {
  it('has an expected file for every fixture notice', () => {
    expect(expectedFiles.length).toBeGreaterThanOrEqual(20);
  });
  for (const file of expectedFiles) {
    it(`${file}: schema-valid and F1 >= ${MIN_F1} against the expected file`, async () => {
      const expected = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const notice = await parseFile(join(dir, expected.input));
      expect(() => Notice.parse(notice)).not.toThrow();
      expect(notice.document.kind).toBe(expected.document.kind);
      const { counts, differences } = compare(expected, notice);
      const score = f1(total(counts)).f1;
      if (score < MIN_F1) console.log(file, JSON.stringify(differences.slice(0, 10), null, 1));
      expect(score).toBeGreaterThanOrEqual(MIN_F1);
      if (expected.document.kind === 'other') {
        expect(notice.tasks).toHaveLength(0);
        expect(notice.report.messages.some((m) => m.rule === 'no-tasks')).toBe(true);
      }
    });
  }
});
