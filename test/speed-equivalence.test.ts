// The speed rewrites of issue 13 that replace a regex or a walk by a cheaper one must give the same
// answers: each is checked against the form it replaced, on generated strings over the characters
// that matter to it (brackets, stops, label words, spaces, digits, a surrogate pair).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_LABELS, labelAtStart, labelBracketed, labelHits } from '../src/metadata/index.js';
import { RUN_ON_END } from '../src/segment/bare-items.js';
import { readMarker } from '../src/segment/markers.js';
import { timePoints } from '../src/recognize/deadline.js';
import { codePoints, squashSpaces } from '../src/text.js';
import { trailingBracket } from '../src/assign/brackets.js';
import { trailingBracketBefore } from './helpers/trailing-bracket-before.js';
import { PROGRESS_OPENS, progressStart } from '../src/recognize/cell-kind.js';
import { threeCells } from '../src/segment/cell-tables.js';
import { LABELLED, mayStandAlone } from '../src/segment/label-lines.js';
import { REMARK_NEEDS, REMARK_PATTERNS } from '../src/recognize/lexicon.js';
import { FIRST_IS_LEAD } from '../src/units.js';
import { titleAtEnd, titleAtStart } from '../src/recognize/person.js';
import { LEADER_TITLES } from '../src/recognize/lexicon.js';
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
  const before = new RegExp(`(?<=^|[\\s|【\\[::]|\\d)(${ALL_LABELS.map((l) => sp(l.w)).join('|')})\\s*[】\\]]?\\s*[::]?\\s*`, 'gu');
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
  // the anchored forms they replaced (each an alternation of every spaced label word)
  const atStart = new RegExp(`^(?:${ALL_LABELS.map((l) => sp(l.w)).join('|')})\\s*[::]`, 'u');
  const bracketed = new RegExp(`^【\\s*(?:${ALL_LABELS.map((l) => sp(l.w)).join('|')})\\s*】`, 'u');
  it('labelAtStart and labelBracketed test what the anchored regexes tested', () => {
    fc.assert(fc.property(textOf(alphabet, 8), (s) => {
      expect(labelAtStart(s)).toBe(atStart.test(s));
      expect(labelBracketed(s)).toBe(bracketed.test(s));
    }), { numRuns: 5000 });
    expect(labelAtStart('发 布 机 构 :X')).toBe(true);
    expect(labelAtStart('发布机构X:')).toBe(false);
    expect(labelBracketed('【 发文字号 】X')).toBe(true);
    expect(labelBracketed('【发文字号:】')).toBe(false);
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

// Round 6: per-line checks by code unit (each against the form it replaced)
describe('squashSpaces', () => {
  it("gives what s.replace(/[\\s|]+/g, '') gives", () => {
    const alphabet = ['a', '市', '𠀀', '\ud840', ' ', '\u3000', '\t', '\n', '|', '\u00a0', '\ufeff', '\u2028', '\u200b', '|'];
    fc.assert(fc.property(textOf(alphabet, 30), (s) => { expect(squashSpaces(s)).toBe(s.replace(/[\s|]+/g, '')); }), { numRuns: 3000 });
  });
});

describe('trailingBracket', () => {
  const before = trailingBracketBefore;
  const alphabet = ['(', ')', '(', ')', '[', ']', '【', '】', '〔', '〕', '。', ';', ',', '.', '市', '𠀀', '\ud840', '已全面完成'];
  it('finds the group the one-character form found', () => {
    fc.assert(fc.property(textOf(alphabet, 30), (s) => { expect(trailingBracket(s)).toEqual(before(s)); }), { numRuns: 3000 });
  });
  it('reads a closing group', () => {
    expect(trailingBracket('推进建设(市发改委牵头)。')).toEqual({ inner: '市发改委牵头', start: 4 });
    expect(trailingBracket('推进建设')).toBeNull();
  });
});

describe('progressStart', () => {
  const alphabet = ['。', ';', ';', '!', '!', ' ', '\u3000', '推', '进', '𠀀', '目前', '已完成', '前三季度,', '1.'];
  // the form before: a one-character string per character, a copy of the text before and after each stop
  const before = (text: string, opens: (s: string) => boolean) => {
    for (let i = 1; i < text.length; i++) {
      if (!/[。;;!!]/u.test(text[i - 1])) continue;
      if (codePoints(text.slice(0, i)) < 6) continue;
      const rest = text.slice(i).trimStart();
      if (opens(rest.slice(0, 12))) return text.length - rest.length;
    }
    return -1;
  };
  it('finds where the copying form found', () => {
    const opens = (s: string) => PROGRESS_OPENS.test(s);
    fc.assert(fc.property(textOf(alphabet, 25), (s) => { expect(progressStart(s)).toBe(before(s, opens)); }), { numRuns: 3000 });
    expect(progressStart('完成园区道路建设。目前已完成80%')).toBe(9);
    expect(progressStart('完成。目前已完成')).toBe(-1); // fewer than 6 characters before the stop
  });
});

describe('threeCells', () => {
  const alphabet = ['|', ' ', '\u3000', '\t', '市', '𠀀', 'a', '|'];
  it('says what splitting and dropping blank cells says', () => {
    fc.assert(fc.property(textOf(alphabet, 20), fc.constantFrom('|' as const, ' ' as const), (s, sep) => {
      const parts = (sep === '|' ? s.split('|') : s.split(/\s{1,}/u)).map((x) => x.trim()).filter(Boolean);
      expect(threeCells(s, sep)).toBe(parts.length >= 3);
    }), { numRuns: 3000 });
  });
});

describe('label lines: the colon-less pre-check', () => {
  const alphabet = ['责', '任', '单', '位', '𠀀', ' ', '\u3000', '0', '1', '2', 'a', '。'];
  it('never refuses a line LABELLED reads as a label alone (no value, at most 6 characters)', () => {
    fc.assert(fc.property(textOf(alphabet, 24), (raw) => {
      const t = raw.trim();
      const m = LABELLED.exec(t);
      const alone = !!m && !m[3] && !m[4] && codePoints(m[2].replace(/[ \u3000]/gu, '')) <= 6;
      if (alone) expect(mayStandAlone(t)).toBe(true);
    }), { numRuns: 5000 });
    expect(mayStandAlone('01 责任单位')).toBe(true);
    expect(mayStandAlone('全面落实疫情防控各项措施确保群众生命安全')).toBe(false);
  });
});

describe('leader titles by startsWith/endsWith (titleAtEnd, titleAtStart)', () => {
  const titles = [...LEADER_TITLES].sort((a, b) => b.length - a.length);
  const atEnd = new RegExp(`(?:${titles.join('|')})$`, 'u');
  const atStart = new RegExp(`^(?:${titles.join('|')})`, 'u');
  const alphabet = [...titles, '王', '丹', '副', '长', '常务', '市', '同志', ' '];
  it('give what the alternations gave', () => {
    fc.assert(fc.property(textOf(alphabet, 6), (s) => {
      const e = atEnd.exec(s);
      expect(titleAtEnd(s)).toBe(e ? e[0] : null);
      if (e) expect(s.length - titleAtEnd(s)!.length).toBe(e.index);
      expect(titleAtStart(s)).toBe(atStart.exec(s)?.[0] ?? null);
    }), { numRuns: 5000 });
    expect(titleAtEnd('王丹常务副县长')).toBe('常务副县长');
    expect(titleAtStart('副市长张三')).toBe('副市长');
  });
});

describe('exact pre-checks: a text without the words cannot match', () => {
  const alphabet = ['不', '再', '明确', '牵头', '单位', '的', '其他', '部门', '负责', '以下', '均为', '下同', '同上', '首位', '第一', '前面',
    '主办', '具体', '任务', '涉及', '政府', '注', '备注', '说明', ':', ',', '列', '排', '在', '市', '局'];
  it('each remark pattern needs one of its words (REMARK_NEEDS)', () => {
    expect(REMARK_NEEDS.length).toBe(REMARK_PATTERNS.length);
    fc.assert(fc.property(textOf(alphabet, 12), (s) => {
      REMARK_PATTERNS.forEach((re, i) => { if (re.test(s)) expect(REMARK_NEEDS[i].some((w) => s.includes(w))).toBe(true); });
    }), { numRuns: 5000 });
  });
  it('FIRST_IS_LEAD reads the rank words first', () => {
    expect(FIRST_IS_LEAD.test('排在首位的单位牵头')).toBe(true);
    expect(FIRST_IS_LEAD.test('牵头单位列在第一')).toBe(true);
    expect(FIRST_IS_LEAD.test('市局牵头,其他单位配合')).toBe(false);
  });
});
