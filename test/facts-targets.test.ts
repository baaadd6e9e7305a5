// The target recognizer against its table of cases (src/facts/targets.cases.ts).
import { describe, expect, it } from 'vitest';
import { findTargets } from '../src/facts/targets.js';
import { TARGET_CASES } from '../src/facts/targets.cases.js';

describe('findTargets: quantitative targets in a task text', () => {
  it('has at least 40 cases', () => expect(TARGET_CASES.length).toBeGreaterThanOrEqual(40));
  for (const c of TARGET_CASES) {
    it(`${c.text} -> ${c.targets.length} target(s)`, () => {
      const got = findTargets(c.text);
      expect(got.map((t) => [t.indicator, t.value, t.unit])).toEqual(c.targets.map((t) => [t.indicator, t.value, t.unit]));
      c.targets.forEach((want, i) => {
        for (const k of ['change', 'qualifier', 'max', 'text'] as const) if (k in want) expect(got[i][k], `${k} of target ${i + 1}`).toBe(want[k]);
        // The span is where the target stands in the text.
        expect(c.text.slice(got[i].span.start, got[i].span.end)).toBe(got[i].text);
      });
    });
  }
});
