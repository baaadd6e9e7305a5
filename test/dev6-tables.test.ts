// Table layouts of dev batch 6, on invented text: a unit column that also names the unit's head, a piped
// table cut off inside its remark column, … Each asserts tasks and names, so the mechanism holds beyond them.
import { describe, expect, it } from 'vitest';
import { columnRole } from '../src/segment/cell-tables.js';
import { splitNames } from '../src/units.js';
import { taskFields } from './helpers/tasks.js';

const tasks = (text: string) => taskFields(text, '', 'variant.txt');

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

describe('one cell a line: category columns merged over the rows, the measures column holds the tasks', () => {
  const text = ['县人民政府关于促进消费若干措施责任分工的通知', '重点工作', '主要', '任务', '工作措施', '责任单位', '备注',
    '一、扩大消费需求', '(一)促进汽车消费',
    '1.对购买新能源汽车的个人给予每辆3000元补贴。', '县商务局、县财政局等,各乡镇人民政府', '2021年6月',
    '2.开展汽车下乡活动,组织车企进乡镇展销。', '县商务局等,各乡镇人民政府',
    '(二)激发文旅消费', '3.发放文旅消费券500万元。', '县文旅局、县财政局', '2021年12月',
  ].join('\n');
  it('the measures are the tasks, under both category headings', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.coUnits])).toEqual([
      ['1', ['扩大消费需求', '促进汽车消费'], ['县商务局', '县财政局', '各乡镇人民政府']],
      ['2', ['扩大消费需求', '促进汽车消费'], ['县商务局', '各乡镇人民政府']],
      ['3', ['扩大消费需求', '激发文旅消费'], ['县文旅局', '县财政局']],
    ]);
    expect(got[1].text).toBe('开展汽车下乡活动,组织车企进乡镇展销。');
  });
});

describe('a rectification list (整改清单) with its labels run together', () => {
  const record = (n: string, problem: string, units: string, heads: string, due: string) =>
    `${n}${problem}整改目标:问题整改到位,建立长效机制。责任单位:${units}责任人:${heads}整改时限:${due}整改措施:压实工作责任,强化督促检查。`
    + '1.开展专项排查,建立问题台账,逐项明确整改要求。2.加强日常监管,对发现的问题及时督促整改落实到位。';
  const flat = '某某县贯彻落实省生态环境保护督察反馈意见问题整改措施清单一、认识不到位'
    + record('(一)', '部分乡镇对环境保护工作重视不够,推动落实不力。', '县委办公室、县政府办公室,各乡镇党委和政府', '县委办公室、县政府办公室主要负责人,各乡镇党委和政府主要负责人', '立行立改,长期坚持')
    + record('(二)', '一些部门环境监管责任落实不到位。', '县生态环境局,各乡镇人民政府', '县生态环境局主要负责人', '2019年12月底前');
  const check = (got: Awaited<ReturnType<typeof tasks>>) => {
    expect(got.map((t) => [t.number, t.sections, t.coUnits, t.deadline])).toEqual([
      ['(一)', ['认识不到位'], ['县委办公室', '县政府办公室', '各乡镇党委和政府'], '立行立改,长期坚持'],
      ['(二)', ['认识不到位'], ['县生态环境局', '各乡镇人民政府'], '2019年12月底前'],
    ]);
    // the problem is the text: its goal and measures, and the numbered measures after them, are not; 责任人 are leaders as written
    expect(got[0].text).toBe('部分乡镇对环境保护工作重视不够,推动落实不力。');
    expect(got[1].leaders).toEqual(['县生态环境局主要负责人']);
  };
  it('the document name runs into its first heading; the measures after 整改措施 are no tasks', async () => {
    check(await tasks(flat));
  });
  it('the same on a page that collects several documents (第1篇: under …(共3篇) is no heading)', async () => {
    check(await tasks(['整改措施通知(共3篇)', '第1篇:问题整改措施清单', flat].join('\n')));
  });
  it('the same with each label on its own line: the problem is the task, its goal and measures are not', async () => {
    const lines = ['某某县贯彻落实省生态环境保护督察反馈意见问题整改措施清单', '一、认识不到位',
      '(一)部分乡镇对环境保护工作重视不够,推动落实不力。', '整改目标:问题整改到位,建立长效机制。',
      '责任单位:县委办公室、县政府办公室,各乡镇党委和政府', '责任人:县委办公室、县政府办公室主要负责人,各乡镇党委和政府主要负责人',
      '整改时限:立行立改,长期坚持', '整改措施:', '1.开展专项排查,建立问题台账,逐项明确整改要求。', '2.加强日常监管,对发现的问题及时督促整改落实到位。',
      '(二)一些部门环境监管责任落实不到位。', '整改目标:监管到位。', '责任单位:县生态环境局,各乡镇人民政府', '责任人:县生态环境局主要负责人',
      '整改时限:2019年12月底前', '整改措施:', '1.开展执法检查。', '2.加强通报约谈。'];
    const got = await tasks(lines.join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.text, t.coUnits, t.deadline])).toEqual([
      ['(一)', ['认识不到位'], '部分乡镇对环境保护工作重视不够,推动落实不力。', ['县委办公室', '县政府办公室', '各乡镇党委和政府'], '立行立改,长期坚持'],
      ['(二)', ['认识不到位'], '一些部门环境监管责任落实不到位。', ['县生态环境局', '各乡镇人民政府'], '2019年12月底前'],
    ]);
    expect(got[1].leaders).toEqual(['县生态环境局主要负责人']);
  });
});

describe('a funding table from a PDF that lost its columns: name, figures, task, unit, one after another', () => {
  const text = [
    '附件 2021年全市民生实事项目资金安排表 单位:万元',
    '项目名称 总投资 省级资金 市县资金', '建设内容 责任单位 备注合计 52000', '31000 21000',
    '(一)教育项目', '12000 8000 4000',
    '1.农村公办 幼儿园建设项目 8000 5000', '3000 新建农村公办幼儿园 12所,新增学位 2400 个. 市教 育局',
    '2.义务教育薄弱 学校改造项目 4000 3000 1000 改造薄弱学校 20 所. 市教育局',
    '(二)医疗项目', '40000 23000 17000',
    '1.基层医疗机构 提升项目 40000 23000 17000 为全市', '150 个村卫生室配备基本设备,建成 5 个紧密型县域医共体. 市卫生健 康委 ―', '8 ―',
    '项目名称 总投资 省级资金 市县资金', '建设内容 责任单位 备注',
    '2.城乡居民 健康体检项目 6000', '3000 3000 为65 岁以上老年人免费',
  ].join('\n');
  it('the figures tell the name from the task, the unit ends the row; page numbers, repeated headers and a cut-off row are none', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.title, t.coUnits])).toEqual([
      ['1', ['教育项目'], '农村公办幼儿园建设项目', ['市教育局']],
      ['2', ['教育项目'], '义务教育薄弱学校改造项目', ['市教育局']],
      ['1', ['医疗项目'], '基层医疗机构提升项目', ['市卫生健康委']],
    ]);
    // a number with its measure after it (150 个) is part of the task, not a figure cell
    expect(got[2].text.replace(/\s+/gu, '')).toBe('为全市150个村卫生室配备基本设备,建成5个紧密型县域医共体.');
  });
  it('rows with a bare number under 序号, one row a line, a list of units at the end', async () => {
    const got = await tasks(['2022年县级民生实事项目资金计划表', '序号 项目名称 投资总额 (万元) 其中省级 补助 建设内容 责任单位', '一、教育类',
      '1 城区幼儿园 建设工程 5000 2000 新建幼儿园 2 所,新增学位 540 个。 县教育局、县住建局',
      '2 校园安全 提升工程 800 300 为全县中小学安装 监控设备 1200 套。 县教育局', '二、卫生类',
      '3 乡镇卫生院 改造工程 3000 1500 改造乡镇卫生院 6 所。 县卫健局'].join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.title, t.coUnits])).toEqual([
      ['1', ['教育类'], '城区幼儿园建设工程', ['县教育局', '县住建局']],
      ['2', ['教育类'], '校园安全提升工程', ['县教育局']],
      ['3', ['卫生类'], '乡镇卫生院改造工程', ['县卫健局']],
    ]);
  });
});

describe('the page cut off inside the last unit name', () => {
  const text = ['(一)推进创新发展。', '1.建设创新平台。加快建设省级创新中心。', '责任单位:省发展改革委、科技厅,有关市(州)人民政府。',
    '2.培育创新主体。支持企业加大研发投入。', '责任单位:省发展改'].join('\n');
  it('a stub of a name the notice writes whole elsewhere ends the file inside the assignment: no task', async () => {
    expect((await tasks(text)).map((t) => t.number)).toEqual(['1']);
  });
  it('a whole short name at the end is no stub', async () => {
    expect((await tasks(text.replace(/省发展改$/u, '科技厅'))).map((t) => [t.number, t.coUnits])).toEqual([
      ['1', ['省发展改革委', '科技厅', '有关市(州)人民政府']], ['2', ['科技厅']],
    ]);
  });
});
