// The recognizers' case tables (src/recognize/cases.ts): what a unit, a person, a deadline and an
// assignment clause are, each proven on spans from real notices.
import { describe, expect, it } from 'vitest';
import { bareOrganCases, clauseCases, deadlineCases, holdsBareOrganCases, holdsPersonCases, looseCutCases, personCases, statusRemarkCases, townCutCases, townUnitCases, unitCases } from '../src/recognize/cases.js';
import { isStatusRemark, opensWithProgress } from '../src/recognize/cell-kind.js';
import { trailingBracket } from '../src/assign/brackets.js';
import { readClause } from '../src/recognize/clause.js';
import { isDeadlineSpan } from '../src/recognize/deadline-span.js';
import { holdsPerson, isPerson } from '../src/recognize/person.js';
import { cutRunTogether, cutTownUnits, holdsBareOrgan, isBareOrgan, isUnit } from '../src/recognize/unit.js';

describe('unit recognizer', () => {
  for (const [span, want] of unitCases) it(`${span || '(empty)'} -> ${want}`, () => expect(isUnit(span)).toBe(want));
  it('cuts units written together, never inside one name', () => {
    expect(cutRunTogether('市发展改革委市经贸委')).toEqual(['市发展改革委', '市经贸委']);
    expect(cutRunTogether('水利局住建局各镇', true)).toEqual(['水利局', '住建局', '各镇']);
    expect(cutRunTogether('住房和城乡建设局')).toBeNull();
    expect(cutRunTogether('区市场监督管理局', true)).toBeNull();
    expect(cutRunTogether('聚和村农村股份合作社区农发局')).toEqual(['聚和村农村股份合作社', '区农发局']);
    // (a name of two characters inside a loose run only when it is surely an organ's)
    expect(cutRunTogether('经委农办统计局', true)).toEqual(['经委', '农办', '统计局']);
  });
  for (const [span, want] of townUnitCases) it(`town office: ${span} -> ${want}`, () => expect(isUnit(span)).toBe(want));
  for (const [run, want] of townCutCases) it(`town offices run together: ${run} -> ${JSON.stringify(want)}`, () => expect(cutTownUnits(run)).toEqual(want));
  for (const [run, want] of looseCutCases) it(`loose cut: ${run} -> ${want ? want.join(' | ') : 'one name'}`, () => expect(cutRunTogether(run, true)).toEqual(want));
  for (const [span, want] of bareOrganCases) it(`bare organ: ${span} -> ${want}`, () => expect(isBareOrgan(span)).toBe(want));
  for (const [span, want] of holdsBareOrganCases) it(`holds a bare organ: ${span} -> ${want}`, () => expect(holdsBareOrgan(span)).toBe(want));
});

describe('person recognizer', () => {
  for (const [span, want] of personCases) it(`${span} -> ${want}`, () => expect(isPerson(span)).toBe(want));
  for (const [span, want] of holdsPersonCases) it(`holds a person: ${span} -> ${want}`, () => expect(holdsPerson(span)).toBe(want));
});

describe('deadline span recognizer', () => {
  for (const [span, want] of deadlineCases) it(`${span} -> ${want}`, () => expect(isDeadlineSpan(span)).toBe(want));
});

describe('assignment clause recognizer', () => {
  for (const [span, want, opts] of clauseCases) {
    it(`${span} -> ${want ? JSON.stringify(want) : 'none'}`, () => {
      const got = readClause(span, opts);
      if (!want) { expect(got).toBeNull(); return; }
      expect(got).not.toBeNull();
      for (const [k, v] of Object.entries(want)) expect(got![k as keyof typeof want], k).toEqual(v);
    });
  }
});

describe('keyed clauses among a line\'s own clauses', () => {
  it('a leader\'s key opens a clause as a unit key does', async () => {
    const { keyedClauses } = await import('../src/recognize/clause.js');
    const r = keyedClauses('财政收入增长12%。责任领导:李强副市长;责任单位:市财政局、市地税局');
    expect(r?.text).toBe('财政收入增长12%');
    expect(r?.assignment).toMatchObject({ leaders: ['李强副市长'], coUnits: ['市财政局', '市地税局'] });
  });
});

describe('status remark recognizer', () => {
  for (const [span, want] of statusRemarkCases) it(`${span || '(empty)'} -> ${want}`, () => expect(isStatusRemark(span)).toBe(want));
  it('a remark on progress after a block leaves the block closing the line; other words after it do not', () => {
    expect(trailingBracket('解决饮水安全问题。(责任单位:市水务局,各县区政府)该件实事已全面完成')?.inner).toBe('责任单位:市水务局,各县区政府');
    expect(trailingBracket('解决饮水安全问题(一期)并建设水厂')).toBeNull();
  });
  it('a paragraph that opens by reporting progress', () => {
    expect(opensWithProgress('此项工作已完成。截至2019年12月底,全市完成减少农村扶贫对象7.497万人。')).toBe(true);
    expect(opensWithProgress('截至12月底,改造危桥21座。')).toBe(true);
    expect(opensWithProgress('加快推进农村公路建设,新建公路500公里。')).toBe(false);
  });
});
