import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
  {
    name: 'leader, lead unit and 责任单位 lines with a spaced name',
    input: '一、主要目标\n1.地区生产总值增长6.5%以上。\n牵头领导:刘 哲\n牵头单位:市发展和改革局\n责任单位:各有关部门,各开发区、镇(街道)\n',
    tasks: [{ number: '1', sections: ['主要目标'], leaders: ['刘哲'], leadUnits: ['市发展和改革局'], coUnits: ['各有关部门', '各开发区', '镇(街道)'] }],
  },
  {
    name: 'a bracketed line under each item, an unnumbered sub-heading between items',
    input: '(一)坚持质效提升\n提升制造业核心竞争力\n1. 实施工业强区战略。\n(牵头单位:区科技和经信局)\n提升服务业能级\n2. 实施楼宇经济提能行动。\n(牵头单位:区发展和改革局;责任单位:区商务局)\n',
    tasks: [
      { number: '1', sections: ['坚持质效提升', '提升制造业核心竞争力'], leadUnits: ['区科技和经信局'] },
      { number: '2', sections: ['坚持质效提升', '提升服务业能级'], leadUnits: ['区发展和改革局'], coUnits: ['区商务局'] },
    ],
  },
  {
    name: '承办单位 told apart from 协办单位 (no 牵头 named) leads, as 责任单位 does beside 配合单位',
    input: '1.推进老旧管网改造。\n承办单位:区住建局\n协办单位:区财政局、各街道\n2.开展农村人居环境整治。\n承办单位:区农业农村局\n',
    tasks: [
      { number: '1', text: '推进老旧管网改造。', leadUnits: ['区住建局'], coUnits: ['区财政局', '各街道'] },
      { number: '2', text: '开展农村人居环境整治。', leadUnits: ['区农业农村局'], coUnits: [] },
    ],
  },
  {
    name: 'a label cell merged over two sub-labels (牵头 over 单位 / 领导, 责任 over 单位 / 人): the bare sub-label takes the head printed with the first',
    input: '1.推进智慧城市建设。\n牵头单位:市大数据局\n领导:李明\n2.完善社区养老服务网络。\n责任单位:市民政局、各区政府\n\n人:各区政府主要负责同志\n',
    tasks: [
      { number: '1', text: '推进智慧城市建设。', leaders: ['李明'], leadUnits: ['市大数据局'] },
      { number: '2', text: '完善社区养老服务网络。', leaders: ['各区政府主要负责同志'], coUnits: ['市民政局', '各区政府'] },
    ],
  },
  {
    name: 'people and units masked in a published copy (***, ****分局): the masks are names, two masked people are two names',
    input: '1.开展线上主题宣传活动。\n责任人:***、***\n责任单位:****分局\n2.组织媒体集中采访。\n责任人:李华、**\n',
    tasks: [
      { number: '1', text: '开展线上主题宣传活动。', leaders: ['***', '***'], coUnits: ['****分局'] },
      { number: '2', text: '组织媒体集中采访。', leaders: ['李华', '**'] },
    ],
  },
  {
    name: 'an outcome field (预期成果:, 工作成果:) between the task and its units is no task text, and no table column of tasks',
    input: '一、加快交通互联互通\n1. 推进城际公交线路开通。\n预期成果:开通城际公交线路2条,方便群众往来出行。\n责任单位:市交通运输局、市公交公司\n2. 建设区域物流园区。\n工作成果:建成区域物流分拨中心1个,形成辐射周边的物流网络。\n责任单位:市商务局\n',
    tasks: [
      { number: '1', sections: ['加快交通互联互通'], text: '推进城际公交线路开通。', coUnits: ['市交通运输局', '市公交公司'] },
      { number: '2', sections: ['加快交通互联互通'], text: '建设区域物流园区。', coUnits: ['市商务局'] },
    ],
  },
  {
    name: 'a heading that names the leader, and the rule that the first unit leads',
    input: '一、王丹县长牵头重点工作\n1.全县生产总值增长7.5%左右。\n责任单位:县发改局(首位单位为牵头单位,下同)、县财政局\n2.严控三公经费。\n责任单位:县财政局\n',
    tasks: [
      { sections: ['王丹县长牵头重点工作'], leaders: ['王丹'], leadUnits: ['县发改局'], coUnits: ['县财政局'] },
      { leaders: ['王丹'], leadUnits: ['县财政局'], coUnits: [] },
    ],
  },
  {
    name: 'a rule in brackets that names the first place as a unit (第一责任单位为牵头单位), and a 时限要求 line',
    input: '(一)推进完善PPP长效机制建设。\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n时限要求:持续推进\n(二)严格落实招投标政策。\n责任单位:市建设局\n时限要求:持续推进\n',
    tasks: [
      { number: '(一)', text: '推进完善PPP长效机制建设。', leadUnits: ['市发改委'], coUnits: ['市财政局'], deadline: '持续推进' },
      { number: '(二)', leadUnits: ['市建设局'], coUnits: [], deadline: '持续推进' },
    ],
  },
  {
    name: 'hard-wrapped text: a heading broken at the wrap width, a unit name broken before more names',
    input: '一、提高城市基层党建工作水平,加强党对基层治理的全面\n领导\n1.完善街道党工委对地区治理重大工作的领导体制机制,\n优化决策程序,涉及基层治理的重大事项、重点工作、重要\n问题由街道党工委讨论决定,全面提升街道抓党建、抓治理\n、抓服务的领导能力。加强街道社区党组织对地区各类组织\n和各项工作的领导。\n牵头单位:区委组织部\n协办单位:区委编办、区民政局、园区党工\n委、各街道党工委\n',
    tasks: [{ number: '1', sections: ['提高城市基层党建工作水平,加强党对基层治理的全面领导'], text: '完善街道党工委对地区治理重大工作的领导体制机制,优化决策程序,涉及基层治理的重大事项、重点工作、重要问题由街道党工委讨论决定,全面提升街道抓党建、抓治理、抓服务的领导能力。加强街道社区党组织对地区各类组织和各项工作的领导。', leadUnits: ['区委组织部'], coUnits: ['区委编办', '区民政局', '园区党工委', '各街道党工委'] }],
  },
  {
    name: 'a key whose value is on the next line',
    input: '1.完成棚户区改造。\n牵头单位:\n县住建局\n完成时限:12月底前\n',
    tasks: [{ leadUnits: ['县住建局'], deadline: '12月底前' }],
  },
  {
    name: 'one assignment after a group of sub-items applies to each; the group line is a heading',
    input: '1.完善应急预案体系\n(1)修订总体应急预案。\n(2)开展应急演练。\n(责任单位:区应急管理局)\n',
    tasks: [
      { number: '(1)', sections: ['完善应急预案体系'], coUnits: ['区应急管理局'] },
      { number: '(2)', sections: ['完善应急预案体系'], coUnits: ['区应急管理局'] },
    ],
  },
  {
    name: 'a project with its own title (民生实事)',
    input: '一、学生暑假托管项目\n暑期托管服务从21所小学向13所初中延伸。\n牵头单位:县教育局\n',
    tasks: [{ number: '一', title: '学生暑假托管项目', text: '暑期托管服务从21所小学向13所初中延伸。', leadUnits: ['县教育局'] }],
  },
  {
    name: '部门分工 written as prose',
    input: '1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。\n',
    tasks: [{ leaders: ['林克庆'], leadUnits: ['省发展改革委'], coUnits: ['各地', '各部门'] }],
  },
  {
    name: 'a 责任单位 value written as prose',
    input: '1.推进数字化改革。\n责任单位:市大数据局牵头,市财政局、市发改委配合\n',
    tasks: [{ leadUnits: ['市大数据局'], coUnits: ['市财政局', '市发改委'] }],
  },
  {
    name: 'a group name holding 牵头 is not prose',
    input: '1.推进协商工作。\n责任单位:各专委会牵头单位及成员单位\n',
    tasks: [{ leadUnits: [], coUnits: ['各专委会牵头单位及成员单位'] }],
  },
  {
    name: 'a task left without its assignment among assigned ones is kept and reported',
    input: '1.甲项工作。\n牵头单位:甲局\n2.乙项工作。\n3.丙项工作。\n牵头单位:丙局\n',
    tasks: [{ number: '1' }, { number: '2', leadUnits: [] }, { number: '3', leadUnits: ['丙局'] }],
    messages: [{ rule: 'missing-assignment', line: 3, column: 1 }, { rule: 'missing-lead-unit', line: 3 }],
  },
  {
    name: 'an unbracketed prose line under the item',
    input: '1.推进老旧小区改造。\n区住建局牵头,各街道配合。\n2.推进城市更新。\n区住建局牵头,区财政局负责。\n',
    tasks: [{ leadUnits: ['区住建局'], coUnits: ['各街道'] }, { leadUnits: ['区住建局'], coUnits: ['区财政局'] }],
  },
  {
    name: 'a heading naming the leader after the title',
    input: '二、常务副县长曹惠明牵头重点工作\n1.严控三公经费。\n责任单位:县财政局\n',
    tasks: [{ leaders: ['曹惠明'], coUnits: ['县财政局'] }],
  },
  {
    name: "the covering letter's own numbered requirements are never tasks, even with the tasks' label kind",
    input: '各单位:\n一、加强领导。各单位要高度重视。\n二、强化督查。督查室将定期督查。\n2022年民生实事项目\n一、学生托管项目\n暑期托管服务延伸。\n牵头单位:县教育局\n二、燃气安全项目\n完成改造1500户。\n牵头单位:县住建局\n',
    tasks: [{ number: '一', title: '学生托管项目', leadUnits: ['县教育局'] }, { number: '二', title: '燃气安全项目', leadUnits: ['县住建局'] }],
    messages: [{ rule: 'unparsed-item', line: 2, column: 1 }, { rule: 'unparsed-item', line: 3, column: 1 }],
  },
  {
    name: 'keys on one line separated by full stops',
    input: '1.推进老旧小区改造。\n牵头单位:市住建局。配合单位:各区政府。完成时限:2024年底。\n',
    tasks: [{ leadUnits: ['市住建局'], coUnits: ['各区政府'], deadline: '2024年底' }],
  },
  {
    name: 'an unlabelled task after a key line is its own task, not the key line\'s continuation',
    input: '1.推进甲工作\n牵头单位:区发改局\n推进戊工作(牵头单位:区财政局)\n2.推进丙工作\n牵头单位:区住建局\n',
    tasks: [
      { number: '1', text: '推进甲工作', leadUnits: ['区发改局'] },
      { number: null, text: '推进戊工作', leadUnits: ['区财政局'] },
      { number: '2', text: '推进丙工作', leadUnits: ['区住建局'] },
    ],
  },
  {
    name: 'a unit name broken by a hard line wrap is one name',
    input: '1.推进园区党工委改革。\n牵头单位:区委组织部、园区党工\n委\n2.推进道路建设。\n牵头单位:区交通局\n',
    tasks: [{ number: '1', leadUnits: ['区委组织部', '园区党工委'] }, { number: '2', leadUnits: ['区交通局'] }],
  },
  {
    name: 'label–value pairs between | (a two-column table as text): task, key, and a progress label that is no text',
    input: '重点工作: | 135.统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n进展情况: |\n已完成年度目标。 |\n重点工作: | 136.推进城中村改造。 |\n牵头单位: | 市住房城乡建设局 |\n',
    tasks: [
      { number: '135', text: '统筹违法建设治理与城市更新。', leadUnits: ['市城市管理综合执法局'] },
      { number: '136', text: '推进城中村改造。', leadUnits: ['市住房城乡建设局'] },
    ],
  },
  {
    name: 'unnumbered tasks each followed by key lines of their own; a unit head (主要责任人) is no leader',
    input: '关键词 教育\n市区新增优质中小学招生学位2.36万个。\n主管领导:刘东\n责任单位:市教育局\n主要责任人:毛杰\n进度安排:12月底前全部落实。\n市区新建中小学校30所。\n主管领导:刘东\n责任单位:市教育局\n',
    tasks: [
      { number: null, text: '市区新增优质中小学招生学位2.36万个。', leaders: ['刘东'], coUnits: ['市教育局'], deadline: '12月底前全部落实' },
      { number: null, text: '市区新建中小学校30所。', leaders: ['刘东'], coUnits: ['市教育局'] },
    ],
  },
  {
    name: 'labelled fields, a label on its line and its value below: number and name open the task, progress is no text',
    input: '全县20个项目进展情况汇报\n01 项目名称:提升县域生态环境\n项目内容:\n新建2个湿地保护小区。\n责任单位:\n水务局\n城管局\n进展与成效:\n已完成开标。\n02 项目名称:加大文化惠民力度\n项目内容:\n新建城市书房1个。\n责任单位\n文广旅局\n进展与成效:\n已确定建设地址。\n',
    tasks: [
      { number: '01', title: '提升县域生态环境', text: '新建2个湿地保护小区。', coUnits: ['水务局', '城管局'] },
      { number: '02', title: '加大文化惠民力度', text: '新建城市书房1个。', coUnits: ['文广旅局'] },
    ],
    parser: 'table', // label-pairs reads such records as a table of records first
  },
  {
    name: 'labelled fields without colons or numbers: 责任单位 told apart from 配合单位 lead; 完成时限 is the deadline',
    input: '具体任务\n全面完成老年人群疫苗接种,守好疫情防线。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n1月底前完成\n',
    tasks: [{ number: null, text: '全面完成老年人群疫苗接种,守好疫情防线。', leadUnits: ['卫健局', '文旅局'], coUnits: ['各乡镇'], deadline: '1月底前完成' }],
    parser: 'table', // label-pairs reads such records as a table of records first
  },
  {
    name: 'a stacked header is no labelled record: a label directly over another label has no value',
    input: '序号\n重点任务\n牵头单位\n1\n推进数字经济发展。\n市大数据局\n2\n建设城市公园。\n市住建局\n',
    tasks: [{ number: '1', text: '推进数字经济发展。', leadUnits: ['市大数据局'] }, { number: '2', text: '建设城市公园。', leadUnits: ['市住建局'] }],
    parser: 'table',
  },
  {
    name: 'items ending in ; run on into the next: the assignment after the run\'s last item is theirs too',
    input: '(二)具体任务、完成时限及责任单位\n1.电线迁改工程,3月中旬完成。\n责任单位:市供电公司。\n2.基坑开挖工程,6月30日前完工;\n3.地下室工程完工,10月30日前完成;\n4.2011年底主体施工。\n责任单位:市发改委(代建办)。\n',
    tasks: [
      { number: '1', coUnits: ['市供电公司'] },
      { number: '2', coUnits: ['市发改委(代建办)'] },
      { number: '3', coUnits: ['市发改委(代建办)'] },
      { number: '4', text: '2011年底主体施工。', coUnits: ['市发改委(代建办)'] },
    ],
  },
  {
    name: 'labelled records with their values after the colons: 项目名称 is the title, 建设内容 the text, 完成时限 the deadline',
    input: '2022年民生实事项目\n项目名称:城市书房建设\n建设内容:新建城市书房3个。\n责任单位:县文广旅局\n完成时限:2022年12月底\n项目名称:农村公路提升\n建设内容:改造农村公路50公里。\n责任单位:县交通局\n',
    tasks: [
      { number: null, title: '城市书房建设', text: '新建城市书房3个。', coUnits: ['县文广旅局'], deadline: '2022年12月底' },
      { number: null, title: '农村公路提升', text: '改造农村公路50公里。', coUnits: ['县交通局'] },
    ],
    parser: 'table', // label-pairs reads such records as a table of records first
  },
  {
    name: 'a key line outside the labelled records stays with its item; a record heads no numbered item after it',
    input: '2022年民生实事项目\n项目名称:城市书房建设\n建设内容:\n新建城市书房3个。\n责任单位:县文广旅局\n二、其他工作\n1.推进道路建设。\n牵头单位:县交通局\n联系人:张三\n',
    tasks: [
      { number: null, title: '城市书房建设', sections: [], coUnits: ['县文广旅局'] },
      { number: '1', text: '推进道路建设。', sections: ['其他工作'], leadUnits: ['县交通局'] },
    ],
  },
  {
    name: 'a key line closing in the remark (第一责任单位为牵头单位,下同): the rule, not a block of its own',
    input: '(一)推进完善PPP长效机制建设,确保PPP项目协议落实到位\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n时限要求:持续推进\n(二)严格落实招投标政策。\n责任单位:市建设局\n',
    tasks: [
      { number: '(一)', leadUnits: ['市发改委'], coUnits: ['市财政局'], deadline: '持续推进' },
      { number: '(二)', leadUnits: ['市建设局'], coUnits: [] },
    ],
  },
  {
    name: 'labelled fields with spaced label words (责 任 单 位), left by the table readers, are read as a record',
    input: '具 体 任 务\n全面完成疫苗接种。\n责 任 单 位\n卫健局\n完 成 时 限\n1月底前完成,\n长期坚持\n',
    tasks: [{ number: null, text: '全面完成疫苗接种。', coUnits: ['卫健局'], deadline: '1月底前完成,长期坚持' }],
  },
  {
    name: 'the file cut off at a key with no value (责任单位 as its last line): the last item is no task',
    input: '1.推进项目建设。\n牵头领导:刘兴达\n牵头单位:市发展和改革局\n责任单位:各有关部门\n2.精准把握政策导向,落地到项目。\n牵头领导:刘兴达\n牵头单位:市发展和改革局\n责任单位\n',
    tasks: [{ number: '1', leaders: ['刘兴达'], leadUnits: ['市发展和改革局'], coUnits: ['各有关部门'] }],
    messages: [{ rule: 'truncated', line: 5 }],
  },

  {
    name: 'a departmental division of work, one line per unit (办公室:负责…): each line a task of that unit; label lines (活动时间:) no task',
    input: '二、活动内容\n活动时间:2019年9月17日上午\n活动地点:县影剧院门前广场\n三、工作分工\n办公室:负责与县统计局对接,落实活动场所与布置。\n综合核算科:制定活动工作方案,申请宣传画册。\n',
    tasks: [
      { number: null, sections: ['工作分工'], text: '负责与县统计局对接,落实活动场所与布置。', leadUnits: [], coUnits: ['办公室'] },
      { number: null, sections: ['工作分工'], text: '制定活动工作方案,申请宣传画册。', leadUnits: [], coUnits: ['综合核算科'] },
    ],
  },
];
