// The deadline recognizer's table of cases (test/facts-deadline.test.ts). Wordings are as real notices
// write them (fixtures/*.txt, fixtures/real/*.txt, /work/shared/corpus; `from` names one), plus the
// wordings issue 12 lists. `year` is the document's year.
import type { DueKind } from './deadline.js';

export interface DueCase { text: string; year: number | null; due: string | null; dueKind: DueKind; from?: string }

export const DUE_CASES: DueCase[] = [
  // Month ends, year from the document
  { text: '12月底前', year: 2016, due: '2016-12-31', dueKind: 'date', from: 'dazhu-2016-minsheng' },
  { text: '9月投入使用', year: 2016, due: '2016-09-30', dueKind: 'date', from: 'dazhu-2016-minsheng' },
  { text: '5月底前动工', year: 2016, due: '2016-05-31', dueKind: 'date', from: 'dazhu-2016-minsheng' },
  { text: '6月底完成', year: 2020, due: '2020-06-30', dueKind: 'date', from: 'xiangxi-2020-fangguanfu-trad-pinyin' },
  { text: '6月底前', year: 2023, due: '2023-06-30', dueKind: 'date' },
  { text: '6月末', year: 2023, due: '2023-06-30', dueKind: 'date' },
  { text: '2月底前', year: 2024, due: '2024-02-29', dueKind: 'date', from: 'leap year' },
  { text: '9月份开始施工', year: 2023, due: null, dueKind: 'ongoing', from: 'zhaoyuan-2022-minsheng-jindu (a start, not an end)' },
  { text: '十二月底前', year: 2023, due: '2023-12-31', dueKind: 'date' },
  { text: '6月中旬', year: 2023, due: '2023-06-20', dueKind: 'date' },
  { text: '3月上旬', year: 2023, due: '2023-03-10', dueKind: 'date' },
  { text: '10月下旬', year: 2023, due: '2023-10-31', dueKind: 'date' },
  // Explicit years
  { text: '2023年6月底前', year: 2022, due: '2023-06-30', dueKind: 'date', from: 'issue 12' },
  { text: '2022年10月底前編制並公布市、縣', year: 2022, due: '2022-10-31', dueKind: 'date', from: 'xianyang-2022-fangguanfu-trad' },
  { text: '2023年10月15日前', year: 2023, due: '2023-10-15', dueKind: 'date', from: 'issue 12' },
  { text: '于2006年11月10日前报送区政府办公室', year: 2006, due: '2006-11-10', dueKind: 'date', from: 'xuhui-2006-shishi-form-neg' },
  { text: '于2023年1月15日前', year: 2022, due: '2023-01-15', dueKind: 'date', from: 'caidian-2023' },
  { text: '2023 年 6 月底前', year: 2023, due: '2023-06-30', dueKind: 'date', from: 'text extracted from PDF, spaced' },
  { text: '二OO六年九月三十日', year: 2006, due: '2006-09-30', dueKind: 'date', from: 'xuhui-2006 (letter O for 〇)' },
  { text: '二○○七年六月四日', year: 2007, due: '2007-06-04', dueKind: 'date', from: 'ningbo-2007-fenjie' },
  { text: '2023.6.30', year: 2023, due: '2023-06-30', dueKind: 'date' },
  { text: '2023-10-31', year: 2023, due: '2023-10-31', dueKind: 'date' },
  { text: '2023年底', year: 2023, due: '2023-12-31', dueKind: 'date' },
  { text: '2024', year: 2024, due: '2024-12-31', dueKind: 'date', from: 'yangxian-2024-minsheng-trad' },
  { text: '2025年', year: 2023, due: '2025-12-31', dueKind: 'date' },
  { text: '预计至12月31日完成工作进度', year: 2024, due: '2024-12-31', dueKind: 'date', from: 'liuyang-2024-minsheng-gongshi-neg' },
  // Ranges end with their last day
  { text: '2023年3月—2024年6月', year: 2023, due: '2024-06-30', dueKind: 'date', from: 'issue 12' },
  { text: '2021年5月1日至2022年4月', year: 2021, due: '2022-04-30', dueKind: 'date', from: 'dongguan-2021-jiuye' },
  { text: '1—6月份', year: 2023, due: '2023-06-30', dueKind: 'date', from: 'ningbo-2014-minsheng-gongshi-flat' },
  { text: '3-6月', year: 2023, due: '2023-06-30', dueKind: 'date' },
  { text: '2023年11月至3月', year: 2023, due: '2024-03-31', dueKind: 'date', from: 'a winter range runs into the next year' },
  { text: '11月—次年3月', year: 2023, due: '2024-03-31', dueKind: 'date' },
  { text: '2023-2025年', year: 2023, due: '2025-12-31', dueKind: 'date' },
  { text: '“十四五”期间', year: 2023, due: '2025-12-31', dueKind: 'date' },
  { text: '2023年6月底前启动,12月底前完成', year: 2023, due: '2023-12-31', dueKind: 'date' },
  // Years, halves, quarters
  { text: '年底前', year: 2023, due: '2023-12-31', dueKind: 'date', from: 'issue 12' },
  { text: '年底前完成', year: 2023, due: '2023-12-31', dueKind: 'date' },
  { text: '年内', year: 2023, due: '2023-12-31', dueKind: 'date', from: 'issue 12' },
  { text: '年内实现通车', year: 2022, due: '2022-12-31', dueKind: 'date', from: 'haizhou-2022' },
  { text: '年内持续推进', year: 2020, due: '2020-12-31', dueKind: 'date', from: 'guowuyuan-2020-fengong (bounded by the year)' },
  { text: '全年', year: 2025, due: '2025-12-31', dueKind: 'date', from: 'huoshan-2025-kaifaqu-qingdan' },
  { text: '上半年', year: 2023, due: '2023-06-30', dueKind: 'date', from: 'issue 12' },
  { text: '下半年', year: 2023, due: '2023-12-31', dueKind: 'date' },
  { text: '三季度', year: 2023, due: '2023-09-30', dueKind: 'date', from: 'issue 12' },
  { text: '第三季度末', year: 2023, due: '2023-09-30', dueKind: 'date', from: 'issue 12' },
  { text: '第三季度:完成工作任务的', year: 2023, due: '2023-09-30', dueKind: 'date', from: 'guangzhou-2023-zhongdian-label-pipes' },
  { text: '一季度', year: 2023, due: '2023-03-31', dueKind: 'date' },
  { text: '前三季度', year: 2023, due: '2023-09-30', dueKind: 'date' },
  { text: '二、三季度', year: 2023, due: '2023-09-30', dueKind: 'date' },
  { text: '次年6月底前', year: 2023, due: '2024-06-30', dueKind: 'date' },
  // Ongoing: recurring or without end
  { text: '持续推进', year: 2019, due: null, dueKind: 'ongoing', from: 'xiamen-2019-yingshang-keys' },
  { text: '时限要求:持续推进', year: 2019, due: null, dueKind: 'ongoing', from: 'xiamen-2019-yingshang-keys' },
  { text: '长期坚持', year: 2023, due: null, dueKind: 'ongoing', from: 'issue 12' },
  { text: '每季度', year: 2023, due: null, dueKind: 'ongoing', from: 'issue 12' },
  { text: '每季度汇总一次工作进展', year: 2024, due: null, dueKind: 'ongoing', from: 'gaotang-2024-jiedu' },
  { text: '每月28日前', year: 2021, due: null, dueKind: 'ongoing', from: 'panjin-2021-letter-trad' },
  { text: '每季度末月20日前', year: 2023, due: null, dueKind: 'ongoing', from: 'dazhu-2016-minsheng' },
  { text: '每月底前', year: 2023, due: null, dueKind: 'ongoing' },
  { text: '常态化', year: 2023, due: null, dueKind: 'ongoing' },
  { text: '全年持续推进', year: 2023, due: null, dueKind: 'ongoing' },
  { text: '2021年5月1日起', year: 2021, due: null, dueKind: 'ongoing', from: 'dongguan-2021-jiuye' },
  { text: '2023年第一季度开始', year: 2023, due: null, dueKind: 'ongoing' },
  // No day to read
  { text: '春节前', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '2023年汛期前', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '立行立改', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '及时', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '已完成', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '2月30日', year: 2023, due: null, dueKind: 'unparsed' },
  { text: '6月底前', year: null, due: null, dueKind: 'unparsed', from: 'a notice with no year' },
];

/** isDeadline: spans that read as a 完成时限 wording, and spans that do not (units, task text, targets). */
export const DEADLINE_SPAN_CASES: Array<[string, boolean]> = [
  ['12月底前', true], ['2023年6月底前', true], ['年内', true], ['长期坚持', true], ['持续推进', true], ['每季度', true],
  ['9月投入使用', true], ['5月底前动工', true], ['6月底完成', true], ['上半年', true], ['三季度', true], ['2023年3月—2024年6月', true],
  ['年底前完成', true], ['及时', true], ['按期完成', true], ['2024', true], ['“十四五”期间', true], ['每月28日前', true],
  ['县住建局', false], ['区发改局', false], ['推进重点项目建设', false], ['各镇', false], ['王丹', false],
  ['地区生产总值增长6.5%以上', false], ['力争为企业减负60亿元', false], ['已完成', false],
  ['5月底前实现我区中介超市全覆盖', false], ['加快建设联东U谷、中南高科等项目,建成工业邻里中心。', false],
  ['市民政局牵头,各县区政府配合,2023年6月底前完成', false],
];
