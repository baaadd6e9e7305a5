// Departmental division of work, one line per unit (src/segment/unit-colon-lines): 办公室:负责…
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model.js';
import { readUnitColonLines, unitColonLine } from '../src/segment/unit-colon-lines.js';

const blocks = (text: string): Block[] => text.split('\n').map((t, i) => ({ kind: 'line', text: t, pos: { line: i + 1, column: 1 } }));
const texts = (bs: Block[]) => bs.map((b) => (b.kind === 'line' ? b.text : 'TABLE'));

describe('unit-colon lines', () => {
  it('a run of them becomes one task a line: its text opening an item, then the unit as 责任单位', () => {
    const out = readUnitColonLines(blocks('三、工作分工\n办公室:负责活动场所布置和后勤保障。\n\n财务科:落实活动所需经费,做好报销工作。'));
    expect(texts(out)).toEqual(['三、工作分工', '负责活动场所布置和后勤保障。', '责任单位:办公室', '', '落实活动所需经费,做好报销工作。', '责任单位:财务科']);
    expect(out[1]).toMatchObject({ opensTask: true, pos: { line: 2, column: 5 } });
  });

  it('form labels, role words, dates and contacts are no unit: 时间:/地点:/联系人:/主办单位: lines stay as they were', () => {
    for (const t of ['活动时间:2019年9月17日星期二上午9点', '地点:阳山县影剧院门前广场', '联系人:张三,电话12345678', '主办单位:清远市统计局办公室',
      '时间:2019年9月17日', '责任单位:市发展和改革局', '办公室:2019年9月3日', '市统计局:清远市阳山县统计局']) {
      expect(unitColonLine(t), t).toBeNull();
    }
    const labels = '活动时间:2019年9月17日上午举行\n活动地点:阳山县影剧院门前广场\n主办单位:清远市统计局';
    expect(texts(readUnitColonLines(blocks(labels)))).toEqual(labels.split('\n'));
  });

  it('one such line alone is no list', () => {
    const one = '根据工作安排:\n办公室:负责活动场所布置和后勤保障。\n其他事项另行通知。';
    expect(texts(readUnitColonLines(blocks(one)))).toEqual(one.split('\n'));
  });
});
