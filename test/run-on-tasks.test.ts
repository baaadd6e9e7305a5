// Old notices run their tasks together in one paragraph, each sentence closed by its own assignment.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = async (text: string) => (await parseBytes(Buffer.from(text), 'r.txt')).tasks;

describe('run-on tasks', () => {
  it('a paragraph wrapped between a sentence and its assignment block: the block closes the sentence above', async () => {
    const tasks = await parse('1.主要指标的责任部门。\n常住人口控制在1150万人左右。(市公安局牵头)耕地保有量保持稳定。\n(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n');
    expect(tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['常住人口控制在1150万人左右。', ['市公安局']],
      ['耕地保有量保持稳定。', ['市国土房管局']],
      ['主要污染物排放总量减少10%。', ['市环保局']],
    ]);
    // the numbered phrase over them, closed by a full stop, is their heading
    expect(tasks.map((t) => [t.number, t.title, t.sections.map((s) => s.title)])).toEqual(
      Array(3).fill([null, null, ['主要指标的责任部门']]));
  });
  it('a line opened by a bracket that assigns nothing stays a line of its own', async () => {
    const tasks = await parse('1.加快园区道路建设。\n(此项为续建项目)完成道路5公里。(区住建局牵头)\n');
    expect(tasks.map((t) => t.text)).not.toContain('加快园区道路建设。(此项为续建项目)完成道路5公里。');
  });
  it('the same glued onto the item\'s line: its heading phrase, closed by 。, heads the tasks run on after it', async () => {
    const tasks = await parse('1.主要指标的责任部门。常住人口控制在1150万人左右。(市公安局牵头)耕地保有量保持稳定。(市国土房管局牵头)\n');
    expect(tasks.map((t) => [t.number, t.text, t.leadUnits, t.sections.map((x) => x.title)])).toEqual([
      [null, '常住人口控制在1150万人左右。', ['市公安局'], ['主要指标的责任部门']],
      [null, '耕地保有量保持稳定。', ['市国土房管局'], ['主要指标的责任部门']],
    ]);
  });
  it('a section whose first sentence says what to do stays one task with its blocks merged', async () => {
    const tasks = await parse('(一)增强创新驱动发展能力。推进示范区建设,健全工作推进机制。(省科技厅牵头)实施一批关键技术协同攻关项目。(省发改委牵头)\n');
    expect(tasks.length).toBe(1);
    expect(tasks[0].leadUnits).toEqual(['省科技厅', '省发改委']);
  });
  it('a paragraph whose blocks each close several sentences is one task: the heading over it is its title, inner bare lists merged', async () => {
    const tasks = await parse('一、加强农村饮水保障\n完善农村供水工程,提升水质检测能力。推进供水管网改造(县水利局、住建局)。开展水源地巡查。落实水源保护措施(县生态环境分局、水利局)。\n二、提升乡村医疗服务\n推进村卫生室标准化建设。配齐乡村医生(县卫健局)。\n');
    // (a trailing full stop is no part of the comparison: scoring folds it)
    expect(tasks.map((t) => [t.number, t.title, t.text.replace(/。$/u, ''), t.coUnits])).toEqual([
      ['一', '加强农村饮水保障', '完善农村供水工程,提升水质检测能力。推进供水管网改造。开展水源地巡查。落实水源保护措施', ['县水利局', '住建局', '县生态环境分局', '水利局']],
      ['二', '提升乡村医疗服务', '推进村卫生室标准化建设。配齐乡村医生', ['县卫健局']],
    ]);
  });
  it('in a notice that writes one task a paragraph, a paragraph with two blocks is one task with both blocks', async () => {
    const tasks = await parse('(一)农村基础设施工程。\n修建农村道路200公里。(县交通局牵头负责)\n改造农村电网。(县供电公司牵头负责)\n建设农村污水处理站。(县环保局牵头负责)乡镇垃圾转运站建设工程。(县住建局牵头负责)\n实施农村危房改造。(县住建局牵头负责)\n');
    expect(tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['修建农村道路200公里。', ['县交通局']],
      ['改造农村电网。', ['县供电公司']],
      ['建设农村污水处理站。乡镇垃圾转运站建设工程。', ['县环保局', '县住建局']],
      ['实施农村危房改造。', ['县住建局']],
    ]);
  });
  it('a paragraph whose blocks each name their lead opens with a task of several sentences; the one-sentence task after it is cut off', async () => {
    const text = '二、加强创新\n(五)释放创业创新潜能。\n强化企业创新主体地位。落实企业研发费用加计扣除政策。(科技部牵头,财政部、税务总局等按职责分工负责)\n打造众创平台。建设一批示范基地。(发展改革委牵头,科技部等按职责分工负责)实施更积极的人才引进政策。(外专局牵头,教育部等按职责分工负责)\n';
    const tasks = await parse(text);
    expect(tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['强化企业创新主体地位。落实企业研发费用加计扣除政策。', ['科技部']],
      ['打造众创平台。建设一批示范基地。', ['发展改革委']],
      ['实施更积极的人才引进政策。', ['外专局']],
    ]);
    // blocks that name no lead (bare lists) are the paragraph's inner lists: one task
    expect((await parse(text.replace(/牵头,/gu, '、'))).length).toBe(2);
  });
  it('a numbered sentence with no assignment over paragraphs that each close in their own is their heading', async () => {
    const text = '一、保持经济健康发展\n(一)推动经济稳定发展,必须发挥消费、投资均衡拉动作用。\n认真落实积极的财政政策,促进城乡居民增收。(省发展改革委、省财政厅等负责)\n发挥投资的关键作用,引导资金投向民生领域。(省发展改革委、省经济和信息化委等负责)\n';
    const tasks = await parse(text);
    expect(tasks.map((t) => [t.number, t.text, t.sections.map((x) => x.title)])).toEqual([
      [null, '认真落实积极的财政政策,促进城乡居民增收。', ['保持经济健康发展', '推动经济稳定发展,必须发挥消费、投资均衡拉动作用']],
      [null, '发挥投资的关键作用,引导资金投向民生领域。', ['保持经济健康发展', '推动经济稳定发展,必须发挥消费、投资均衡拉动作用']],
    ]);
    // over one such paragraph only, the sentence stays the task's own text
    const one = await parse(text.split('\n').slice(0, 3).join('\n') + '\n');
    expect(one.map((t) => [t.number, t.text])).toEqual([['(一)', '推动经济稳定发展,必须发挥消费、投资均衡拉动作用。认真落实积极的财政政策,促进城乡居民增收。']]);
  });
  it('a long run of targets in one paragraph is still cut among a few paragraphs that close in one assignment', async () => {
    const tasks = await parse('一、主要目标\n粮食产量稳定在50万吨。(县农业农村局牵头)\n新增造林1万亩。(县林业局牵头)\n城镇新增就业3000人。(县人社局牵头)\n二、约束性指标\n单位能耗下降3%。(县发改局牵头)用水总量控制在2亿立方米。(县水利局牵头)耕地保有量不减少。(县自然资源局牵头)主要污染物排放减少2%。(县生态环境局牵头)\n');
    expect(tasks.map((t) => t.leadUnits)).toEqual([['县农业农村局'], ['县林业局'], ['县人社局'], ['县发改局'], ['县水利局'], ['县自然资源局'], ['县生态环境局']]);
  });
});

describe('headings that name their lead unit', () => {
  it('over a short task and its key line, the heading stays a heading, not the task\'s title', async () => {
    const tasks = await parse('一、王明副县长负责的工作\n(一)县审计局牵头的工作\n全面加强审计监督。\n配合单位:县直各部门。\n(二)县民政局牵头的工作\n完善社会救助体系,提高城乡低保标准,做好困难群众基本生活保障。\n');
    expect(tasks.map((t) => [t.number, t.title, t.sections.map((s) => s.title), t.leaders, t.leadUnits, t.coUnits])).toEqual([
      [null, null, ['王明副县长负责的工作', '县审计局牵头的工作'], ['王明'], ['县审计局'], ['县直各部门']],
      [null, null, ['王明副县长负责的工作', '县民政局牵头的工作'], ['王明'], ['县民政局'], []],
    ]);
  });
});
