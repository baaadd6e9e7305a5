// Issue 13, ninth round: the exact pre-checks in front of regular expressions on the start path. Each
// pre-check must hold of every text its expression matches (so that skipping the expression when it fails
// changes no answer): checked on generated strings over the characters and words that matter, and on
// examples that match (so that the property is not vacuously true).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colonKeySentences, GENERIC_ENDS, KEY_LINE, KEY_LINE_RE, labelStops } from '../src/assign/keys.js';
import {
  DONE, DONE_LAST, MEASURE, MEASURE_MAX, opensQuantity, PROGRESS_CELL, PROGRESS_CELL_FIRST, PROGRESS_OPENS,
  PROGRESS_OPENS_FIRST, QUANTITY, ROLE_VERB, SCHEDULE_STEPS, STEP_SEPARATORS,
} from '../src/recognize/cell-kind.js';
import { KEY_OPENED, KEY_OPENED_FIRST } from '../src/recognize/clause.js';
import { ACTION_FIRSTS, MEMBERS, OPENS_WITH_ACTION, RUN_INTO_TEXT, RUN_INTO_VERBS } from '../src/recognize/unit.js';
import { TRAILING_VERB } from '../src/units.js';
import { NOT_ASSIGNED, PERIOD_LABEL } from '../src/segment/cell-tables.js';
import { OPENS, PATTERNS } from '../src/segment/markers.js';
import { gluedMarkerMay, GLUED_MARKER } from '../src/normalize/flat.js';
import { mayEndPageNumber, mayOpenPageNumber, PAGE_NUMBER } from '../src/normalize/index.js';
import { FRAME_END, FRAME_LAST, keptOpening } from '../src/facts/targets.js';
import { LETTERHEAD, LETTERHEAD_ORGAN_LAST } from '../src/metadata/index.js';
import { endsIn, firstsOf, followedBy, hasDigit, isHanCode, lastsOf, opensIn, pairIn, precededBy } from '../src/text.js';
import { hasKey, KEY_AT_SOURCE, KEY_OR_STOP_SOURCE, keyAt, keyHits } from '../src/assign/parse.js';
import { STOP_LINE, STOP_LINE_RE } from '../src/assign/keys.js';
import { BARE_KEY_SOURCE, BARE_STOP_SOURCE, firstBareKey, lastOpenKey, OPEN_KEY_SOURCE } from '../src/formats/inline-assignment/index.js';

const textOf = (alphabet: string[], maxLength = 14) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

/** re matches s only when pre(s) holds; and the examples match, pre-check and all. */
function implies(re: RegExp, pre: (s: string) => boolean, alphabet: string[], examples: string[], maxLength = 14) {
  const test = (s: string) => { re.lastIndex = 0; const r = re.test(s); re.lastIndex = 0; return r; };
  for (const e of examples) { expect(test(e)).toBe(true); expect(pre(e)).toBe(true); }
  let matched = 0;
  fc.assert(fc.property(textOf(alphabet, maxLength), (s) => {
    if (!test(s)) return;
    matched++;
    expect(pre(s)).toBe(true);
  }), { numRuns: 4000 });
  expect(matched).toBeGreaterThan(0); // the alphabet reaches matches
}

const SPACES = [' ', '\u3000', '\t'];
const DIGITS = ['1', '2', '0', '9'];

describe('helpers', () => {
  it('read characters and words as documented', () => {
    expect(hasDigit('第三条')).toBe(false);
    expect(hasDigit('增长7%')).toBe(true);
    expect(followedBy('市局牵头工作', '牵头', '工任')).toBe(true);
    expect(followedBy('牵头,工作', '牵头', '工任')).toBe(false);
    expect(precededBy('区人民政府文件', '文件', '府')).toBe(true);
    expect(precededBy('指导性文件', '文件', '府')).toBe(false);
    expect(opensIn('', 'a')).toBe(false);
    expect(endsIn('', 'a')).toBe(false);
    expect(firstsOf('推进|推动|加快')).toBe('推加');
    expect(lastsOf('推进|推动|加快')).toBe('进动快');
    expect(pairIn('局推进', '局', '推')).toBe(true);
    expect(pairIn('局,推进', '局', '推')).toBe(false);
  });
});

describe('keys', () => {
  const alphabet = ['牵头单位', '责任单位', '牵头领导', '完成时限', '配合', '协同责任单位', '区', '市', '局', '各有关单位', '的', '位置',
    ':', ':', '(', '【', ...SPACES, '𠀀', 'a', '1'];
  it('KEY_LINE answers as its regex does', () => {
    fc.assert(fc.property(textOf(alphabet, 8), (s) => {
      expect(KEY_LINE.test(s)).toBe(KEY_LINE_RE.test(s));
    }), { numRuns: 6000 });
    for (const s of ['牵头单位:市局', '(责任单位 :市局', '  协同责任单位:X', '【完成时限:6月']) expect(KEY_LINE.test(s)).toBe(true);
    expect(KEY_LINE.test('您当前的位置: 正文')).toBe(false); // 置 ends no key
  });
  it('GENERIC_ENDS are the words the generic key ends on', () => {
    expect(GENERIC_ENDS).toContain('单位');
    expect(KEY_LINE.test('协同单位:X')).toBe(true);
  });
  it('colonKeySentences: the stop count decides as the two hits did', () => {
    const words = ['责任主体', '执行对象', '执行时间', '市工商局', '长期有效', '激发活力', '。', '。', ' ', ';'];
    fc.assert(fc.property(textOf(words, 10), (s) => {
      const hits = [...s.matchAll(/(?<=^|[。;;])\s*(责任主体|执行对象|执行时间)\s*。(?=\s*[^\s。])/gu)].length;
      if (hits >= 2) expect(labelStops(s)).toBe(2);
    }), { numRuns: 4000 });
    expect(colonKeySentences('激发活力。责任主体。市工商局。执行时间。长期有效。')).toBe('激发活力。责任主体:市工商局。执行时间:长期有效。');
  });
});

describe('cell kinds', () => {
  it('QUANTITY opens with a digit or one of its bounds', () => {
    implies(QUANTITY, opensQuantity, ['≥', '约', '不少于', '达到', '各', '1', '2', '.', '5', '个', '万', '人', '%', '以上', '左右', '市', '局'],
      ['7699套', '≥2%', '不少于100人', '达到1.5万亩'], 6);
  });
  it('MEASURE holds at most MEASURE_MAX code units', () => {
    implies(MEASURE, (s) => s.length <= MEASURE_MAX, ['十', '万', '平方米', '公里', '元', '/', '人', '年', '亩', '千米'], ['万平方米/人', '亩'], 5);
  });
  it('DONE ends on one of DONE_LAST', () => {
    implies(DONE, (s) => endsIn(s, DONE_LAST), ['已', '经', '均已', '全面', '完成', '竣工', '办结', '落实到位', '任务', '推进', '中', '进展顺利', '正在', '稳步'],
      ['已全面完成', '正在推进中', '进展顺利', '办结任务'], 5);
  });
  it('SCHEDULE_STEPS opens with a year and holds a separator', () => {
    implies(SCHEDULE_STEPS, (s) => s[4] === '年' && STEP_SEPARATORS.some((c) => s.includes(c)),
      ['2021年8月公布', '2021年2月', '8月决算', '信息', ',', ';', '。', '底', '1'], ['2021年2月公布预算信息,2021年8月公布决算信息'], 12);
  });
  it('ROLE_VERB ends on 头 责 合 实 施 进', () => {
    implies(ROLE_VERB, (s) => endsIn(s, '头责合实施进'), ['分别', '牵头', '负责', '配合', '落实', '实施', '推进', '市局', '、'], ['市局牵头落实', '分别负责']);
  });
  it('PROGRESS_OPENS and PROGRESS_CELL open with their first characters', () => {
    const alphabet = ['截至', '今年', '以来', '2022年', '前', '第', '三', '季度', ',', '上', '半年', '1', '-', '11月', '月', '目前', '已', '有', '完成',
      '正在', '按序时', '达', '到', '序时', '超', '进展顺利', '推进顺利', '稳步推进中', '市', '.'];
    implies(PROGRESS_OPENS, (s) => opensIn(s, PROGRESS_OPENS_FIRST), alphabet, ['前三季度,全市', '截至9月底', '1-11月,', '目前', '1.'], 6);
    implies(PROGRESS_CELL, (s) => opensIn(s, PROGRESS_CELL_FIRST), alphabet, ['已完成', '正在推进', '上半年,', '达到序时'], 6);
  });
});

describe('clauses, units, names', () => {
  it('KEY_OPENED opens with one of KEY_OPENED_FIRST', () => {
    implies(KEY_OPENED, (s) => opensIn(s, KEY_OPENED_FIRST) && s.length > 1,
      ['牵头', '责任', '配合', '分管', '包保', '由', '单位', '部门', '市', '级', '领导', ':', '为', '是', ' ', '局'], ['责任单位为区发改委', '分管市领导:X', '由市局'], 6);
  });
  it('OPENS_WITH_ACTION opens with a first character of its words', () => {
    implies(OPENS_WITH_ACTION, (s) => opensIn(s, ACTION_FIRSTS), ['推进', '加快', '聚焦', '按照', '新改扩建', '市', '局'], ['推进建设', '聚焦'], 4);
  });
  it('MEMBERS needs 各 and ends on 位 门 员', () => {
    implies(MEMBERS, (s) => s.includes('各') && endsIn(s, '位门员'), ['市', '委', '各', '有关', '成员单位', '部门', '单位', '成员', '要'], ['市委各成员单位', '区政府各部门'], 6);
  });
  it('RUN_INTO_TEXT: an organ word\'s last character before a verb\'s first', () => {
    implies(RUN_INTO_TEXT, (s) => pairIn(s, '局委办司心道府', firstsOf(RUN_INTO_VERBS)),
      ['局', '公司', '中心', '政府', '推进', '实施', '启动', '推', '市', '工作'], ['市局推进', '区政府启动'], 6);
  });
  it('TRAILING_VERB ends on the last characters of its verbs', () => {
    implies(TRAILING_VERB, (s) => endsIn(s, '实责合与加助头'), ['市局', '分别', '负责落实', '负责', '配合', '参与', '参加', '协助', '牵头', '积极'], ['市局负责', '市局积极参与']);
  });
});

describe('tables, markers, pages, figures, metadata', () => {
  it('NOT_ASSIGNED and PERIOD_LABEL', () => {
    implies(NOT_ASSIGNED, (s) => endsIn(s, '门位室人'), ['评分', '考核', '部门', '单位', '科室', '责任人', '负责人', '市'], ['考核部门', '责任人'], 5);
    implies(PERIOD_LABEL, (s) => opensIn(s, '第一二三四前上下0123456789'), ['第', '一', '三', '4', '季度', '前', '上', '半年', '1', '-', '12', '月', '份', '市'], ['第一季度', '1-3月', '上半年'], 5);
  });
  it('each marker pattern opens with a character OPENS allows', () => {
    const alphabet = ['第', '一', '十', '条', '部分', '章', '壹', 'Ⅳ', 'ⅲ', 'I', 'V', 'X', '(', '(', ')', ')', '㈠', '1', '2', '⑴', '⒈', '①', '㉑',
      '、', '.', '.', ',', ' ', '*', '市', '局', '2023年'];
    for (const [type, re] of PATTERNS) {
      fc.assert(fc.property(textOf(alphabet, 6), (s) => { if (re.test(s)) expect(OPENS[type](s.charCodeAt(0))).toBe(true); }), { numRuns: 1500 });
    }
    for (const [s, type] of [['第一部分 总体', 'part'], ['第三条 X', 'article'], ['壹、X', 'cn-capital'], ['Ⅳ、X', 'roman'], ['一、X', 'cn'], ['(一)X', 'paren-cn'],
      ['1.X', 'num'], ['(1)X', 'paren-num'], ['1)X', 'rparen-num'], ['①X', 'circled']] as const) {
      expect(PATTERNS.find(([t]) => t === type)![1].test(s)).toBe(true);
      expect(OPENS[type](s.charCodeAt(0))).toBe(true);
    }
  });
  it('GLUED_MARKER needs its stop before a digit, bracket or numeral', () => {
    implies(GLUED_MARKER, gluedMarkerMay, ['。', ';', ':', ')', '】', '1', '2', '.', '、', '(', '(', '一', '三', ')', '市', '局'], ['做好。2.推进', '完成;(一)X'], 8);
  });
  it('PAGE_NUMBER opens and ends as checked', () => {
    implies(PAGE_NUMBER, (s) => mayOpenPageNumber(s.charCodeAt(0)) && mayEndPageNumber(s.charCodeAt(s.length - 1)),
      ['-', '—', '-', '第', '页', '共', '1', '12', '/', ' ', ',', '市', 'P', 'p', '.', 'age'], ['- 3 -', '第2页', '第 1 页,共 3 页', '3/12', 'P. 7', 'Page 12'], 8);
  });
  it('PAGE_NUMBER: a converter\'s page label (P. 7, Page 12) is a page number; a word or a marker with it is not', () => {
    for (const t of ['P. 7', 'P.7', 'p 12', 'Page 3']) expect(PAGE_NUMBER.test(t), t).toBe(true);
    for (const t of ['PPP 7', 'P. 7 推进项目', '7.推进项目', 'Pages 7']) expect(PAGE_NUMBER.test(t), t).toBe(false);
  });
  it('FRAME_END ends on FRAME_LAST', () => {
    implies(FRAME_END, (s) => endsIn(s, FRAME_LAST), ['、', '和', '分别', '同比', '同口径', '比上年', '较2020年', '年均', '各', '力争', '确保', '以上', '的', '市', '增长'],
      ['同比', '比上年', '力争确保'], 5);
  });
  it('keptOpening: U+4E00–U+9FFF are all Script=Han, so the strip of a non-Han opening cannot start there', () => {
    for (let c = 0x4e00; c <= 0x9fff; c++) expect(/\p{Script=Han}/u.test(String.fromCharCode(c))).toBe(true);
    for (const s of ['a', 'Z', '0', '_', '“', '"', '《']) expect(/^[^\p{Script=Han}\w“"《]+/u.test(s)).toBe(false);
    expect(keptOpening(':'.charCodeAt(0))).toBe(false);
  });
  it('LETTERHEAD needs 文件 after an organ word\'s last character', () => {
    implies(LETTERHEAD, (s) => precededBy(s, '文件', LETTERHEAD_ORGAN_LAST), ['海州区', '人民政府', '办公室', '委员会', '办公厅', '文件', '指导性', ' ', '市'],
      ['海州区人民政府文件', '市建设委员会文件'], 6);
  });
});

describe('key scans by code (keyHits, keyAt) against the regexes they replace', () => {
  const KEY_OR_STOP = new RegExp(KEY_OR_STOP_SOURCE, 'gu');
  const KEY_AT = new RegExp(KEY_AT_SOURCE, 'u');
  const alphabet = ['牵头单位', '责任单位', '牵头领导', '完成时限', '配合', '牵头', '协同责任单位', '备注', '完成情况', '联系人', '各有关单位', '发布单位',
    '市', '局', '刘兴达', ':', ':', ' ', '\u3000', ';', ',', '、', '。', '(', '【', '[', 'a', '1', '𠀀', '𠀀单位', '\ud840'];
  const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2], m.length]);
  it('keyHits gives what matchAll gave, index and groups', () => {
    fc.assert(fc.property(textOf(alphabet, 12), (s) => {
      expect(shape(keyHits(s))).toEqual(shape([...s.matchAll(KEY_OR_STOP)]));
      expect(keyAt(s)).toBe(KEY_AT.test(s));
    }), { numRuns: 8000 });
  });
  it('reads a glued list and keys after separators', () => {
    const s = '牵头领导:刘兴达牵头单位:市财政局;责任单位:市局 备注:无';
    expect(shape(keyHits(s))).toEqual(shape([...s.matchAll(KEY_OR_STOP)]));
    expect(keyHits(s).map((m) => m[1] ?? m[2])).toEqual(['牵头领导', '牵头单位', '责任单位', '备注']);
    expect(hasKey('(牵头单位:市局)')).toBe(true);
    expect(hasKey('推进工作:X')).toBe(false); // no key word, no generic ending
  });
  it('isHanCode agrees with \\p{Script=Han} on every BMP code point and some astral ones', () => {
    const han = /^\p{Script=Han}$/u;
    for (let c = 0; c <= 0xffff; c++) if (isHanCode(c) !== han.test(String.fromCharCode(c))) expect(c.toString(16)).toBe('agreeing');
    for (const c of [0x20000, 0x2a6d6, 0x1f600, 0x16fe2]) expect(isHanCode(c)).toBe(han.test(String.fromCodePoint(c)));
  });
});

describe('inline keys and stop lines by code', () => {
  const OPEN_KEY = new RegExp(OPEN_KEY_SOURCE, 'gu');
  const BARE_KEY = new RegExp(BARE_KEY_SOURCE, 'u');
  const BARE_STOP = new RegExp(BARE_STOP_SOURCE, 'u');
  const alphabet = ['牵头单位', '责任单位', '牵头', '完成时限', '协同责任单位', '备注', '完成情况', '联系电话', '整改措施', '各有关单位', '市', '局', '做好',
    ':', ':', ' ', '\u3000', '。', ';', ',', '.', '!', '(', '(', '【', '[', '〔', '𠀀', '𠀀单位', '\ud840'];
  it('lastOpenKey, firstBareKey and STOP_LINE answer as the regexes did', () => {
    fc.assert(fc.property(textOf(alphabet, 10), (s) => {
      expect(lastOpenKey(s)).toBe([...s.matchAll(OPEN_KEY)].pop()?.index ?? -1);
      expect(firstBareKey(s)).toBe(BARE_KEY.exec(s)?.index ?? -1);
      expect(firstBareKey(s, true)).toBe(BARE_STOP.exec(s)?.index ?? -1);
      expect(STOP_LINE.test(s)).toBe(STOP_LINE_RE.test(s));
    }), { numRuns: 8000 });
    expect(lastOpenKey('做好。(牵头单位:市局;(责任单位 : 区局')).toBe(12);
    expect(firstBareKey('做好。 牵头单位:市局')).toBe(3);
    expect(firstBareKey('做好。备注:无。牵头单位:市局', true)).toBe(3);
    expect(STOP_LINE.test('联系电话 :123')).toBe(true);
  });
});
