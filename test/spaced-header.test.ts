// A table header on one line, spaced, with no 序号, over rows one cell a line (a long row a page cut at its spaces).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { columnRole } from '../src/segment/cell-tables.js';

const parse = async (text: string) => (await parseBytes(Buffer.from(text), 's.txt')).tasks;

describe('spaced header without numbers', () => {
  it('a requirement column (基本要求, 具体要求) is task content', () => {
    expect(columnRole('基本要求')).toBe('text');
    expect(columnRole('具体要求')).toBe('text');
    expect(columnRole('时限要求')).toBe('deadline');
  });
  it('reads rows that open with the leader; a name with its note in brackets is the title', async () => {
    const tasks = await parse('负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n王波\n分管领域投资工作(按序时进度推进牵头联系的重点项目)\n桃溪示范园项目规划上报规委会审批,初步设计同步进行;高标准农田建设项目完成2020年度剩余项目审计。\n县农业农村局、县林业局\n县科技局、有关乡镇\n1、项目已交由县重点工程局统一管理。\n');
    expect(tasks.map((t) => [t.title, t.leaders, t.leadUnits, t.coUnits])).toEqual([
      ['分管领域投资工作(按序时进度推进牵头联系的重点项目)', ['王波'], ['县农业农村局', '县林业局'], ['县科技局', '有关乡镇']],
    ]);
  });
  it('reads rows kept on one line, cells between spaces, each fitting the header', async () => {
    const tasks = await parse('负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n王波 分管领域投资工作 完成项目审批和初步设计 县农业农村局、县林业局 县科技局、有关乡镇 已完成\n李明 农田建设工作 完成高标准农田建设5万亩 县农业农村局 县水利局 推进中\n');
    expect(tasks.map((t) => [t.leaders, t.leadUnits, t.coUnits])).toEqual([
      [['王波'], ['县农业农村局', '县林业局'], ['县科技局', '有关乡镇']],
      [['李明'], ['县农业农村局'], ['县水利局']],
    ]);
  });
  it('a spaced line of labels over a line that is no person is no such header', async () => {
    const tasks = await parse('负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n全年工作总体顺利推进,各项任务完成良好。\n');
    expect(tasks).toEqual([]);
  });
});
