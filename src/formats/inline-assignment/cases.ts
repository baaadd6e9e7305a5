import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
  {
    name: 'a block of people only (牵头责任人 / 具体责任人, both naming people): all of them are leaders; a heading over a sub-item',
    input: '三、工作任务\n(一)加强文化场所建设,实施图书馆数字化改造。\n全年建成分馆8家。(牵头责任人:李明,具体责任人:王强、赵刚)\n(二)启动度假区建设。\n1.完善服务配套设施。(牵头责任人:陈红,具体责任人:刘芳)\n',
    tasks: [
      { number: '(一)', sections: ['工作任务'], text: '加强文化场所建设,实施图书馆数字化改造。全年建成分馆8家。', leaders: ['李明', '王强', '赵刚'] },
      { number: '1', sections: ['工作任务', '启动度假区建设'], text: '完善服务配套设施。', leaders: ['陈红', '刘芳'] },
    ],
  },
  {
    name: 'leader, lead units and co-units in one closed block',
    input: '一、重点工作\n1.推动项目快竣工快投产。(牵头领导:王从峰、刘虹;牵头单位:区工信局,高新区科经局;共同责任单位:各镇街、园区)\n',
    tasks: [{ number: '1', sections: ['重点工作'], text: '推动项目快竣工快投产。', leaders: ['王从峰', '刘虹'],
      leadUnits: ['区工信局', '高新区科经局'], coUnits: ['各镇街', '园区'] }],
  },
  {
    name: 'a block whose closing bracket is missing is read to the end of the line',
    input: '1.加快建设联东U谷。(牵头领导:王从峰;牵头单位:区工信局,宋跳工业园\n2.打造科技创新基地。(牵头领导:冯遵永;牵头单位:区科技局)\n',
    tasks: [{ number: '1', text: '加快建设联东U谷。', leadUnits: ['区工信局', '宋跳工业园'] }, { number: '2', leadUnits: ['区科技局'] }],
    messages: [{ rule: 'unclosed-assignment', line: 1, column: 12 }],
  },
  {
    name: 'lenticular brackets with a comma between keys',
    input: '1.及时承接下放事项。〔牵头单位:区政府办公室,责任单位:区政府有关部门,各街道(功能区)〕\n',
    tasks: [{ text: '及时承接下放事项。', leadUnits: ['区政府办公室'], coUnits: ['区政府有关部门', '各街道(功能区)'] }],
  },
  {
    name: 'square brackets, 1、 labels and a deadline',
    input: '1、抓好疫情防控。[牵头单位:区卫健局;责任单位:各街办(新区);完成时限:2020年12月底]\n2、巩固创建成果。[牵头单位:区创文办]\n',
    tasks: [{ number: '1', leadUnits: ['区卫健局'], coUnits: ['各街办(新区)'], deadline: '2020年12月底' }, { number: '2', leadUnits: ['区创文办'] }],
  },
  {
    name: 'the document rule that the first 责任单位 leads, stated once in the covering letter',
    input: '各单位:\n列第一位的责任单位为牵头单位。\n1.建设数字政府。(责任单位:市大数据局、市财政局)\n2.优化营商环境。(责任单位:市营商局)\n',
    tasks: [{ leadUnits: ['市大数据局'], coUnits: ['市财政局'] }, { leadUnits: ['市营商局'], coUnits: [] }],
  },
  {
    name: 'without such a rule 责任单位 are co-units only',
    input: '1.建设数字政府。(责任单位:市大数据局、市财政局)\n',
    tasks: [{ leadUnits: [], coUnits: ['市大数据局', '市财政局'] }],
  },
  {
    name: 'a unit marked (牵头) inside the list leads',
    input: '1.推进项目建设。(责任单位:市发改委(牵头)、市财政局)\n',
    tasks: [{ leadUnits: ['市发改委'], coUnits: ['市财政局'] }],
  },
  {
    name: "a heading's own assignment fills what its tasks leave empty; the section is the heading as printed",
    input: '(一)扩大有效投资(牵头领导:张三)\n1.加快项目建设。(牵头单位:市发改委)\n2.强化要素保障。(牵头单位:市自然资源局)\n',
    tasks: [{ sections: ['扩大有效投资(牵头领导:张三)'], leaders: ['张三'], leadUnits: ['市发改委'] }, { leaders: ['张三'], leadUnits: ['市自然资源局'] }],
  },
  {
    name: 'parentheses inside the text are not the assignment',
    input: '1.实施期限至2022年12月31日(即征收所属期为2021年度)。(牵头单位:市税务局)\n',
    tasks: [{ text: '实施期限至2022年12月31日(即征收所属期为2021年度)。', leadUnits: ['市税务局'] }],
  },
  {
    name: 'keys written straight after the text, without brackets',
    input: '1.加快推进城市更新。牵头单位:市住建局;责任单位:各区政府\n',
    tasks: [{ text: '加快推进城市更新。', leadUnits: ['市住建局'], coUnits: ['各区政府'] }],
  },
  {
    name: 'short keys 牵头: and 配合:',
    input: '1.推进数字政府建设。(牵头:市大数据局;配合:市财政局、市发改委)\n',
    tasks: [{ leadUnits: ['市大数据局'], coUnits: ['市财政局', '市发改委'] }],
  },
  {
    name: 'a heading naming its leader with 同志',
    input: '一、张三同志牵头的重点工作\n1.抓好招商引资。(牵头单位:市商务局)\n',
    tasks: [{ leaders: ['张三'], leadUnits: ['市商务局'] }],
  },
  {
    name: 'paragraphs without labels under a heading, each ending in its assignment',
    input: '一、扩大有效需求\n加快推进重大项目建设。(牵头单位:市发改委)\n全年新开工项目200个,\n完成投资150亿元。(牵头单位:市住建局;责任单位:各区)\n',
    tasks: [
      { number: null, sections: ['扩大有效需求'], text: '加快推进重大项目建设。', leadUnits: ['市发改委'] },
      { number: null, text: '全年新开工项目200个,完成投资150亿元。', leadUnits: ['市住建局'], coUnits: ['各区'] },
    ],
  },
  {
    name: 'bulleted tasks',
    input: '二、深化改革\n● 深化国企改革。(牵头单位:市国资委)\n● 优化营商环境。(牵头单位:市营商局)\n',
    tasks: [{ number: null, text: '深化国企改革。', leadUnits: ['市国资委'] }, { number: null, leadUnits: ['市营商局'] }],
  },
  {
    name: 'keys the vocabulary does not list are read by their ending (…单位, …领导)',
    input: '1.推进城乡融合发展。(主要责任单位:市发改委;协同责任单位:市农业农村局、市财政局)\n',
    tasks: [{ leadUnits: ['市发改委'], coUnits: ['市农业农村局', '市财政局'] }],
  },
  {
    name: 'one sentence assigns the items before it (以上3项指标的责任单位均为…)',
    input: '1.地区生产总值增长8%。\n2.规模以上工业增加值增长9%。\n3.城镇居民人均可支配收入增长8%。\n以上3项指标的责任单位均为市统计局。\n4.推进道路建设。(牵头单位:区交通局)\n',
    tasks: [
      { number: '1', coUnits: ['市统计局'] }, { number: '2', coUnits: ['市统计局'] },
      { number: '3', text: '城镇居民人均可支配收入增长8%。', coUnits: ['市统计局'] }, { number: '4', leadUnits: ['区交通局'] },
    ],
  },
  {
    name: 'group sentences in other words: N项目标的责任单位均为X, 该目标责任单位为X',
    input: '1.地区生产总值增长15%;\n2.第三产业增加值达到1000亿元;\n2项目标的责任单位均为市发展改革委。\n3.规模以上工业销售收入达到3000亿元;\n该目标责任单位为市经委。\n4.推进道路建设。(牵头单位:区交通局)\n',
    tasks: [{ number: '1', coUnits: ['市发展改革委'] }, { number: '2', coUnits: ['市发展改革委'] }, { number: '3', coUnits: ['市经委'] }, { number: '4', leadUnits: ['区交通局'] }],
  },
  {
    name: 'a page-number line inside a task is no part of its text',
    input: '1.推进园区建设,加快完善基础设施配套,\n- 3 -\n建成标准厂房10万平方米。(牵头单位:区发改局)\n2.推进道路建设。(牵头单位:区交通局)\n',
    tasks: [{ number: '1', text: '推进园区建设,加快完善基础设施配套,建成标准厂房10万平方米。', leadUnits: ['区发改局'] }, { number: '2' }],
  },
  {
    name: 'a plain heading before the first item of an excerpt heads it (——…), the notice title never does',
    input: '市政府关于印发重点工作责任分解的通知\n——推进教育高质量发展\n204.推进学前教育优质普惠发展。(责任单位:市教育局)\n205.推进普通高中优质多样化发展。(责任单位:市教育局)\n',
    tasks: [{ number: '204', sections: ['推进教育高质量发展'] }, { number: '205', sections: ['推进教育高质量发展'] }],
  },
  {
    name: 'a key after a comma; the narration after its list (a progress 通报) is neither names nor text',
    input: '二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n2、城乡困难群体法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。\n',
    tasks: [
      { number: '1', text: '农村道路畅通工程', leadUnits: ['市交通局'], coUnits: [] },
      { number: '2', text: '城乡困难群体法律援助', leadUnits: ['市司法局'], coUnits: [] },
    ],
  },
  {
    name: 'bullets under a task that carries its assignment detail it and are no tasks of their own',
    input: '一、促进经济发展。\n1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)\n▲增加值可比增长14%左右\n▲地方财政收入增长12%\n2、推进重点项目建设。(牵头单位:建委)\n',
    tasks: [
      { number: '1', text: '加强经济运行分析,确保完成主要指标。', leadUnits: ['发改委', '统计局'] },
      { number: '2', text: '推进重点项目建设。', leadUnits: ['建委'] },
    ],
  },
  {
    name: 'the file cut off inside the last item\'s assignment block: that item is no task',
    input: '1.探索推广代位注销模式。(牵头单位:省市场监管局)\n2.探索制定准入准营标准。9月底前,制定标准。(牵头单位:省市场\n',
    tasks: [{ number: '1', leadUnits: ['省市场监管局'] }],
    messages: [{ rule: 'truncated', line: 2 }],
  },
  {
    name: 'a name before a colon opening a task is its title; a unit there says who, and stays text',
    input: '1.市发改委:牵头推进重点项目建设。(牵头单位:市发改委)\n2.人均地区生产总值:增长6%左右。(责任单位:区发改委)\n3.主要目标:新增就业1万人。(责任单位:区人社局)\n',
    tasks: [
      { number: '1', title: null, text: '市发改委:牵头推进重点项目建设。' },
      { number: '2', title: '人均地区生产总值', text: '增长6%左右。' },
      { number: '3', title: null, text: '主要目标:新增就业1万人。' },
    ],
  },
  {
    name: 'keys glued to the value before them (a page that lost its line breaks): each known key opens its field',
    input: '1.一般公共预算收入增长8%以上。牵头领导:刘兴达牵头单位:各主要经济指标牵头单位责任单位:各有关部门,各开发区\n',
    tasks: [{ number: '1', text: '一般公共预算收入增长8%以上。', leaders: ['刘兴达'], leadUnits: ['各主要经济指标牵头单位'], coUnits: ['各有关部门', '各开发区'] }],
  },
  {
    name: "a progress report: a remark on progress after a block (…)该件实事已全面完成) leaves the block closing the line (the heading keeps it, as printed); a progress paragraph (此项工作已完成。截至…) is no item's measures",
    input: '一、新建农村公路500公里;改造危桥20座。(责任单位:市交通局,各县区政府)该件实事已全面完成\n1.新建农村公路500公里(责任单位:市交通局,各县区)\n此项工作已完成。截至2019年12月底,全市完成新建农村公路512公里。\n2.改造危桥20座。(责任单位:市交通局)\n此项工作已完成。截至12月底,改造危桥21座。\n二、解决6万人饮水安全问题。(责任单位:市水务局,各县区政府〈管委会〉)该件实事已全面完成\n此项工作已完成。截至12月底,解决6.007万人的饮水问题。\n',
    tasks: [
      { number: '1', sections: ['新建农村公路500公里;改造危桥20座。(责任单位:市交通局,各县区政府)该件实事已全面完成'], text: '新建农村公路500公里', coUnits: ['市交通局', '各县区'] },
      { number: '2', sections: ['新建农村公路500公里;改造危桥20座。(责任单位:市交通局,各县区政府)该件实事已全面完成'], text: '改造危桥20座。', coUnits: ['市交通局'] },
      { number: '二', sections: [], text: '解决6万人饮水安全问题。', coUnits: ['市水务局', '各县区政府〈管委会〉'] },
    ],
  },
  {
    name: 'a lead key, then a sentence of roles of its own after a semicolon (牵头单位:X、Y;各相关部门按职责分工负责): X, Y lead',
    input: '一、深化区域合作\n(一)优化区域发展格局\n携手周边各市共同打造城市群,促进区域均衡发展。(牵头单位:市发改局、市委政研室;各相关部门、镇街(园区)按职责分工负责)\n',
    tasks: [{ leadUnits: ['市发改局', '市委政研室'], coUnits: ['各相关部门', '镇街(园区)'] }],
  },
  {
    name: 'unmarked headings of one form are siblings (——A … ——B): the second closes the first only, the (一) above both stays open, and (二) closes them; an image\'s file name (通知.jpg) heads nothing',
    input: '某市2023年重点工作责任分解方案\n通知.jpg\n(一)加快建设生态名城\n——坚持推进长江保护\n1.全面开展长江保护攻坚行动。(牵头单位:市生态环境局;责任单位:市经信局)\n——深入推进污染防治\n2.持续深入打好蓝天保卫战。(责任单位:市生态环境局)\n(二)加快建设文化名城\n3.推进博物馆建设。(责任单位:市文旅局)\n',
    tasks: [
      { number: '1', sections: ['加快建设生态名城', '坚持推进长江保护'], leadUnits: ['市生态环境局'], coUnits: ['市经信局'] },
      { number: '2', sections: ['加快建设生态名城', '深入推进污染防治'], coUnits: ['市生态环境局'] },
      { number: '3', sections: ['加快建设文化名城'], coUnits: ['市文旅局'] },
    ],
  },
  {
    name: 'a plain heading over the list stays over it when the dash headings under (一) change',
    input: '某市2023年重点工作责任分解方案\n城市建设工作\n(一)加快建设生态名城\n——坚持推进长江保护\n1.全面开展长江保护攻坚行动。(责任单位:市生态环境局)\n——深入推进污染防治\n2.持续深入打好蓝天保卫战。(责任单位:市生态环境局)\n',
    tasks: [
      { number: '1', sections: ['城市建设工作', '加快建设生态名城', '坚持推进长江保护'] },
      { number: '2', sections: ['城市建设工作', '加快建设生态名城', '深入推进污染防治'] },
    ],
  },
  {
    name: 'a topic of the list right under the part\'s title (经济社会发展主要预期目标) heads its first items, unmarked',
    input: '某市政府工作报告重点工作责任分解\n经济社会发展主要预期目标\n1.地区生产总值增长6%以上。(牵头单位:市发改委)\n2.一般公共预算收入增长5%。(牵头单位:市财政局)\n',
    tasks: [
      { number: '1', sections: ['经济社会发展主要预期目标'], leadUnits: ['市发改委'] },
      { number: '2', sections: ['经济社会发展主要预期目标'], leadUnits: ['市财政局'] },
    ],
  },
  {
    name: 'a line over the list\'s 一、 items that names it (成都市2021年民生实事工作目标) is the list\'s name, no section',
    input: '成都市2021年民生实事工作目标\n一、交通出行\n1.新开通公交线路20条。(牵头单位:市交通运输局)\n二、教育\n2.新建幼儿园10所。(牵头单位:市教育局)\n',
    tasks: [
      { number: '1', sections: ['交通出行'] },
      { number: '2', sections: ['教育'] },
    ],
  },
  {
    name: 'after the covering letter\'s last sentence, a slogan of two clauses (坚持一以贯之,深化河湖长制) heads the first items, its marker lost',
    input: '关于印发2025年河湖长制工作要点的通知\n2025年是规划收官之年。全市上下要坚持以人民为中心,扎实推进各项工作。\n坚持一以贯之,深化河湖长制\n1.完善组织体系。压紧压实各级河湖长责任。(责任单位:市河长办)\n2.强化履职尽责。发挥成员单位主体作用。(责任单位:市水利局)\n',
    tasks: [
      { number: '1', sections: ['坚持一以贯之,深化河湖长制'], coUnits: ['市河长办'] },
      { number: '2', sections: ['坚持一以贯之,深化河湖长制'], coUnits: ['市水利局'] },
    ],
  },
  {
    name: 'a heading over a first (一) is the level above it, its marker lost: (一) and (二) nest under it',
    input: '关于印发2023年工作要点的通知\n现将2023年工作要点印发给你们,请认真贯彻落实。\n强化专项整治,开展系统治理,推进幸福河湖建设\n(一)强化水安全保障\n1.全面完成病险水库除险加固。(责任单位:市水利局)\n(二)强化水生态修复\n2.推进河湖生态修复。(责任单位:市生态环境局)\n',
    tasks: [
      { number: '1', sections: ['强化专项整治,开展系统治理,推进幸福河湖建设', '强化水安全保障'] },
      { number: '2', sections: ['强化专项整治,开展系统治理,推进幸福河湖建设', '强化水生态修复'] },
    ],
  },
  {
    name: 'a line naming who leads, unmarked, with a line of duties under it (孟学农省长负责的工作 / 全面负责…。), heads the items after it; the next such line is its sibling',
    input: '关于印发政府工作任务分工的通知\n各市、县人民政府:\n张三省长负责的工作\n全面负责省人民政府工作任务的落实。\n(一)省监察厅牵头的工作\n加强行政监察工作,全面落实党风廉政建设责任制。\n(二)省审计厅牵头的工作\n加强审计监督工作,全面开展重点资金跟踪审计。\n李四常务副省长负责的工作\n协助省长抓好工作任务的落实。\n(一)省发改委牵头的工作\n1.加快重点项目建设,全年完成重点项目投资500亿元。(配合单位:省财政厅)\n',
    tasks: [
      { sections: ['张三省长负责的工作', '省监察厅牵头的工作'], leaders: ['张三'], leadUnits: ['省监察厅'] },
      { sections: ['张三省长负责的工作', '省审计厅牵头的工作'], leaders: ['张三'], leadUnits: ['省审计厅'] },
      { number: '1', sections: ['李四常务副省长负责的工作', '省发改委牵头的工作'], leaders: ['李四'], leadUnits: ['省发改委'], coUnits: ['省财政厅'] },
    ],
  },
];
