// Layouts of dev batch 7, on invented text: headings merged over numbered items in a table between "|", a
// merged first name column with no 序号 (one cell a line), a mirror's lost indent (??), a deadline cell that
// ends like a heading (常态工作), a long organ's name broken before 关于, a clause before the first key in a
// bracket, signers and years at a page's edges. Each asserts what the parser reads, so it can fail.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/metadata/index.js';
import { isDeadline, parseDue } from '../src/recognize/deadline.js';
import { unwrapLines } from '../src/normalize/unwrap.js';
import { taskFields } from './helpers/tasks.js';

const tasks = (text: string) => taskFields(text, '', 'variant.txt');
const doc = (text: string, hasTasks = true) => extractDocument(text.split('\n'), {}, hasTasks);

describe('headings merged over the numbered items beside them (a table between "|")', () => {
  const text = [
    '工作任务 | 具体要求 | 责任科室 |',
    '一、加强档案信息公开。 | 1.按时公开年度档案工作报告。 | 综合科 |',
    '二、做好网站栏目维护。 | 2.及时更新网站栏目的概况信息。 | 信息科 |',
    '3.及时回复群众留言。 | 各科室 | |',
    '4.每周更新公众号信息。 | 信息科牵头,各科室配合 | |',
    '三、强化政策解读工作。 | 5.围绕重点工作开展政策解读。 | 各科室 |',
  ].join('\n');
  it('the headings are sections, the items keep their own numbers, the shifted rows their units', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.text])).toEqual([
      ['1', ['加强档案信息公开'], '按时公开年度档案工作报告。'],
      ['2', ['做好网站栏目维护'], '及时更新网站栏目的概况信息。'],
      ['3', ['做好网站栏目维护'], '及时回复群众留言。'],
      ['4', ['做好网站栏目维护'], '每周更新公众号信息。'],
      ['5', ['强化政策解读工作'], '围绕重点工作开展政策解读。'],
    ]);
    expect(got[2].coUnits).toEqual(['各科室']);
    expect(got[3].leadUnits).toEqual(['信息科']);
  });
  it('the header row is no title', () => {
    expect(doc(text).title).toBeNull();
  });
  it('items whose numbers do not run on are left as they are (no sections)', async () => {
    const got = await tasks(text.replace('5.围绕', '1.围绕'));
    expect(got.some((t) => t.sections.length)).toBe(false);
  });
});

describe('a merged first name column with no 序号, one cell a line', () => {
  const text = [
    '|', '工作任务', '|', '具体内容', '|', '责任部门', '|', '|',
    '推进财务公开', '|', '按季度公开本镇财政预算执行情况和重点项目资金使用情况。', '|', '财政所、党政办公室', '|', '|',
    '每年公开惠农补贴资金发放名单及标准,接受群众监督。', '|', '农业服务中心', '|', '|',
    '优化便民服务', '|', '推行帮办代办服务,为老年人和残疾人提供上门办理。', '|', '便民服务中心', '|', '|',
    '在村级服务站设置自助终端,方便群众就近查询办理。', '|', '便民服务中心、各村', '|',
  ].join('\n');
  it('the names head their rows as sections, not titles, and the first name is no header label', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.sections, t.title, t.coUnits])).toEqual([
      [['推进财务公开'], null, ['财政所', '党政办公室']],
      [['推进财务公开'], null, ['农业服务中心']],
      [['优化便民服务'], null, ['便民服务中心']],
      [['优化便民服务'], null, ['便民服务中心', '各村']],
    ]);
  });
});

describe('a mirror that lost the full-width indent (??)', () => {
  it('the ?? before an item number is no text: the item keeps its number and section', async () => {
    const got = await tasks([
      '??一、提升服务效率',
      '??1.推行企业开办一日办结,压缩审批时间。(责任单位:区行政服务中心、区市场监管局)',
      '??2.推广电子证照应用,实现高频事项免证办理。(责任单位:区行政服务中心)',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.text.slice(0, 6)])).toEqual([
      ['1', ['提升服务效率'], '推行企业开办'],
      ['2', ['提升服务效率'], '推广电子证照'],
    ]);
  });
});

describe('a deadline cell that ends like a heading (常态工作)', () => {
  it('reads as ongoing', () => {
    expect(isDeadline('常态工作')).toBe(true);
    expect(parseDue('常态工作', 2016).dueKind).toBe('ongoing');
    expect(isDeadline('常态化管理工作机制')).toBe(false);
  });
  it('is the row\'s deadline, not a section over the rows after it', async () => {
    const lines = ['|', '序号', '|', '工作任务', '|', '负责部门', '|', '时间进度', '|', '|'];
    const rows: Array<[string, string, string, string]> = [
      ['1', '完善城市管理工作机制', '市住建局、市城管局', '2016 年 6 月底前'],
      ['2', '推进数字化城市管理平台建设', '市城管局,各县(区)政府', '常态工作'],
      ['3', '开展环境卫生设施规划编制', '市住建局、市发改委', '2016 年底前'],
      ['4', '加强生活垃圾处理设施运行监管', '市住建局、市环保局', '常态工作'],
    ];
    for (const r of rows) for (const c of r) lines.push(c, '|');
    const got = await tasks(lines.join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.deadline])).toEqual([
      ['1', [], '2016 年 6 月底前'], ['2', [], '常态工作'], ['3', [], '2016 年底前'], ['4', [], '常态工作'],
    ]);
  });
});

describe('an assignment bracket with a clause before its first key', () => {
  it('the clause\'s units are read with the key\'s', async () => {
    const got = await tasks('1.加强项目准入管理,严格落实节能审查要求。〔市发展改革委、市工业和信息化局等按职责分工负责。责任单位:各县(市、区)人民政府。以下均需各县(市、区)人民政府落实,不再列出。〕');
    expect(got[0].coUnits).toEqual(['市发展改革委', '市工业和信息化局', '各县(市、区)人民政府']);
  });
});

describe('the document block at a page\'s edges', () => {
  it('a long organ name broken before 关于 opens the title and is the issuer', () => {
    const d = doc(['某某市推进绿色低碳发展工作领导小组', '办公室关于印发某某市节能降碳工作方案的通知', '各县(市、区)人民政府:', '现将方案印发给你们。'].join('\n'));
    expect(d.title).toBe('某某市推进绿色低碳发展工作领导小组办公室关于印发某某市节能降碳工作方案的通知');
    expect(d.issuer).toBe('某某市推进绿色低碳发展工作领导小组办公室');
  });
  it('a site\'s link above a title that opens with a whole organ is no part of it', () => {
    expect(doc(['返回首页', '国务院关于落实重点工作部门分工的意见', '各省、自治区:'].join('\n')).title).toBe('国务院关于落实重点工作部门分工的意见');
  });
  it('a statement (情况说明) is a title, and an organ named without an office word signs it at the end', () => {
    const d = doc(['某区人民政府 2019-12-13 16:36 来源: 区水务中心', '关于某区反馈问题整改情况的公示情况说明', '根据要求,现对整改完成情况进行公示。', '特此公示!', '某市某区水务服务中心', '2019年12月13日'].join('\n'), false);
    expect(d.title).toBe('关于某区反馈问题整改情况的公示情况说明');
    expect(d.issuer).toBe('某市某区水务服务中心');
    expect(d.date).toBe('2019-12-13');
  });
  it('a unit and a date inside the text (a table\'s cells) sign nothing', () => {
    expect(doc(['1', '完善管理机制', '市政务服务中心', '2019年12月31日', '2', '推进平台建设'].join('\n')).issuer).toBeNull();
  });
  it('a page that states no year takes its posting year', () => {
    expect(doc(['2016-11-29 11:54 来源:某某网', '某区政府今天通报:该区近日对未完成整改的问题进行督办。'].join('\n'), false).year).toBe(2016);
  });
  it('a document site\'s file-name heading is the title', () => {
    expect(doc(['某市大气污染防治2021年行动计划.pdf', '', '附件 1 — 4 — 某市大气污染防治 2021年行动计划 序号 重点任务'].join('\n')).title).toBe('某市大气污染防治2021年行动计划');
    expect(doc(['会议记录.pdf', '正文'].join('\n')).title).not.toBe('会议记录');
  });
});

describe('a long heading between a table\'s rows (its own sentences, 具体措施:)', () => {
  const heading = '一、提升线上服务友好度。加强系统集成和业务协同,提升“一网通办”用户体验。具体措施:';
  it('heads the spaced rows after it, which stay one table', async () => {
    const got = await tasks(['序号    主要任务    责任科室', heading,
      '1    推进政务服务事项全程网办,比例达到95%以上。    区府办、区行政服务中心',
      '2    推广远程身份核验、电子签章等应用。    区府办、区科委'].join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.coUnits])).toEqual([
      ['1', ['提升线上服务友好度。加强系统集成和业务协同,提升“一网通办”用户体验。具体措施:'], ['区府办', '区行政服务中心']],
      ['2', ['提升线上服务友好度。加强系统集成和业务协同,提升“一网通办”用户体验。具体措施:'], ['区府办', '区科委']],
    ]);
  });
  it('heads the rows one cell a line after it, before the first row and between rows', async () => {
    const second = '二、提升线下服务便利度。推进帮办代办服务,提升企业办事体验。具体措施:';
    const got = await tasks(['编号', '工作任务', '责任主体', heading, '1', '推进政务服务事项全程网办,比例达到95%以上。', '区府办、区行政服务中心',
      '2', '推广远程身份核验、电子签章等应用。', '区府办、区科委', second, '3', '推行企业开办帮办代办服务。', '区行政服务中心'].join('\n'));
    expect(got.map((t) => [t.number, t.sections.length, t.sections[0]?.slice(0, 6), t.coUnits])).toEqual([
      ['1', 1, '提升线上服务', ['区府办', '区行政服务中心']],
      ['2', 1, '提升线上服务', ['区府办', '区科委']],
      ['3', 1, '提升线下服务', ['区行政服务中心']],
    ]);
  });
  it('heads the piped rows after it too', async () => {
    const got = await tasks(['序号 | 主要任务 | 责任科室 |', heading,
      '1 | 推进政务服务事项全程网办,比例达到95%以上。 | 区府办、区行政服务中心 |',
      '2 | 推广远程身份核验、电子签章等应用。 | 区府办、区科委 |'].join('\n'));
    expect(got.map((t) => [t.number, t.sections.length, t.coUnits.length])).toEqual([['1', 1, 2], ['2', 1, 2]]);
  });
});

describe('spaced rows with no number under a name column (项目名称   主要内容   责任主体)', () => {
  it('each row that opens with a name and names its units is a task, a spaced word inside a cell kept', async () => {
    const got = await tasks(['某区2016年度目标任务分解表', '项目名称   主要内容   责任主体', '一、宏观调控',
      '地区生产总值增长率   年终根据全省平均水平综合考核   区发改局、区统计局',
      '新引进 5 亿元以上重大项目   年内完成引进任务   区投促局',
      '地方政府债务率   年终按财政部认可警戒线比较考核   区财政局',
      '外贸进出口额   10000   区商务局'].join('\n'));
    expect(got.map((t) => [t.sections, t.title, t.text, t.coUnits])).toEqual([
      [['宏观调控'], '地区生产总值增长率', '年终根据全省平均水平综合考核', ['区发改局', '区统计局']],
      [['宏观调控'], '新引进 5 亿元以上重大项目', '年内完成引进任务', ['区投促局']],
      [['宏观调控'], '地方政府债务率', '年终按财政部认可警戒线比较考核', ['区财政局']],
      [['宏观调控'], '外贸进出口额', '10000', ['区商务局']],
    ]);
  });
});

describe('spaced table rows of one length are no hard-wrapped paragraph', () => {
  it('each row stays its own line, and each is a task', async () => {
    const names = ['地区生产总值增长率', '规上工业增加值增长率', '服务业增加值增长率', '社会消费品零售总额增长', '地方公共财政收入增长率',
      '固定资产投资额增长率', '城镇居民人均收入增长率', '农村居民人均收入增长率', '实际利用外资增长比率', '外贸进出口总额增长率'];
    const rows = names.map((n) => `${n}   年终根据全省平均水平综合考核   区发改局、区统计局`);
    const text = ['某区2016年度目标任务分解表', '项目名称   主要内容   责任主体', ...rows].join('\n');
    const lines = text.split('\n').map((t, i) => ({ kind: 'line' as const, text: t, pos: { line: i + 1, column: 1 } }));
    expect(unwrapLines(lines).map((l) => l.text)).toEqual(text.split('\n'));
    const got = await tasks(text);
    expect(got.map((t) => t.title)).toEqual(names);
    expect(got.every((t) => t.coUnits.join() === '区发改局,区统计局')).toBe(true);
  });
});

describe('spaced rows with no number and a progress column after the names (实事名称   实事内容   责任科室   推进情况)', () => {
  it('rows whose progress cell is empty are rows too, and the progress is no task text', async () => {
    const got = await tasks(['某区2016年度目标任务分解表', '实事名称    实事内容    责任科室    推进情况', '一、宏观调控',
      '地区生产总值增长率    年终根据全省平均水平综合考核    区发改局、区统计局    已完成年度目标任务的60%。',
      '服务业增加值增长率    年终根据全省平均水平综合考核    区商务局、区统计局    ',
      '地方公共财政收入增长率    年终根据全省平均水平综合考核    区财政局    达到序时进度'].join('\n'));
    expect(got.map((t) => [t.sections, t.title, t.text, t.coUnits])).toEqual([
      [['宏观调控'], '地区生产总值增长率', '年终根据全省平均水平综合考核', ['区发改局', '区统计局']],
      [['宏观调控'], '服务业增加值增长率', '年终根据全省平均水平综合考核', ['区商务局', '区统计局']],
      [['宏观调控'], '地方公共财政收入增长率', '年终根据全省平均水平综合考核', ['区财政局']],
    ]);
  });
});
