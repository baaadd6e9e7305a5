// The speed rewrites of issue 13 that replace a regex or a walk by a cheaper one must give the same
// answers: each is checked against the form it replaced, on generated strings over the characters
// that matter to it (brackets, stops, label words, spaces, digits, a surrogate pair).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_LABELS, labelHits } from '../src/metadata/index.js';
import { RUN_ON_END } from '../src/segment/bare-items.js';
import { readMarker } from '../src/segment/markers.js';
import { timePoints } from '../src/recognize/deadline.js';
import { codePoints } from '../src/text.js';
import { splitTopLevel } from '../src/units.js';

const textOf = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));
const spans = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0], m[1]]);

describe('run-on cuts (RUN_ON_END)', () => {
  // the form before: the lookbehind first, tried at every character
  const before = /[))\]】〕][。;;]|(?<=[。;;][((][^()()]{2,160})[))](?=\p{Script=Han})/gu;
  const alphabet = ['(', ')', '(', ')', '】', '〕', ']', '。', ';', ';', '市', '局', '牵', '头', 'a', '1', ' ', '𠀀'];
  it('matches where the lookbehind-first form matched', () => {
    fc.assert(fc.property(textOf(alphabet), (s) => { expect(spans(RUN_ON_END, s)).toEqual(spans(before, s)); }), { numRuns: 3000 });
  });
  it('finds both ends of a run-on sentence', () => {
    const s = '地区生产总值增长10%(市发改委牵头)。财政收入增长(市财政局牵头)。做好。(X负责)推进';
    expect(spans(RUN_ON_END, s).map((m) => m[1])).toEqual([')。', ')。', ')']);
  });
});

describe('metadata labels (labelHits)', () => {
  const sp = (w: string) => [...w].join('\\s*');
  const before = new RegExp(`(?<=^|[\\s|【\\[]|\\d)(${ALL_LABELS.map((l) => sp(l.w)).join('|')})\\s*[】\\]]?\\s*[::]?\\s*`, 'gu');
  const words = ALL_LABELS.map((l) => l.w);
  const alphabet = [...words, ...words.map((w) => [...w].join(' ')), ' ', '|', '【', '】', '[', ']', ':', ':', '2', '发', '布', '的', '𠀀', '\u3000'];
  const hits = (s: string) => labelHits(s).map((m) => [m.index, m[0], m[1]]);
  it('finds the labels a global match with the lookbehind finds', () => {
    fc.assert(fc.property(textOf(alphabet, 30), (s) => { expect(hits(s)).toEqual(spans(before, s)); }), { numRuns: 3000 });
  });
  it('first: only the first of them', () => {
    expect(labelHits('标题:X 文号:Y', true).map((m) => m[1])).toEqual(['标题']);
    expect(labelHits('标题:X 文号:Y').map((m) => m[1])).toEqual(['标题', '文号']);
    expect(labelHits('新标题:X')).toEqual([]); // a label inside a word is none
  });
});

describe('readMarker first-character test', () => {
  it('still reads every marker kind', () => {
    const cases: Array<[string, string | null]> = [
      ['第一部分 总体要求', 'part'], ['第三条 适用', 'article'], ['壹、总则', 'cn-capital'], ['Ⅱ. 目标', 'roman'], ['IV. 目标', 'roman'],
      ['一、重点任务', 'cn'], ['(一)加快发展', 'paren-cn'], ['㈡加快发展', 'paren-cn'], ['12.推进建设', 'num'], ['⒊推进', 'num'],
      ['(3)推进', 'paren-num'], ['⑷推进', 'paren-num'], ['3)推进', 'rparen-num'], ['①推进', 'circled'], ['●推进', 'bullet'],
      ['推进建设', null], [' 一、缩进', null], ['2023年推进', null],
    ];
    for (const [text, type] of cases) expect(readMarker(text)?.type ?? null, text).toBe(type);
  });
});

describe('deadline normalize fast paths', () => {
  it('reads points the same with and without the characters the slow path rewrites', () => {
    expect(timePoints('2023年6月底前完成', 2023).map((p) => p.date)).toEqual(['2023-06-30']);
    expect(timePoints('2023 年 6 月底前完成', 2023).map((p) => p.date)).toEqual(['2023-06-30']);
    expect(timePoints('２０２３年６月底前完成', 2023).map((p) => p.date)).toEqual(['2023-06-30']);
    expect(timePoints('二〇二三年十二月底前完成', null).map((p) => p.date)).toEqual(['2023-12-31']);
    // positions are those of the raw text, on either path
    expect(timePoints('于6月底前完成', 2023).map((p) => [p.start, p.end])).toEqual([[1, 4]]);
    expect(timePoints('于 6月底前完成', 2023).map((p) => [p.start, p.end])).toEqual([[2, 5]]);
  });
});

describe('splitTopLevel', () => {
  it('splits at the given characters outside brackets only', () => {
    expect(splitTopLevel('市发改委(牵头,下同)、市财政局;区政府', '、;')).toEqual(['市发改委(牵头,下同)', '市财政局', '区政府']);
    expect(splitTopLevel('a【b,c】,d', ',')).toEqual(['a【b,c】', 'd']);
    expect(splitTopLevel('', ',')).toEqual(['']);
  });
});

describe('codePoints', () => {
  it('counts as [...s].length counts, lone surrogates too', () => {
    const alphabet = ['a', '市', '𠀀', '\ud840', '\udc00', ' ', '。'];
    fc.assert(fc.property(textOf(alphabet, 20), (s) => { expect(codePoints(s)).toBe([...s].length); }), { numRuns: 3000 });
  });
});
