// The deadline recognizer against its table of cases (src/recognize/deadline.cases.ts).
import { describe, expect, it } from 'vitest';
import { isDeadline, parseDue, timePoints } from '../src/recognize/deadline.js';
import { DEADLINE_SPAN_CASES, DUE_CASES } from '../src/recognize/deadline.cases.js';
import { findMilestones } from '../src/facts/milestones.js';

describe('parseDue: 完成时限 wording -> due date', () => {
  it('has at least 40 cases', () => expect(DUE_CASES.length).toBeGreaterThanOrEqual(40));
  for (const c of DUE_CASES) {
    it(`${c.text} (${c.year ?? 'no year'}) -> ${c.due ?? c.dueKind}`, () => {
      expect(parseDue(c.text, c.year)).toEqual({ due: c.due, dueKind: c.dueKind });
    });
  }
});

describe('isDeadline: does a span read as a deadline', () => {
  for (const [span, want] of DEADLINE_SPAN_CASES) it(`${span} -> ${want}`, () => expect(isDeadline(span)).toBe(want));
});

describe('time points', () => {
  it('give offsets into the raw text, spaces and Chinese numerals included', () => {
    const text = '加快推进,2023 年 六月底前完成招标';
    const [p] = timePoints(text, 2023);
    expect(text.slice(p.start, p.end)).toBe('2023 年 六月底');
    expect(p.date).toBe('2023-06-30');
  });
});

describe('milestones: dated clauses of a task text', () => {
  it('one per dated clause, with the clause as written', () => {
    expect(findMilestones('启动项目前期工作,6月底前完成招标,12月底前开工建设。', 2023)).toEqual([
      { date: '2023-06-30', text: '6月底前完成招标' },
      { date: '2023-12-31', text: '12月底前开工建设' },
    ]);
  });
  it('年内完成20个 is a milestone; 截至2022年底 and 2020年以来 look back', () => {
    expect(findMilestones('截至2022年底已建成15个,年内完成20个', 2023)).toEqual([{ date: '2023-12-31', text: '年内完成20个' }]);
    expect(findMilestones('2020年以来累计完成投资30亿元', 2023)).toEqual([]);
  });
  it('a text with no date has none', () => expect(findMilestones('加快建设联东U谷、中南高科等项目', 2022)).toEqual([]));
});
