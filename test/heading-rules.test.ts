// Headings that assign: one that names a leader or a lead unit gives it to every task under it (SCHEMA).
import { describe, expect, it } from 'vitest';
import { headingLeader, headingLeadUnit, leadInLeader } from '../src/assemble/heading-rules.js';
import { parseBytes } from '../src/pipeline.js';

describe('headings that assign', () => {
  it('reads the lead unit a heading names, never a leader or running text', () => {
    expect(headingLeadUnit('县示范区管委会牵头工作(8项)')).toBe('县示范区管委会');
    expect(headingLeadUnit('区发改局牵头的重点工作')).toBe('区发改局');
    expect(headingLeadUnit('王丹县长牵头重点工作')).toBeNull();
    expect(headingLeader('王丹县长牵头重点工作')).toBe('王丹');
    // a name with two offices (区委常委 and 常务副区长) is still that one person
    expect(headingLeader('李丹常委、常务副区长牵头重点工作')).toBe('李丹');
    expect(headingLeader('区委常委会牵头重点工作')).toBeNull();
    // a name and office over the office-holder's work names the leader without 牵头; an organ's work does not
    expect(headingLeader('徐国龙副市长重点工作')).toBe('徐国龙');
    expect(headingLeader('城市副中心重点工作')).toBeNull();
    expect(headingLeader('市政府办公室主任工作')).toBeNull();
    expect(headingLeadUnit('加快推进项目建设工作')).toBeNull();
    // a bureau's own list names its heads (局长, 副局长, 厅长 …)
    expect(headingLeader('王明局长牵头的工作')).toBe('王明');
    expect(headingLeader('由李华副局长负责的工作(5项)')).toBe('李华');
    expect(headingLeader('副厅长张强分管工作')).toBe('张强');
    expect(headingLeadUnit('市公安局牵头工作')).toBe('市公安局');
    expect(headingLeader('市公安局牵头工作')).toBeNull();
    // a heading that is a leader's key names the leader too; a role alone is no one's name
    expect(headingLeader('牵头领导:陈明')).toBe('陈明');
    expect(headingLeader('责任领导:张伟副市长')).toBe('张伟');
    expect(headingLeader('牵头领导:分管副市长')).toBeNull();
  });
  it('gives it to every task under the heading, items without their own assignment included', async () => {
    const notice = await parseBytes(Buffer.from('二、县示范区管委会牵头工作(8项)\n1.加快园区道路建设。\n2.推进标准厂房建设。(牵头单位:县住建局)\n三、县发改委牵头工作(2项)\n3.争取中央预算内资金。\n'), 'h.txt');
    expect(notice.tasks.map((t) => [t.number, t.leadUnits])).toEqual([['1', ['县示范区管委会']], ['2', ['县住建局']], ['3', ['县发改委']]]);
    expect(notice.tasks[0].sections.map((s) => s.title)).toEqual(['县示范区管委会牵头工作(8项)']);
  });
  it('a table section row that names a leader gives it to the rows under it', async () => {
    const notice = await parseBytes(Buffer.from('序号\n重点工作\n责任单位\n一、王宏副市长牵头重点工作\n1\n大力推进城西科创大走廊建设。\n市发改委\n2\n推进农业现代化。\n市农业农村局\n'), 't.txt');
    expect(notice.tasks.map((t) => [t.number, t.leaders])).toEqual([['1', ['王宏']], ['2', ['王宏']]]);
  });
  it('a heading that carries its own assignment over a paragraph of measures: the paragraph is its task', async () => {
    const notice = await parseBytes(Buffer.from('一、强化科技创新(区科技局牵头)\n以统筹深化教育科技人才一体化改革为牵引,加快建设科创高地,全年研发投入增长10%。\n二、推进产业升级(区经信局牵头)\n实施制造业高质量发展行动,新增规上企业50家。\n'), 'p.txt');
    // the section title is the heading's text as printed, its block included (SCHEMA; wucheng-2025 gold)
    expect(notice.tasks.map((t) => [t.sections.map((x) => x.title), t.leadUnits])).toEqual([[['强化科技创新(区科技局牵头)'], ['区科技局']], [['推进产业升级(区经信局牵头)'], ['区经信局']]]);
  });
  it('a heading that assigns over an intro paragraph and then numbered items: the items are its tasks, the intro none', async () => {
    const notice = await parseBytes(Buffer.from('一、扩大有效投资(由县发改局牵头实施)\n聚焦重大交通、先进制造、城市更新等领域,全力扩大有效投资,全年完成投资100亿元。\n1.加大财政支持力度。县财政统筹安排资金支持重大项目。\n2.加强资金要素争取。开展专项债项目常态化储备。\n'), 'i.txt');
    expect(notice.tasks.map((t) => [t.number, t.leadUnits])).toEqual([['1', ['县发改局']], ['2', ['县发改局']]]);
  });
  it('a numbered heading that names its lead unit over a body with its own key line stays a heading', async () => {
    const notice = await parseBytes(Buffer.from('一、孟学农省长负责的工作\n(一)省监察厅牵头的工作\n加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n(二)省审计厅牵头的工作\n全面加强审计工作。\n协同单位:省直各部门和各市人民政府。\n'), 's.txt');
    expect(notice.tasks.map((t) => [t.number, t.title, t.sections.map((x) => x.title).at(-1), t.leaders, t.leadUnits, t.coUnits])).toEqual([
      [null, null, '省监察厅牵头的工作', ['孟学农'], ['省监察厅'], []],
      [null, null, '省审计厅牵头的工作', ['孟学农'], ['省审计厅'], ['省直各部门和各市人民政府']],
    ]);
  });
  it('under a heading that names its lead unit, the key line after the last task is that task\'s own', async () => {
    const notice = await parseBytes(Buffer.from('一、孟学农省长负责的工作\n(三)省编办牵头的工作\n1.深化行政管理体制改革,优化政府机构设置。\n2.积极稳妥地推进乡镇机构改革。\n协同单位:省财政厅、省人事厅等省直有关部门。\n'), 's.txt');
    expect(notice.tasks.map((t) => [t.number, t.leadUnits, t.coUnits])).toEqual([['1', ['省编办'], []], ['2', ['省编办'], ['省财政厅', '省人事厅', '省直有关部门']]]);
  });
  it('a line right after the lead-in that announces the list is the first item\'s heading', async () => {
    const notice = await parseBytes(Buffer.from('关于落实《政府工作报告》重点工作的任务分工\n为做好2020年政府工作,结合本市实际,提出如下任务分工:\n总体要求和主要预期目标\n1.完成年度城镇新增就业人数目标任务。(市人社局负责)\n'), 'l.txt');
    expect(notice.tasks.map((t) => t.sections.map((x) => x.title))).toEqual([['总体要求和主要预期目标']]);
    // without the lead-in, a line before the first item may be the notice's title: no heading
    const plain = await parseBytes(Buffer.from('2020年重点工作任务分解\n1.完成年度城镇新增就业人数目标任务。(市人社局负责)\n'), 'l.txt');
    expect(plain.tasks[0].sections).toEqual([]);
  });
  it('a short name of the list right after the letter\'s last sentence heads the first item; the notice\'s title does not', async () => {
    const notice = await parseBytes(Buffer.from('关于分解落实应急体系建设规划任务的通知\n为提高应对突发事件的能力,现将规划中的6项建设任务进行责任分解。\n“十四五”应急体系6个具体建设任务\n(一)应急预案建设\n1.完善应急预案体系。(市应急局牵头)\n'), 'l.txt');
    expect(notice.tasks.map((t) => t.sections.map((x) => x.title))).toEqual([['“十四五”应急体系6个具体建设任务', '应急预案建设']]);
    const title = await parseBytes(Buffer.from('关于分解落实应急体系建设规划任务的通知\n(一)应急预案建设\n1.完善应急预案体系。(市应急局牵头)\n'), 'l.txt');
    expect(title.tasks.map((t) => t.sections.map((x) => x.title))).toEqual([['应急预案建设']]);
  });
  it('a section heading run into the sentence opening its part is cut where that sentence opens', async () => {
    const notice = await parseBytes(Buffer.from('某市“十四五”规划纲要实施方案\n一、指导思想\n坚持稳中求进。\n二、目标任务及工作分工按照上述原则,明确落实纲要中主要目标和重点任务的责任主体。\n(一)主要目标\n1.地区生产总值年均增长6%。(市发改委牵头)\n'), 'l.txt');
    expect(notice.tasks.map((t) => t.sections.map((x) => x.title))).toEqual([['目标任务及工作分工', '主要目标']]);
  });
  it('one assignment after a group of sub-items, in a bracket on a line of its own, is each sub-item\'s', async () => {
    const notice = await parseBytes(Buffer.from('一、王明局长牵头的工作\n1.完善应急预案体系\n(1)修订总体应急预案;\n(2)编制专项预案。\n(责任科室:应急指挥中心)\n2.加强队伍建设。(责任处室:人事处)\n'), 'g.txt');
    expect(notice.tasks.map((t) => [t.number, t.leaders, t.coUnits])).toEqual([['(1)', ['王明'], ['应急指挥中心']], ['(2)', ['王明'], ['应急指挥中心']], ['2', ['王明'], ['人事处']]]);
  });
  it('reads the leader a lead-in sentence names, never a role word or a sentence without a colon', () => {
    expect(leadInLeader('其中,市长徐立毅亲自牵头8项重点工作,分别为:')).toBe('徐立毅');
    expect(leadInLeader('由张新同志负责以下工作:')).toBe('张新');
    expect(leadInLeader('对涉及全局的其它131项工作,也分别由分管副市长牵头抓总促落实。')).toBeNull();
    expect(leadInLeader('分管副市长牵头以下工作:')).toBeNull();
    expect(leadInLeader('市长徐立毅亲自牵头8项重点工作。')).toBeNull();
  });
  it('a list whose numbers stand on their own lines, under a lead-in: each item is the leader\'s task', async () => {
    const notice = await parseBytes(Buffer.from('其中,市长徐立毅亲自牵头3项重点工作,分别为:\n1\n一是切实加强政府自身建设。\n2\n二是深入推进审计监督。\n3\n三是设立政府大数据管理机构。\n对其它工作,也分别由分管副市长牵头抓总。\n'), 'n.txt');
    expect(notice.tasks.map((t) => [t.number, t.text, t.leaders])).toEqual([
      ['1', '切实加强政府自身建设。', ['徐立毅']], ['2', '深入推进审计监督。', ['徐立毅']], ['3', '设立政府大数据管理机构。', ['徐立毅']],
    ]);
  });
  it('two lone numbers are no list (page numbers, cells)', async () => {
    const notice = await parseBytes(Buffer.from('其中,市长徐立毅亲自牵头2项重点工作,分别为:\n1\n切实加强政府自身建设。\n2\n深入推进审计监督。\n'), 'n2.txt');
    expect(notice.tasks).toHaveLength(0);
  });
});

describe('a heading run into its first sub-heading', () => {
  it('二、工作措施(一)降低企业税收负担 is two sections; a title with other brackets stays whole', async () => {
    const notice = await parseBytes(Buffer.from('二、工作措施(一)降低企业税收负担\n1.严格执行税额标准。(责任单位:市财政局)\n2.执行印花税核定征收办法。(责任单位:市税务局)\n三、保障措施\n3.加强组织领导。(责任单位:市政府办)\n'), 'r.txt');
    expect(notice.tasks[0].sections).toEqual([{ marker: '二', title: '工作措施' }, { marker: '(一)', title: '降低企业税收负担' }]);
    expect(notice.tasks[2].sections.map((s) => s.title)).toEqual(['保障措施']);
  });
});
