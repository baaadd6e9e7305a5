// Text-table variants made up after the layouts unseen notices gave (holdout3): figures under a row that
// look like row numbers, a category column of headings after 序号, empty cells printed as "|" beside merged
// ones, a progress column between the task and the units, rows numbered (1), progress cells among sub-rows.
// Each asserts the tasks, their units and deadlines, so the mechanism holds beyond the fixtures.
import { describe, expect, it } from 'vitest';
import { cellKind, isProgressCell, progressStart } from '../src/recognize/cell-kind.js';
import { taskFields } from './helpers/tasks.js';

const tasks = (text: string) => taskFields(text, '', 'variant.txt');
/** Cells one a line, each closed by " |"; an empty cell is a "|" alone. */
const closedLines = (cells: string[]) => cells.map((c) => (c ? `${c} |` : '|')).join('\n');

describe('one cell a line, figures under a row, a category column of headings after 序号', () => {
  const text = ['2023年民生实事项目进度表', '', closedLines([
    '序号', '类别', '项目名称', '目标任务', '牵头单位', '目标值', '累计完成', '累计进度',
    '1', '一、教育文化(2项)', '扩大学前教育资源', '新增公办幼儿园学位900个', '县教育局', '900', '760', '84.4%',
    '新增托育机构2家', '2', '2', '100%',
    '2', '建设城市书房', '建成城市书房5家', '县文旅局', '5', '3', '60%',
    '3', '二、社会保障(1项)', '提高困难群众救助水平', '落实最低生活保障标准动态调整', '县民政局', '-', '4852', '持续推进',
  ])].join('\n');
  it('a figure alone after a row that named its units is a cell, not the next row; the heading is the category', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.title, t.leadUnits])).toEqual([
      ['1', ['教育文化(2项)'], '扩大学前教育资源', ['县教育局']],
      ['2', ['教育文化(2项)'], '建设城市书房', ['县文旅局']],
      ['3', ['社会保障(1项)'], '提高困难群众救助水平', ['县民政局']],
    ]);
    expect(got[1].text).toBe('建成城市书房5家');
  });
});

describe('one cell a line, "|" lines: an empty leader cell printed, a merged one absent', () => {
  const text = [
    '2024年重点工作目标任务分解表', '', '序号', '|', '重点工作目标任务', '|', '牵头领导', '|', '责任单位', '|',
    '1', '|', '地区生产总值增长5%以上。', '|', '周 明', '|', '区发改委、统计局', '|',
    '2', '|', '一般公共预算收入增长6%以上。', '|', '区财政局', '|', // leader cell merged from row 1: absent
    '3', '|', '规上工业总产值增长5%左右。', '|', '|', '区工信局', '|', // leader cell empty: "|" alone
    '4', '|', '进出口总额稳中提质。', '|', '林 涛', '|', '区商务局', '|',
  ].join('\n');
  it('the merged cell gives its value to the row under it, the empty one gives nothing', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.leaders, t.coUnits])).toEqual([
      ['1', ['周明'], ['区发改委', '统计局']],
      ['2', ['周明'], ['区财政局']],
      ['3', [], ['区工信局']],
      ['4', ['林涛'], ['区商务局']],
    ]);
  });
});

describe('cells run together, a progress column between the task and the units', () => {
  const text = [
    '2023年县政府重点工作完成情况表', '',
    '序号内容与要求完成情况责任单位',
    '1新增城镇就业5000人以上。城镇登记失业率控制在3.5%以内。前三季度,全县新增城镇就业4120人,完成年度目标的82.4%;城镇登记失业率3.1%。县人力社保局',
    '2完成老旧小区改造12个。截至9月底,已开工12个,完工7个,县住建局、县城投集团正在加快推进。县住建局',
    '3建成区域医疗中心一期。1.主体工程已完工;2.设备采购已完成招',
  ].join('\n');
  it('the units come from the row\'s end, the task stops where the narration opens, a row cut off is no task', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.text, t.coUnits])).toEqual([
      ['1', '新增城镇就业5000人以上。城镇登记失业率控制在3.5%以内。', ['县人力社保局']],
      ['2', '完成老旧小区改造12个。', ['县住建局']],
    ]);
  });
});

describe('cells run together, rows numbered (1), a 完成时限 column', () => {
  const text = [
    '2024年重点工作分解表', '',
    '编号具体任务责任领导主办单位协办单位完成时限(1)新建城区停车泊位2000个。王建华区交通运输局区公安分局、区城管局2024年10月底前(2)完成燃气老化管道更新改造50公里。王建华区住建局区应急管理局2024年12月底前(3)建成区域医疗中心一期工程。李文军区卫生健康局区发改局2024年6月底前',
  ].join('\n');
  it('each row opens at its bracketed number; leader, lead, co-units and deadline are told apart', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.coUnits, t.deadline])).toEqual([
      ['(1)', '新建城区停车泊位2000个。', ['王建华'], ['区交通运输局'], ['区公安分局', '区城管局'], '2024年10月底前'],
      ['(2)', '完成燃气老化管道更新改造50公里。', ['王建华'], ['区住建局'], ['区应急管理局'], '2024年12月底前'],
      ['(3)', '建成区域医疗中心一期工程。', ['李文军'], ['区卫生健康局'], ['区发改局'], '2024年6月底前'],
    ]);
  });
});

describe('rows between "|", a progress column before the units, a sub-row under a merged number', () => {
  const text = [
    '2024年重点工作推进表', '',
    '序号 | 工作任务 | 推进情况 | 责任单位 | 责任领导 |',
    '1 | 推进城市更新,完成老旧小区改造15个。 | 已完成改造9个,其余6个正在施工。 | 区住建局 | 陈立新 |',
    '2 | 开展全民健身活动,新建健身步道20公里。 | 截至8月底,已建成步道13公里。 | 区文体局 | 赵雅琴 |',
    '3 | 实施河道综合整治,整治河道8条。 | 目前已完成整治5条。 | 区水利局 | 陈立新 |',
  ].join('\n');
  it('progress is no task text; units and leaders keep their columns', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.text, t.coUnits, t.leaders])).toEqual([
      ['1', '推进城市更新,完成老旧小区改造15个。', ['区住建局'], ['陈立新']],
      ['2', '开展全民健身活动,新建健身步道20公里。', ['区文体局'], ['赵雅琴']],
      ['3', '实施河道综合整治,整治河道8条。', ['区水利局'], ['陈立新']],
    ]);
  });
});

describe('one cell a line, sub-rows under a merged name, a progress column last', () => {
  const text = [
    '2022年民生实事进展情况登记表', '',
    '序号', '实事名称', '实事内容', '牵头部门', '时间节点', '推进情况',
    '1', '城市品质提升项目', '新建城市口袋公园3处;', '建设局', '11月', '已完成年度目标任务的60%。',
    '新建停车场2处,新增停车位800个以上。', '城投集团', '2022.10', '正在推进,预计年底前完成。',
    '对滨江路等重点区域进行绿化亮化提档升级;', '综合执法局', '12月', '按序时推进',
    '2', '养老服务提升项目', '新建居家养老服务中心4家。', '民政局', '10月底', '已完成',
  ].join('\n');
  it('each sub-row is a task under the row\'s name, with its own units and deadline; progress is no task', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.title, t.text, t.leadUnits, t.deadline])).toEqual([
      ['1', '城市品质提升项目', '新建城市口袋公园3处;', ['建设局'], '11月'],
      ['1', '城市品质提升项目', '新建停车场2处,新增停车位800个以上。', ['城投集团'], '2022.10'],
      ['1', '城市品质提升项目', '对滨江路等重点区域进行绿化亮化提档升级;', ['综合执法局'], '12月'],
      ['2', '养老服务提升项目', '新建居家养老服务中心4家。', ['民政局'], '10月底'],
    ]);
  });
});

describe('header labels no header word names, the columns typed by their cells', () => {
  const rows = [
    ['1', '优化营商环境', '张明华', '区行政审批局', '区发改局、区司法局'],
    ['2', '扩大有效投资', '李建国', '区发改局', '区财政局、区自然资源局'],
    ['3', '推进乡村振兴', '王志强', '区农业农村局', '各镇街'],
  ];
  const want = [
    ['1', '优化营商环境', ['张明华'], ['区行政审批局'], ['区发改局', '区司法局']],
    ['2', '扩大有效投资', ['李建国'], ['区发改局'], ['区财政局', '区自然资源局']],
    ['3', '推进乡村振兴', ['王志强'], ['区农业农村局'], ['各镇街']],
  ];
  const pick = (got: Awaited<ReturnType<typeof tasks>>) => got.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.coUnits]);
  it('one cell a line: two columns of unit lists under unknown labels are the lead and the co-units', async () => {
    const text = ['2024年重点工作任务清单', '', '序号', '攻坚事项', '挂帅领导', '落实主体', '配合力量', ...rows.flat()].join('\n');
    expect(pick(await tasks(text))).toEqual(want);
  });
  it('between "|": the same, the header line read by its rows', async () => {
    const text = ['2024年重点工作任务清单', '', '序号 | 攻坚事项 | 挂帅领导 | 落实主体 | 配合力量 |', ...rows.map((r) => `${r.join(' | ')} |`)].join('\n');
    expect(pick(await tasks(text))).toEqual(want);
  });
});

describe('rows between "|" under a section line closed by "|": numbered (1), or not numbered at all', () => {
  it('rows numbered (1) (2) are rows, the section heads them', async () => {
    const text = ['2017年应急管理工作要点分解表', '', '序号 | 工作内容 | 责任主体 |', '一、完善应急预案体系 |',
      '(1) | 加强应急预案管理,规范应急预案编制、审批、发布和备案工作。 | 市应急管理局、各县(市、区)人民政府 |',
      '(2) | 推进应急预案精编化,及时修订完善现有应急预案。 | 市直各有关单位 |'].join('\n');
    expect((await tasks(text)).map((t) => [t.number, t.sections, t.coUnits])).toEqual([
      ['(1)', ['完善应急预案体系'], ['市应急管理局', '各县(市、区)人民政府']],
      ['(2)', ['完善应急预案体系'], ['市直各有关单位']],
    ]);
  });
  it('under a header with no 序号, a line of as many cells is a row', async () => {
    const text = ['2019年政务公开工作要点分解表', '', '项目名称 | 主要内容 | 责任主体 |', '一、重点工作任务分解 |',
      '政策解读 | 对以县政府名义制定的政策文件进行全面解读,创新解读形式。 | 各责任科室 |',
      '回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 各业务科室 |'].join('\n');
    expect((await tasks(text)).map((t) => [t.sections, t.title, t.coUnits])).toEqual([
      [['重点工作任务分解'], '政策解读', ['各责任科室']],
      [['重点工作任务分解'], '回应关切', ['各业务科室']],
    ]);
  });
});

describe('spaced rows with no number, one assignment column, a remark column last', () => {
  it('each row that has a cell for every column, its task a sentence and its names in place, is a task', async () => {
    const text = ['2020年教育惠民实事进度表', '', '项目名称   主要内容   责任主体   备注',
      '教育惠民   启动学校空调、新风系统加装工程,年内完成公办幼儿园空调加装。   区教育局、各平台、镇街   按序时推进',
      '营养改善   实施农村学生营养改善计划,覆盖义务教育阶段学生1.2万人。   区教育局   已完成'].join('\n');
    expect((await tasks(text)).map((t) => [t.title, t.text, t.coUnits])).toEqual([
      ['教育惠民', '启动学校空调、新风系统加装工程,年内完成公办幼儿园空调加装。', ['区教育局', '各平台', '镇街']],
      ['营养改善', '实施农村学生营养改善计划,覆盖义务教育阶段学生1.2万人。', ['区教育局']],
    ]);
  });
});

describe('an indicator table one cell a line: year columns, a measure column, the header printed again', () => {
  const header = ['序号', '指标名称', '单位', '2022年', '2025年', '2027年', '牵头单位', '责任单位'];
  const text = ['2025年健康提升行动主要目标责任清单', '', closedLines([
    ...header,
    '1', '居民健康素养水平', '%', '21.6', '≥31.5', '≥33', '县卫健局', '县疾控中心,各乡镇人民政府',
    '2', '经常参加体育锻炼人数比例', '%', '38.5', '≥40', '≥42', '县文旅广体局', '各乡镇人民政府',
    ...header,
    '3', '婴儿死亡率', '‰', '3.64', '持续改善', '持续改善', '县卫健局', '县妇计中心,各乡镇人民政府',
  ])].join('\n');
  it('years name no task and no unknown label; the repeated header is no row', async () => {
    expect((await tasks(text)).map((t) => [t.number, t.text, t.leadUnits, t.coUnits])).toEqual([
      ['1', '居民健康素养水平', ['县卫健局'], ['县疾控中心', '各乡镇人民政府']],
      ['2', '经常参加体育锻炼人数比例', ['县文旅广体局'], ['各乡镇人民政府']],
      ['3', '婴儿死亡率', ['县卫健局'], ['县妇计中心', '各乡镇人民政府']],
    ]);
  });
});

describe('what a cell is', () => {
  it('a planned date with what is to be done by it is a deadline; a task that names a date inside is not', () => {
    expect(cellKind('计划10月底完成新增墓地建设')).toBe('deadline');
    expect(cellKind('预计2024年6月底前建成投用')).toBe('deadline');
    expect(cellKind('完成老旧小区改造12个,10月底前验收')).not.toBe('deadline');
  });
  it('a cell reporting progress is told from a task', () => {
    for (const t of ['已完成改造9个。', '正在推进,预计年底前完成。', '截至8月底,已建成步道13公里。', '1-9月,累计完成投资3.2亿元。']) expect(isProgressCell(t)).toBe(true);
    for (const t of ['完成老旧小区改造15个。', '新建健身步道20公里。', '持续推进河道整治。']) expect(isProgressCell(t)).toBe(false);
  });
  it('progress narration run into the task opens at a period or a state reached, after the task\'s sentence', () => {
    const task = '确保地区生产总值增长7%以上。';
    expect(progressStart(`${task}前三季度,全市GDP增长11.4%。`)).toBe(task.length);
    expect(progressStart(`${task}截至9月底,已完成投资80%。`)).toBe(task.length);
    expect(progressStart(`${task}1.规划编制完成;2.清单已印发。`)).toBe(task.length);
    expect(progressStart('新增城镇就业5000人以上,城镇登记失业率控制在3.5%以内。')).toBe(-1);
  });
});
