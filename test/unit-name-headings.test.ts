// A heading that is only a unit's name (省工商局) over the items of a departmental target list: the unit is a
// co-unit of each item under it with no assignment of its own (SCHEMA: a unit named with no 牵头).
import { describe, expect, it } from 'vitest';
import { headingCoUnit } from '../src/assemble/heading-rules.js';
import { parseBytes } from '../src/pipeline.js';

const parse = (text: string) => parseBytes(Buffer.from(text), 'u.txt');

describe('unit-name headings', () => {
  it('reads a bare unit name, never a sentence, a lead-unit heading, a title or a class of targets', () => {
    expect(headingCoUnit('市交通局')).toBe('市交通局');
    expect(headingCoUnit('县农业农村局')).toBe('县农业农村局');
    expect(headingCoUnit('市交通局牵头工作')).toBeNull();
    expect(headingCoUnit('一类目标')).toBeNull();
    expect(headingCoUnit('市交通局、市公安局')).toBeNull();
    expect(headingCoUnit('加快推进道路建设')).toBeNull();
    expect(headingCoUnit('关于印发工作要点的通知')).toBeNull();
  });
  const list = '(五)完善农村公路养护机制,年内养护里程达到800公里。\n市交通局\n一类目标:\n(一)新建改建农村公路1000公里,实现建制村通客车。\n(二)加快高速公路建设,年内完成投资50亿元。\n二类目标:\n(三)推进智慧交通平台建设,年底前上线运行。\n市水利局\n(一)完成水库除险加固工程12座。\n(二)新增节水灌溉面积5万亩。(市农业局牵头)\n';
  it('gives the unit to the items under it up to the next unit heading, classes (一类目标:) as sections', async () => {
    const n = await parse(list);
    expect(n.document.kind).toBe('task-list');
    expect(n.tasks.map((t) => [t.number, t.leadUnits, t.coUnits])).toEqual([
      ['(五)', [], []],
      ['(一)', [], ['市交通局']], ['(二)', [], ['市交通局']], ['(三)', [], ['市交通局']],
      ['(一)', [], ['市水利局']], ['(二)', ['市农业局'], []],
    ]);
    expect(n.tasks[3].sections.map((s) => s.title)).toEqual(['市交通局', '二类目标']);
    expect(n.tasks[3].text.includes('二类目标')).toBe(false);
  });
  it('a signature over a date, a 抄送 list or a page\'s metadata bullets head no task', async () => {
    const letter = await parse('各县(市、区)人民政府:\n(一)今年以来全市交通建设稳步推进,完成投资80亿元。\n(二)农村公路建设加快,新建改建1000公里。\n市交通局\n2004年3月1日\n');
    expect(letter.tasks).toHaveLength(0);
    const cc = await parse('(一)今年以来全市交通建设稳步推进,完成投资80亿元。\n抄送:市交通局\n(二)农村公路建设加快,新建改建1000公里。\n');
    expect(cc.tasks).toHaveLength(0);
    const meta = await parse('• 发布机构:\n市人民政府办公室\n• 成文日期:\n2023-02-22\n');
    expect(meta.tasks).toHaveLength(0);
    // a progress report by department: a unit's name over items that report progress, no task
    const news = await parse('(一)全市经济运行总体平稳,生产总值增长7%。\n市交通局\n(一)今年以来全市交通建设稳步推进,完成投资80亿元。\n(二)已完成农村公路建设600公里。\n市水利局\n(一)截至9月底,完成水库除险加固8座。\n');
    expect(news.tasks).toHaveLength(0);
  });
});
