// A page cut off inside its last item's assignment: that item is reported, not read as a task.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = (text: string) => parseBytes(Buffer.from(text), 'c.txt');

describe('the last item cut off in its assignment', () => {
  it('a key with no value ends the file, under a heading that names the leader', async () => {
    const n = await parse('一、宋晖常务副县长牵头重点工作\n1.实施渔港经济区建设。\n责任单位:县海洋与渔业局\n2.打造国际海钓基地。\n责任单位:县资源规划局\n3.迭代建立产业链链长制,全力构建现代化产业体系。\n责任单位:\n');
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(n.report.messages.some((m) => m.rule === 'truncated' && m.line === 6)).toBe(true);
  });
  it('a unit name cut after its place level and one character (区商) is a fragment, a two-character person is not', async () => {
    const cut = await parse('1.地区生产总值增长5%左右。\n牵头单位:区发改委\n2.社会消费品零售总额增长6%左右。\n牵头单位:区商');
    expect(cut.tasks.map((t) => t.number)).toEqual(['1']);
    const whole = await parse('1.地区生产总值增长5%左右。\n牵头单位:区发改委\n2.社会消费品零售总额增长6%左右。\n牵头单位:刘 哲');
    expect(whole.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
  it('a longer name that opens with its level but is no whole unit (省发展改) ends the file cut inside it; a whole one does not', async () => {
    const head = '1.优化空间开发布局。加快节点城市建设。\n责任单位:省发展改革委、交通运输厅\n2.建设重点创新试验区。稳步推进试验区建设。\n责任单位:';
    expect((await parse(`${head}省发展改`)).tasks.map((t) => t.number)).toEqual(['1']);
    expect((await parse(`${head}省发展改革委`)).tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect((await parse(`${head}有关市(州)人民政府`)).tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
});
