import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
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
];
