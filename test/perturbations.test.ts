// Real notices under meaning-preserving variations (bench/perturbations.mjs): punctuation widths, spaced
// names, key spacing, hard wraps, blank lines, CRLF, key synonyms, numbering styles, traditional script,
// page numbers. Each must give back most of the notices' own tasks, field for field: a floor per variation,
// so that a change that loses one fails here and not only on unseen pages.
import { describe, expect, it } from 'vitest';
import { PERTURBATIONS, notices, perturb } from '../bench/perturbations.mjs';
import { parseBytes } from '../src/pipeline.js';
import { nameHash, wholeShare } from './helpers/whole.js';

// about one notice in five (a spread of layouts and ages), kept small for the suite; chosen by a hash of the
// notice's name, so that adding notices adds to the sample and never reshuffles it
const sample = notices().filter((n) => nameHash(n.name) % 5 === 0);

// Floors: the share measured on this sample when the bench was written, less about a point (lowered to 0.95 while
// dev batches 7 and 8, scored blind, were worked on: their notices entered the sample; re-set with batch 7's
// tables read, at 98.5 measured for most, 98.2 traditional, 97.9 synonyms, 96.8 wrapped-paged; unit-commas 0.98 with batch 8's
// prose read, 98.8 measured).
const FLOOR: Record<string, number> = {
  'original': 0.975, 'punct-fullwidth': 0.975, 'punct-ascii': 0.975, 'spaced-names': 0.99, 'key-space': 0.98, 'key-nospace': 0.99,
  'wrapped': 0.975, 'indented': 0.975, 'blank-lines-added': 0.975, 'blank-lines-removed': 0.99, 'crlf': 0.975, 'synonyms': 0.97,
  'numbering': 0.99, 'unit-commas': 0.98, 'traditional': 0.97, 'page-furniture': 0.975, 'wrapped-paged': 0.96,
  'headings-unmarked': 0.885, 'headings-dashed': 0.885,
};

// Sections under the heading perturbations: of the tasks under a section, the share that come back (number, text)
// under their innermost section's title. Floors: measured less about a point (96.4 both, once a heading before the
// first task was read by what it says: a topic, a slogan, a leader, the level above a first (一); 1.0 unperturbed).
const SECTION_FLOOR: Record<string, number> = { 'original': 0.99, 'headings-unmarked': 0.95, 'headings-dashed': 0.95 };
const foldKey = (s: unknown) => (s == null ? '' : String(s).normalize('NFKC').replace(/\s+/gu, '').replace(/[。;;.,,、]+$/u, ''));
describe(`${sample.length} real notices: sections under heading variations`, () => {
  for (const name of Object.keys(SECTION_FLOOR)) {
    it(`${name}: at least ${SECTION_FLOOR[name] * 100}% of the tasks under a section come back under it`, async () => {
      let found = 0, all = 0;
      for (const n of sample) {
        const r = perturb(n, name);
        if (!r || (name === 'original' && !perturb(n, 'headings-unmarked'))) continue;
        const got = new Set((await parseBytes(Buffer.from(r.text), `${n.name}.txt`)).tasks
          .map((t) => JSON.stringify([foldKey(t.number), foldKey(t.text), foldKey(t.sections.at(-1)?.title)])));
        for (const t of r.expected.tasks as Array<{ number: string | null; text: string; sections?: Array<string | { title: string }> }>) {
          const last = t.sections?.at(-1);
          if (!last) continue;
          all++;
          if (got.has(JSON.stringify([foldKey(t.number), foldKey(t.text), foldKey(typeof last === 'string' ? last : last.title)]))) found++;
        }
      }
      if (process.env.PERTURB_PRINT) console.log(name, 'sections', (found / all).toFixed(4), all);
      expect(found / all).toBeGreaterThanOrEqual(SECTION_FLOOR[name]);
    });
  }
});

describe(`${sample.length} real notices under meaning-preserving variations`, () => {
  it('every perturbation has a floor', () => expect(Object.keys(PERTURBATIONS).sort()).toEqual(Object.keys(FLOOR).sort()));
  for (const name of Object.keys(PERTURBATIONS)) {
    it(`${name}: at least ${FLOOR[name] * 100}% of the tasks come back whole`, async () => {
      const share = await wholeShare(sample, (n) => perturb(n, name));
      if (process.env.PERTURB_PRINT) console.log(name, share.toFixed(4));
      expect(share).toBeGreaterThanOrEqual(FLOOR[name]);
    });
  }
});

describe('mechanisms the perturbations found', () => {
  const parse = async (text: string) => parseBytes(Buffer.from(text), 'm.txt');
  const units = ['省发展改革委', '省经济和信息化厅', '省财政厅', '省自然资源厅', '省住房城乡建设厅', '省交通运输厅', '省农业农村厅', '省水利厅', '省林业局', '省商务厅'];
  const targets = ['全省生产总值增长7%以上。', '规上工业增加值增长7.5%。', '固定资产投资增长8%。', '社会消费品零售总额增长9%。', '进出口总额增长5%。', '城乡居民收入增长与经济同步。', '粮食产量稳定在800亿斤以上。', '城镇新增就业60万人以上。'];
  const wrapAt = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, 'gu'))!;

  it('hard-wrapped key lines among many short lines: the width is read from the longest lines, names come back whole', async () => {
    // (short task and lead lines outnumber the wrapped ones: the pile at the width is a quarter of the lines)
    const lines = ['2024年省政府工作报告重点任务分工方案'];
    const co = targets.map((_, i) => units.slice(i % 4, (i % 4) + 7));
    targets.forEach((t, i) => lines.push(`${i + 1}.${t}`, `牵头单位:${units[i % 3]}。`, ...wrapAt(`协同单位:${co[i].join('、')}等。`, 34)));
    const n = await parse(`${lines.join('\n')}\n`);
    expect(n.tasks.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual(targets.map((t, i) => [t, [units[i % 3]], co[i].filter((u) => u !== units[i % 3])]));
  });

  it('a key line wrapped before its separator (、县水利局…) or after a name\'s first character (…、县 / 住建局) goes on', async () => {
    const n = await parse(['某县2024年重点工作任务分解', '1.地区生产总值增长6%左右。', '责任单位:县发改局、县经信局、县科技局、县', '住建局、县交通运输局',
      '2.一般公共预算收入增长5%。', '责任单位:县财政局、县自然资源局、县生态环境局', '、县水利局、县农业农村局', ''].join('\n'));
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['县发改局', '县经信局', '县科技局', '县住建局', '县交通运输局'], ['县财政局', '县自然资源局', '县生态环境局', '县水利局', '县农业农村局']]);
  });

  it('the first-is-lead rule written with 主办 (排在首位为主办单位) names the lead, and is no unit', async () => {
    const n = await parse('重点工作任务分工\n1.降低车船税适用税额。[责任单位:市财政局、市税务局,各区政府,排在首位为主办单位,下同]\n2.执行统一的印花税核定征收办法。[责任单位:市税务局、市财政局]\n');
    expect(n.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([[['市财政局'], ['市税务局', '各区政府']], [['市税务局'], ['市财政局']]]);
  });

  it('a header row of unit-key synonyms (责任部门 | 参与单位) is no title', async () => {
    const n = await parse('序号 | 实事项目 | 工作举措及实施计划 | 责任部门 | 参与单位 |\n1 | 新建公办幼儿园3所。 | 年底前完成主体建设。 | 区教育局 | 区财政局 |\n2 | 改造老旧小区10个。 | 6月底前开工。 | 区住建局 | 各街道 |\n');
    expect(n.document.title ?? null).toBeNull();
    expect(n.tasks.map((t) => [t.leadUnits, t.coUnits])).toEqual([[['区教育局'], ['区财政局']], [['区住建局'], ['各街道']]]);
  });

  it('a table\'s header one cell a line, 名称 among its cells: the cells after 名称 are no title (blank lines or none)', async () => {
    const cells = ['某市2011年政府工作任务分解表', '序号', '名称', '工作任务', '主要责任单位', '1', '地区生产总值', '地区生产总值增长12%', '市发改委、统计局', '2', '财政收入', '一般预算收入增长15%', '市财政局'];
    for (const sep of ['\n', '\n\n']) expect((await parse(`${cells.join(sep)}\n`)).document.title).toBe('某市2011年政府工作任务分解表');
  });

  it('cells one a line: task cells numbered ① ② under one row number are sub-rows, as (1) (2) are', async () => {
    const n = await parse(['2024年重点工作任务分解表', '序号', '项目', '重点工作', '牵头单位', '1', '主要预期目标', '①地区生产总值增长6%左右。', '区发改委',
      '②一般公共预算收入增长3%以上。', '区财政局', '③社会消费品零售总额增长6%左右。', '区商务局', '2', '扩大有效投资', '全年实施重点项目50个。', '区发改委', ''].join('\n'));
    expect(n.tasks.slice(0, 3).map((t) => [t.number, t.sections.at(-1)?.title ?? null, t.text, t.leadUnits])).toEqual([
      ['①', '主要预期目标', '地区生产总值增长6%左右。', ['区发改委']],
      ['②', '主要预期目标', '一般公共预算收入增长3%以上。', ['区财政局']],
      ['③', '主要预期目标', '社会消费品零售总额增长6%左右。', ['区商务局']],
    ]);
  });
});
