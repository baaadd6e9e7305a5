// The table format on tables as HTML and docx give them: merged cells already expanded.
import { describe, expect, it } from 'vitest';
import { table } from '../src/formats/table/index.js';
import type { TableBlock } from '../src/model.js';

const block = (rows: string[][]): TableBlock => ({
  kind: 'table', pos: { line: 1, column: 1 },
  rows: rows.map((r, i) => r.map((text, j) => ({ text, pos: { line: i + 1, column: j + 1 } }))),
});

describe('table format', () => {
  it('maps columns by header meaning, in any order', () => {
    const r = table.parseTable(block([
      ['完成时限', '责任单位', '牵头单位', '重点任务', '序号', '牵头领导'],
      ['6月底', '市财政局、市税务局', '市发改委', '扩大有效投资。', '1', '张三'],
    ]))!;
    expect(r.tasks[0]).toMatchObject({ number: '1', text: '扩大有效投资。' });
    expect(r.tasks[0].assignment).toMatchObject({ leaders: ['张三'], leadUnits: ['市发改委'], coUnits: ['市财政局', '市税务局'], deadline: '6月底' });
  });

  it('reads a two-row header (责任分工 over 牵头单位 | 配合单位)', () => {
    const r = table.parseTable(block([
      ['序号', '工作任务', '责任分工', '责任分工', '完成时限'],
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '推进城市更新。', '市住建局', '各区政府', '年底'],
    ]))!;
    expect(r.tasks).toHaveLength(1);
    expect(r.tasks[0].assignment).toMatchObject({ leadUnits: ['市住建局'], coUnits: ['各区政府'], deadline: '年底' });
  });

  it('merged leader and unit cells apply to every row they span; headers repeated per page are skipped', () => {
    const r = table.parseTable(block([
      ['序号', '工作任务', '责任领导', '责任单位'],
      ['1', '甲任务。', '张三', '甲局'],
      ['2', '乙任务。', '张三', '甲局'],
      ['序号', '工作任务', '责任领导', '责任单位'],
      ['3', '丙任务。', '李四', '丙局'],
    ]))!;
    expect(r.tasks.map((t) => t.assignment.leaders[0])).toEqual(['张三', '张三', '李四']);
    expect(r.tasks.map((t) => t.assignment.coUnits[0])).toEqual(['甲局', '甲局', '丙局']);
  });

  it('full-width rows are nested sections', () => {
    const r = table.parseTable(block([
      ['序号', '工作任务', '牵头单位'],
      ['一、扩大内需', '一、扩大内需', '一、扩大内需'],
      ['(一)扩大投资', '(一)扩大投资', '(一)扩大投资'],
      ['1', '甲任务。', '甲局'],
      ['二、深化改革', '', ''],
      ['2', '乙任务。', '乙局'],
    ]))!;
    expect(r.tasks[0].sections).toEqual([{ marker: '一', title: '扩大内需' }, { marker: '(一)', title: '扩大投资' }]);
    expect(r.tasks[1].sections).toEqual([{ marker: '二', title: '深化改革' }]);
  });

  it('a header that says the first unit leads', () => {
    const r = table.parseTable(block([
      ['序号', '工作任务', '责任单位(第一个为牵头单位)'],
      ['1', '甲任务。', '甲局、乙局'],
    ]))!;
    expect(r.tasks[0].assignment.firstIsLead).toBe(true);
  });

  it('is not a task table without task and assignment columns', () => {
    expect(table.parseTable(block([['姓名', '职务'], ['张三', '局长']]))).toBeNull();
    expect(table.parseTable(block([['索引号', '123'], ['发布机构', '某局']]))).toBeNull();
  });
});

describe('a table among numbered items', () => {
  it('sits under the innermost heading, not under the task before it', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const html = `<html><body><div id="zoom"><p>一、加快发展</p><p>1.推进数字经济发展。(牵头单位:市大数据局)</p><p>二、民生</p>
      <table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>1</td><td>建设公园。</td><td>市住建局</td></tr></table></div></body></html>`;
    const n = await parseBytes(Buffer.from(html), 'mixed.html');
    expect(n.tasks.map((t) => t.sections.map((s) => s.title))).toEqual([['加快发展'], ['民生']]);
    expect(n.report.parsers).toEqual(expect.arrayContaining(['inline-assignment', 'table']));
    expect(n.report.messages.filter((m) => m.rule === 'unparsed-item')).toEqual([]); // 一、 heads the table: no stray item
  });
});

describe('a table right after a task', () => {
  it('takes the heading above the task, not the task, as its section', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const html = `<html><body><div id="zoom"><p>一、加快发展</p><p>1.推进数字经济发展。(牵头单位:市大数据局)</p>
      <table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>2</td><td>建设公园。</td><td>市住建局</td></tr></table></div></body></html>`;
    const n = await parseBytes(Buffer.from(html), 'after-task.html');
    expect(n.tasks.map((t) => t.sections.map((s) => s.title))).toEqual([['加快发展'], ['加快发展']]);
  });
});

describe('section rows written in the columns', () => {
  it('a Chinese numeral in the 序号 column with a title and no assignment heads the rows under it', () => {
    const r = table.parseTable(block([
      ['序号', '重点任务', '牵头单位', '完成时限'],
      ['一', '扩大内需', '', ''],
      ['1', '扩大投资。', '市发改委', '年底'],
      ['(二)', '稳定就业', '', ''],
      ['2', '稳定就业岗位。', '市人社局', '年底'],
    ]))!;
    expect(r.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(r.tasks[0].sections).toEqual([{ marker: '一', title: '扩大内需' }]);
    expect(r.tasks[1].sections).toEqual([{ marker: '一', title: '扩大内需' }, { marker: '(二)', title: '稳定就业' }]);
  });
});

describe('rows after the last assigned row', () => {
  it('are reported, not read as tasks (a page cut off inside the table)', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const html = `<html><body><div id="zoom"><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>建设公园。</td><td>市住建局</td></tr><tr><td>2</td><td>新增学位。</td><td>市教育局</td></tr>
      <tr><td>3</td><td>研发投入强度达到3.</td><td></td></tr></table></div></body></html>`;
    const n = await parseBytes(Buffer.from(html), 'cut-off.html');
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(n.report.messages.some((m) => m.rule === 'unparsed-item' && /last assigned row/.test(m.message))).toBe(true);
  });
});

describe('a star that flags a project', () => {
  it('is no part of the project\'s name', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const html = `<html><body><div id="zoom"><table><tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>责任单位</td></tr>
      <tr><td>1</td><td>中小学校护眼灯光工程★</td><td>对70所中小学校教室照明进行提升。</td><td>县教育局</td></tr></table></div></body></html>`;
    const n = await parseBytes(Buffer.from(html), 'star.html');
    expect(n.tasks.map((t) => t.title)).toEqual(['中小学校护眼灯光工程']);
  });
});

describe('a file that ends inside the last row\'s task cell', () => {
  it('cut off there: the row is no task, though the unit cell above would fill it down', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const head = '2023年重点工作责任分解\n序号\n主要工作任务\n责任单位\n1\n地区生产总值增长6%左右。\n市发展改革委\n2\n';
    const cut = await parseBytes(Buffer.from(`${head}研发投入强度达到3.`), 'cut.txt');
    expect(cut.tasks.map((t) => t.number)).toEqual(['1']);
    expect(cut.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
    // a row that ends its sentence is whole, even at the end of the file
    const whole = await parseBytes(Buffer.from(`${head}研发投入强度达到3.2%。`), 'whole.txt');
    expect(whole.tasks.map((t) => [t.number, t.coUnits])).toEqual([['1', ['市发展改革委']], ['2', ['市发展改革委']]]);
  });
});

describe('a file that ends inside the last numbered item, before its unit line', () => {
  it('cut off there: the item is no task, though its heading names a leader', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const head = '2020年政府工作报告重点工作责任分解\n一、王纲市长主抓重点工作\n1.坚定不移支持企业发展。\n责任单位:市经信局、市财政局\n';
    const cut = await parseBytes(Buffer.from(`${head}2.开展项目“双进双产`), 'cut.txt');
    expect(cut.tasks.map((t) => t.number)).toEqual(['1']);
    expect(cut.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
    // an item that ends its sentence is whole, even at the end of the file with no unit line
    const whole = await parseBytes(Buffer.from(`${head}2.开展项目“双进双产”活动。`), 'whole.txt');
    expect(whole.tasks.map((t) => [t.number, t.leaders])).toEqual([['1', ['王纲']], ['2', ['王纲']]]);
  });
});
