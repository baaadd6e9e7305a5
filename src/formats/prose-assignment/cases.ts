import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
  {
    name: 'a closing sentence opened with a bracket that is never closed: read to the end of the line',
    input: '1.开展园区提质行动,年内新增企业3家。(区发改委主办,区科技局协办\n2.推进老旧小区改造。(区住建局主办,各街道协办)\n',
    tasks: [
      { text: '开展园区提质行动,年内新增企业3家。', leadUnits: ['区发改委'], coUnits: ['区科技局'] },
      { text: '推进老旧小区改造。', leadUnits: ['区住建局'], coUnits: ['各街道'] },
    ],
  },
  {
    name: 'X牵头,Y配合 in brackets',
    input: '1. 精简项目审批手续。(区政务服务局牵头,区发改局、区级相关部门配合)\n',
    tasks: [{ text: '精简项目审批手续。', leadUnits: ['区政务服务局'], coUnits: ['区发改局', '区级相关部门'] }],
  },
  {
    name: '等部门 ends the list; a comma inside the co-unit list',
    input: '4. 加强项目谋划储备。(区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合)\n',
    tasks: [{ leadUnits: ['区发改局'], coUnits: ['区财政局', '区水务局', '区国投公司', '各街道办事处'] }],
  },
  {
    name: 'a heading run into the tasks under it, each task closing in its bracket after the full stop',
    input: '一、切实加强食品平安工作制定出台关于加强食品平安工作的若干措施。(市食安办负责)调整市食品平安委员会成员单位工作职责。(市食安办牵头,市食安委各有关成员单位协作)各区参照市的做法调整工作机制。(各区食安办负责)\n',
    tasks: [
      { number: null, sections: ['切实加强食品平安工作'], text: '制定出台关于加强食品平安工作的若干措施。', coUnits: ['市食安办'] },
      { sections: ['切实加强食品平安工作'], text: '调整市食品平安委员会成员单位工作职责。', leadUnits: ['市食安办'], coUnits: ['市食安委各有关成员单位'] },
      { sections: ['切实加强食品平安工作'], text: '各区参照市的做法调整工作机制。', coUnits: ['各区食安办'] },
    ],
  },
  {
    name: 'a 一、 heading over a paragraph and its own-line assignment, where the next 一、 item heads tasks: a section and one unlabelled task',
    input: '一、2022年我市经济和社会发展的主要目标\n今年我市经济社会发展的主要目标。生产总值增长13%;地方财政收入增长15%。\n由市人民政府各相关部门负责落实。\n二、为民办好十件实事\n(一)继续实施种粮农民直接补贴。(市财政局、农业局负责)\n(二)新建农村公路500公里。(市交通局负责)\n',
    tasks: [
      { number: null, sections: ['2022年我市经济和社会发展的主要目标'], title: null, text: '今年我市经济社会发展的主要目标。生产总值增长13%;地方财政收入增长15%。', coUnits: ['市人民政府各相关部门'] },
      { number: '(一)', sections: ['为民办好十件实事'], coUnits: ['市财政局', '农业局'] },
      { number: '(二)', coUnits: ['市交通局'] },
    ],
  },
  {
    name: "a document's or table's name with whose it is in brackets (…统计表(政府)) is no task",
    input: '2022上半年重点工作进展情况统计表(政府)\n1. 精简项目审批手续。(区政务服务局牵头)\n',
    tasks: [{ number: '1', text: '精简项目审批手续。', leadUnits: ['区政务服务局'] }],
  },
  {
    name: '(X负责,Y配合): the responsible units lead; a name with a full stop on its own line is the title',
    input: '(一)打造夜商圈。\n重点打造五大商圈,营造夜间经济消费氛围。(相关区市县政府、先导区管委会负责,市商务局、市体育局等配合)\n',
    tasks: [{ title: '打造夜商圈', text: '重点打造五大商圈,营造夜间经济消费氛围。', leadUnits: ['相关区市县政府', '先导区管委会'], coUnits: ['市商务局', '市体育局'] }],
  },
  {
    name: '(X、Y负责) without 牵头 are co-units',
    input: '1.继续征收残疾人就业保障金。(市残联、市财政局、市税务局负责)\n',
    tasks: [{ leadUnits: [], coUnits: ['市残联', '市财政局', '市税务局'] }],
  },
  {
    name: '由X会同Y负责 closes the item and is cut from its text',
    input: '一、工作分工\n(一)关于“严守耕地保护红线”的问题,由国土资源部会同农业部等部门负责落实。\n',
    tasks: [{ number: '(一)', sections: ['工作分工'], text: '关于“严守耕地保护红线”的问题', leadUnits: ['国土资源部'], coUnits: ['农业部'] }],
  },
  {
    name: 'X、Y分别牵头 makes every listed unit a lead',
    input: '1.推进城乡融合发展。(市发改委、市农业农村局分别牵头)\n',
    tasks: [{ leadUnits: ['市发改委', '市农业农村局'], coUnits: [] }],
  },
  {
    name: 'X等负责',
    input: '1.扩大有效投资。(省发改委、省工信厅等负责)\n',
    tasks: [{ leadUnits: [], coUnits: ['省发改委', '省工信厅'] }],
  },
  {
    name: 'X为牵头单位,Y为配合单位',
    input: '1.推进数字乡村建设。(市农业农村局为牵头单位,市大数据局为配合单位)\n',
    tasks: [{ leadUnits: ['市农业农村局'], coUnits: ['市大数据局'] }],
  },
  {
    name: 'a parenthesis in ordinary prose is not an assignment',
    input: '1.提高环评审批效率(涉及水土保持项目)。\n2.推进网上审批。(区政务服务局牵头)\n',
    tasks: [{ number: '1', leadUnits: [], coUnits: [] }, { number: '2', leadUnits: ['区政务服务局'] }],
  },
  {
    name: 'a closing clause that says when is the deadline',
    input: '1.稳定市场主体预期。(国家发展改革委、财政部牵头,各有关部门和单位及各地区按职责分工负责,年内持续推进)\n',
    tasks: [{ leadUnits: ['国家发展改革委', '财政部'], coUnits: ['各有关部门和单位及各地区'], deadline: '年内持续推进' }],
  },
  {
    name: '等按职责分工负责',
    input: '1.实施减税降费政策。(省财政厅牵头,省税务局等按职责分工负责)\n',
    tasks: [{ leadUnits: ['省财政厅'], coUnits: ['省税务局'] }],
  },
  {
    name: 'the rule that the first listed unit leads applies to X、Y负责 too',
    input: '排在第一位的部门为牵头部门。\n1.稳定市场主体预期。(国家发展改革委、财政部等按职责分工负责)\n',
    tasks: [{ leadUnits: ['国家发展改革委'], coUnits: ['财政部'] }],
  },
  {
    name: 'blocks inside the paragraph and at its end: all cut from the text, names merged, remarks dropped',
    input: '(一)增强创新能力。构建政策体系(分管副省长、协管副秘书长负责,省科技厅牵头。明确牵头部门的,其他有关部门配合,不逐一列出,下同)。落实加计扣除政策(省科技厅、省财政厅等负责),建设众创空间(省发改委配合)。\n',
    tasks: [{ number: '(一)', text: '增强创新能力。构建政策体系。落实加计扣除政策,建设众创空间', leaders: ['分管副省长', '协管副秘书长'], leadUnits: ['省科技厅'], coUnits: ['省财政厅', '省发改委'] }],
  },
  {
    name: 'a bare bracketed list of units after the item, on its own line or after a space',
    input: '1.地区生产总值增长11%。 (省发展改革委)\n2.单位生产总值能耗下降4.4%。\n(省经贸委、发展改革委、建设厅、统计局)\n',
    tasks: [{ number: '1', coUnits: ['省发展改革委'] }, { number: '2', coUnits: ['省经贸委', '发展改革委', '建设厅', '统计局'] }],
    parser: 'prose-assignment',
  },
  {
    name: 'a bracket holding a kind of place alone glosses the word before it (示范村(社区)); an office or a collective alone still acts',
    input: '1.建成3个垃圾分类示范村(社区)。\n2.每个网格配备1名网格员(村)。\n3.做好公文收发工作。(办公室)\n4.完成农村改厕1000户。(各镇)\n',
    tasks: [{ number: '1', coUnits: [] }, { number: '2', coUnits: [] }, { number: '3', coUnits: ['办公室'] }, { number: '4', coUnits: ['各镇'] }],
  },
  {
    name: 'assignments in other words: 由X副市长负责,Y牵头,Z配合; X牵头卖力; 由X、Y负责落实 on its own line',
    input: '1.推进城乡供水一体化。由王丹副市长负责,市水务局牵头,市财政局、市住建局配合。\n2.加快5G基站建设。(市工信局牵头卖力,市直有关部门按职责分工卖力)\n3.完善公交线网。\n由市交通局、市公交集团负责落实。\n',
    tasks: [
      { number: '1', text: '推进城乡供水一体化', leaders: ['王丹'], leadUnits: ['市水务局'], coUnits: ['市财政局', '市住建局'] },
      { number: '2', leadUnits: ['市工信局'], coUnits: ['市直有关部门'] },
      { number: '3', text: '完善公交线网。', coUnits: ['市交通局', '市公交集团'] },
    ],
  },
  {
    name: 'two items printed on one line',
    input: '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅负责)\n',
    tasks: [{ number: '(一)', coUnits: ['省发改委'] }, { number: '(二)', text: '公共财政收入增长13%左右。', coUnits: ['省财政厅'] }],
  },
  {
    name: 'old notices: targets run together in one paragraph, each closing in its own (X牵头)',
    input: '一、经济发展目标\n地区生产总值增长10%(市发改委牵头)。地方财政一般预算收入增长12%(市财政局牵头)。全社会固定资产投资增长20%(市发改委、市统计局牵头)。\n',
    tasks: [
      { number: null, sections: ['经济发展目标'], text: '地区生产总值增长10%', leadUnits: ['市发改委'] },
      { number: null, sections: ['经济发展目标'], text: '地方财政一般预算收入增长12%', leadUnits: ['市财政局'] },
      { number: null, sections: ['经济发展目标'], text: '全社会固定资产投资增长20%', leadUnits: ['市发改委', '市统计局'] },
    ],
  },
  {
    name: 'unnumbered lines under a heading, each closing in clauses that open with their role word (责任单位为X); the name before the colon is the title',
    input: '一、8项考核指标设置情况\n人均地区生产总值:增长6%左右(依据区人代会目标设置),责任单位为区发改委;\n固定资产投资占比:固定资产投资162亿元(依据目标设置),责任单位为区发改委;技改投资比重16.5%,责任单位为区经信局;\n',
    tasks: [
      { number: null, title: '人均地区生产总值', text: '增长6%左右(依据区人代会目标设置)', coUnits: ['区发改委'], sections: ['8项考核指标设置情况'] },
      { number: null, title: '固定资产投资占比', text: '固定资产投资162亿元(依据目标设置);技改投资比重16.5%', coUnits: ['区发改委', '区经信局'] },
    ],
  },
  {
    name: 'unnumbered lines closing in 责任单位是X / 由X负责 after a comma are tasks; a covering sentence is none',
    input: '各单位要认真贯彻落实。\n一、考核指标\n服务业增加值:增长8%,责任单位是区发改委;\n高新技术企业数:新增10家以上,由区科技局负责;\n',
    tasks: [
      { number: null, title: '服务业增加值', text: '增长8%', coUnits: ['区发改委'] },
      { number: null, title: '高新技术企业数', text: '新增10家以上', coUnits: ['区科技局'] },
    ],
  },
  {
    name: 'a numbered item closing in clauses of names and roles after a comma; 此项工作由 / 具体由 before the names',
    input: '(三)推进重点项目建设,全年完成投资300亿元,市发改委负责。\n(五)抓好招商引资工作,市招商局牵头,各县区政府具体负责。\n(二)地方财政收入增长12%。此项工作由市财政局牵头负责,市地税局配合。\n(六)实施民生工程,具体由市民政局、市人社局负责落实。\n',
    tasks: [
      { number: '(三)', text: '推进重点项目建设,全年完成投资300亿元', coUnits: ['市发改委'] },
      { number: '(五)', text: '抓好招商引资工作', leadUnits: ['市招商局'], coUnits: ['各县区政府'] },
      { number: '(二)', leadUnits: ['市财政局'], coUnits: ['市地税局'] },
      { number: '(六)', text: '实施民生工程', coUnits: ['市民政局', '市人社局'] },
    ],
  },
  {
    name: 'a paragraph whose blocks each close several sentences is one task, its blocks cut out and merged',
    input: '一、强化风险隐患排查防控\n实施食品安全风险监测计划,提高风险监测质量控制水平。推进食源性疾病溯源建设,加强监测技术培训(县卫健局、市场监管局)。做好库存粮食质量安全监测工作。妥善做好超标粮食收购处置工作(县发改局、财政局)。\n',
    tasks: [{ number: '一', title: '强化风险隐患排查防控', coUnits: ['县卫健局', '市场监管局', '县发改局', '财政局'] }],
  },
];
