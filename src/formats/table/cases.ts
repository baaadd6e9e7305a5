import type { FormatCase } from '../case.js';

export const cases: FormatCase[] = [
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
];
