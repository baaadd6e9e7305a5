// Labelled records (src/segment/label-lines): a label on its line and its value below, or after the colon.
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model.js';
import { readLabelRecords as readLabelLines } from '../src/segment/label-lines.js';

const blocks = (text: string): Block[] => text.split('\n').map((t, i) => ({ kind: 'line', text: t, pos: { line: i + 1, column: 1 } }));
const texts = (bs: Block[]) => bs.map((b) => (b.kind === 'line' ? b.text : 'TABLE'));

describe('labelled records', () => {
  it('become a task\'s lines: number and title opening it, its text, one key line per assignment label; progress dropped', () => {
    const out = readLabelLines(blocks('01 项目名称:提升县域生态环境\n项目内容:\n新建2个湿地保护小区。\n责任单位:\n水务局\n城管局\n进展与成效:\n已完成开标。'));
    expect(texts(out)).toEqual(['01、提升县域生态环境', '新建2个湿地保护小区。', '责任单位:水务局、城管局']);
    expect(out[0]).toMatchObject({ opensTask: true, pos: { line: 1 } });
  });

  it('read spaced labels without colons; a deadline\'s lines join without 、', () => {
    const out = readLabelLines(blocks('具 体 任 务\n全面完成疫苗接种。\n责 任 单 位\n卫健局\n完 成 时 限\n1月底前完成,\n长期坚持'));
    expect(texts(out)).toEqual(['全面完成疫苗接种。', '责任单位:卫健局', '完成时限:1月底前完成,长期坚持']);
  });

  it('take a heading over assignment fields as the record\'s number and title when a task field follows; cut a field run onto the one before', () => {
    const out = readLabelLines(blocks('一、新建充电桩项目\n牵头领导:涂超\n责任单位:县城投集团\n任务目标:建成充电桩300个\n二、老旧小区改造项目\n牵头单位:县城管执法局\n责任单位:莲塘镇任务目标:改造小区10万平方米'));
    expect(texts(out)).toEqual(['一、新建充电桩项目', '建成充电桩300个', '牵头领导:涂超', '责任单位:县城投集团',
      '二、老旧小区改造项目', '改造小区10万平方米', '牵头单位:县城管执法局', '责任单位:莲塘镇']);
    // with no task field, the heading is a section that assigns: its lines stay as they were
    const section = '一、县示范区管委会牵头工作\n牵头单位:县示范区管委会\n责任单位:县财政局';
    expect(texts(readLabelLines(blocks(section)))).toEqual(section.split('\n'));
  });

  it('leave alone a stacked header, a short heading that ends like a label, and one record with values after its colons', () => {
    for (const t of ['序号\n重点任务\n牵头单位\n1\n推进数字经济发展。\n市大数据局', '一、学生托管项目\n暑期托管服务延伸。\n牵头单位:县教育局',
      '工作任务:推进数字经济发展。\n牵头单位:市大数据局']) {
      expect(texts(readLabelLines(blocks(t)))).toEqual(t.split('\n'));
    }
  });
});

describe('a labelled record under a long project name', () => {
  it('keeps the name, up to 40 characters ending as a project does, as the title', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const notice = await parseBytes(Buffer.from('2024年民生实事项目\n\n一、城东等片区12个排水单元雨污管网分流改造及滨湖周边新建市政道路配套项目\n\n牵头领导:王建国\n\n牵头单位:县住建局\n\n责任单位:县城投集团、属地乡镇\n\n任务目标:对城东建成区范围内12个排水单元进行雨污管网分流改造\n\n二、新建200个公共充电桩项目\n\n牵头领导:王建国\n\n牵头单位:县住建局\n\n责任单位:县城投集团\n\n任务目标:在城东片区共完成200个公共充电桩建设\n'), 'records.txt');
    expect(notice.tasks.map((t) => [t.title, t.text])).toEqual([
      ['城东等片区12个排水单元雨污管网分流改造及滨湖周边新建市政道路配套项目', '对城东建成区范围内12个排水单元进行雨污管网分流改造'],
      ['新建200个公共充电桩项目', '在城东片区共完成200个公共充电桩建设'],
    ]);
  });
});
