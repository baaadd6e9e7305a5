// One task table rendered as text in each layout pages give it (one cell a line, one row a line between
// "|", one row a line between spaces): every layout must read to the same tasks, so the readers are
// proven on the mechanism (labels by meaning, cells by kind), not on one notice's layout.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { cellKind } from '../src/recognize/cell-kind.js';
import { columnRole, figureColumns } from '../src/segment/cell-tables.js';

type Table = { header: string[]; rows: string[][] };
const stacked = (t: Table) => [...t.header, ...t.rows.flat()].filter(Boolean).map((c) => `${c} |`).join('\n');
const piped = (t: Table) => [t.header, ...t.rows].map((r) => `${r.filter(Boolean).join(' | ')} |`).join('\n');
const spaced = (t: Table) => [t.header, ...t.rows].map((r) => r.filter(Boolean).join(' ')).join('\n');
const LAYOUTS = { stacked, piped, spaced };

async function tasks(text: string) {
  const notice = await parseBytes(Buffer.from(`2024年重点民生实事完成情况表\n\n${text}\n`), "layout.txt");
  return notice.tasks.map((t) => ({ number: t.number, title: t.title, text: t.text, leaders: t.leaders, leadUnits: t.leadUnits, coUnits: t.coUnits, deadline: t.deadline }));
}

describe('a table with a figures column beside the task column (目标任务: 8950人)', () => {
  const table: Table = {
    header: ['序号', '项目名称', '责任单位', '目标任务', '完成情况', '完成率', '备注'],
    rows: [
      ['1', '新增城镇就业', '区人社局', '8950人', '7123人', '80%', ''],
      ['2', '减少义务教育大班额', '区教育局', '51个', '53个', '104%', ''],
      ['3', '农村及城镇低保适龄妇女“两癌”免费检查', '区卫健局', '2500人', '3321', '133%', ''],
      ['4', '城市棚户区改造', '区房产局', '7699套', '4629', '60%', ''],
    ],
  };
  for (const [name, render] of Object.entries({ piped, spaced })) {
    it(`${name}: the name is the task, the target is not`, async () => {
      const got = await tasks(render(table));
      expect(got.map((t) => t.text)).toEqual(table.rows.map((r) => r[1]));
      expect(got.map((t) => t.title)).toEqual([null, null, null, null]);
      expect(got.map((t) => t.coUnits)).toEqual(table.rows.map((r) => [r[2]]));
    });
  }
});

describe('two task cells under one header cell: a name and its sub-items, sub-rows without a number', () => {
  const text = [
    '序号 项目名称 责任单位 目标任务 完成情况 完成率',
    '1 新增城镇就业 区人社局 8950 7356 82%',
    '2 减少义务教育大班额 区教育局 51个 53个 104%',
    '3 深化养老保险制度改革 完成在职参保人数6300人 区人社局 6300人 7558 119%',
    '完成征缴基金10000万元 区人社局 10000万 7965 80%',
    '4 文化惠民 送戏曲下乡20场 区文化和旅游局 20 29 145%',
  ].join('\n');
  it('spaced', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.title, t.text, t.coUnits[0]])).toEqual([
      ['1', null, '新增城镇就业', '区人社局'],
      ['2', null, '减少义务教育大班额', '区教育局'],
      ['3', '深化养老保险制度改革', '完成在职参保人数6300人', '区人社局'],
      ['3', '深化养老保险制度改革', '完成征缴基金10000万元', '区人社局'],
      ['4', '文化惠民', '送戏曲下乡20场', '区文化和旅游局'],
    ]);
  });
  it('piped', async () => {
    const got = await tasks(text.split('\n').map((l) => `${l.split(' ').join(' | ')} |`).join('\n'));
    expect(got.map((t) => [t.number, t.title, t.text])).toEqual([
      ['1', null, '新增城镇就业'],
      ['2', null, '减少义务教育大班额'],
      ['3', '深化养老保险制度改革', '完成在职参保人数6300人'],
      ['3', '深化养老保险制度改革', '完成征缴基金10000万元'],
      ['4', '文化惠民', '送戏曲下乡20场'],
    ]);
  });
  it('a plan column between the task and its units takes the second cell: no name is made up', async () => {
    const got = await tasks([
      '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |',
      '1 | 新建成公办幼儿园7所。 | 4月底前主体完工,8月底前投入使用。 | 区教育局 |',
      '2 | 新增托位500个。 | 3月底前新增100个托位。 | 区卫健局 |',
    ].join('\n'));
    expect(got.map((t) => [t.title, t.text])).toEqual([[null, '新建成公办幼儿园7所。'], [null, '新增托位500个。']]);
  });
});

describe('the same assignment table in every layout', () => {
  const table: Table = {
    header: ['序号', '重点工作任务', '牵头领导', '牵头单位', '配合单位', '完成时限'],
    rows: [
      ['1', '新增托育机构2所以上。', '吴蓓蓓', '县卫健委', '县直有关单位', '12月底前'],
      ['2', '创建全国中医药示范县。', '汪峰', '县卫健委', '县财政局', '11月底前'],
    ],
  };
  for (const [name, render] of Object.entries(LAYOUTS)) {
    it(name, async () => {
      const got = await tasks(render(table));
      expect(got).toEqual(table.rows.map((r) => ({ number: r[0], title: null, text: r[1], leaders: [r[2]], leadUnits: [r[3]], coUnits: [r[4]], deadline: r[5] })));
    });
  }
  it('spaced, with header labels broken at a qualifier (牵头 领导, 配合 责任单位), a spaced name, and cells over lines', async () => {
    const got = await tasks([
      '序号 重点工作任务 牵头  领导 牵头         责任单位 配合         责任单位 工作评价',
      '1 科学精准落实疫情防控优化措施,加强医疗资源建设。 汪  峰   县卫健委 各乡镇',
      '县开发区',
      '县直有关单位 达到时序进度',
      '2 新增托育机构2所以上。 吴蓓蓓 县卫健委 县直有关单位 已完成',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.leaders, t.leadUnits, t.coUnits])).toEqual([
      ['1', ['汪峰'], ['县卫健委'], ['各乡镇', '县开发区', '县直有关单位']],
      ['2', ['吴蓓蓓'], ['县卫健委'], ['县直有关单位']],
    ]);
  });
});

describe('column labels and cell kinds', () => {
  it.each([
    ['时间进度', 'deadline'], ['时间安排', 'deadline'], ['进度安排', 'other'], ['推进情况', 'other'], ['评分部门', 'other'],
    ['牵头领导', 'leaders'], ['主体责任单位', 'coUnits'], ['任务分工', 'prose'], ['清廉机关建设任务分工', null], ['市政府工作报告重点工作责任分解(2023年)', null],
  ])('columnRole(%s) = %s', (label, role) => expect(columnRole(label)).toBe(role));
  it.each([
    ['8950人', 'number'], ['7699套', 'number'], ['≥2%', 'number'], ['2家', 'number'], ['万亩', 'number'], ['万元/人', 'number'],
    ['完成在职参保人数6300人', 'sentence'], ['送戏曲下乡20场', 'sentence'], ['新增城镇就业', 'short'], ['区人社局', 'units'],
    ['(一)', 'number'], ['(12)', 'number'], ['③', 'number'], ['(一)加强领导', 'short'], ['市经信局、滁州经开区管委会、各县、市、区政府', 'units'],
  ])('cellKind(%s) = %s', (text, kind) => expect(cellKind(text)).toBe(kind));
  it('a figures column is found only beside another task column', () => {
    expect(figureColumns(['title', 'coUnits', 'text'], [['新增城镇就业', '减少大班额'], ['区人社局', '区教育局'], ['8950人', '51个']])).toEqual([2]);
    expect(figureColumns(['text', 'coUnits'], [['8950人', '51个'], ['区人社局', '区教育局']])).toEqual([]);
    expect(figureColumns(['title', 'text'], [['新增城镇就业', '减少大班额'], ['新建中小学3所。', '改造管网30公里。']])).toEqual([]);
  });
});

describe('merged cells and broken headers', () => {
  it('one cell a line, no row numbers, a label broken into stubs (项目 / 名称) and periods under labels (进展情况 / (7月))', async () => {
    const got = await tasks([
      '项目', '名称', '内容', '牵头单位', '进展情况', '(7月)', '进展情况', '(10月)',
      '养老服务项目', '新增15家居家养老服务照料中心,实施适老化改造260户。', '区民政局', '已完成8家。', '已完成改造346户,超额完成。',
    ].join('\n\n'));
    expect(got).toEqual([{ number: null, title: '养老服务项目', text: '新增15家居家养老服务照料中心,实施适老化改造260户。', leaders: [], leadUnits: ['区民政局'], coUnits: [], deadline: null }]);
  });
  it('the same rows with numbers and a 序号 column', async () => {
    const got = await tasks([
      '序号', '项目', '名称', '内容', '牵头单位', '进展情况', '(7月)',
      '1', '养老服务项目', '新增15家居家养老服务照料中心。', '区民政局', '已完成8家。',
      '2', '托育服务项目', '新增托位500个。', '区卫健局', '已完成300个。',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.title, t.text, t.leadUnits])).toEqual([
      ['1', '养老服务项目', '新增15家居家养老服务照料中心。', ['区民政局']],
      ['2', '托育服务项目', '新增托位500个。', ['区卫健局']],
    ]);
  });
  it('rows between "|" under a numbered name merged over them: each sub-row is a task of that name', async () => {
    const got = await tasks([
      '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |',
      '1.城市人居环境提升项目 | 对3条城区道路进行综合提升改造; | 11月 | 区建设局 |',
      '2021.8 | 区城投集团 | ||',
      '新建城市口袋公园2处; | 11月 | 区建设局 | |',
      '2.生态公墓建设项目 | 新建生态公益性墓地15处。 | 10月底 | 区民政局 |',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.title, t.text, t.leadUnits, t.deadline])).toEqual([
      ['1', '城市人居环境提升项目', '对3条城区道路进行综合提升改造;', ['区建设局'], '11月'],
      ['1', '城市人居环境提升项目', '对3条城区道路进行综合提升改造;', ['区城投集团'], '2021.8'],
      ['1', '城市人居环境提升项目', '新建城市口袋公园2处;', ['区建设局'], '11月'],
      ['2', '生态公墓建设项目', '新建生态公益性墓地15处。', ['区民政局'], '10月底'],
    ]);
  });
  it('a label cut short (主要领) over people\'s names is the leaders column; 联系人 stays unread', async () => {
    const one = (label: string) => tasks(['序号', '实事名称', '实事内容', label, '承办单位', '1', '实施全民阅读空间拓展项目', '新建“城市书房”3家。', '马海波', '区文化旅游体育局'].join('\n'));
    expect((await one('主要领'))[0]).toMatchObject({ leaders: ['马海波'], leadUnits: [], coUnits: ['区文化旅游体育局'] });
    expect((await one('联系人'))[0]).toMatchObject({ leaders: [] });
  });
  it('an indicator name column, the only task column, takes long names; attribute cells (预期性) are no units', async () => {
    const got = await tasks([
      '序号 |', '指标名称 |', '预期效果 |', '完成时限 |', '指标 属性 |', '牵头负责司局 |', '备注 |',
      '1 |', '遴选公告中小企业公共服务示范平台和创业创新示范基地数量 |', '各80个 |', '12月 |', '约束性 |', '中小企业局 |', '|',
      '2 |', '钢铁去产能规模 |', '3000万吨左右 |', '12月 |', '约束性 |', '原材料工业司 |', '|',
    ].join('\n'));
    expect(got.map((t) => [t.text, t.leadUnits, t.deadline])).toEqual([
      ['遴选公告中小企业公共服务示范平台和创业创新示范基地数量', ['中小企业局'], '12月'],
      ['钢铁去产能规模', ['原材料工业司'], '12月'],
    ]);
  });
});

describe('document rules beside the units', () => {
  it('(第一责任单位为牵头单位,下同) is the first-is-lead rule, not a unit, and holds for later lists', async () => {
    const n = await parseBytes(Buffer.from([
      '(一)推进完善PPP长效机制建设。', '责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)', '时限要求:持续推进',
      '(二)严格落实全省统一的招投标政策。', '责任单位:市建设局', '时限要求:持续推进',
    ].join('\n')), 'rule.txt');
    expect(n.tasks.map((t) => [t.leadUnits, t.coUnits, t.deadline])).toEqual([[['市发改委'], ['市财政局'], '持续推进'], [['市建设局'], [], '持续推进']]);
  });
  it('a 负责单位 column under that rule: the first unit leads; 时间进度 is the deadline', async () => {
    const got = await tasks([
      '序号 |', '工作任务 |', '负责单位 |', '时间进度 |',
      '1 |', '统筹全县社会救助体系建设。 |', '县民政局、县财政局(列在首位的为牵头部门,下同) |', '省出台办法后完成 |',
      '2 |', '制定村民委员会协助社会救助工作的指导意见。 |', '县民政局、各镇人民政府 |', '2014年底前 |',
    ].join('\n'));
    expect(got.map((t) => [t.leadUnits, t.coUnits, t.deadline])).toEqual([[['县民政局'], ['县财政局'], '省出台办法后完成'], [['县民政局'], ['各镇人民政府'], '2014年底前']]);
  });
});

describe('an assessment grid one cell a line (category before 序号, criterion merged over rows, judging units)', () => {
  const grid = (close: string) => [
    '考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门',
    '农业高质高效',
    '1', '确保粮食和重要农产品有效供给', '农林牧渔业增加值增幅', '%', '≥2%', '县海洋与渔业局', '县农业农村局', '市海洋渔业局',
    '2', '粮食播种面积', '万亩', '0.07', '县农业农村局', '市农业农村局',
    '3', '生猪存栏', '万头', '0', '县农业农村局', '市农业农村局',
    '乡村建设',
    '4', '建设美丽乡村', '新建美丽乡村示范村', '个', '5', '县农业农村局', '市农业农村局',
    '5', '改造农村公厕', '座', '20', '县住房和城乡建设局', '市住房和城乡建设局',
  ].map((l) => `${l}${close}`).join('\n');
  for (const [name, close] of [['bare lines', ''], ['lines closed by |', ' |']]) {
    it(name, async () => {
      const n = await parseBytes(Buffer.from(grid(close)), 'grid.txt');
      expect(n.tasks.map((t) => [t.sections.map((s) => s.title), t.number, t.title, t.text, t.coUnits])).toEqual([
        [['农业高质高效'], '1', '确保粮食和重要农产品有效供给', '农林牧渔业增加值增幅', ['县海洋与渔业局', '县农业农村局']],
        [['农业高质高效'], '2', '确保粮食和重要农产品有效供给', '粮食播种面积', ['县农业农村局']],
        [['农业高质高效'], '3', '确保粮食和重要农产品有效供给', '生猪存栏', ['县农业农村局']],
        [['乡村建设'], '4', '建设美丽乡村', '新建美丽乡村示范村', ['县农业农村局']],
        [['乡村建设'], '5', '建设美丽乡村', '改造农村公厕', ['县住房和城乡建设局']],
      ]);
    });
  }
  it('spaced names run together (陆 明俞 悦) are people, not a task cell', () => {
    expect(cellKind('陆 明俞 悦')).toBe('people');
    expect(cellKind('县 教育 局')).not.toBe('people');
  });
});

describe('headers broken over lines, wrapped names, second header rows, and tables that name nobody', () => {
  it('labels broken into pieces and measures under them; a name wrapped over two lines', async () => {
    const got = await tasks([
      '序号', '项目名称', '项目建设规模及内容', '建设起', '止年限', '总投资', '(万元)', '2023年度', '计划', '资金', '来源', '责任', '单位',
      '1', '城市用气', '提升工程', '对28个小区进行“液改气”改造,安装燃气安全装置13000套。', '2023.01-2023.12', '1200', '完工投用', '国企投资', '城投集团',
      '2', '山塘水库综合整治工程', '完成6座小型水库加固改造。', '2023.01-2023.12', '4600', '基本完工', '政府投资', '水利局',
    ].join('\n'));
    expect(got.map((t) => [t.title, t.text, t.coUnits, t.deadline])).toEqual([
      ['城市用气提升工程', '对28个小区进行“液改气”改造,安装燃气安全装置13000套。', ['城投集团'], '2023.01-2023.12'],
      ['山塘水库综合整治工程', '完成6座小型水库加固改造。', ['水利局'], '2023.01-2023.12'],
    ]);
  });
  it('a second header row as wide as the first splits its unread columns; flags after names are dropped', async () => {
    const got = await tasks([
      '序号 | 项目名称 | 建设规模及内容 | 总投资 | 2022年工作计划 | 项目建设阶段 | 责任单位 | |||',
      '投资 | 形象进度 | 完成投资 | % | ||||||',
      '1 | 中小学校护眼灯光工程★ | 对全县70所中小学校教室照明进行护眼灯光提升 | 1800 | 1800 | 建成 | 1800 | 100 | 县教育局 | ||',
      '2 | 医疗急救能力提升工程★ | 在黄坛镇卫生院内设立120急救点 | 260 | 260 | 建成 | 260 | 100 | 县卫健局 | ||',
    ].join('\n'));
    expect(got.map((t) => [t.title, t.text, t.coUnits])).toEqual([
      ['中小学校护眼灯光工程', '对全县70所中小学校教室照明进行护眼灯光提升', ['县教育局']],
      ['医疗急救能力提升工程', '在黄坛镇卫生院内设立120急救点', ['县卫健局']],
    ]);
  });
  it('rows without numbers under a header whose assignment column names nobody are no task table', async () => {
    const got = await tasks(['任 务 目 标', '完成时限', '组织领导', '成立迎审领导小组,制定方案,明确职责。', '4月份', '业务职责', '贯彻落实《学校卫生工作条例》。', '5月份'].join('\n'));
    expect(got).toEqual([]);
  });
});

describe('an excerpt of a long table: rows left out, sections with no rows', () => {
  it('one cell a line', async () => {
    const got = await tasks([
      '序号', '重点工作任务', '主要责任单位', '协同配合单位',
      '一、主要预期目标',
      '3', '固定资产投资增长7.5%左右。', '区发改委', '区工信局、区住建局。',
      '二、全力以赴扩投资', '三、全力以赴延链条',
      '68', '持续推进学前教育普及普惠。', '区教育局', '区政府有关部门,各乡镇人民政府。',
      '69', '深化与海亮集团合作。', '区教育局', '区投资促进中心。',
      '73', '大力推进“安心托幼”。', '区卫健委', '各乡镇人民政府。',
    ].join('\n\n'));
    expect(got.map((t) => [t.number, t.leadUnits, t.coUnits])).toEqual([
      ['3', ['区发改委'], ['区工信局', '区住建局']],
      ['68', ['区教育局'], ['区政府有关部门', '各乡镇人民政府']],
      ['69', ['区教育局'], ['区投资促进中心']],
      ['73', ['区卫健委'], ['各乡镇人民政府']],
    ]);
  });
  it('a year in a cell after a complete row is no row number', async () => {
    const got = await tasks([
      '序号 |', '项目名称 |', '建设时间 |', '建设内容 |', '责任单位 |',
      '1 |', '中小学幼儿园基础设施提升改造项目 |', '2024 |', '对3所学校运动场地进行改造。 |', '县教体局 |',
      '2 |', '城北小学门前道路建设项目 |', '2024 |', '建成唐塔北路延伸段道路。 |', '县住建局 |',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.title, t.coUnits])).toEqual([['1', '中小学幼儿园基础设施提升改造项目', ['县教体局']], ['2', '城北小学门前道路建设项目', ['县住建局']]]);
  });
});

describe('a task and its fields as labels on lines of their own (a two-column table one cell a line)', () => {
  it('bare labels, each followed by its value', async () => {
    const got = await tasks(['具体任务', '全面落实疫情防控措施,改扩建社区卫生服务中心。', '责任单位', '卫健局、文旅局', '配合单位', '各乡镇', '完成时限', '12月底前'].join('\n\n'));
    expect(got).toEqual([{ number: null, title: null, text: '全面落实疫情防控措施,改扩建社区卫生服务中心。', leaders: [], leadUnits: ['卫健局', '文旅局'], coUnits: ['各乡镇'], deadline: '12月底前' }]);
  });
  it('numbered records, labels with colons (one without), values over lines, a progress field left out, a record cut off', async () => {
    const got = await tasks([
      '01 项目名称:提升县域生态环境', '项目内容:', '连通城区河道水系,新开引水河道。', '责任单位:', '水务局、城管局', '进展与成效:', '已完成可行性研究报告。', '厕所革命工程已制定实施方案。',
      '02 项目名称:加大文化惠民力度', '项目内容:', '新建“城市书房”1个。', '责任单位', '文广旅局', '进展与成效:', '城市书房已确定建设地址。',
      '03', '项目名称:', '实施新时代文明实践提质增效工程', '项目内容:', '以春节、元宵节为',
    ].join('\n\n'));
    expect(got.map((t) => [t.number, t.title, t.text, t.coUnits])).toEqual([
      ['01', '提升县域生态环境', '连通城区河道水系,新开引水河道。', ['水务局', '城管局']],
      ['02', '加大文化惠民力度', '新建“城市书房”1个。', ['文广旅局']],
    ]);
  });
  it('a page info bar (名称 / 发布时间) and an empty form name nobody: no tasks', async () => {
    expect(await tasks(['名称:', '2023年重点工作责任清单进展情况汇总表', '发布时间:', '2024-01-04 14:40'].join('\n\n'))).toEqual([]);
    expect(await tasks(['项目名称: | |', '项目内容: | |', '协办单位意见: | |'].join('\n'))).toEqual([]);
  });
});

describe('empty cells that vanished in the rendering', () => {
  const table: Table = {
    header: ['序号', '工作任务', '责任领导', '牵头单位', '配合单位', '完成时限'],
    rows: [
      ['1', '推进城市更新,改造老旧小区30个。', '张建国', '市住建局', '市财政局、各区政府', '2024年12月底'],
      ['2', '新建城市书房5家。', '李红梅', '市文广旅局', '', '2024年10月底'],
      ['3', '实施农村公路提升工程120公里。', '', '市交通运输局', '各县(市、区)政府', '持续推进'],
    ],
  };
  for (const [name, render] of Object.entries(LAYOUTS)) {
    it(`${name}: every cell still goes to the column it belongs to`, async () => {
      const got = await tasks(render(table));
      expect(got.map((t) => [t.leadUnits, t.coUnits, t.deadline])).toEqual([
        [['市住建局'], ['市财政局', '各区政府'], '2024年12月底'], [['市文广旅局'], [], '2024年10月底'], [['市交通运输局'], ['各县(市、区)政府'], '持续推进'],
      ]);
      // one cell a line cannot tell an empty leader cell from one merged over the rows above
      if (name !== 'stacked') expect(got.map((t) => t.leaders)).toEqual([['张建国'], ['李红梅'], []]);
    });
  }
});

describe('a stacked progress table under a heading that names its leader (徐仁标市长牵头重点工作)', () => {
  const text = ['序号', '任务内容', '牵头单位', '半年度完成情况', '王宏市长牵头重点工作',
    '1', '一般公共预算收入与经济增长基本同步。', '市财政局', '上半年收入增长4.3%。',
    '2', '实施国资国企改革深化提升行动。', '市财政局', '(市国资委)', '一是强化改革赋能。', '二是强化国资监管。',
    '3', '强化政府债务风险动态评估。', '市财政局', '一是严格落实偿还责任。', '二是扎实推进存量化解'].join('\n\n');
  it('the heading is the first section row, not a fifth label; a bracketed name under a unit is part of it', async () => {
    const notice = await parseBytes(Buffer.from(`2024年重点工作半年度完成情况\n\n${text}\n`), 'progress.txt');
    expect(notice.tasks.map((t) => [t.number, t.leaders, t.leadUnits, t.sections.map((s) => s.title)])).toEqual([
      ['1', ['王宏'], ['市财政局'], ['王宏市长牵头重点工作']],
      ['2', ['王宏'], ['市财政局(市国资委)'], ['王宏市长牵头重点工作']],
      ['3', ['王宏'], ['市财政局'], ['王宏市长牵头重点工作']],
    ]);
  });
});

describe('a piped table the file ends inside, short of the last row\'s cells', () => {
  it('the cut row is no task; the rows before it are read', async () => {
    const head = '序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 备注 |\n1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | 无 |\n';
    const cut = await tasks(`${head}2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区`);
    expect(cut.map((t) => t.number)).toEqual(['1']);
    const whole = await tasks(`${head}2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区统计局 | 无 |`);
    expect(whole.map((t) => [t.number, t.coUnits])).toEqual([['1', ['区财政局', '区统计局']], ['2', ['区财政局', '区统计局']]]);
  });
});

describe('a unit column headed 主要…', () => {
  it('主要参与单位 / 主要配合单位 take part beside 牵头单位 (主要 qualifies the part, it does not make a lead)', async () => {
    const { fieldOfHeader } = await import('../src/assign/keys.js');
    expect(['主要参与单位', '主要配合单位', '牵头单位', '参与单位'].map((h) => fieldOfHeader(h)))
      .toEqual(['coUnits', 'coUnits', 'leadUnits', 'coUnits']);
  });
});
