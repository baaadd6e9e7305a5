// End to end: every fixture notice parses to its expected file (fixtures/expected, reviewed by hand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, f1, total } from '../src/compare/index.js';
import { parseFile } from '../src/read.js';
import { Notice } from '../src/schema.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'expected');
const allExpected = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const readExpected = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
/** Real notices collected for the parser's generality (fixtures/real): scored as a corpus, not one by one. */
const isReal = (f: string) => String(readExpected(f).input).startsWith('../real/');
const expectedFiles = allExpected.filter((f) => !isReal(f));
const realFiles = allExpected.filter(isReal);
const MIN_F1 = 0.97;
/** The real corpus's micro-F1 may not fall below this (a ratchet: raise it as the parser improves). It went down
 * once, from 0.95, when 27 notices of the layouts the parser does worst on were added (first scored 64.1 by
 * score.mjs); labelled records, keyed clauses, progress 通报 and the table readers brought the corpus to 98.7.
 * Down again to 0.96 when dev batch 6 (18 notices, 74.9 blind) came in; back to 0.98 once its tables were read
 * (batch 6 at 93.6, the corpus at 98.5); 0.99 again with its metadata and prose read (99.3 by src/compare).
 * Down to 0.98 when dev batch 8 (19 notices, 86.9 blind) came in (98.8 by src/compare); 0.985 once batch 7's
 * tables were read (batch 7 at 94.2 by score.mjs, the corpus at 98.8 by src/compare); 0.99 once batch 8's prose,
 * brackets, keys and titles were read (batch 8 at 97.5 by score.mjs, the corpus at 99.3 by src/compare).
 * Down to 0.96 when dev batch 9 (20 notices, 54.6 blind) came in; 0.989 once its tables and departmental lists
 * were read (batch 9 at 91.3 by score.mjs, the corpus at 99.0 by src/compare). */
const REAL_MIN_F1 = 0.989;

describe('fixtures', () => {
  it('has an expected file for every fixture notice', () => {
    expect(expectedFiles.length).toBeGreaterThanOrEqual(20);
    const texts = readdirSync(join(dir, '..', 'real')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '.json'));
    expect(texts.filter((t) => !realFiles.includes(t))).toEqual([]);
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

/** Scores a set of expected files as one corpus (micro-F1 by src/compare), with the names of invented tasks. */
async function scoreCorpus(folder: string, files: string[]): Promise<{ score: number; invented: string[] }> {
  const sums = new Map<string, { tp: number; fp: number; fn: number }>();
  const invented: string[] = [];
  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const notice = await parseFile(join(folder, expected.input));
    expect(() => Notice.parse(notice), file).not.toThrow();
    if (expected.document.kind === 'other' && notice.tasks.length) invented.push(file);
    for (const [field, c] of Object.entries(compare(expected, notice).counts)) {
      const s = sums.get(field) ?? { tp: 0, fp: 0, fn: 0 };
      s.tp += c.tp; s.fp += c.fp; s.fn += c.fn;
      sums.set(field, s);
    }
  }
  return { score: f1(total(Object.fromEntries(sums))).f1, invented };
}

/** Sets kept unseen while the parser was written, each scored once blind (score.mjs), then kept as ratchets:
 * fixtures/holdout first scored 79.5, fixtures/holdout2 (collected in a later round) first scored 84.7,
 * fixtures/holdout3 (a third round) first scored 78.4, fixtures/holdout4 (a fourth) first scored 83.1 (score.mjs;
 * 87.4 by src/compare), 99.4 after one round of fixes on it; fixtures/holdout5 (a fifth) first scored 93.9,
 * 99.6 after one round of fixes on it. */
const HELD_OUT: { name: string; min: number }[] = [
  { name: 'holdout', min: 0.98 },
  { name: 'holdout2', min: 0.99 },
  { name: 'holdout3', min: 0.98 },
  { name: 'holdout4', min: 0.99 },
  { name: 'holdout5', min: 0.99 },
  { name: 'holdout6', min: 0.95 }, // blind 77.2 by score.mjs, 88.4 by src/compare (session 6's unseen set); 94.4 (86.6) after its tables and prose were read; 95.2 (87.4) with its metadata read (session 7)
  { name: 'holdout7', min: 0.87 }, // blind 71.2 by score.mjs (session 7's unseen set, 40 notices; the session-start build 71.2 too); 86.1 (71.6) once a bracket holding an organ's ending alone (示范村(社区)) named no unit; 87.3 (75.3) with a unit as the subject of 负责 under 职责分工
];

describe('real notices (fixtures/real, fixtures/holdout*)', () => {
  it(`every one parses schema-valid, pages that assign nothing give no task, corpus micro-F1 (src/compare) >= ${REAL_MIN_F1}`, async () => {
    const { score, invented } = await scoreCorpus(dir, realFiles);
    // (the score printed first: it reads whether or not a page invents tasks)
    console.log(`real notices: ${realFiles.length} files, micro-F1 ${(score * 100).toFixed(1)}`);
    expect(invented, 'pages that assign nothing must give no tasks').toEqual([]);
    expect(score).toBeGreaterThanOrEqual(REAL_MIN_F1);
  });
  for (const { name, min } of HELD_OUT) {
    it(`the ${name} set: every one schema-valid, no invented task, micro-F1 (src/compare) >= ${min}`, async () => {
      const heldDir = join(dir, '..', name, 'expected');
      const heldFiles = readdirSync(heldDir).filter((f) => f.endsWith('.json')).sort();
      const texts = readdirSync(join(heldDir, '..')).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '.json'));
      expect(texts.filter((t) => !heldFiles.includes(t))).toEqual([]);
      const { score, invented } = await scoreCorpus(heldDir, heldFiles);
      expect(invented, 'pages that assign nothing must give no tasks').toEqual([]);
      console.log(`${name} notices: ${heldFiles.length} files, micro-F1 ${(score * 100).toFixed(1)}`);
      expect(score).toBeGreaterThanOrEqual(min);
    });
  }
});
