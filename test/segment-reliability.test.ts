// Issue 9, items 1–3 and 5: the segmenter loses no task — a line ending in 印发 is no break, an
// unlabelled paragraph after a task is a task or a message, items 1000 and up are items, and the
// markers ⑴ ⒈ ㈠ Ⅰ. 壹、 第一条 are read with their numbers.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { isBreak } from '../src/segment/index.js';
import { readMarker } from '../src/segment/markers.js';
import { droppedItems, expectInvariants } from './property-invariant.js';
// @ts-expect-error plain ESM module shared with the bench, no type declarations
import { docxFromText, htmlFromText } from '../bench/zip.mjs';

const parse = (text: string) => parseBytes(Buffer.from(text), 'notice.txt');
const brief = (tasks: Awaited<ReturnType<typeof parse>>['tasks']) =>
  tasks.map((t) => ({ number: t.number, text: t.text, leadUnits: t.leadUnits, sections: t.sections.map((s) => s.title) }));
const at = (line: number, column = 1) => (m: { line: number | null; column: number | null }) => m.line === line && m.column === column;

describe('item 1: a break is a line that is a break, not one that ends in 印发', () => {
  it('a task ending in 并印发 stays a task and the document goes on', async () => {
    const text = '一、深化改革\n1.制定国企改革实施方案并印发\n牵头单位:区国资办\n2.推进政务服务改革\n牵头单位:区行政审批局\n二、项目建设\n3.推进重点项目建设\n牵头单位:区发改局\n';
    const n = await parse(text);
    expect(brief(n.tasks)).toEqual([
      { number: '1', text: '制定国企改革实施方案并印发', leadUnits: ['区国资办'], sections: ['深化改革'] },
      { number: '2', text: '推进政务服务改革', leadUnits: ['区行政审批局'], sections: ['深化改革'] },
      { number: '3', text: '推进重点项目建设', leadUnits: ['区发改局'], sections: ['项目建设'] },
    ]);
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('isBreak: whole break lines only', () => {
    for (const t of ['附件', '附件1', '附件2:2022年重点工作任务分解表', '附件:《政府工作报告》任务分解表', '抄送:区委各部门,区人大办公室。',
      '印发:2022年1月28日', '2022年1月28日', '二〇二二年一月二十八日', '海州区人民政府办公室 2022年1月28日印发', '2022年1月28日印发',
      '海州区人民政府办公室2022年1月28日印发']) {
      expect(isBreak(t), t).toBe(true);
    }
    for (const t of ['1.制定国企改革实施方案并印发', '制定国企改革实施方案并印发', '研究制定实施细则,年底前印发', '附件所列任务由各单位负责落实。',
      '附件中的任务分解表要认真对照。', '实施方案于2022年6月30日印发', '附件1所列事项']) {
      expect(isBreak(t), t).toBe(false);
    }
  });
});

describe('item 2: unlabelled paragraphs among numbered tasks', () => {
  it('a paragraph after the last task that ends in its own assignment is a task', async () => {
    const text = '1.推进甲工作(牵头单位:乙)\n2.推进丙工作(牵头单位:丁)\n推进戊工作(牵头单位:己)\n';
    const n = await parse(text);
    expect(brief(n.tasks)).toEqual([
      { number: '1', text: '推进甲工作', leadUnits: ['乙'], sections: [] },
      { number: '2', text: '推进丙工作', leadUnits: ['丁'], sections: [] },
      { number: null, text: '推进戊工作', leadUnits: ['己'], sections: [] },
    ]);
    expect(n.tasks[2].span.start).toEqual({ line: 3, column: 1 });
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('one between two numbered tasks is their sibling, not their heading', async () => {
    const text = '1.推进甲工作(牵头单位:乙)\n推进戊工作(牵头单位:己)\n2.推进丙工作(牵头单位:丁)\n';
    const n = await parse(text);
    expect(brief(n.tasks)).toEqual([
      { number: '1', text: '推进甲工作', leadUnits: ['乙'], sections: [] },
      { number: null, text: '推进戊工作', leadUnits: ['己'], sections: [] },
      { number: '2', text: '推进丙工作', leadUnits: ['丁'], sections: [] },
    ]);
  });

  it('paragraphs under a heading that carries only a leader are its tasks', async () => {
    const text = '一、深化改革(牵头领导:张三)\n推进甲工作(牵头单位:乙)\n推进丙工作(牵头单位:丁)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => [t.text, t.leaders, t.leadUnits])).toEqual([['推进甲工作', ['张三'], ['乙']], ['推进丙工作', ['张三'], ['丁']]]);
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('a continuation paragraph after a task\'s closing bracket with no assignment is reported', async () => {
    const text = '1.推进甲工作(牵头单位:乙)\n同时做好配套的保障工作,确保按期完成。\n2.推进丙工作(牵头单位:丁)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2']);
    const m = n.report.messages.find(at(2));
    expect(m?.rule).toBe('unparsed-text');
    expect(m?.severity).toBe('warning');
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('a page field with a bracketed name (信息来源:X(Y)) is no unlabelled task', async () => {
    const text = '关于印发任务清单的通知\n信息来源:县农业农村局(水利局)\n推进甲工作(牵头单位:乙)\n推进丙工作(牵头单位:丁)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.span.start.line)).toEqual([3, 4]);
  });

  it('so is a paragraph after the last unlabelled task under a heading', async () => {
    const text = '一、深化改革\n推进甲工作(牵头单位:乙)\n推进丙工作(牵头单位:丁)\n同时做好配套的保障工作。\n二、项目建设\n推进戊工作(牵头单位:己)\n推进庚工作(牵头单位:辛)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.text)).toEqual(['推进甲工作', '推进丙工作', '推进戊工作', '推进庚工作']);
    expect(n.report.messages.find(at(4))).toMatchObject({ rule: 'unparsed-text', severity: 'warning' });
  });
});

describe('items 1–3 hold in every format', () => {
  const cases = [
    ['一、深化改革\n1.制定国企改革实施方案并印发(牵头单位:区国资办)\n2.推进政务服务改革(牵头单位:区行政审批局)\n', 2],
    ['1.推进甲工作(牵头单位:乙)\n推进戊工作(牵头单位:己)\n2.推进丙工作(牵头单位:丁)\n', 3],
    ['999.推进甲工作(牵头单位:乙)\n1000.推进丙工作(牵头单位:丁)\n1001、推进戊工作(牵头单位:己)\n', 3],
    // an ideographic full stop after the number (1。), as news pages print it
    ['总体要求\n1。推进甲工作(牵头单位:乙)\n2。推进丙工作(牵头单位:丁)\n', 2],
  ] as const;
  for (const [text, count] of cases) {
    it(`${text.split('\n')[1].slice(0, 14)}…: ${count} tasks as .txt, .html and .docx`, async () => {
      for (const [bytes, path] of [[Buffer.from(text), 'a.txt'], [Buffer.from(htmlFromText(text)), 'a.html'], [docxFromText(text), 'a.docx']] as const) {
        const n = await parseBytes(bytes, path);
        expect(n.tasks.length, path).toBe(count);
        await expectInvariants(bytes, path);
      }
    });
  }
});

describe('shapes the property tests found keep the invariant', () => {
  const X = '加快建设联东U谷项目,建成工业邻里中心。';
  const shapes = [
    `㈠${X}\n${X}(区发改局牵头,区发改局配合)\n⑴${X}`,
    `(一)${X},由区发改局会同区发改局负责。\n${X}(牵头单位:区发改局;牵头单位:区发改局)\n${X}(区发改局牵头,区发改局配合)\n1、${X}(区发改局牵头,区发改局配合)`,
    `第一条 ${X}(牵头单位:区发改局\n${X}(区发改局牵头,区发改局配合)\n${X}(牵头领导:区发改局;责任领导:区发改局)\n${X}\n牵头单位:区财政局(国资办)`,
    `${X}\n完成时限:区发改局\n${X}(区发改局负责)`,
    `(1)\n完成时限:区发改局\n${X}(区发改局牵头,区发改局配合)`,
    `${X}(责任领导:区发改局\n${X}(区发改局负责)`,
    `㈠${X}(负责)\n${X}(区发改局负责)\n⒈${X}`,
    `⒈${X}(牵头,区发改局配合)\n牵头单位:区财政局(国资办)\n⑴${X}\n牵头单位:区发改局`,
    `996.${X}【牵头单位:区发改局】\n${X}\n${X}(负责)`,
  ];
  for (const [i, text] of shapes.entries()) it(`shape ${i + 1}`, async () => { await expectInvariants(Buffer.from(text), 'notice.txt'); });
});

describe('item 3: items numbered 1000 and up', () => {
  it('are tasks with their numbers, and no numbering gap is reported', async () => {
    const text = [998, 999, 1000, 1001].map((k) => `${k}.推进第${k}项工作(牵头单位:区发改局)`).join('\n');
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['998', '999', '1000', '1001']);
    expect(n.report.messages.filter((m) => m.rule === 'numbering-gap' || m.rule === 'duplicate-number')).toEqual([]);
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('a year at the start of a line is no marker', () => {
    expect(readMarker('1000.推进工作')?.value).toBe(1000);
    expect(readMarker('(1024)推进工作')?.value).toBe(1024);
    expect(readMarker('12345、推进工作')?.value).toBe(12345);
    expect(readMarker('2023年全区经济运行稳中向好')).toBeNull();
    expect(readMarker('2023,全区经济运行稳中向好')).toBeNull();
    expect(readMarker('2023.03.01起施行')).toBeNull();
  });

  it('a year right after the dot is the item\'s text, not a decimal', () => {
    expect(readMarker('4.2011年底主体施工')).toMatchObject({ label: '4', value: 4 });
    expect(readMarker('4.20亿元投入')).toBeNull();
    expect(readMarker('2021.2022年度')).toBeNull();
  });
});

describe('item 5: more markers, and headings in a document without tasks', () => {
  it('⑴ ⒈ ㈠ Ⅰ. 壹、 第一条 are read with their numbers', () => {
    const cases: Array<[string, string, number]> = [
      ['⑴推进工作', 'paren-num', 1], ['⒇推进工作', 'paren-num', 20], ['⒈推进工作', 'num', 1], ['⒓ 推进工作', 'num', 12],
      ['㈠总体要求', 'paren-cn', 1], ['㈩总体要求', 'paren-cn', 10], ['Ⅰ.总体要求', 'roman', 1], ['Ⅳ、重点任务', 'roman', 4],
      ['Ⅻ.保障措施', 'roman', 12], ['IV.重点任务', 'roman', 4], ['壹、总体要求', 'cn-capital', 1], ['贰拾壹、其他', 'cn-capital', 21],
      ['第一条 为了规范管理', 'article', 1], ['第十二条　各单位', 'article', 12], ['第3条 本办法', 'article', 3],
    ];
    for (const [text, type, value] of cases) expect(readMarker(text), text).toMatchObject({ type, value });
    for (const text of ['Ⅰ类水质达标率100%', 'Ⅱ级应急响应', '第一条生产线建成投产', 'I类水体']) expect(readMarker(text), text).toBeNull();
  });

  it('a notice numbered with them gives numbered tasks under their headings', async () => {
    const text = '壹、深化改革\n㈠国企改革\n⑴推进甲工作(牵头单位:乙)\n⑵推进丙工作(牵头单位:丁)\n㈡政务改革\n⒈推进戊工作(牵头单位:己)\n';
    const n = await parse(text);
    expect(brief(n.tasks)).toEqual([
      { number: '⑴', text: '推进甲工作', leadUnits: ['乙'], sections: ['深化改革', '国企改革'] },
      { number: '⑵', text: '推进丙工作', leadUnits: ['丁'], sections: ['深化改革', '国企改革'] },
      { number: '⒈', text: '推进戊工作', leadUnits: ['己'], sections: ['深化改革', '政务改革'] },
    ]);
    await expectInvariants(Buffer.from(text), 'notice.txt');
  });

  it('a numbered heading with children in a document without tasks is reported', async () => {
    const text = '关于做好今年工作的意见\n一、总体要求\n1.坚持稳中求进。\n2.坚持改革创新。\n二、保障措施\n1.加强组织领导。\n';
    const n = await parse(text);
    expect(n.tasks).toEqual([]);
    for (const line of [2, 3, 4, 5, 6]) expect(n.report.messages.find(at(line))?.rule, `line ${line}`).toBe('unparsed-item');
    // the invariant no longer needs its "could be a heading" excuse here
    expect(await droppedItems(Buffer.from(text), 'notice.txt', n)).toEqual([]);
  });
});

describe('a section heading over bare paragraphs', () => {
  it('一、X,Y over a paragraph closing in its assignment and another: the heading is a section, the paragraph a task', async () => {
    const n = await parse('一、努力扩大内需,促进经济平稳较快发展\n认真落实积极的财政政策。强化政府性债务管理。(财政厅牵头)\n加强银政、银企合作,引导商业银行优化信贷结构\n');
    expect(n.tasks[0]).toMatchObject({ number: null, text: '认真落实积极的财政政策。强化政府性债务管理。', leadUnits: ['财政厅'] });
    expect(n.tasks[0].sections.map((s) => s.title)).toEqual(['努力扩大内需,促进经济平稳较快发展']);
  });
});

describe('a heading that names its lead unit over one paragraph', () => {
  it('(一)X牵头的工作 then a sentence: the heading is a section whose unit leads the paragraph\'s task', async () => {
    const n = await parse('一、张三省长负责的工作\n全面负责省人民政府工作任务的落实。\n(一)省监察厅牵头的工作\n加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n(二)省编办牵头的工作\n1.深化行政管理体制改革,优化政府机构设置。\n');
    const t = n.tasks.find((x) => x.text.startsWith('加强行政监察'))!;
    expect(t).toMatchObject({ number: null, text: '加强行政监察工作,全面落实政府系统党风廉政建设责任制。', leadUnits: ['省监察厅'] });
    expect(t.sections.map((s) => s.title)).toContain('省监察厅牵头的工作');
  });
});
