// Table readers on the layouts real pages gave (issue 8, dev batch db66288): what a cell is (a row number,
// a unit list, a deadline, a plan for a period) decides where it goes, whatever the labels say.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { columnRole } from '../src/segment/cell-tables.js';
import { cellKind } from '../src/recognize/cell-kind.js';
import { resplitFlat } from '../src/normalize/flat.js';
import { taskFields } from './helpers/tasks.js';

const tasks = (text: string) => taskFields(text, '2024年重点工作任务清单\n\n', 'real-layout.txt');

describe('column labels', () => {
  it('a requirement column (具体要求) holds the task', () => {
    expect(columnRole('具体要求')).toBe('text');
    expect(columnRole('时限要求')).toBe('deadline');
  });
  it('a column for one period of the year is a plan or progress, not the task', () => {
    for (const l of ['一季度目标', '上半年推进情况', '1-6月进展', '第三季度工作目标']) expect(columnRole(l)).toBe('other');
    expect(columnRole('年度目标')).toBe('text');
    expect(columnRole('任务228')).toBeNull(); // a word and its number: a numbered heading
    expect(columnRole('工作任务')).toBe('text');
  });
});

describe('one cell a line, "|" lines between, a header without its 序号 label', () => {
  const cells = (rows: string[][]) => rows.flat().map((c) => `${c}\n|`).join('\n');
  it('the category cell before each number is a section, the number column is read though unlabelled', async () => {
    const got = await tasks(cells([
      ['工作任务', '具体要求', '责任科室', '时限要求'],
      ['加强制度建设', '1', '修订完善内部管理制度,按程序公开。', '办公室', '年底前'],
      ['提升服务质量', '2', '优化办事流程,压缩办理时限。', '各科室', '持续推进'],
      ['3', '开展满意度评价,及时整改反馈问题。', '办公室', '持续推进'],
    ]));
    expect(got.map((t) => [t.number, t.sections, t.text, t.coUnits, t.deadline])).toEqual([
      ['1', ['加强制度建设'], '修订完善内部管理制度,按程序公开。', ['办公室'], '年底前'],
      ['2', ['提升服务质量'], '优化办事流程,压缩办理时限。', ['各科室'], '持续推进'],
      ['3', ['提升服务质量'], '开展满意度评价,及时整改反馈问题。', ['办公室'], '持续推进'],
    ]);
  });
});

describe('rows between "|" with a period plan column and a merged number cell', () => {
  const long = '进展情况:' + '工程完成80%,场外工程完成70%。'.repeat(12) + ' 下步打算:加快场外工程进度。';
  const text = [
    '序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 | 目标完成情况 |',
    `1 | 新改扩建公办中小学校2所 | 区教体局 | 室内安装、装修及场外施工 | ${long} | 顺利推进 |`,
    '新增学位900个 | |||||',
    `2 | 新建养老服务中心3家 | 区民政局 | 完成选址 | ${long} | 顺利推进 |`,
  ].join('\n');
  it('a long row is one row, its spaces no paragraph breaks', () => {
    const row = text.split('\n')[1];
    expect(resplitFlat({ kind: 'line', text: row, pos: { line: 1, column: 1 } })).toHaveLength(1);
  });
  it('the plan for the quarter is no task text; the line with only a task cell shares the row above', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.text, t.coUnits])).toEqual([
      ['1', '新改扩建公办中小学校2所', ['区教体局']],
      ['1', '新增学位900个', ['区教体局']],
      ['2', '新建养老服务中心3家', ['区民政局']],
    ]);
  });
});

describe('rows a line between spaces, section lines between them, names over lines, a cut-off last row', () => {
  const text = [
    '序号 目标任务 责任单位 上半年推进情况',
    '一、主要预期目标',
    '1 地区生产总值增长6%以上。 区发展改革委 同比增长2.9%。',
    '2 第一产业增加值增长5%。 区农业农村委',
    '区林业局',
    '区畜牧业发展中心',
    '同比增长3.4%。',
    '二、重点工作',
    '(一)推动科技创新',
    '3 启动创建科技型企业孵化器。 区科技局 全面启动创建工作。',
    '4 加快推进零部件产业发展。 区经济信息委 智能网联新能源',
  ].join('\n');
  it('sections nest, the progress after names on their own lines is no unit, the row cut off is no task', async () => {
    const got = await tasks(text);
    expect(got.map((t) => [t.number, t.sections, t.text, t.coUnits])).toEqual([
      ['1', ['主要预期目标'], '地区生产总值增长6%以上。', ['区发展改革委']],
      ['2', ['主要预期目标'], '第一产业增加值增长5%。', ['区农业农村委', '区林业局', '区畜牧业发展中心']],
      ['3', ['重点工作', '推动科技创新'], '启动创建科技型企业孵化器。', ['区科技局']],
    ]);
  });
});

describe('rows between "|" whose number stands after heading cells, the header without 序号', () => {
  it('the heading cells head the rows as sections; the column over them is no task column', async () => {
    const got = await tasks([
      '工作任务 | 具体要求 | 责任单位 | 时限要求 | ||',
      '一、优化营商环境。 | (一)加强信息公开。 | 1 | 公开涉企政策文件的执行落实情况。 | 市政府各有关部门 | 持续推进 | ||',
      '2 | 开设行业帮扶政策公开专题。 | 市发展改革委、市商务局 | 年底前 | ||',
      '(二)做好政策解读。 | 3 | 加强政策解读,回应社会关切。 | 市政府办公室 | 持续推进 | ||',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.text, t.coUnits, t.deadline])).toEqual([
      ['1', ['优化营商环境。', '加强信息公开。'], '公开涉企政策文件的执行落实情况。', ['市政府各有关部门'], '持续推进'],
      ['2', ['优化营商环境。', '加强信息公开。'], '开设行业帮扶政策公开专题。', ['市发展改革委', '市商务局'], '年底前'],
      ['3', ['优化营商环境。', '做好政策解读。'], '加强政策解读,回应社会关切。', ['市政府办公室'], '持续推进'],
    ]);
  });
});

describe('rows between "|" with no header at all', () => {
  const rows = [
    '1 | 招大引强行动。招引亿元以上项目60个。 | 1季度:招引项目15个; 2季度:招引项目30个。 | 陆夏峰 | *区投促局 各镇街 |',
    '2 | 高校经济行动。落地高校经济项目100个。 | 1季度:落地项目20个; 2季度:落地项目30个。 | 韩 斌 | *区科技局 各平台 |',
  ];
  it('each column is what its cells are: task, plan, leader, units', async () => {
    const got = await tasks(rows.join('\n'));
    expect(got.map((t) => [t.number, t.text, t.leaders, t.coUnits])).toEqual([
      ['1', '招大引强行动。招引亿元以上项目60个。', ['陆夏峰'], ['区投促局', '各镇街']],
      ['2', '高校经济行动。落地高校经济项目100个。', ['韩斌'], ['区科技局', '各平台']],
    ]);
  });
  it('rows that name nobody are no task table', async () => {
    const got = await tasks(['1 | 招大引强行动。 | 1季度:招引项目15个。 | 顺利推进 |', '2 | 高校经济行动。 | 1季度:落地项目20个。 | 顺利推进 |'].join('\n'));
    expect(got).toEqual([]);
  });
});

describe('one cell a line, no numbers, headings between the rows, units cells that say who leads', () => {
  it('the headings nest over the rows; 牵头落实 / 分别牵头落实 make the units leads', async () => {
    const got = await tasks([
      '目标', '任务', '主要内容', '责任单位',
      '一、以政务公开助力稳增长', '(一)加强预期引导',
      '围绕经济政策执行落实情况,通过新闻发布会等形式加强解读。', '市发改委牵头落实',
      '加强金融政策信息公开,通过政策通报会等形式宣传信贷政策。', '市金融办、市财政局分别牵头落实',
      '(二)加强就业政策公开', '加强就业创业政策信息公开,深入解读政策背景。', '市人社局牵头落实',
    ].join('\n'));
    expect(got.map((t) => [t.sections, t.leadUnits, t.coUnits])).toEqual([
      [['以政务公开助力稳增长', '加强预期引导'], ['市发改委'], []],
      [['以政务公开助力稳增长', '加强预期引导'], ['市金融办', '市财政局'], []],
      [['以政务公开助力稳增长', '加强就业政策公开'], ['市人社局'], []],
    ]);
  });
});

describe('cell kinds', () => {
  it('units closed by the verb that assigns them are a units cell', () => {
    expect(cellKind('市发改委牵头落实')).toBe('units');
    expect(cellKind('市金融办、市财政局分别负责')).toBe('units');
    expect(cellKind('加强协调配合')).toBe('short');
  });
  it('a clause of names that says who leads and who helps is a units cell, running text about a lead is not', () => {
    expect(cellKind('县公安分局牵头,各有关部门按照职责分工负责')).toBe('units');
    expect(cellKind('区住建局牵头,区财政局、各街道配合')).toBe('units');
    expect(cellKind('建立由县政府牵头的联席会议制度,各部门按职责分工负责')).toBe('sentence');
    expect(cellKind('县发改局牵头,加快推进项目建设前期工作')).toBe('sentence');
  });
  it('a sentence with a count in it is content, even when 等 would cut it into two name-like parts', () => {
    expect(cellKind('全年组织开展科技下乡等便民服务不少于50场。')).toBe('sentence');
    expect(cellKind('区教育局、各乡镇人民政府。')).toBe('units');
  });
});

describe('one cell a line, cells merged over rows', () => {
  const lines = ['序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室',
    '1', '社会事务', '全年开展科技下乡等便民服务不少于50场。', '11月底前', '王志刚', '综合股', '服务中心',
    '2', '新建村级服务站点10个。', '综合股服务中心',
    '3', '群众服务', '完善便民服务办事指南。', '业务股',
    '4', '推进办事流程优化。',
    '5', '督查考核', '开展专项督查3次以上。', '9月底', '李红梅', '督查股',
    '6', '建立考核通报制度。'];
  it('a row lacking a deadline takes it from above, even beside its own units; names the table writes alone are cut apart', async () => {
    const got = await tasks(lines.join('\n'));
    expect(got.map((t) => [t.number, t.title, t.leaders, t.coUnits, t.deadline])).toEqual([
      ['1', '社会事务', ['王志刚'], ['综合股', '服务中心'], '11月底前'],
      ['2', '社会事务', ['王志刚'], ['综合股', '服务中心'], '11月底前'],
      ['3', '群众服务', ['王志刚'], ['业务股'], '11月底前'],
      ['4', '群众服务', ['王志刚'], ['业务股'], '11月底前'],
      ['5', '督查考核', ['李红梅'], ['督查股'], '9月底'],
      ['6', '督查考核', ['李红梅'], ['督查股'], '9月底'],
    ]);
  });
});

describe('one cell a line between "|" lines, the file cut off inside a cell', () => {
  it('the row the page broke off in is no task', async () => {
    const cells = ['任务', '责任单位', '时限',
      '做好稳经济一揽子政策举措公开工作,重点公开财政政策。', '市政府各部门,各县(市、区)政府', '持续推进',
      '建立市场主体反映问题的办理和反馈机制,及时回应关切。', '市发改委、市住建局', '年底前',
      '认真贯彻落实经济工作会议精神,依法依规做好扩大有'];
    const got = await tasks(cells.map((c, k) => (k < cells.length - 1 ? `${c}\n|` : c)).join('\n'));
    expect(got.map((t) => t.coUnits)).toEqual([['市政府各部门', '各县(市、区)政府'], ['市发改委', '市住建局']]);
  });
});

describe('a row the page broke off in, its task cell read as sub-rows', () => {
  it('none of its sub-rows is a task', async () => {
    const got = await tasks('序号\n目标名称\n工作标准\n分管领导\n牵头单位\n配合单位\n1\n全县主要预期目标\n(1)地区生产总值增长6%左右。\n李明华\n发改局\n统计局\n(2)一般公共预算收入增长3%以上。\n财政局\n(3)社会消费品零售总额增长6%左右。\n商务局\n2\n聚焦产业强县,推动产城融合\n聚力攻坚\n园区“双提”\n(4)健全驻点招商机制,全年招引产业项目5个。\n(5)强化重大项目要素保障,新增入库重大项目7个以上。\n(6)推广“拿地即开工”审批模式,新供工业用地项目全面实行');
    expect(got.map((t) => t.number)).toEqual(['(1)', '(2)', '(3)']);
  });
});

describe('one cell a line, closed by " |", a note under the table', () => {
  it('a note (注:…) after the last row is no cell cut off: the last row stays', async () => {
    const cells = ['序号', '指标名称', '责任单位', '1', '行政村通光纤比例', '信息通信发展司', '2', '移动宽带用户普及率', '信息通信管理局'];
    const got = await tasks(`${cells.map((c) => `${c} |`).join('\n')}\n注:预期性指标是指依靠市场主体的自主行为,努力争取实现的目标。`);
    expect(got.map((t) => t.number)).toEqual(['1', '2']);
  });
});

describe('an attachment list before a table', () => {
  it('"附件: 1.… 2.… 3.…" names the attachments: no section over the table', async () => {
    const got = await tasks([
      '附件: 1.2022年度省级民生实事项目完成情况',
      '2.2022年度市级民生实事项目完成情况',
      '3.2022年度县级民生实事项目完成情况',
      '序号 | 项目内容 | 年度完成情况 | 责任单位 |',
      '1 | 新增托位1140个 | 新增托位1155个。 | 县卫健局 |',
      '2 | 新改扩建公办幼儿园3所 | 新建成投用3所。 | 县教育局 |',
    ].join('\n'));
    expect(got.map((t) => [t.sections, t.text])).toEqual([[[], '新增托位1140个'], [[], '新改扩建公办幼儿园3所']]);
  });
});

describe('spaced rows, some with their cells one a line, starred numbers', () => {
  it('a number alone opens a row whose cells follow a line each; ★6 is the label, not text', async () => {
    const got = await tasks([
      '序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况',
      '1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中',
      '2 固定资产投资增长10%。 路 军 发展改革委 一季度预计增速9.8%。',
      '3',
      '单位生产总值能耗控制在上级下达的目标以内。',
      '路 军',
      '屈 磊',
      '发展改革委',
      '生态环境分局',
      '发展改革委:单位生产总值能耗控制在目标以内。',
      '★4 积极与沪苏浙开展结对共建。 路 军 发展改革委 已成功申报项目2个。',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.text, t.leaders, t.leadUnits])).toEqual([
      ['1', '地区生产总值增长9%以上。', ['路军'], ['发展改革委']],
      ['2', '固定资产投资增长10%。', ['路军'], ['发展改革委']],
      ['3', '单位生产总值能耗控制在上级下达的目标以内。', ['路军', '屈磊'], ['发展改革委', '生态环境分局']],
      ['★4', '积极与沪苏浙开展结对共建。', ['路军'], ['发展改革委']],
    ]);
  });
});

describe('one cell a line, a category column before 序号, a row cut off at the end', () => {
  const lines = ['分类', '序号', '事项', '责任单位', '牵头单位',
    '发展目标', '1', '地区生产总值增长6.5%以上。', '区经商局、区建设局', '区发改局',
    '2', '区本级固定资产投资增长25%。', '区建设局', '区发改局',
    '3', '城镇登记失业率控制在3%以内。', '区财政局', '区人力社保局',
    '激发市场活力', '4', '深化政务服务“一网通办”改革。', '区行政服务中心', '区深改服务中心',
    '5', '推进更多政务服务事项集成办理。', '区行政服务中心'];
  it('the first category value is no column label; the last row, short of the cells all others have, is no task', async () => {
    const got = await tasks(lines.join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.leadUnits])).toEqual([
      ['1', ['发展目标'], ['区发改局']],
      ['2', ['发展目标'], ['区发改局']],
      ['3', ['发展目标'], ['区人力社保局']],
      ['4', ['激发市场活力'], ['区深改服务中心']],
    ]);
  });
});

describe('one cell a line, an excerpt of a long list (145, then 249)', () => {
  it('a leap in the numbering after a complete row, a task after it, opens the next row', async () => {
    const cells = ['序号', '主要任务', '牵头单位', '落实情况',
      '145', '提升精心规划、精致建设、精细管理水平。', '市自规局、市城管局', '扎实开展道路、游园等城市基础设施建设工作。',
      '249', '支持志愿服务、气象、档案等事业发展。', '市气象局 市档案局', '上半年,所有台站综合运行率达99.69%。'];
    const got = await tasks(cells.map((c) => `${c} |`).join('\n'));
    expect(got.map((t) => [t.number, t.leadUnits])).toEqual([['145', ['市自规局', '市城管局']], ['249', ['市气象局', '市档案局']]]);
  });
});

describe('a deadline cell with a stray figure, a bulleted info bar', () => {
  it('the date is the deadline, the figure beside it is not', async () => {
    const cells = ['序号', '目标任务', '牵头责任单位', '计划完成时间', '目前完成情况',
      '6', '农村常住居民人均可支配收入与经济增长同步。', '经管站', '2', '2023年底', '三季度绝对数16285元,增幅7.4%',
      '7', '建成高标准农田8.3万亩。', '农业股', '2023年底', '整体进度70%'];
    const got = await tasks(cells.join('\n'));
    expect(got.map((t) => t.deadline)).toEqual(['2023年底', '2023年底']);
  });
  it('the bullets of a page info bar head nothing; the page heading 任务12 is the record\'s number', async () => {
    const notice = await parseBytes(Buffer.from(['任务12', '', '  • 听全文', '  • 2020-03-09', '  • 来源:市府办公厅', '  • 分享到', '  • -',
      '重点工作:新开工棚户区改造住房13800套。', '牵头单位:市住房城乡建设局', ''].join('\n')), 'bar.txt');
    expect(notice.tasks.map((t) => [t.number, t.sections, t.leadUnits])).toEqual([['12', [], ['市住房城乡建设局']]]);
  });
  it('the page title repeated under the bar\'s last bullet, however long, is part of the bar: no section', async () => {
    const notice = await parseBytes(Buffer.from(['某县人民政府办公室 关于认真做好我县承担的2021年省政府工作报告重点工作任务落实的通知', '',
      '  • 索引号:001/2021-00070', '  • 发布机构:某县人民政府', '  • 成文日期:2021-03-26', '  • 文号:某政办〔2021〕6号',
      '  • 某县人民政府办公室 关于认真做好我县承担的2021年省政府工作报告重点工作任务落实的通知', '',
      '各乡镇人民政府,县直各有关部门:', '一、重点工作任务及责任分解', '1.严格管控地方政府债务,切实保障“三保”支出。', '责任单位:县财政局', ''].join('\n')), 'bar.txt');
    expect(notice.tasks.map((t) => [t.number, t.sections.map((x) => x.title), t.coUnits])).toEqual([['1', ['重点工作任务及责任分解'], ['县财政局']]]);
  });
  it('a bullet of page info on its own (• 浏览量:, • 字体) heads nothing, nor the addressees after it', async () => {
    const notice = await parseBytes(Buffer.from(['关于下达2024年民生实事项目任务的通知', '  • 浏览量:', '  • 字体【      】', '',
      '各乡镇人民政府,县直各有关部门:', '一、新建300个公共充电桩项目', '牵头单位:县城管执法局', '责任单位:县城投集团', ''].join('\n')), 'bar.txt');
    expect(notice.tasks.map((t) => [t.number, t.sections, t.leadUnits])).toEqual([['一', [], ['县城管执法局']]]);
  });
});

describe('one cell a line, numbered points inside the progress cell', () => {
  const cells = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态',
    '1', '组织实施生态绿色示范区建设专项行动。', '1.排定85个重点项目。', '2.完成工业投入41.26亿元。', '3.加快交通基础设施建设。', '嘉善县政府、', '长三角发展办', '按时推进',
    '2', '深化改革试点,争取省级综合授权改革。', '1.实现医保住院就医免备案。', '2.推进32项制度成果深化落地,拓展在生态环境等领域的应用场景,推出'];
  it('"2." inside a cell is no row where the numbers stand alone; the row the page broke off in is no task', async () => {
    const got = await tasks(cells.join('\n'));
    expect(got.map((t) => [t.number, t.text, t.leadUnits])).toEqual([['1', '组织实施生态绿色示范区建设专项行动。', ['嘉善县政府', '长三角发展办']]]);
  });
});

describe('rows cut off at the end are reported, not dropped silently', () => {
  it('the row the page broke off in gives a truncated message', async () => {
    const cells = ['任务', '责任单位', '时限',
      '做好稳经济一揽子政策举措公开工作。', '市政府各部门', '持续推进',
      '建立市场主体反映问题的办理机制。', '市发改委', '年底前',
      '认真贯彻落实经济工作会议精神,依法依规做好扩大有'];
    const notice = await parseBytes(Buffer.from(cells.map((c, k) => (k < cells.length - 1 ? `${c}\n|` : c)).join('\n')), 'cut.txt');
    expect(notice.tasks).toHaveLength(2);
    expect(notice.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
  });
});

describe('issuer from an info bar', () => {
  it('a 来源 with its other name in brackets is an office; one naming the title\'s organ with its place is the fuller name', async () => {
    const { extractDocument } = await import('../src/metadata/index.js');
    const doc = (t: string) => extractDocument(t.split('\n'), {}, true);
    expect(doc('发布时间:2023-11-16 16:38\n信息来源:区政府办(外事办)\n2023年度民生实事一季度进展情况\n序号 | 工作任务 |').issuer).toBe('区政府办(外事办)');
    expect(doc('农业农村局2023年11月承担政府重点工作完成情况\n发布时间:2023-12-14 来源: 怀远县农业农村局 浏览量:\n序号').issuer).toBe('怀远县农业农村局');
  });
});

describe('section lines between rows, spaced or piped', () => {
  const rows = [
    ['序号', '目标任务', '责任单位', '上半年推进情况'], ['一、主要预期目标'],
    ['1', '地区生产总值增长6%以上。', '区发展改革委', '同比增长2.9%。'],
    ['2', '第一产业增加值增长5%。', '区农业农村委', '同比增长3.4%。'],
    ['二、重点工作'], ['(一)推动科技创新'],
    ['3', '启动创建科技型企业孵化器。', '区科技局', '全面启动创建工作。'],
  ];
  const forms = {
    spaced: rows.map((r) => r.join(' ')).join('\n'),
    piped: rows.map((r) => (r.length > 1 ? `${r.join(' | ')} |` : r[0])).join('\n'),
  };
  for (const [name, text] of Object.entries(forms)) {
    it(`${name}: each section heads the rows after it`, async () => {
      const got = await tasks(text);
      expect(got.map((t) => [t.number, t.sections, t.coUnits])).toEqual([
        ['1', ['主要预期目标'], ['区发展改革委']],
        ['2', ['主要预期目标'], ['区农业农村委']],
        ['3', ['重点工作', '推动科技创新'], ['区科技局']],
      ]);
    });
  }
});

describe('rows between "|", a category name before the number, the header without 序号', () => {
  it('the category heads its rows as a section', async () => {
    const got = await tasks([
      '工作任务 | 具体要求 | 责任科室 | 时限要求 |',
      '加强制度建设 | 1 | 修订完善内部管理制度,按程序公开。 | 办公室 | 年底前 |',
      '提升服务质量 | 2 | 优化办事流程,压缩办理时限。 | 各科室 | 持续推进 |',
      '3 | 开展满意度评价,及时整改反馈问题。 | 办公室 | 持续推进 |',
    ].join('\n'));
    expect(got.map((t) => [t.number, t.sections, t.text])).toEqual([
      ['1', ['加强制度建设'], '修订完善内部管理制度,按程序公开。'],
      ['2', ['提升服务质量'], '优化办事流程,压缩办理时限。'],
      ['3', ['提升服务质量'], '开展满意度评价,及时整改反馈问题。'],
    ]);
  });
});

// dev batch a14cc62: labels and cells read by meaning
describe('leaders and breakdowns', () => {
  it('an office heads a leaders column; a breakdown (细化分工) is task content, not a 分工 clause', () => {
    expect(columnRole('分管市长')).toBe('leaders');
    expect(columnRole('细化分工')).toBe('text');
    expect(columnRole('部门分工')).toBe('prose');
  });
  it('a schedule of dated steps is a deadline cell; a task with a date inside it is not', () => {
    expect(cellKind('2021年2月公布预算信息,2021年8月公布上年度决算信息')).toBe('deadline');
    expect(cellKind('全面完成改造任务,2021年8月前验收')).not.toBe('deadline');
    expect(cellKind('2021年建成城区污水管网30公里,新增绿地面积12万平方米')).not.toBe('deadline');
  });
  it('a name with its office is a person cell', () => {
    expect(cellKind('周阳市长')).toBe('people');
    expect(cellKind('副市长张三')).toBe('people');
  });
  it('a leader cell written with the office under a stacked header gives the person, inherited by the rows below', async () => {
    const got = await tasks('牵头领导\n重点工作\n牵头单位\n配合单位\n备注\n周阳市长\n1.始终做到忠诚于党。\n市府办\n各单位\n2.始终坚持依法行政。\n市府办\n市司法局\n');
    expect(got.map((t) => [t.number, t.leaders, t.leadUnits])).toEqual([['1', ['周阳'], ['市府办']], ['2', ['周阳'], ['市府办']]]);
  });
});

describe('a lead cell written one name a line', () => {
  it('keeps its names; the list on one line after them is the next cell', async () => {
    const got = await tasks('序号\n重点工作\n牵头领导\n牵头单位\n配合单位\n1\n新增省级专精特新企业20家。\n张建华\n县经信局\n(县中小企业局)\n县科技局\n县财政局、县商务局,各乡镇\n2\n建成技术创新中心3家。\n张建华\n县科技局\n县经信局、各乡镇\n');
    expect(got.map((t) => [t.number, t.leadUnits, t.coUnits])).toEqual([
      ['1', ['县经信局(县中小企业局)', '县科技局'], ['县财政局', '县商务局', '各乡镇']],
      ['2', ['县科技局'], ['县经信局', '各乡镇']],
    ]);
  });
});

describe('a spaced header run onto the paragraph before it', () => {
  it('is split from the paragraph, and a section line after a blank line heads the rows', async () => {
    const got = await tasks('附件:2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n一、经济社会发展主要预期目标分解(11项)\n\n1 地区生产总值增长7%以上. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n\n3 全社会固定资产投资额550亿元. 发改委、经信委\n');
    expect(got.map((t) => [t.number, t.sections, t.text, t.leadUnits])).toEqual([
      ['1', ['经济社会发展主要预期目标分解(11项)'], '地区生产总值增长7%以上.', ['发改委']],
      ['2', ['经济社会发展主要预期目标分解(11项)'], '一般公共预算收入增长8%以上.', ['财政局']],
      ['3', ['经济社会发展主要预期目标分解(11项)'], '全社会固定资产投资额550亿元.', ['发改委', '经信委']],
    ]);
  });
  it('labels inside running text that no rows follow are no header', async () => {
    const got = await tasks('请按 序号 名称 工作任务 牵头单位 的顺序填报,\n于3月底前报市政府办公室。\n');
    expect(got).toEqual([]);
  });
});
