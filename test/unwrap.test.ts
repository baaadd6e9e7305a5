// Hard-wrapped text (a PDF copied out, a fixed-width .txt) is re-joined into its paragraphs; text that is not
// wrapped passes through untouched.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/model.js';
import { unwrapLines } from '../src/normalize/unwrap.js';
import { parseBytes } from '../src/pipeline.js';
import { compare, f1, total } from '../src/compare/index.js';

const asLines = (text: string): TextLine[] => text.split(/\r?\n/).map((t) => t.trim()).filter(Boolean)
  .map((t, i) => ({ kind: 'line', text: t, pos: { line: i + 1, column: 1 } }));
const wrap = (text: string, width: number) => text.split('\n').flatMap((l) => {
  const out: string[] = [];
  for (let i = 0; i < l.length; i += width) out.push(l.slice(i, i + width));
  return out.length ? out : [''];
}).join('\n');
const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');

describe('unwrapLines', () => {
  it('leaves the lines of notices that are not wrapped as they are', () => {
    const files = [
      ...readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'fixtures', f)),
      ...readdirSync(join(shared, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(shared, 'corpus', f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) {
      const lines = asLines(readFileSync(f, 'utf8'));
      expect(unwrapLines(lines), f).toEqual(lines);
    }
  });

  const paragraph = '为贯彻落实全市街道工作会议精神,以首善标准建设文明街道、活力街道、宜居街道、平安街道,结合本区实际,制定如下任务分解方案。';
  const item = '1.完善街道党工委对地区治理重大工作的领导体制机制,优化决策程序,涉及基层治理的重大事项由街道党工委讨论决定。';
  const keys = '牵头单位:区委组织部\n协办单位:区委编办、区民政局(区委社会工委)、园区党工委、各街道党工委';
  const text = `${paragraph}\n一、提高城市基层党建工作水平,加强党对基层治理的全面领导\n${item}\n${keys}\n${item.replace('1.', '2.')}`;

  it('joins the lines of a text wrapped at a fixed width, and keeps items and labelled lines apart', () => {
    const joined = unwrapLines(asLines(wrap(text, 20))).map((l) => l.text);
    expect(joined).toEqual(text.split('\n'));
  });
  it('joins at a visual width too (ASCII digits take half a column)', () => {
    const t = `${paragraph}2019年完成12项。\n${item}2020年6月底前完成。\n${paragraph}`;
    const lines = asLines(wrap(t, 24));
    expect(unwrapLines(lines).length).toBeLessThan(lines.length);
  });
  it('does not join rows of a table flattened with |', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `| ${i + 1} | 实施城乡供水一体化工程新建水厂两座 | 市水利局 |`);
    const lines = asLines(rows.join('\n'));
    expect(unwrapLines(lines)).toEqual(lines);
  });
  it('leaves a table one cell a line as it is: a cell printed down a column is no wrap width, names and labels no wrapped text', () => {
    const cells = ['旌阳区2016年度经济社会发展目标任务分解表', '项目名称', '主要内容', '责任主体', '一、宏观调控',
      ...[['地区生产总值增长率', '区发改局、区统计局'], ['规模以上工业增加值增长率', '区经信局、区统计局'], ['服务业增加值增长率', '区商务局、区统计局'],
        ['社会消费品零售总额增长率', '区商务局、区统计局'], ['地方公共财政收入增长率', '区财政局'], ['税收占地方公共财政收入的比重及变化率', '区财政局'],
        ['地方政府新增债务率', '区财政局'], ['城镇登记失业率', '区人社局']].flatMap(([a, b]) => [a, '年终根据全省平均水平综合考核', b])];
    const lines = asLines(cells.join('\n'));
    expect(unwrapLines(lines)).toEqual(lines);
  });
});

describe('real notices hard-wrapped', () => {
  it('still give most of their tasks when wrapped at 38 characters a line', async () => {
    const dir = join(root, 'fixtures', 'expected');
    const sums = new Map<string, { tp: number; fp: number; fn: number }>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (!String(expected.input).startsWith('../real/')) continue;
      const text = readFileSync(join(dir, expected.input), 'utf8');
      if (text.includes('|')) continue; // tables flattened with | are not wrapped text
      const notice = await parseBytes(Buffer.from(wrap(text, 38)), f);
      for (const [field, c] of Object.entries(compare(expected, notice).counts)) {
        const s = sums.get(field) ?? { tp: 0, fp: 0, fn: 0 };
        s.tp += c.tp; s.fp += c.fp; s.fn += c.fn;
        sums.set(field, s);
      }
    }
    const score = f1(total(Object.fromEntries(sums))).f1;
    console.log(`real notices wrapped at 38: micro-F1 ${(score * 100).toFixed(1)}`);
    expect(score).toBeGreaterThanOrEqual(0.9);
  });
});
