// Table layouts of dev batch 6, on invented text: a unit column that also names the unit's head, a piped
// table cut off inside its remark column, … Each asserts tasks and names, so the mechanism holds beyond them.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { columnRole } from '../src/segment/cell-tables.js';
import { splitNames } from '../src/units.js';

async function tasks(text: string) {
  const notice = await parseBytes(Buffer.from(`${text}\n`), 'variant.txt');
  return notice.tasks.map((t) => ({
    number: t.number, sections: t.sections.map((s) => s.title), title: t.title, text: t.text,
    leaders: t.leaders, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline,
  }));
}

describe('a unit column that also names the unit head', () => {
  it('its label is the unit column, a bare head column is none', () => {
    expect(columnRole('牵头单位及 主要负责人')).toBe('leadUnits');
    expect(columnRole('责任部门、责任人')).toBe('coUnits');
    expect(columnRole('责任单位(负责人)')).toBe('coUnits');
    expect(columnRole('单位负责人')).toBe('other');
    expect(columnRole('责任人')).not.toBe('coUnits');
  });
  it('a unit followed by its head gives the unit, units apart by spaces stay apart', () => {
    expect(splitNames('县住建局 李明华').names).toEqual(['县住建局']);
    expect(splitNames('县住建局 李明华、县财政局 王芳').names).toEqual(['县住建局', '县财政局']);
    expect(splitNames('安监站 安监所').names).toEqual(['安监站', '安监所']);
  });
  const text = [
    '类别 | 序号 | 重点任务 | 分管 县领导 | 牵头单位及 主要负责人 | 推进情况 |',
    '一、办好教育民生 | 1 | 新建公办幼儿园3所,新增学位900个。 | 赵立新 | 县教育局 陈国平 | 已完成。 3所幼儿园均已开园。 |',
    '2 | 改造农村薄弱学校12所。 | 赵立新 | 县教育局 陈国平 | 已完成。 12所学校改造完毕。 |',
    '二、提升医疗服务 | 3 | 建成县域医共体信息平台。 | 孙晓梅 | 县卫健局 刘文斌 | 已完成。 平台已上线。 |',
    '4 | 为65岁以上老人免费体检5万人次。 | 孙晓梅 | 县卫健局 刘文斌 | 已完成。 截至11月底,已体检',
  ].join('\n');
  it('reads the unit, not its head; a row cut off inside its remark cell is still a task', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.leaders, t.leadUnits])).toEqual([
      ['1', ['办好教育民生'], ['赵立新'], ['县教育局']],
      ['2', ['办好教育民生'], ['赵立新'], ['县教育局']],
      ['3', ['提升医疗服务'], ['孙晓梅'], ['县卫健局']],
      ['4', ['提升医疗服务'], ['孙晓梅'], ['县卫健局']],
    ]);
    expect(got[3].text).toBe('为65岁以上老人免费体检5万人次。');
  });
  it('a row cut off inside its unit cell is still no task', async () => {
    const cut = text.replace(/县卫健局 刘文斌 \| 已完成。 截至11月底,已体检$/u, '县卫');
    expect((await tasks(cut)).map((t) => t.number)).toEqual(['1', '2', '3']);
  });
});
