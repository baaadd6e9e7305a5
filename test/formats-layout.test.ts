// Positioned text -> lines and tables (src/extract/layout, shared by PDF and OFD), on pages built here:
// wrapped paragraphs joined, CJK without spaces, page numbers and running heads dropped, tables from
// rulings (merged cells, a table over two pages with its header repeated) and from x-positions alone.
import { describe, expect, it } from 'vitest';
import { type LayoutPage, layoutBlocks, type Rule, type Run } from '../src/extract/layout.js';
import type { Block } from '../src/model.js';

const SIZE = 10, LEFT = 72, RIGHT = 523, W = 595, H = 842;
/** A line of text at (x, y), one run per character, CJK a full em, ASCII half. */
const line = (text: string, x: number, y: number): Run[] => {
  const out: Run[] = [];
  for (const ch of text) {
    const w = ch.charCodeAt(0) < 0x2e80 ? SIZE / 2 : SIZE;
    if (ch !== ' ') out.push({ text: ch, x, y, w, size: SIZE });
    x += w;
  }
  return out;
};
/** A paragraph wrapped at the right margin. */
const para = (text: string, y: number, pitch = 12): { runs: Run[]; y: number } => {
  const runs: Run[] = [];
  let cur = '', width = 0;
  for (const ch of text) {
    const w = ch.charCodeAt(0) < 0x2e80 ? SIZE / 2 : SIZE;
    if (width + w > RIGHT - LEFT) { runs.push(...line(cur, LEFT, y)); y += pitch; cur = ''; width = 0; }
    cur += ch; width += w;
  }
  runs.push(...line(cur, LEFT, y));
  return { runs, y: y + pitch * 2 };
};
const page = (runs: Run[], rules: Rule[] = []): LayoutPage => ({ width: W, height: H, runs, rules });
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'line' ? b.text : b.rows.map((r) => r.map((c) => c.text))));

describe('lines', () => {
  it('a paragraph wrapped over several lines is one line again; CJK gets no spaces; a new item starts a line', () => {
    const a = '一、各责任单位要高度重视,切实加强领导,对照2023年区《政府工作报告》确定的目标任务,制订工作方案,明确责任,明确措施,明确时间节点,狠抓落实。';
    const b = '二、区绩效考评机构要将确定的重要目标任务纳入绩效管理考核范围。';
    const p1 = para(a, 100, 12);
    const p2 = para(b, p1.y - 12, 12); // no paragraph spacing: only the item marker tells
    const blocks = layoutBlocks([page([...p1.runs, ...p2.runs])]);
    expect(texts(blocks)).toEqual([a, b]);
    expect(blocks[0].pos).toEqual({ line: 1, column: 1 });
    expect(blocks[1].pos.line).toBe(1);
  });

  it('running heads and page numbers are dropped; a paragraph goes on over the page break', () => {
    const text = '各街道办事处要按照本方案确定的任务分工,细化工作措施,明确完成时限,确保各项任务按时保质完成,并于每季度末将进展情况报送区政府办公室汇总。';
    const p = para(text, 760, 12); // starts at the foot of page 1, wraps onto page 2
    const onPage = (n: number) => p.runs.filter((r) => (n === 1 ? r.y < 780 : r.y >= 780)).map((r) => ({ ...r, y: n === 1 ? r.y : r.y - 780 + 100 }));
    const furniture = (n: number) => [...line('蔡甸区人民政府办公室文件', 230, 50), ...line(`— ${n} —`, 280, 800)];
    const blocks = layoutBlocks([page([...furniture(1), ...line('通知', 280, 100), ...onPage(1)]), page([...furniture(2), ...onPage(2)])]);
    expect(texts(blocks)).toEqual(['通知', text]);
  });
});

describe('tables', () => {
  const grid = (xs: number[], ys: number[], skipH: Array<[number, number]> = []): Rule[] => [
    ...ys.flatMap((y, r) => xs.slice(0, -1).filter((_, c) => !skipH.some(([sr, sc]) => sr === r && sc === c))
      .map((x, c) => ({ x1: x, x2: xs[c + 1], y1: y, y2: y }))),
    ...xs.map((x) => ({ x1: x, x2: x, y1: ys[0], y2: ys[ys.length - 1] })),
  ];
  const xs = [72, 120, 360, 523];

  it('from rulings: a missing ruling merges cells; wrapped cells are joined; a table over two pages is one, its repeated header dropped', () => {
    const ys = [100, 124, 160, 184];
    const head = [...line('序号', 76, 116), ...line('工作任务', 124, 116), ...line('牵头单位', 364, 116)];
    const p1 = page([
      ...head,
      ...line('1', 76, 136), ...line('坚定不移实施“工业强区”战略,以群聚链、', 124, 136), ...line('大力推动产业集群化发展。', 124, 148),
      ...line('区科技和经信局', 364, 136),
      ...line('2', 76, 176), ...line('强化四大优势产业主导地位。', 124, 176),
    ], grid(xs, ys, [[2, 2]])); // no ruling under row 1 in the lead column: merged with row 2
    const p2 = page([...head.map((r) => ({ ...r })), ...line('3', 76, 136), ...line('大力引进战略性新兴产业。', 124, 136), ...line('区发展和改革局', 364, 136)],
      grid(xs, [100, 124, 148]));
    expect(texts(layoutBlocks([p1, p2]))).toEqual([[
      ['序号', '工作任务', '牵头单位'],
      ['1', '坚定不移实施“工业强区”战略,以群聚链、大力推动产业集群化发展。', '区科技和经信局'],
      ['2', '强化四大优势产业主导地位。', '区科技和经信局'],
      ['3', '大力引进战略性新兴产业。', '区发展和改革局'],
    ]]);
  });

  it('from x-positions alone: columns where pieces start on several lines, a wrapped cell joined', () => {
    const blocks = layoutBlocks([page([
      ...line('附件:2023年重点任务分解表', 72, 80),
      ...line('序号', 72, 100), ...line('工作任务', 120, 100), ...line('牵头单位', 400, 100),
      ...line('1', 72, 116), ...line('新建人行天桥2座,完成城区', 120, 116), ...line('县住建局', 400, 116),
      ...line('主干道改造。', 120, 128),
      ...line('2', 72, 144), ...line('启动县图书馆新馆建设。', 120, 144), ...line('县文体广新局', 400, 144),
      ...line('3', 72, 160), ...line('建成县残疾人综合服务中心。', 120, 160), ...line('县残联', 400, 160),
    ])]);
    expect(texts(blocks)).toEqual(['附件:2023年重点任务分解表', [
      ['序号', '工作任务', '牵头单位'],
      ['1', '新建人行天桥2座,完成城区主干道改造。', '县住建局'],
      ['2', '启动县图书馆新馆建设。', '县文体广新局'],
      ['3', '建成县残疾人综合服务中心。', '县残联'],
    ]]);
  });

  it('spaced-out labels on a few lines are no table', () => {
    const blocks = layoutBlocks([page([
      ...line('索 引 号 MB1534522/2023-05475', 72, 100), ...line('发文日期 2023-01-03', 300, 100),
      ...line('发布机构 区人民政府办公室', 72, 112), ...line('文    号 蔡政办〔2023〕1号', 260, 112),
    ])]);
    expect(blocks.every((b) => b.kind === 'line')).toBe(true);
  });
});
