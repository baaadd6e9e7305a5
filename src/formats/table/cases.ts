import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
  {
    name: 'a cell a line, no numbers: rows open with a name over its score (the period), a category over a name, targets merged over rows, units run together',
    input: '项 目\n分值\n目标任务\n监考单位\n宏观调控\n地区生产总值增长率\n3\n年终根据全省平均水平综合考核\n区发改局区统计局\n服务业增加值增长率\n3\n年终根据全省平均水平综合考核\n区商务局区统计局\n社会消费品零售总额增长率\n3\n地方公共财政收入增长率\n3\n年终根据全省平均水平综合考核\n区财政局\n全社会固定资产投资额\n3\n186\n区发改委区统计局\n',
    tasks: [
      { number: null, sections: ['宏观调控'], title: '地区生产总值增长率', text: '年终根据全省平均水平综合考核', coUnits: ['区发改局', '区统计局'] },
      { title: '服务业增加值增长率', coUnits: ['区商务局', '区统计局'] },
      { title: '社会消费品零售总额增长率', coUnits: ['区商务局', '区统计局'] },
      { title: '地方公共财政收入增长率', coUnits: ['区财政局'] },
      { title: '全社会固定资产投资额', text: '186', coUnits: ['区发改委', '区统计局'] },
    ],
  },
  {
    name: 'a cell a line: headings stacked over the first row (a marker alone, then its title), an organ over its leaders label, the page cut off inside a name',
    input: '序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n强化科技创新支撑能力。\n\n(一)\n\n加强战略科技力量建设。\n\n1\n\n加快建设科技创新轴。\n\n王 东\n\n市科技局\n\n黄埔区、南沙区政府\n\n2\n\n全力做好实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n市财政局\n\n3\n\n加快建设技术创新中心。\n\n王 东\n\n市科\n',
    tasks: [
      { number: '1', sections: ['强化科技创新支撑能力。', '加强战略科技力量建设。'], text: '加快建设科技创新轴。', leaders: ['王东'], leadUnits: ['市科技局'], coUnits: ['黄埔区', '南沙区政府'] },
      { number: '2', text: '全力做好实验室筹建保障服务工作。', leaders: ['王东'], leadUnits: ['市科技局'], coUnits: ['市财政局'] },
    ],
  },
  {
    name: 'a cell a line: a row of sub-items (1), (2) … is a section of tasks; cells merged over sub-items are inherited from the one above',
    input: '序号\n目标名称\n工作标准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n主要预期目标\n(1)地区生产总值增长6%左右。\n王旭锋\n发改局\n各街道\n统计局\n(2)一般公共预算收入增长3%以上。\n财政局\n(3)社会消费品零售总额增长6%左右。\n吴 伟\n商务局\n(4)实际使用外资稳中提质。\n(5)主要污染物减排完成市下达任务。\n谢志诚\n生态环境局\n(6)安全生产形势平稳向好。\n应急管理局\n(安委办)\n区安委会各成员单位\n',
    tasks: [
      { number: '(1)', sections: ['主要预期目标'], title: null, text: '地区生产总值增长6%左右。', leaders: ['王旭锋'], leadUnits: ['发改局'], coUnits: ['各街道', '统计局'] },
      { number: '(2)', text: '一般公共预算收入增长3%以上。', leaders: ['王旭锋'], leadUnits: ['财政局'], coUnits: ['各街道', '统计局'] },
      { number: '(3)', leaders: ['吴伟'], leadUnits: ['商务局'] },
      { number: '(4)', text: '实际使用外资稳中提质。', leaders: ['吴伟'], leadUnits: ['商务局'] },
      { number: '(5)', leaders: ['谢志诚'], leadUnits: ['生态环境局'] },
      { number: '(6)', leaders: ['谢志诚'], leadUnits: ['应急管理局(安委办)'], coUnits: ['区安委会各成员单位'] },
    ],
  },
  {
    name: 'a row a line, with spaced header words',
    input: '2016年量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n',
    tasks: [{ number: '1', text: '居民消费价格涨幅3%左右', leadUnits: ['发展改革委'] }, { number: '2', leadUnits: ['财政部'] }],
  },
  {
    name: 'a cell a line, several units in one cell, a sub-row sharing the merged cells',
    input: '序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n1\n\n启动东湖湿地公园建设。\n\n县水务局\n\n县住建局\n\n12月底前\n\n2\n\n开工建设县老年养护楼。\n\n县民政局\n\n5月底前动工\n\n开工建设老年大学。\n\n12月底前\n',
    tasks: [
      { number: '1', text: '启动东湖湿地公园建设。', coUnits: ['县水务局', '县住建局'], deadline: '12月底前' },
      { number: '2', text: '开工建设县老年养护楼。', coUnits: ['县民政局'], deadline: '5月底前动工' },
      { number: '2', text: '开工建设老年大学。', coUnits: ['县民政局'], deadline: '12月底前' },
    ],
  },
  {
    name: 'cells ending in | and a leader column named 分管县领导',
    input: '序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n80 |\n新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n',
    tasks: [{ number: '80', text: '新增托位数400个以上。', leaders: ['俞悦'], leadUnits: ['县教育局'], coUnits: ['县各有关单位'] }],
  },
  {
    name: 'a cell a line: a count in brackets after a header label, starred row numbers, a section row naming the leader',
    input: '序号\n\n重点工作任务(杭州市2项牵头工作、19项配合工作)\n\n责任单位\n\n(一)戴建平常务副市长牵头重点工作\n\n1*\n\n大力推进城西科创大走廊建设。\n\n市科技局、市发改委\n\n2*\n\n推进农业现代化。\n\n市农业农村局\n',
    tasks: [
      { number: '1*', sections: ['戴建平常务副市长牵头重点工作'], text: '大力推进城西科创大走廊建设。', leaders: ['戴建平'], coUnits: ['市科技局', '市发改委'] },
      { number: '2*', text: '推进农业现代化。', leaders: ['戴建平'], coUnits: ['市农业农村局'] },
    ],
  },
  {
    name: 'a cell a line with no 序号 and no row numbers: rows told apart by what their lines are, a unit wrapped in a narrow column',
    input: '附件:\n目标任务责任分解表\n牵头单位\n\n目   标   任   务\n\n责  任  单  位\n\n市政\n\n府办\n\n公厅\n\n强化行政监督,自觉接受人大和政协监督。\n\n市直各单位\n\n市财政局\n\n加强政府债务管理,严控新增债务。\n\n各区县政府\n',
    tasks: [
      { number: null, text: '强化行政监督,自觉接受人大和政协监督。', leadUnits: ['市政府办公厅'], coUnits: ['市直各单位'] },
      { number: null, text: '加强政府债务管理,严控新增债务。', leadUnits: ['市财政局'], coUnits: ['各区县政府'] },
    ],
  },
  {
    name: 'a cell a line under a header run together (no 序号), quarters under the progress column, name and content run together',
    input: '实事内容工作任务责任单位进展情况\n一季度二季度三季度四季度\n教育惠民启动学校空调、新风系统加装工程,年内完成公办小学空调加装。\n区教育局,各平台、镇街\n完成调查摸底工作,拟定加装项目实施方案。\n?\n',
    tasks: [{ number: null, title: '教育惠民', text: '启动学校空调、新风系统加装工程,年内完成公办小学空调加装。', coUnits: ['区教育局', '各平台', '镇街'] }],
  },
  {
    name: 'a cell a line with a period breakdown column (二季度任务分解) and a status column (完成状况) after the unit: neither is the task',
    input: '序号\n\n工作内容\n\n牵头责任单位\n\n二季度任务分解\n\n二季度进展情况\n\n完成状况\n\n1\n\n推进背街小巷环境整治,提升老旧街区面貌。\n\n区市政所\n\n1.制定整治方案。2.完成10条小巷改造\n\n已完成12条小巷改造,拆除违建30处。\n\n已完成\n\n2\n\n开展燃气安全隐患排查。\n\n区燃气办\n\n对全区餐饮场所排查1次。\n\n排查餐饮场所200家。\n\n已完成\n',
    tasks: [
      { number: '1', sections: [], text: '推进背街小巷环境整治,提升老旧街区面貌。', leadUnits: ['区市政所'] },
      { number: '2', sections: [], text: '开展燃气安全隐患排查。', leadUnits: ['区燃气办'] },
    ],
  },
  {
    name: 'an old cell a line table: 序号 printed but no row numbers, (1) sub-headings between the rows, more rows under one heading than the row cap',
    input: '序号\n\n重点工作内容\n\n责任单位\n\n配合单位\n\n一、关于城市建设\n\n(1)完善城市功能。\n\n新建城市公园2座。\n\n建设局\n\n规划局\n\n'
      + Array.from({ length: 9 }, (_, k) => `推进第${k + 1}片区道路改造。\n\n${['交通局', '水务局', '城管局'][k % 3]}\n\n${['东城街道', '西城街道、南城街道', '北城街道'][k % 3]}\n\n`).join('')
      + '(2)改善人居环境。\n\n整治农村河道30条。\n\n水务局\n\n农委、各镇\n',
    tasks: [
      { number: null, sections: ['关于城市建设', '完善城市功能。'], text: '新建城市公园2座。', leadUnits: ['建设局'], coUnits: ['规划局'] },
      ...Array.from({ length: 9 }, (_, k) => ({ number: null, sections: ['关于城市建设', '完善城市功能。'], text: `推进第${k + 1}片区道路改造。`,
        leadUnits: [['交通局', '水务局', '城管局'][k % 3]], coUnits: [['东城街道'], ['西城街道', '南城街道'], ['北城街道']][k % 3] })),
      { number: null, sections: ['关于城市建设', '改善人居环境。'], text: '整治农村河道30条。', leadUnits: ['水务局'], coUnits: ['农委', '各镇'] },
    ],
  },
  {
    name: 'a 任务来源 column (the document a task comes from) is no task text; a section row names the leader',
    input: '序号\n重点工作\n牵头责任单位\n协同责任单位\n任务来源\n一、潘东旭市长负责事项(共9项)\n1\n全面延伸“双招双引”。\n市政府办\n市政府各部门\n皖政〔2022〕9号文件\n',
    tasks: [{ number: '1', text: '全面延伸“双招双引”。', leaders: ['潘东旭'], leadUnits: ['市政府办'], coUnits: ['市政府各部门'] }],
  },
  {
    name: 'a cell a line, every cell closed by |: a | alone is an empty cell, and no name wraps out of a closed cell',
    input: '序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n指标属性 |\n牵头负责司局 |\n备注 |\n1 |\n创建“中国制造2025”国家级示范区 |\n确定首批示范区创建名单 |\n6月 |\n预期性 |\n规划司 |\n|\n2 |\n遴选中小企业公共服务示范平台数量 |\n各80个 |\n12月 |\n约束性 |\n中小企业局 |\n|\n',
    tasks: [
      { number: '1', title: null, text: '创建“中国制造2025”国家级示范区', leadUnits: ['规划司'], deadline: '6月' },
      { number: '2', text: '遴选中小企业公共服务示范平台数量', leadUnits: ['中小企业局'], deadline: '12月' },
    ],
  },
  {
    name: 'a 时间进度 column is the deadline; 负责单位 with a first-listed-leads remark',
    input: '序号 |\n工作任务 |\n负责单位 |\n时间进度 |\n1 |\n统筹全县社会救助体系建设。 |\n县民政局、县财政局(列在首位的为牵头部门,下同) |\n省出台办法后完成 |\n2 |\n制定全县实施意见。 |\n县民政局、县教育局 |\n省意见出台后6个月内完成 |\n',
    tasks: [
      { number: '1', text: '统筹全县社会救助体系建设。', leadUnits: ['县民政局'], coUnits: ['县财政局'], deadline: '省出台办法后完成' },
      { number: '2', text: '制定全县实施意见。', leadUnits: ['县民政局'], coUnits: ['县教育局'], deadline: '省意见出台后6个月内完成' },
    ],
  },
  {
    name: 'a 承办单位 column beside a 协办单位 column leads even when no row fills the 协办 column',
    input: '序号 | 工作任务 | 承办单位 | 协办单位 | 完成时限 |\n1 | 推进老旧管网改造。 | 区住建局 |  | 6月底前 |\n2 | 开展农村人居环境整治。 | 区农业农村局 |  | 年底前 |\n',
    tasks: [
      { number: '1', text: '推进老旧管网改造。', leadUnits: ['区住建局'], coUnits: [], deadline: '6月底前' },
      { number: '2', text: '开展农村人居环境整治。', leadUnits: ['区农业农村局'], coUnits: [], deadline: '年底前' },
    ],
  },
  {
    name: 'a 承办单位 column beside a 协办单位 column leads',
    input: '序号 | 工作任务 | 承办单位 | 协办单位 | 完成时限 |\n1 | 推进老旧管网改造。 | 区住建局 | 区财政局 | 6月底前 |\n2 | 开展农村人居环境整治。 | 区农业农村局 | 各镇 | 年底前 |\n',
    tasks: [
      { number: '1', text: '推进老旧管网改造。', leadUnits: ['区住建局'], coUnits: ['区财政局'], deadline: '6月底前' },
      { number: '2', text: '开展农村人居环境整治。', leadUnits: ['区农业农村局'], coUnits: ['各镇'], deadline: '年底前' },
    ],
  },
  {
    name: 'rows between "|": heading cells (一、… | (一)…) merged over the rows under them, the task cell carrying the list\'s own number, empty cells printed at the row\'s end; a units cell that says who leads in words',
    input: '2024年区重点工作任务清单\n| 目标任务 | 工作重点 | 具体工作 | 责任部门 | 时间安排 |\n| 一、提升城市治理水平 | (一)完善基础设施 | 1.实施老旧小区改造20个,同步完善配套设施。 | 区住建局牵头,各街道按职责分工负责 | 2024年底前 |\n| 2.新建城市公园3处,提升绿化品质。 | 区城管局 | 2024年10月底前 | ||\n| (二)优化公共服务 | 3.新增公办幼儿园学位600个。 | 区教育局、区财政局 | 2024年9月底前 | |\n| 二、推动产业升级 | (三)壮大实体经济 | 4.培育规模以上工业企业10家。 | 区工信局 | 2024年12月底前 |\n',
    tasks: [
      { number: '1', sections: ['提升城市治理水平', '完善基础设施'], text: '实施老旧小区改造20个,同步完善配套设施。', leadUnits: ['区住建局'], coUnits: ['各街道'], deadline: '2024年底前' },
      { number: '2', sections: ['提升城市治理水平', '完善基础设施'], text: '新建城市公园3处,提升绿化品质。', coUnits: ['区城管局'], deadline: '2024年10月底前' },
      { number: '3', sections: ['提升城市治理水平', '优化公共服务'], text: '新增公办幼儿园学位600个。', coUnits: ['区教育局', '区财政局'], deadline: '2024年9月底前' },
      { number: '4', sections: ['推动产业升级', '壮大实体经济'], text: '培育规模以上工业企业10家。', coUnits: ['区工信局'], deadline: '2024年12月底前' },
    ],
  },
  {
    name: 'cells one a line where some lines hold two cells between "|" (a flat page split into lines again): each is a cell',
    input: '序号 |\n重点任务 |\n牵头单位 |\n配合单位 |\n1 |\n新建社区长者食堂10个。 | 区民政局 |\n各街道 |\n2 |\n改造提升农贸市场2个。 |\n区商务局 | 区市场监管局 |\n',
    tasks: [
      { number: '1', text: '新建社区长者食堂10个。', leadUnits: ['区民政局'], coUnits: ['各街道'] },
      { number: '2', text: '改造提升农贸市场2个。', leadUnits: ['区商务局'], coUnits: ['区市场监管局'] },
    ],
  },
  {
    name: 'a cell a line: columns headed by a year alone (2022年 … 2025年) and a measure column hold figures, not the task; the header printed again between the rows is skipped',
    input: '附件\n重点指标责任分解表\n序号 |\n考核指标 |\n计量单位 |\n2022年 |\n2023年 |\n2024年度 |\n2025年 |\n牵头部门 |\n配合部门 |\n1 |\n城镇新增就业人数 |\n万人 |\n1.1 |\n1.2 |\n1.3 |\n1.4 |\n区人社局 |\n区财政局、各街道 |\n2 |\n空气质量优良天数比例 |\n% |\n84 |\n85 |\n≥86 |\n≥87 |\n区生态环境分局 |\n区住建局 |\n序号 |\n考核指标 |\n计量单位 |\n2022年 |\n2023年 |\n2024年度 |\n2025年 |\n牵头部门 |\n配合部门 |\n3 |\n农村自来水普及率 |\n% |\n96 |\n97 |\n持续提高 |\n98 |\n区水利局 |\n各镇人民政府 |\n',
    tasks: [
      { number: '1', text: '城镇新增就业人数', leadUnits: ['区人社局'], coUnits: ['区财政局', '各街道'] },
      { number: '2', text: '空气质量优良天数比例', leadUnits: ['区生态环境分局'], coUnits: ['区住建局'] },
      { number: '3', text: '农村自来水普及率', leadUnits: ['区水利局'], coUnits: ['各镇人民政府'] },
    ],
  },
  {
    name: 'a cell a line without "|": 指标 over 单位 is two columns (a name, its measure), not one 指标单位 unit label; the repeated header is skipped',
    input: '序号\n指标\n单位\n2020年\n2025年\n2030年\n牵头单位\n责任单位\n1\n森林覆盖率\n%\n60.1\n62\n65\n市林业局\n各县(市、区)人民政府\n2\n人均公园绿地面积\n平方米\n12\n14\n15\n市住建局\n市自然资源局\n序号\n指标\n单位\n2020年\n2025年\n2030年\n牵头单位\n责任单位\n3\n城市生活垃圾无害化处理率\n%\n98\n100\n100\n市城管局\n各县(市、区)人民政府\n',
    tasks: [
      { number: '1', text: '森林覆盖率', leadUnits: ['市林业局'], coUnits: ['各县(市、区)人民政府'] },
      { number: '2', text: '人均公园绿地面积', leadUnits: ['市住建局'], coUnits: ['市自然资源局'] },
      { number: '3', text: '城市生活垃圾无害化处理率', leadUnits: ['市城管局'], coUnits: ['各县(市、区)人民政府'] },
    ],
  },
  {
    name: 'a cell a line with header labels outside the vocabulary, progress columns, and empty cells that vanished',
    input: '序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-10月推进情况 |\n是否达序 |\n24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成30%。 |\n是 |\n25 |\n新建建筑垃圾中转站8个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、相关街道 |\n已建成3个。 |\n否 |\n',
    tasks: [
      { number: '24', text: '优化提升50条背街后巷交通组织。', leaders: ['徐国江'], leadUnits: ['城管局'], coUnits: ['市政局', '相关街道'] },
      { number: '25', text: '新建建筑垃圾中转站8个。', leaders: ['徐国江'], leadUnits: ['城管局'], coUnits: ['崇川经济开发区', '相关街道'] },
    ],
  },
  {
    name: 'one row a line between |, a category cell merged over rows, the number inside the name',
    input: '类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 |\n四、教育文化 | 14.改扩建泉山学校 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 | 完成主体建筑结构施工。 |\n15.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 | 刘福利 | 9月份开始施工。 |\n',
    tasks: [
      { sections: ['教育文化'], title: '改扩建泉山学校', text: '完成泉山学校一期2座教学楼建设。', leaders: ['刘福利'], coUnits: ['教育体育局'] },
      { sections: ['教育文化'], title: '推进学校塑胶运动场地建设', text: '完成13处农村学校塑胶运动场地建设。', leaders: ['刘福利'], coUnits: ['教育体育局'] },
    ],
  },
  {
    name: 'a leader column headed by an office (分管市长) merged over rows, a progress column, ★ before the units',
    input: '分管市长 | 序号 | 主要工作任务 | 一季度重点工作完成情况 | 责任单位 |\n周军波 | 1 | 一般公共预算收入增长2.5%。 | 1-3月份收入完成37.58亿元。 | ★财政局、税务局 |\n2 | 严格落实中央八项规定精神。 | 召开党组会议3次。 | ★市府办、市政府各部门 |\n',
    tasks: [
      { number: '1', text: '一般公共预算收入增长2.5%。', leaders: ['周军波'], coUnits: ['财政局', '税务局'] },
      { number: '2', text: '严格落实中央八项规定精神。', leaders: ['周军波'], coUnits: ['市府办', '市政府各部门'] },
    ],
  },
  {
    name: 'piped rows with "|" lines between them, a breakdown column (细化分工) beside the task merged over rows, an empty remark column',
    input: '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n1 | 做好疫情信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、疾控处 | 长期推进 |\n|\n2 | 扎实做好疫苗接种信息公开 | 疾控处 | 2021年8月前 |\n|\n3 | 常规政务公开事项 | 强化行政执法信息公开 | 政法处 | 长期推进 |\n|\n',
    tasks: [
      { number: '1', title: '做好疫情信息发布', text: '重点围绕散发疫情发布权威信息', coUnits: ['应急处', '疾控处'], deadline: '长期推进' },
      { number: '2', title: '做好疫情信息发布', text: '扎实做好疫苗接种信息公开', coUnits: ['疾控处'], deadline: '2021年8月前' },
      { number: '3', title: '常规政务公开事项', text: '强化行政执法信息公开', coUnits: ['政法处'], deadline: '长期推进' },
    ],
  },
  {
    name: 'spaced rows, a breakdown column named 细化措施 beside the task column: the breakdown is the text, the task its title (措施 makes no plan column here)',
    input: '某市主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位\n1 加强水资源保护 严守用水总量控制红线 实施用水总量和强度双控行动,防止不合理新增取水。 市水利局 市发展改革委、农业局等\n2  严守用水效率控制红线 落实用水效率评估体系,纳入政绩考核。 市水利局 市住房和城乡建设局\n',
    tasks: [
      { number: '1', title: '严守用水总量控制红线', text: '实施用水总量和强度双控行动,防止不合理新增取水。', leadUnits: ['市水利局'], coUnits: ['市发展改革委', '农业局'] },
      { number: '2', title: '严守用水效率控制红线', text: '落实用水效率评估体系,纳入政绩考核。', leadUnits: ['市水利局'], coUnits: ['市住房和城乡建设局'] },
    ],
  },
  {
    name: 'spaced rows whose category cell was broken by a space before its last character (加强水资源保 护): the lone character ends that cell',
    input: '某市主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位\n1 加强水资源保 护 严守用水总量控制红线 实施用水总量和强度双控行动,防止不合理新增取水。 市水利局 市发展改革委、农业局等\n2  严守用水效率控制红线 落实用水效率评估体系,纳入政绩考核。 市水利局 市住房和城乡建设局\n',
    tasks: [
      { number: '1', sections: ['加强水资源保护'], title: '严守用水总量控制红线', text: '实施用水总量和强度双控行动,防止不合理新增取水。', leadUnits: ['市水利局'], coUnits: ['市发展改革委', '农业局'] },
      { number: '2', sections: ['加强水资源保护'], title: '严守用水效率控制红线', text: '落实用水效率评估体系,纳入政绩考核。', leadUnits: ['市水利局'], coUnits: ['市住房和城乡建设局'] },
    ],
  },
  {
    name: 'cells run together with no separator, cut at a leader and the units after it',
    input: '序号项目名称主要内容分管领导牵头单位配合单位1改善城乡供水新建水厂2座,改造管网30公里。李建国水利局住建局各镇2提升教育质量新建中小学3所。王红梅教育局财政局\n',
    tasks: [
      { number: '1', title: '改善城乡供水', text: '新建水厂2座,改造管网30公里。', leaders: ['李建国'], leadUnits: ['水利局'], coUnits: ['住建局', '各镇'] },
      { number: '2', title: '提升教育质量', text: '新建中小学3所。', leaders: ['王红梅'], leadUnits: ['教育局'], coUnits: ['财政局'] },
    ],
  },
  {
    name: 'a unit name wrapped over two lines of its cell is one name',
    input: '序号\n重点任务\n牵头单位\n配合单位\n1\n开展大气污染防治攻坚。\n市生态\n环境局\n市发改委\n市工信局\n',
    tasks: [{ number: '1', leadUnits: ['市生态环境局'], coUnits: ['市发改委', '市工信局'] }],
  },
  {
    name: 'a cell a line without a 序号 column: rows open with the numbered task cell, a section line between header and rows',
    input: '目标任务\n\n责任领导\n\n责任单位\n\n一、主要预期指标\n\n1. 生产总值增长7.5%以上。\n\n董贵波\n\n市发改委、市经信委\n\n2. 城镇居民人均可支配收入增长8%。\n\n李跃程\n\n市人力社保局\n',
    tasks: [
      { number: '1', sections: ['主要预期指标'], text: '生产总值增长7.5%以上。', leaders: ['董贵波'], coUnits: ['市发改委', '市经信委'] },
      { number: '2', sections: ['主要预期指标'], leaders: ['李跃程'], coUnits: ['市人力社保局'] },
    ],
  },
  {
    name: 'rows under a name cell merged over them take its number and name; a row of its own date and unit shares the task too',
    input: '项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n1.城区环境提升项目 | 改造城区道路3条; | 11月 | 建设局 |\n2021.8 | 城投集团 | ||\n新建口袋公园2处; | 11月 | 建设局 | |\n2.农村道路提升项目 | 改造农村公路40公里。 | 10月 | 交通运输局 |\n',
    tasks: [
      { number: '1', title: '城区环境提升项目', text: '改造城区道路3条;', leadUnits: ['建设局'], deadline: '11月' },
      { number: '1', title: '城区环境提升项目', text: '改造城区道路3条;', leadUnits: ['城投集团'], deadline: '2021.8' },
      { number: '1', title: '城区环境提升项目', text: '新建口袋公园2处;', leadUnits: ['建设局'], deadline: '11月' },
      { number: '2', title: '农村道路提升项目', text: '改造农村公路40公里。', leadUnits: ['交通运输局'], deadline: '10月' },
    ],
  },
  {
    name: 'a key project\'s ★ after its name is a mark, not part of the title',
    input: '序号 | 项目名称 | 建设内容 | 责任单位 |\n1 | 中小学校护眼灯光工程★ | 对全县70所中小学校教室照明进行提升。 | 县教育局 |\n',
    tasks: [{ number: '1', title: '中小学校护眼灯光工程', text: '对全县70所中小学校教室照明进行提升。', coUnits: ['县教育局'] }],
  },
  {
    name: 'a column of the task\'s share in one place (涉及西湖区工作指标) beside the task is no task text',
    input: '序号 | 工作目标 | 区责任单位 | 涉及西湖区工作指标 | 进展情况 |\n1 | 新增停车位10万个 | 区住建局 | 9300个停车位。 | 已完成。 |\n',
    tasks: [{ number: '1', text: '新增停车位10万个', coUnits: ['区住建局'] }],
  },
  {
    name: 'a type column (目标类型: A类) says what kind of target, not the task',
    input: '序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 目标类型 |\n1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | A类 |\n',
    tasks: [{ number: '1', title: '地区生产总值', text: '增长5.5%', leadUnits: ['区发改经信局'], coUnits: ['区财政局', '区统计局'] }],
  },
  {
    name: 'section rows between "|" rows: a numeral in the 序号 cell beside its heading (| 一 | 产业发展 | | |), the first one right under the header (no header cell), each group numbered on',
    input: '| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |\n| 一 | 产业发展 | | | |\n| 1 | 推进工业园区扩区调规,新增标准厂房10万平方米。 | 县发改局 | 县工信局、县自然资源局 | 2024年12月 |\n| 2 | 培育规上工业企业15家。 | 县工信局 | 县统计局 | 2024年12月 |\n| 二 | 民生保障 | | | |\n| 3 | 新建城区幼儿园2所。 | 县教育局 | 县住建局 | 2024年9月 |\n',
    tasks: [
      { number: '1', sections: ['产业发展'], text: '推进工业园区扩区调规,新增标准厂房10万平方米。', leadUnits: ['县发改局'], coUnits: ['县工信局', '县自然资源局'], deadline: '2024年12月' },
      { number: '2', sections: ['产业发展'], leadUnits: ['县工信局'], coUnits: ['县统计局'], deadline: '2024年12月' },
      { number: '3', sections: ['民生保障'], text: '新建城区幼儿园2所。', leadUnits: ['县教育局'], deadline: '2024年9月' },
    ],
  },
  {
    name: 'a marked section row right under a "|" header (| 一、产业发展 |) heads the rows, it is no second header line',
    input: '| 序号 | 重点任务 | 牵头单位 | 责任单位 |\n| 一、产业发展 |\n| 1 | 培育规上工业企业15家。 | 县工信局 | 县统计局 |\n| 二、民生保障 |\n| 2 | 新增城镇就业3000人。 | 县人社局 | 各乡镇 |\n',
    tasks: [
      { number: '1', sections: ['产业发展'], leadUnits: ['县工信局'], coUnits: ['县统计局'] },
      { number: '2', sections: ['民生保障'], leadUnits: ['县人社局'], coUnits: ['各乡镇'] },
    ],
  },
  {
    name: 'spaced rows: a section row of its numeral and title (一  产业发展) is marker 一 and title 产业发展',
    input: '序号  重点任务  牵头单位  责任单位  完成时限\n一  产业发展\n1  培育规上工业企业15家。  县工信局  县统计局  2024年12月\n二  民生保障\n2  新增城镇就业3000人。  县人社局  各乡镇  2024年12月\n',
    tasks: [
      { number: '1', sections: ['产业发展'], leadUnits: ['县工信局'], coUnits: ['县统计局'] },
      { number: '2', sections: ['民生保障'], leadUnits: ['县人社局'], coUnits: ['各乡镇'] },
    ],
  },
  {
    name: 'a cell a line: a section marker alone on its line (一 / 一、) over its title, then the group\'s first row: one section line, not a row numbered 一',
    input: '序号\n重点任务\n牵头单位\n责任单位\n完成时限\n一\n产业发展\n1\n推进工业园区扩区调规,新增标准厂房10万平方米。\n县发改局\n县工信局、县自然资源局\n2024年12月\n2\n培育规上工业企业15家。\n县工信局\n县统计局\n2024年12月\n二、\n民生保障\n3\n新建城区幼儿园2所。\n县教育局\n县住建局\n2024年9月\n',
    tasks: [
      { number: '1', sections: ['产业发展'], leadUnits: ['县发改局'], coUnits: ['县工信局', '县自然资源局'], deadline: '2024年12月' },
      { number: '2', sections: ['产业发展'], leadUnits: ['县工信局'], coUnits: ['县统计局'], deadline: '2024年12月' },
      { number: '3', sections: ['民生保障'], leadUnits: ['县教育局'], coUnits: ['县住建局'], deadline: '2024年9月' },
    ],
  },
  {
    name: 'a cell a line with a category column first: each group\'s rows counted from 1 again after its category cell, though the row above left a cell empty',
    input: '类别\n序号\n主要任务\n牵头领导\n牵头单位\n配合单位\n张三市长牵头重点工作\n1\n一般公共预算收入与经济增长基本同步。\n张三\n市财政局\n2\n深化国资国企改革,提升市场化运作能力。\n张三\n市国资委\n李四常务副市长牵头重点工作\n1\n推进沪舟合作,加快上海站线扩建等项目建设。\n李四\n市发改委\n嵊泗县政府、六横管委会\n2\n加快建设海洋经济示范区。\n李四\n市海洋局\n市发改委\n',
    tasks: [
      { number: '1', sections: ['张三市长牵头重点工作'], leaders: ['张三'], leadUnits: ['市财政局'] },
      { number: '2', sections: ['张三市长牵头重点工作'], leaders: ['张三'], leadUnits: ['市国资委'] },
      { number: '1', sections: ['李四常务副市长牵头重点工作'], leaders: ['李四'], leadUnits: ['市发改委'], coUnits: ['嵊泗县政府', '六横管委会'] },
      { number: '2', sections: ['李四常务副市长牵头重点工作'], leaders: ['李四'], leadUnits: ['市海洋局'], coUnits: ['市发改委'] },
    ],
  },
  {
    name: 'section rows between "|" rows: (一) in the 序号 cell beside its title is a sub-section (no row, no cells carried down into it); an unmarked heading alone right under the header heads the first rows',
    input: '| 序号 | 重点任务 | 牵头单位 | 责任单位 |\n| 一 | 产业发展 | | |\n| (一) | 工业 | | |\n| 1 | 培育规上工业企业15家。 | 县工信局 | 县统计局 |\n| (二) | 就业 | | |\n| 2 | 新增城镇就业3000人。 | 县人社局 | 各乡镇 |\n| 民生保障 | | | |\n| 3 | 新建城区幼儿园2所。 | 县教育局 | 县住建局 |\n',
    tasks: [
      { number: '1', sections: ['产业发展', '工业'], leadUnits: ['县工信局'], coUnits: ['县统计局'] },
      { number: '2', sections: ['产业发展', '就业'], leadUnits: ['县人社局'], coUnits: ['各乡镇'] },
      { number: '3', leadUnits: ['县教育局'], coUnits: ['县住建局'] },
    ],
  },
  {
    name: 'an unmarked section row alone right under a "|" header (| 产业发展 | | | |) heads the first rows, it is no header cell',
    input: '| 序号 | 重点任务 | 牵头单位 | 责任单位 |\n| 产业发展 | | | |\n| 1 | 培育规上工业企业15家。 | 县工信局 | 县统计局 |\n| 民生保障 | | | |\n| 2 | 新建城区幼儿园2所。 | 县教育局 | 县住建局 |\n',
    tasks: [
      { number: '1', sections: ['产业发展'], leadUnits: ['县工信局'], coUnits: ['县统计局'] },
      { number: '2', sections: ['民生保障'], leadUnits: ['县教育局'], coUnits: ['县住建局'] },
    ],
  },
  {
    name: 'spaced rows: a —— before a section row is its marker, not part of its title',
    input: '序号  重点任务  牵头单位  责任单位\n——经济社会发展主要预期目标\n1  地区生产总值增长6%以上。  县发改局  县统计局\n2  一般公共预算收入增长5%。  县财政局  县税务局\n——重点工作\n3  新建城区幼儿园2所。  县教育局  县住建局\n',
    tasks: [
      { number: '1', sections: ['经济社会发展主要预期目标'], leadUnits: ['县发改局'] },
      { number: '2', sections: ['经济社会发展主要预期目标'], leadUnits: ['县财政局'] },
      { number: '3', sections: ['重点工作'], leadUnits: ['县教育局'] },
    ],
  },
  {
    name: 'a cell a line: a dashed heading that names the leader (——李四常务副区长牵头重点工作) over the header heads the table, it is no column label',
    input: '某区2023年区政府工作报告重点工作责任分解\n——李四常务副区长牵头重点工作\n序号\n重点工作\n责任单位\n1\n地区生产总值增长6.5%。\n区发改局\n2\n一般公共预算收入增长与经济增长基本同步。\n区财政局\n',
    tasks: [
      { number: '1', sections: ['李四常务副区长牵头重点工作'], leaders: ['李四'], coUnits: ['区发改局'] },
      { number: '2', sections: ['李四常务副区长牵头重点工作'], leaders: ['李四'], coUnits: ['区财政局'] },
    ],
  },
  {
    name: 'a table\'s own title right above it (2024年民生实事项目表) heads nothing: the rows stay under the heading above it',
    input: '关于印发2024年重点工作的通知\n一、重点工作\n1.培育规上企业15家。(责任单位:县工信局)\n二、民生实事\n2024年民生实事项目表\n| 序号 | 项目名称 | 责任单位 |\n| 1 | 改造老旧小区20个 | 县住建局 |\n| 2 | 新建公厕30座 | 县城管局 |\n',
    tasks: [
      { number: '1', sections: ['重点工作'], coUnits: ['县工信局'] },
      { number: '1', sections: ['民生实事'], coUnits: ['县住建局'] },
      { number: '2', sections: ['民生实事'], coUnits: ['县城管局'] },
    ],
  },
];
