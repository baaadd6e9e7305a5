// The target recognizer's table of cases (test/facts-targets.test.ts). Texts are task texts as real
// notices write them (fixtures/*.txt, fixtures/real/*.txt, /work/shared/corpus/*.txt; `from` names one).
// Fields left out of an expected target are not checked.

export interface ExpectedTarget {
  indicator: string | null; value: number; unit: string;
  change?: string | null; qualifier?: string | null; max?: number | null; text?: string;
}

export interface TargetCase { text: string; targets: ExpectedTarget[]; from?: string }

export const TARGET_CASES: TargetCase[] = [
  // indicator + change + value (+ qualifier)
  { text: '地区生产总值增长6.5%以上', from: 'haicheng-2023', targets: [{ indicator: '地区生产总值', change: '增长', value: 6.5, unit: '%', qualifier: '以上', text: '地区生产总值增长6.5%以上' }] },
  { text: '努力实现地区生产总值增长6.2%左右。', from: 'lishan-2023', targets: [{ indicator: '地区生产总值', change: '增长', value: 6.2, unit: '%', qualifier: '左右' }] },
  { text: '规模上工业增加值增长5%左右。', from: 'lishan-2023', targets: [{ indicator: '规模上工业增加值', change: '增长', value: 5, unit: '%', qualifier: '左右' }] },
  { text: '固定资产投资增长15%左右。', from: 'lishan-2023', targets: [{ indicator: '固定资产投资', value: 15, unit: '%', qualifier: '左右' }] },
  { text: '社会消费品零售总额增长9%左右。', from: 'lishan-2023', targets: [{ indicator: '社会消费品零售总额', value: 9, unit: '%' }] },
  { text: '一般公共预算收入增长8%左右。', from: 'lishan-2023', targets: [{ indicator: '一般公共预算收入', value: 8, unit: '%' }] },
  { text: '地区生产总值增长11.5%', from: 'fixtures/real', targets: [{ indicator: '地区生产总值', value: 11.5, unit: '%', qualifier: null }] },
  { text: '单位生产总值能耗下降4.4%', from: 'fixtures/real', targets: [{ indicator: '单位生产总值能耗', change: '下降', value: 4.4, unit: '%' }] },
  { text: '全社会固定资产投资增长10%以上', from: 'fixtures/real', targets: [{ indicator: '全社会固定资产投资', value: 10, unit: '%', qualifier: '以上' }] },
  { text: '港口集装箱吞吐量增长20%', from: 'fixtures/real', targets: [{ indicator: '港口集装箱吞吐量', value: 20, unit: '%' }] },
  { text: '全市生产总值达到3260亿元', from: 'fixtures/real', targets: [{ indicator: '生产总值', change: '达到', value: 3260, unit: '亿元' }] },
  { text: '单位GDP综合能耗下降3.5%', from: 'fixtures/real', targets: [{ indicator: '单位GDP综合能耗', value: 3.5, unit: '%' }] },
  { text: '地区生产总值能耗较2010年降低3.8%', from: 'fixtures/real', targets: [{ indicator: '地区生产总值能耗', change: '降低', value: 3.8, unit: '%' }] },
  { text: '地方财政一般预算收入同口径增长12%', from: 'fixtures/real', targets: [{ indicator: '地方财政一般预算收入', value: 12, unit: '%' }] },
  { text: '主要污染物排放量较2010年削减4%', from: 'fixtures/real', targets: [{ indicator: '主要污染物排放量', change: '削减', value: 4, unit: '%' }] },
  { text: '服务业增加值占地区生产总值的比重提高1.5个百分点', from: 'fixtures/real', targets: [{ indicator: '服务业增加值占地区生产总值的比重', change: '提高', value: 1.5, unit: '个百分点' }] },
  { text: '制造业增加值率提升1个百分点', from: 'haiyan-2022', targets: [{ indicator: '制造业增加值率', change: '提升', value: 1, unit: '个百分点' }] },
  // 控制在…以内, 达到, prefix qualifiers
  { text: '城镇调查失业率控制在5.5%以内', from: 'haiyan-2022', targets: [{ indicator: '城镇调查失业率', change: '控制在', value: 5.5, unit: '%', qualifier: '以内' }] },
  { text: '居民消费价格涨幅控制在3.5%左右', from: 'fixtures/real', targets: [{ indicator: '居民消费价格涨幅', change: '控制在', value: 3.5, unit: '%', qualifier: '左右' }] },
  { text: '公办园在园幼儿占比达到50%以上', from: 'caidian-2023', targets: [{ indicator: '公办园在园幼儿占比', change: '达到', value: 50, unit: '%', qualifier: '以上' }] },
  { text: '畜禽粪便资源化利用率达到90%', from: 'haicheng-2023', targets: [{ indicator: '畜禽粪便资源化利用率', change: '达到', value: 90, unit: '%' }] },
  { text: '“信用+”人居环境治理试点村达到100个', from: 'fixtures/real', targets: [{ indicator: '“信用+”人居环境治理试点村', value: 100, unit: '个' }] },
  { text: '完成年度产业有效投资不低于180亿元', from: 'haizhou-2022', targets: [{ indicator: '年度产业有效投资', change: '完成', value: 180, unit: '亿元', qualifier: '不低于' }] },
  { text: '开发公益性岗位不少于740个', from: 'gangu-2020', targets: [{ indicator: '公益性岗位', change: '开发', value: 740, unit: '个', qualifier: '不少于' }] },
  { text: '全年完成固定资产投资超过1650亿元,比上年增长10%以上', from: 'fixtures/real', targets: [
    { indicator: '固定资产投资', change: '完成', value: 1650, unit: '亿元', qualifier: '超过' },
    { indicator: '固定资产投资', change: '增长', value: 10, unit: '%', qualifier: '以上' }] },
  { text: '力争规上工业企业研发费用超38亿元', from: 'haiyan-2022', targets: [{ indicator: '规上工业企业研发费用', value: 38, unit: '亿元', qualifier: '超' }] },
  // ‰, ranges
  { text: '人口自然增长率控制在5‰以内', from: 'issue 12', targets: [{ indicator: '人口自然增长率', value: 5, unit: '‰', qualifier: '以内' }] },
  { text: '地区生产总值增长6%—7%', from: 'issue 12', targets: [{ indicator: '地区生产总值', value: 6, max: 7, unit: '%' }] },
  { text: '引进具有影响力的人才团队2-3个', from: 'tinghu-2020-report', targets: [{ indicator: '具有影响力的人才团队', change: '引进', value: 2, max: 3, unit: '个' }] },
  // Several in one task
  { text: '万元生产总值综合能耗下降4%左右,化学需氧排放量下降4%以上,二氧化硫排放量下降10%', from: 'fixtures/real', targets: [
    { indicator: '万元生产总值综合能耗', value: 4, unit: '%', qualifier: '左右' },
    { indicator: '化学需氧排放量', value: 4, unit: '%', qualifier: '以上' },
    { indicator: '二氧化硫排放量', value: 10, unit: '%' }] },
  { text: '城镇新增就业岗位10万个以上,城镇登记失业率控制在4%以内', from: 'ningbo-2007-fenjie (4.5% there)', targets: [
    { indicator: '城镇新增就业岗位', value: 10, unit: '万个', qualifier: '以上' },
    { indicator: '城镇登记失业率', value: 4, unit: '%', qualifier: '以内' }] },
  { text: '一般公共预算收入增长8%左右;固定资产投资增长15%左右,社会消费品零售总额增长9%左右', from: 'lishan-2023 (items 3-5 joined)', targets: [
    { indicator: '一般公共预算收入', value: 8, unit: '%' }, { indicator: '固定资产投资', value: 15, unit: '%' }, { indicator: '社会消费品零售总额', value: 9, unit: '%' }] },
  { text: '城镇和农村居民人均可支配收入分别增长8.5%、8.8%', from: 'tinghu-2020-report (…分别达到46082元、25035元,增长8.5%、8.8%)', targets: [
    { indicator: '城镇和农村居民人均可支配收入', value: 8.5, unit: '%' }, { indicator: '城镇和农村居民人均可支配收入', value: 8.8, unit: '%' }] },
  { text: '城镇居民人均可支配收入、农民人均纯收入均增长12%以上', from: 'fixtures/real', targets: [{ indicator: '城镇居民人均可支配收入、农民人均纯收入', value: 12, unit: '%' }] },
  // 新增…个, 完成…亿元: the verb first
  { text: '新增规上工业企业15家', from: 'haizhou-2022', targets: [{ indicator: '规上工业企业', change: '新增', value: 15, unit: '家' }] },
  { text: '完成交通投资33.3亿元', from: 'caidian-2023', targets: [{ indicator: '交通投资', change: '完成', value: 33.3, unit: '亿元' }] },
  { text: '完成农产品电商交易额6亿元以上', from: 'caidian-2023', targets: [{ indicator: '农产品电商交易额', change: '完成', value: 6, unit: '亿元', qualifier: '以上' }] },
  { text: '力争完成制造业投资100亿元', from: 'haiyan-2022', targets: [{ indicator: '制造业投资', change: '完成', value: 100, unit: '亿元' }] },
  { text: '维修改造农村公路112公里', from: 'haicheng-2023', targets: [{ indicator: '农村公路', value: 112, unit: '公里' }] },
  { text: '全市治理违法建设2318.70万平方米', from: 'fixtures/real', targets: [{ indicator: '违法建设', change: '治理', value: 2318.7, unit: '万平方米' }] },
  { text: '全年粮食播种面积4600万亩', from: 'fixtures/real', targets: [{ indicator: '粮食播种面积', value: 4600, unit: '万亩' }] },
  { text: '城镇新增就业7000人以上', from: 'caidian-2023', targets: [{ indicator: '城镇新增就业', value: 7000, unit: '人', qualifier: '以上' }] },
  { text: '城镇新增就业1000万人以上', from: 'guoban-2016', targets: [{ indicator: '城镇新增就业', value: 1000, unit: '万人' }] },
  { text: '建设中小学校6所', from: 'haizhou-2022', targets: [{ indicator: '中小学校', change: '建设', value: 6, unit: '所' }] },
  { text: '争取新增中国高新技术企业6家', from: 'fixtures/real', targets: [{ indicator: '中国高新技术企业', change: '新增', value: 6, unit: '家' }] },
  { text: '为金阳新城增加学位1080个', from: 'fixtures/real', targets: [{ indicator: '学位', change: '增加', value: 1080, unit: '个' }] },
  { text: '全年培育农业观光点10个以上', from: 'haizhou-2022', targets: [{ indicator: '农业观光点', value: 10, unit: '个', qualifier: '以上' }] },
  { text: '引进亿元以上产业项目30个以上', from: 'caidian-2023', targets: [{ indicator: '亿元以上产业项目', value: 30, unit: '个' }] },
  // The count first, then what it counts
  { text: '新增10家街道级中央厨房', from: 'haizhou-2022', targets: [{ indicator: '街道级中央厨房', change: '新增', value: 10, unit: '家' }] },
  { text: '完成4所配套幼儿园和3所中小学建设', from: 'caidian-2023', targets: [
    { indicator: '配套幼儿园', change: '完成', value: 4, unit: '所' }, { indicator: '中小学', change: '完成', value: 3, unit: '所' }] },
  { text: '建设5G基站300个,打造4A级景区2个', targets: [{ indicator: '5G基站', value: 300, unit: '个' }, { indicator: '4A级景区', value: 2, unit: '个' }] },
  { text: '亿元以上产业项目45个、建成投运40个', from: 'haiyan-2022', targets: [{ indicator: '亿元以上产业项目', value: 45, unit: '个' }, { indicator: '亿元以上产业项目', change: '建成投运', value: 40, unit: '个' }] },
  { text: '完成垦造耕地2000亩、建设用地复垦1000亩', from: 'haiyan-2022', targets: [{ indicator: '垦造耕地', change: '完成', value: 2000, unit: '亩' }, { indicator: '建设用地复垦', value: 1000, unit: '亩' }] },
  { text: '加快推进150个亿元以上项目', from: 'caidian-2023', targets: [{ indicator: '亿元以上项目', value: 150, unit: '个' }] },
  { text: '出台支持企业发展等12条措施', targets: [{ indicator: '措施', value: 12, unit: '条' }] },
  { text: '城市低保、农村低保补差水平月均分别达到300元/人、140元/人', from: 'yueyanglou-2017-minsheng-rowlines', targets: [
    { indicator: '城市低保、农村低保补差水平', change: '达到', value: 300, unit: '元/人' }, { indicator: '城市低保、农村低保补差水平', value: 140, unit: '元/人' }] },
  { text: '县控以上地表水断面Ⅲ类及以上水质比例、饮用水水源地水质达标率保持100%', from: 'haiyan-2022', targets: [
    { indicator: '县控以上地表水断面Ⅲ类及以上水质比例、饮用水水源地水质达标率', change: '保持', value: 100, unit: '%' }] },
  { text: '推进索河、中法城急救站和7个村卫生室建设', from: 'caidian-2023', targets: [{ indicator: '村卫生室', value: 7, unit: '个' }] },
  { text: '加快兑现支持企业渡过难关“22条”和鼓励工业企业复工达产“10项举措”', from: 'tongxiang-2020', targets: [] },
  { text: '扎实办好11项为民办实事项目', from: 'wuxi-2011-fenjie', targets: [{ indicator: '为民办实事项目', value: 11, unit: '项' }] },
  { text: '再开工20项重大水利工程', from: 'guoban-2016', targets: [{ indicator: '重大水利工程', change: '再开工', value: 20, unit: '项' }] },
  { text: '对全市34所义务教育学校实行课后服务全覆盖', from: 'zhaoyuan-2022-minsheng-jindu', targets: [{ indicator: '义务教育学校', value: 34, unit: '所' }] },
  { text: '建设、筹集保障性租赁住房1710套', from: 'caidian-2023', targets: [{ indicator: '保障性租赁住房', change: '建设、筹集', value: 1710, unit: '套' }] },
  { text: '力争 全年盘活僵尸企业10家', from: 'huoshan-2025-kaifaqu-qingdan', targets: [{ indicator: '僵尸企业', change: '盘活', value: 10, unit: '家' }] },
  { text: '≥2%', from: 'shengsi-2021-xiangcun-qingdan', targets: [{ indicator: null, value: 2, unit: '%', qualifier: '≥' }] },
  { text: '优化提升50条背街后巷交通组织', from: 'chongchuan-2023-minsheng-jindu', targets: [{ indicator: '背街后巷交通组织', change: '优化提升', value: 50, unit: '条' }] },
  { text: '每年培育星级上云企业50家', from: 'huaian-2022-shishi-xize-remark', targets: [{ indicator: '星级上云企业', change: '培育', value: 50, unit: '家' }] },
  { text: 'GDP增长6.5%以上', from: 'issue 12', targets: [{ indicator: 'GDP', change: '增长', value: 6.5, unit: '%', qualifier: '以上' }] },
  { text: 'PM2.5平均浓度下降5%', targets: [{ indicator: 'PM2.5平均浓度', change: '下降', value: 5, unit: '%' }] },
  { text: '在46个小区,建成38个厢房,70个分类亭', from: 'chongchuan-2023-minsheng-jindu', targets: [
    { indicator: '小区', value: 46, unit: '个' }, { indicator: '厢房', change: '建成', value: 38, unit: '个' }, { indicator: '分类亭', change: '建成', value: 70, unit: '个' }] },
  { text: '完成县妇幼保健院主体工程建设,7个乡镇卫生院完成搬迁或改扩建', from: 'jishui-minsheng-pipes-jindu', targets: [{ indicator: '乡镇卫生院', value: 7, unit: '个' }] },
  { text: '环评报告书14个工作日内、环评报告表7个工作日内', from: 'guandu-2016-wenzengzhang', targets: [
    { indicator: '环评报告书', value: 14, unit: '个工作日', qualifier: '内' }, { indicator: '环评报告表', value: 7, unit: '个工作日', qualifier: '内' }] },
  { text: '在职职工总数30人(含)以下的', from: 'dongguan-2021-jiuye (traditional, as normalized)', targets: [{ indicator: '在职职工总数', value: 30, unit: '人' }] },
  // Not targets: years, document numbers, ordinals, dates, attributes of a project, quoted titles
  { text: '根据《国务院关于印发的通知》(国发〔2016〕12号),2016年第2季度', targets: [] },
  { text: '加快兑现支持企业渡过难关“22条”和鼓励工业', from: 'tongxiang-2020', targets: [] },
  { text: '(不含6亩)', from: 'guandu-2016-wenzengzhang', targets: [] },
  { text: '加快建设总投资7.58亿元的县医院迁建项目', from: 'gangu-2020', targets: [] },
  { text: '位次上升至第54位,比2017年提高了24位', from: 'a 政府工作报告 (大邑县, search corpus)', targets: [] },
  { text: '于2023年1月15日前将工作方案报区人民政府', from: 'caidian-2023', targets: [] },
  { text: '建设15分钟生活圈,实现24小时自助服务', targets: [] },
  { text: '编制“十四五”规划,实施三年行动计划(2021—2023年)', targets: [] },
];
