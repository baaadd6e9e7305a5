// Eleventh round of issue 13: per-line helpers rewritten by code unit or kept per document must answer as the
// forms they replaced, on generated strings over the characters that matter to each (brackets, stops, spaces,
// pipes, a surrogate pair and a lone half), and a kept answer must be the answer computed afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastClose, readTrailingBracket, trailingBracket } from '../src/assign/brackets.js';
import { squashedEndsWith } from '../src/assemble/index.js';
import { trailingBracketBefore } from './helpers/trailing-bracket-before.js';
import { endsWithAssignment, readEndsWithAssignment } from '../src/segment/bare-items.js';
import { MARKER_FIRST, MARKER_START, readMarker } from '../src/segment/markers.js';
import { anyWordOf, bracketDepth, endsIn, followedBy, hasAny, opensIn, pairIn, precededBy, squashSpaces } from '../src/text.js';
import { forgetAnswers } from '../src/memo.js';
import { keyedClauses, lastClauseStart } from '../src/recognize/clause.js';
import { opensWithHeaderWord, unnumberedHeader } from '../src/segment/run-together-rows.js';
import { beyondLabel, columnRole, readColumnRole } from '../src/segment/cell-tables.js';

const textOf = (alphabet: string[], maxLength = 60) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''));

describe('trailingBracket: the remark after a block looked for near the end only', () => {
  // the form before: the last of each closer anywhere in the line, then the 26-unit test
  const before = trailingBracketBefore;
  // long runs of text between a block and its remark, so the 26-unit window is crossed both ways
  const alphabet = ['(', ')', '】', '【', '〕', '〔', ']', '[', '。', ';', ',', '市', '局', '推进建设工作', '𠀀', '\ud840', '已全面完成', '已完成', ' '];
  it('gives the answer of the whole-line scan', () => {
    fc.assert(fc.property(textOf(alphabet, 80), (s) => {
      expect(readTrailingBracket(s)).toEqual(before(s));
      expect(trailingBracket(s)).toEqual(before(s));
    }), { numRuns: 4000 });
  });
  it('lastClose is the last closer within the window, else -1', () => {
    fc.assert(fc.property(textOf(alphabet, 80), (s) => {
      const last = Math.max(s.lastIndexOf(')'), s.lastIndexOf('】'), s.lastIndexOf('〕'), s.lastIndexOf(']'));
      expect(lastClose(s)).toBe(last >= 0 && s.length - last <= 26 ? last : -1);
    }), { numRuns: 4000 });
  });
  it('cuts a remark off a block, and only a near one', () => {
    expect(trailingBracket('推进建设(责任单位:市发改委)已全面完成')).toEqual({ inner: '责任单位:市发改委', start: 4 });
    expect(trailingBracket(`推进建设(市发改委)${'很'.repeat(30)}已全面完成`)).toBeNull();
  });
});

describe('answers kept per document', () => {
  const alphabet = ['(', ')', '。', ';', ',', '市发改委', '牵头', '负责', '配合', '责任单位', ':', '由', '推进建设', '已完成', '区', '局', ' '];
  it('endsWithAssignment and trailingBracket answer as computed afresh, before and after forgetAnswers', () => {
    fc.assert(fc.property(textOf(alphabet, 30), (s) => {
      const fresh = readEndsWithAssignment(s);
      expect(endsWithAssignment(s)).toBe(fresh);
      expect(endsWithAssignment(s)).toBe(fresh);
      forgetAnswers();
      expect(endsWithAssignment(s)).toBe(fresh);
      expect(trailingBracket(s)).toEqual(readTrailingBracket(s));
    }), { numRuns: 2000 });
    expect(endsWithAssignment('推进建设(市发改委牵头,市财政局配合)。')).toBe(true);
    expect(endsWithAssignment('推进建设。')).toBe(false);
  });
});

describe('pre-checks by code unit', () => {
  const a = '。;;::))]】〕', b = '0123456789((一二三四五六七八九十';
  const alphabet = [...a, ...b, '市', ' ', '𠀀', '\ud840', '\udc00', 'x'];
  // the forms before: one-character strings
  const pairBefore = (s: string) => { for (let i = 0; i + 1 < s.length; i++) if (a.includes(s[i]) && b.includes(s[i + 1])) return true; return false; };
  it('pairIn, opensIn, endsIn', () => {
    fc.assert(fc.property(textOf(alphabet, 20), (s) => {
      expect(pairIn(s, a, b)).toBe(pairBefore(s));
      expect(opensIn(s, a)).toBe(s.length > 0 && a.includes(s[0]));
      expect(endsIn(s, b)).toBe(s.length > 0 && b.includes(s[s.length - 1]));
    }), { numRuns: 4000 });
    expect(pairIn('发展。2.推进', a, b)).toBe(true);
  });
  it('followedBy, precededBy', () => {
    const words = ['牵头', '市', '局'];
    fc.assert(fc.property(textOf([...words, ...a, ' ', '𠀀', '\ud840'], 20), (s) => {
      for (const w of words) {
        let f = false, p = false;
        for (let i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
          const j = i + w.length;
          if (j < s.length && a.includes(s[j])) f = true;
          if (i > 0 && a.includes(s[i - 1])) p = true;
        }
        expect(followedBy(s, w, a)).toBe(f);
        expect(precededBy(s, w, a)).toBe(p);
      }
    }), { numRuns: 4000 });
  });
  it('bracketDepth counts what the two match arrays counted', () => {
    const before = (t: string) => (t.match(/[(\[【〔]/gu) ?? []).length - (t.match(/[)\]】〕]/gu) ?? []).length;
    fc.assert(fc.property(textOf(['(', ')', '[', ']', '【', '】', '〔', '〕', '(', ')', '市', '𠀀', '\ud840'], 30), (s) => {
      expect(bracketDepth(s)).toBe(before(s));
    }), { numRuns: 4000 });
    expect(bracketDepth('推进(市局【')).toBe(2);
  });
  it("a marker's first character: the table is MARKER_START on every code unit", () => {
    for (let c = 0; c < 0x10000; c++) expect(MARKER_FIRST.has(c)).toBe(MARKER_START.test(String.fromCharCode(c)));
    for (const s of ['𠀀、推进', '\ud840一、', '']) expect(MARKER_FIRST.has(s.charCodeAt(0))).toBe(MARKER_START.test(s));
    expect(readMarker('一、推进')?.value).toBe(1);
    expect(readMarker('●推进')?.type).toBe('bullet');
    expect(readMarker('推进')).toBeNull();
  });
});

describe('squashedEndsWith', () => {
  const alphabet = ['市', '局', '|', ' ', '\u3000', '\n', '\t', '发改委', '𠀀', '\ud840'];
  it('is squashSpaces(text).endsWith(tail)', () => {
    fc.assert(fc.property(textOf(alphabet, 30), textOf(alphabet, 6), (t, tail) => {
      expect(squashedEndsWith(t, tail)).toBe(squashSpaces(t).endsWith(tail));
      const end = squashSpaces(t).slice(-3);
      expect(squashedEndsWith(t, end)).toBe(true);
    }), { numRuns: 5000 });
  });
});

describe('columnRole: a text past a label\'s length refused before it is squashed', () => {
  const alphabet = ['牵头单位', '责任单位', '完成时限', '工作任务', '(', ')', ')', '|', ' ', '\u3000', '市', '推进', '。', '2025年', '𠀀'];
  it('beyondLabel only where readColumnRole says null', () => {
    fc.assert(fc.property(textOf(alphabet, 40), (s) => {
      if (beyondLabel(s)) expect(readColumnRole(s)).toBeNull();
      expect(columnRole(s)).toBe(readColumnRole(s));
      expect(beyondLabel(s)).toBe(squashSpaces(s).length > 36 && !squashSpaces(s).endsWith(')'));
    }), { numRuns: 5000 });
    expect(columnRole('牵头单位')).toBe('leadUnits');
    expect(beyondLabel(`${'推进'.repeat(20)}(牵头单位)`)).toBe(false);
  });
});

describe('unnumberedHeader: only a line opening with a header word is cut into labels', () => {
  const alphabet = ['工作内容', '工作任务', '责任主体', '责任单位', '牵头单位', '时间节点', '完成时限', '配合单位', '序号', '切实', '做好', '推进',
    '市政府', '各部门', '。', '内容', '任务', '单位', '“'];
  it('gives the answer of the cuts made on every line', () => {
    fc.assert(fc.property(textOf(alphabet, 16), (s) => { expect(unnumberedHeader(s)).toEqual(unnumberedHeader(s, false)); }), { numRuns: 3000 });
    const line = '工作内容责任主体时间节点切实做好民生实事。市政府各部门持续推进';
    expect(unnumberedHeader(line)?.labels).toEqual(['工作内容', '责任主体', '时间节点']);
    expect(opensWithHeaderWord('切实做好工作内容责任主体时间节点', 12)).toBe(false);
  });
});

describe('keyedClauses: the last clause found before the list of clauses is made', () => {
  const OPEN = '((〈《[【〔“', CLOSE = '))〉》]】〕”', SEP = ',,;;。';
  // the cut loop of keyedClauses: the start of its last cut (0 when there is one cut)
  const before = (body: string) => {
    const cuts: number[] = [];
    let depth = 0, from = 0;
    for (let i = 0; i <= body.length; i++) {
      const c = i < body.length ? body[i] : '';
      if (c && OPEN.includes(c)) depth++;
      else if (c && CLOSE.includes(c)) depth = Math.max(0, depth - 1);
      if (i === body.length || (depth === 0 && c && SEP.includes(c))) { cuts.push(from); from = i + 1; }
    }
    return cuts.length < 2 ? 0 : cuts[cuts.length - 1];
  };
  it('lastClauseStart is where the loop\'s last cut starts', () => {
    fc.assert(fc.property(textOf([...OPEN, ...CLOSE, ...SEP, '市', '责任单位为', ' ', '𠀀'], 30), (s) => {
      expect(lastClauseStart(s)).toBe(before(s));
    }), { numRuns: 5000 });
  });
  it('still reads the keyed clauses of a line', () => {
    const r = keyedClauses('增长7%(预期),责任单位为区发改委;技改投资比重16.5%,责任单位为区经信局;');
    expect(r?.assignment.leadUnits.length ? r.assignment.leadUnits : r?.assignment.coUnits).toEqual(['区发改委', '区经信局']);
    expect(keyedClauses('推进建设,做好工作。')).toBeNull();
  });
});

describe('anyWordOf: hasAny in one scan', () => {
  const words = ['长效', '长期', '长期推进', '持续', '每月', '常态化', '𠀀年'];
  it('is hasAny on generated strings', () => {
    const has = anyWordOf(words);
    fc.assert(fc.property(textOf(['长', '效', '期', '推', '进', '持', '续', '每', '月', '常', '态', '化', '𠀀', '年', '\ud840', 'x'], 12), (s) => {
      expect(has(s)).toBe(hasAny(s, words));
    }), { numRuns: 5000 });
    expect(anyWordOf(['', '长效'])('x')).toBe(true);
    expect(has('')).toBe(false);
  });
});
