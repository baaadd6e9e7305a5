// Tables drawn with box-drawing characters: rules close cells per column, merged cells span rows, △ items
// in one cell are rows of their own, a cell heading bulleted cells is a section (issue 8, dev batch a14cc62).
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { boxTables } from '../src/normalize/box-tables.js';
import type { TextLine } from '../src/model.js';

const DRAWN = [
  '┌──────────┬───┬──────┬────┐',
  '│ 工 作 任 务 │分管领│牵头单位  │完成时限│',
  '│          │ 导 │      │    │',
  '├──────────┼───┼──────┼────┤',
  '│抓好财税金融工作  │王明│市财政局、市│年内见成│',
  '├──────────┤   │税务局   │ 效 │',
  '│△调整财政支出结构,加│   ├──────┤    │',
  '│大民生投入     │   │市教育局  │    │',
  '│△加强财政监督   │   │      │    │',
  '└──────────┴───┴──────┴────┘',
];
const lines = (ts: string[]): TextLine[] => ts.map((text, i) => ({ kind: 'line', text, pos: { line: i + 1, column: 1 } }));

describe('box-drawn tables', () => {
  it('reads the cells between rules, per column, with wrapped text joined', () => {
    const [t] = boxTables(lines(DRAWN));
    expect(t.kind).toBe('table');
    if (t.kind !== 'table') return;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['工作任务', '分管领导', '牵头单位', '完成时限'],
      ['抓好财税金融工作', '抓好财税金融工作', '抓好财税金融工作', '抓好财税金融工作'],
      ['调整财政支出结构,加大民生投入', '王明', '市财政局、市税务局', '年内见成效'],
      ['加强财政监督', '王明', '市教育局', '年内见成效'],
    ]);
  });
  it('gives tasks under the heading with the merged cells they lie in', async () => {
    const notice = await parseBytes(Buffer.from(DRAWN.join('\n') + '\n'), 'box.txt');
    expect(notice.tasks.map((t) => [t.sections.map((s) => s.title), t.text, t.leaders, t.leadUnits, t.deadline])).toEqual([
      [['抓好财税金融工作'], '调整财政支出结构,加大民生投入', ['王明'], ['市财政局', '市税务局'], '年内见成效'],
      [['抓好财税金融工作'], '加强财政监督', ['王明'], ['市教育局'], '年内见成效'],
    ]);
    expect(notice.document.title).toBeNull();
  });
  it('leaves lines that keep no column count as they are', () => {
    const odd = lines(['│a│b│', '│a│b│c│']);
    expect(boxTables(odd)).toEqual(odd);
    // (nor does a later line that keeps the first count again make the lines one table)
    const broken = lines(['│工作任务│牵头单位│', '│甲│乙│丙│', '│任务│责任单位│']);
    expect(boxTables(broken)).toEqual(broken);
  });
});
