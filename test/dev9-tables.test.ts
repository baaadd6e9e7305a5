// Dev batch 9 (tables and departmental lists): the mechanisms its notices showed, each on a made-up text.
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model.js';
import { parseBytes } from '../src/pipeline.js';
import { columnRole } from '../src/segment/cell-tables.js';
import { readUnitColonLines, unitColonLine } from '../src/segment/unit-colon-lines.js';
import { splitNames } from '../src/units.js';

const parse = (text: string) => parseBytes(Buffer.from(text, 'utf8'), 'x.txt');
const blocks = (text: string): Block[] => text.split('\n').map((t, i) => ({ kind: 'line', text: t, pos: { line: i + 1, column: 1 } }));
const texts = (bs: Block[]) => bs.map((b) => (b.kind === 'line' ? b.text : 'TABLE'));

describe('dev batch 9: tables whose header names a unit column', () => {
  it('a "|" table with an item label we do not know is read by its unit column; its 时间安排 is the deadline', async () => {
    const text = '某镇2020年度消防安全检查计划\n一、检查安排表\n检查场所类别 | 时间安排 | 责任单位 |\n农贸市场 | 3月份 | 市场监管所 派出所 |\n'
      + '中小学校 | 4月份 | 教办 |\n敬老院 | 5月份 | 民政办 综治办 |\n出租房屋 | 6月份 | 派出所城管中队 |\n二、工作要求\n各单位要按时开展检查。\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.text)).toEqual(['农贸市场', '中小学校', '敬老院', '出租房屋']);
    expect(n.tasks.map((t) => t.deadline)).toEqual(['3月份', '4月份', '5月份', '6月份']);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['市场监管所', '派出所'], ['教办'], ['民政办', '综治办'], ['派出所', '城管中队']]);
    expect(n.tasks[0].sections.map((s) => s.title)).toEqual(['检查安排表']);
  });
  it('a "|" table of two columns, a task and who does it (| 主要任务 | 责任科室 |)', async () => {
    const text = '某县工作方案\n| 主要任务 | 责任科室 |\n| 一、组织领导 |\n| 负责全县工作的统一监督,承担日常工作。 | 县环保局 |\n| 负责国道两侧的巡查,依法查处。 | 县交通局、公路局 |\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县环保局'], ['县交通局', '公路局']]);
    expect(n.tasks[1].text).toBe('负责国道两侧的巡查,依法查处。');
  });
  it('a "|" table of people (姓名 | 职务 | 工作单位) is no task table', async () => {
    const text = '附件\n姓名 | 职务 | 工作单位 |\n张三 | 组长 | 县教育局 |\n李四 | 成员 | 县财政局 |\n王五 | 成员 | 县民政局 |\n';
    expect((await parse(text)).tasks).toEqual([]);
  });
  it('a unit column and its duties, one cell a line (相关部门 / 职责分工), end at a label that names no unit', async () => {
    const text = '管理事项 汛期安全保障\n\n相关部门\n\n职责分工\n\n县水利局\n\n负责水库、河道的巡查和险情处置。\n\n县交通局\n\n负责道路、桥梁的安全检查和抢通保障。\n\n'
      + '县民政局\n\n负责受灾群众的临时安置和生活救助。\n\n相关依据\n\n《防汛条例》。\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县水利局'], ['县交通局'], ['县民政局']]);
    expect(n.tasks[2].text).toBe('负责受灾群众的临时安置和生活救助。');
  });
  it('unknown labels between the task column and the units (工作要求 | 一级要点 | 二级要点 | 责任科室) hold headings over the items', async () => {
    const text = '某局2023年工作要点分工方案\n工作要求 | 一级要点 | 二级要点 | 责任科室 |\n'
      + '一、加强制度建设 | (一)完善内部管理制度。 | 1.修订财务报销管理办法,规范审批流程。 | 财务科牵头,办公室配合 |\n'
      + '2.建立档案管理台账,落实专人负责。 | 办公室牵头,各科室配合 | ||\n'
      + '(二)规范信息公开工作。 | 3.及时更新政府信息公开目录,做好年度报告。 | 办公室牵头,各科室配合 | |\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(n.tasks.map((t) => t.sections.map((x) => x.title))).toEqual([['加强制度建设', '完善内部管理制度'], ['加强制度建设', '完善内部管理制度'], ['加强制度建设', '规范信息公开工作']]);
    expect(n.tasks.map((t) => t.leadUnits)).toEqual([['财务科'], ['办公室'], ['办公室']]);
    expect(n.tasks[0].coUnits).toEqual(['办公室']);
  });
  it('one cell a line, a cell holding several items: the names after them are each one\'s, a line between groups the next section', async () => {
    const text = '关于印发某局2022年工作要点分工方案的通知\n\n各科室:\n\n  现将分工方案印发给你们,请认真贯彻执行。\n\n某局\n\n2022年3月1日\n\n'
      + '工作任务\n\n具体要求\n\n落实科室(部门)\n\n加强干部队伍建设\n\n1.开展业务培训,全面提升干部履职能力和服务水平。\n\n人事科\n\n'
      + '2.完善考核办法,强化考核结果在评优评先中的运用。\n\n人事科、办公室按职责分工落实\n\n做好预算财务管理\n\n3.规范预算编制,按时公开部门预算和决算。\n\n'
      + '4.加强固定资产管理,每年定期开展清查盘点工作,做到账实相符。\n\n财务科、审计科按职责分工落实\n\n做好政务宣传工作\n\n'
      + '5.及时发布工作动态信息,做好政策解读。\n\n6.办好政务新媒体,回应群众关切。\n\n办公室、信息科按职责分工落';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['人事科'], ['人事科', '办公室'], ['财务科', '审计科'], ['财务科', '审计科']]);
    expect(n.tasks.map((t) => t.sections.map((x) => x.title).join('/'))).toEqual(['加强干部队伍建设', '加强干部队伍建设', '做好预算财务管理', '做好预算财务管理']);
  });
  it('a label with another name for it in brackets (落实科室(部门)) reads as the label before the brackets', () => {
    expect(columnRole('落实科室(部门)')).toBe('coUnits');
    expect(columnRole('责任单位(部门)')).toBe('coUnits');
    expect(columnRole('职责分工')).toBe('text');
  });
});

describe('dev batch 9: town units', () => {
  it('a town\'s offices run together are cut at whole names; one office name is never cut', () => {
    expect(splitNames('派出所工商质监所').names).toEqual(['派出所', '工商质监所']);
    expect(splitNames('文化站 派出所工商质监所').names).toEqual(['文化站', '派出所', '工商质监所']);
    expect(splitNames('公安局派出所').names).toEqual(['公安局派出所']);
    expect(splitNames('县政府办公室').names).toEqual(['县政府办公室']);
    expect(splitNames('综合执法大队').names).toEqual(['综合执法大队']);
  });
});

describe('dev batch 9: a unit, then its duties', () => {
  it('numbered lines (1.区环卫中心:负责… / (一)农业部门:要…) keep their numbers', () => {
    const out = readUnitColonLines(blocks('(二)各部门职责\n1.区环卫中心:负责主干道的清扫保洁工作。\n2.区园林中心:负责公园绿地的养护管理工作。'));
    expect(texts(out)).toEqual(['(二)各部门职责', '1.负责主干道的清扫保洁工作。', '责任单位:区环卫中心', '2.负责公园绿地的养护管理工作。', '责任单位:区园林中心']);
    expect(unitColonLine('(一)农业部门:要采取有效措施,引导农民开展秸秆还田。')?.name).toBe('农业部门');
    expect(unitColonLine('(一)责任部门:要采取有效措施,引导农民开展秸秆还田。')).toBeNull();
  });
  it('numbered, under a heading that shares out duties, the unit as the subject of 负责 ((三)市委宣传部负责协调…)', () => {
    const out = readUnitColonLines(blocks('三、职责分工\n(一)市委宣传部负责协调新闻媒体进行宣传和报道,营造良好氛围。\n(二)市公安局负责交通疏导和调流工作,必要时采取交通管制。'));
    expect(texts(out)).toEqual(['三、职责分工', '(一)负责协调新闻媒体进行宣传和报道,营造良好氛围。', '责任单位:市委宣传部', '(二)负责交通疏导和调流工作,必要时采取交通管制。', '责任单位:市公安局']);
    // (outside such a section, or unnumbered, a sentence whose subject is a unit stays as it is)
    expect(unitColonLine('(一)市公安局负责交通疏导和调流工作,必要时采取交通管制。', false)).toBeNull();
    expect(unitColonLine('市公安局负责交通疏导和调流工作,必要时采取交通管制。')).toBeNull();
  });
  it('a unit label, a wide gap, its duty (办公室  组织、协调…)', () => {
    const out = readUnitColonLines(blocks('三、工作分工\n办公室  组织、协调和管理本局的信息公开工作;\n法规处  负责规范性文件的审核,参与保密审核。'));
    expect(texts(out)).toEqual(['三、工作分工', '组织、协调和管理本局的信息公开工作;', '责任单位:办公室', '负责规范性文件的审核,参与保密审核。', '责任单位:法规处']);
    // (a gap after a name with no sentence after it is no duty: a list of names)
    expect(unitColonLine('办公室  法规处')).toBeNull();
  });
  it('a run-on line is cut where each unit\'s duties open, after a heading, a colon or a full stop', async () => {
    const text = '某县防汛工作方案一、总体要求做好防汛工作。二、职责分工县水利局:负责水库的安全运行和调度工作。县交通局、公路局。负责道路的巡查和抢通工作,确保畅通。县民政局:负责受灾群众的安置工作。三、工作要求各单位要加强值守,及时报告。';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县水利局'], ['县交通局', '公路局'], ['县民政局']]);
    expect(n.tasks[1].text).toBe('负责道路的巡查和抢通工作,确保畅通。');
  });
  it('a unit\'s name on its line, its duties on the line under it, under a heading that shares out duties', async () => {
    const text = '三、职责分工\n\n县环保局\n\n负责对全县秸秆禁烧工作实施统一监督,加强现场执法检查。\n\n县交通局、公路局\n\n负责国道、省道两侧的巡查,依法进行查处。\n\n四、工作要求\n\n各单位要加强协作。\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县环保局'], ['县交通局', '公路局']]);
    expect(n.tasks[1].text).toBe('负责国道、省道两侧的巡查,依法进行查处。');
    // (not where no heading shares out duties: a news story's paragraphs)
    const news = '各部门积极做好保障工作\n\n县环保局\n\n组织开展现场执法检查,发现问题及时整改。\n\n县交通局\n\n安排车辆加强道路巡查,确保道路畅通。\n';
    expect((await parse(news)).tasks).toEqual([]);
  });
  it('the last unit\'s duties the file ends inside are cut off, not a task', async () => {
    const text = '二、职责分工\n县水利局:负责水库的安全运行和调度工作。\n县交通局:负责道路的巡查和抢通工作。\n县民政局:负责受灾群众的临时安置和生活';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县水利局'], ['县交通局']]);
  });
  it('a page\'s number run into the text (…县农作第2页共4页物秸秆…) is no part of it', async () => {
    const text = '三、职责分工\n县环保局:负责对全县秸秆禁烧工作实施统一监督,对发第3页共4页生重大事故的人员追究责任。\n县农委:负责全县农作物秸秆综合利用工作的督导。\n';
    const n = await parse(text);
    expect(n.tasks[0].text).toBe('负责对全县秸秆禁烧工作实施统一监督,对发生重大事故的人员追究责任。');
  });
});
