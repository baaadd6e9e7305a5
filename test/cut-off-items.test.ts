// A page cut off inside the last task's assignment block: that task is reported, not read.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = (text: string) => parseBytes(Buffer.from(text), 'c.txt');

describe('items cut off inside a bracket at the end of the file', () => {
  it('an item that closed blocks before the one the file ends inside is cut off, not read with a partial list', async () => {
    const n = await parse('一、重点任务\n1.推进老旧小区改造。完善改造资金保障机制。(县住建局负责)推进加装电梯试点。(县发改局负责)加强物业管理。[县住建局(房管中心)');
    expect(n.tasks).toHaveLength(0);
    expect(n.report.messages.some((m) => m.rule === 'truncated' && m.line === 2)).toBe(true);
    // the notice still assigns: a task list whose only task was cut off
    expect(n.document.kind).toBe('task-list');
  });
  it('the tasks before it stay; a bracket closed at the end of the file cuts nothing', async () => {
    const n = await parse('1.推进老旧小区改造。(县住建局负责)\n2.加强物业管理。(县住建局负责)推进加装电梯试点。(县发改局');
    expect(n.tasks.map((t) => t.number)).toEqual(['1']);
    const whole = await parse('1.推进老旧小区改造。(县住建局负责)\n2.加强物业管理。(县住建局负责)推进加装电梯试点。(县发改局负责)');
    expect(whole.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
  it('a file with no assignment at all stays other', async () => {
    const n = await parse('一、基本情况\n今年以来,我县老旧小区改造工作稳步推进(详见附表');
    expect(n.document.kind).toBe('other');
  });
  it('a units key the file ends inside after a level and one character (区商, 县交) is cut off, surname-shaped or not', async () => {
    const n = await parse('1.地区生产总值增长6%。\n牵头单位:区发改委\n2.社会消费品零售总额增长6%左右。\n牵头单位:区商');
    expect(n.tasks.map((t) => t.number)).toEqual(['1']);
    expect(n.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
    const whole = await parse('1.地区生产总值增长6%。\n牵头单位:区发改委\n2.社会消费品零售总额增长6%左右。\n牵头单位:区商务局');
    expect(whole.tasks.map((t) => t.leadUnits)).toEqual([['区发改委'], ['区商务局']]);
  });
  it('an empty key at the end of the file cuts the last task off even when it only inherits its heading\'s leader', async () => {
    const n = await parse('一、王明县长牵头重点工作\n1.推进道路建设。\n责任单位:县交通局\n2.推进港口建设,完善集疏运体系。\n责任单位:');
    expect(n.tasks.map((t) => [t.number, t.leaders])).toEqual([['1', ['王明']]]);
    expect(n.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
  });
  it('a task under a heading that assigns, the file ending in its last sentence after a whole one, is cut off; one with no sentence end is not', async () => {
    const n = await parse('一、扩大有效投资(由县发改局牵头实施)\n1.加大财政支持力度。县财政统筹安排资金支持项目建设。\n2.加强资金要素争取。开展专项债项目储备,加大对已发行债');
    expect(n.tasks.map((t) => [t.number, t.leadUnits])).toEqual([['1', ['县发改局']]]);
    expect(n.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
    // items that are names, with no sentence end anywhere, end the file whole
    const names = await parse('一、扩大有效投资(由县发改局牵头实施)\n1.加大财政支持力度\n2.加强资金要素争取');
    expect(names.tasks.map((t) => t.number)).toEqual(['1', '2']);
  });
});
