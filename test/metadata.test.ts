// The document block: title, 文号, issuer, 成文日期 and year, from labels, signature and title lines.
import { describe, expect, it } from 'vitest';
import { eraYear, extractDocument, isoDate, unsquash } from '../src/metadata/index.js';
import { parseBytes } from '../src/pipeline.js';

const doc = (text: string, meta: Record<string, string> = {}) => extractDocument(text.split('\n'), meta, true);

describe('document metadata', () => {
  it('a labelled 发布机构 that is a website\'s name (a mirror\'s 某某-某某官网 办公室) is no organ: the title\'s organ issues it', () => {
    const text = '发布机构: | 某某-某某官网 办公室 | 生成日期: | 2025-01-27 |\n区政府关于印发2025年工作任务分解方案的通知\n各街道办事处:\n现将方案印发给你们。';
    expect(doc(text).issuer).toBe('区政府');
    expect(doc(text.replace('某某-某某官网 办公室', '某区人民政府 办公室')).issuer).not.toBe('区政府');
  });
  it('a 文号 whose brackets and 号 the page dropped, alone under the title, is the 文号; a year and a count in a line are not', () => {
    expect(doc('关于印发某区2020年工作要点的通知\n\n某府办202012\n\n各委、办、局:\n现将《工作要点》印发给你们。').docNumber).toBe('某府办202012');
    expect(doc('关于印发某区2020年工作要点的通知\n\n完成2020年任务12项\n\n区政府2020\n\n各委、办、局:').docNumber).toBeNull();
  });
  it('a page\'s skip links (跳转到…) and plugin notice (不支持Flash) are chrome, not the headline', () => {
    const d = doc('跳转到主菜单\n不支持Flash\n跳转到正文\n\n2019某市民生实事征求意见\n\n  本报记者 某某\n\n  新的一年开始了,政府要办这些事。');
    expect(d.title).toBe('2019某市民生实事征求意见');
    expect(d.year).toBe(2019);
  });
  it('a reprinted story\'s 原标题: line names its headline, punctuation and all; a sentence there does not', () => {
    expect(doc('周一. 3 月 2nd, 2025\n\n原标题:@某区人!2022年,某市要办这些事!\n\n日前,某市下发通知。').title).toBe('@某区人!2022年,某市要办这些事!');
    expect(doc('原标题:某市下发通知。通知提到要办实事。\n\n日前,某市下发通知。').title).toBeNull();
  });
  it('a list page\'s posting date after the title line (…的通知 2020-03-05) is not part of the title', () => {
    const d = doc('关于印发区政府2020年第二季度工作要点的通知 2020-03-05\n\n各委、办、局:\n现将《工作要点》印发给你们。\n\n某区人民政府办公室\n2020年3月1日');
    expect(d.title).toBe('关于印发区政府2020年第二季度工作要点的通知');
    expect(d.date).toBe('2020-03-01');
  });
  it('an organ\'s 关于印发 line that drops the notice\'s kind names the part it hands out; a continuation still completes a title', () => {
    const text = '当前位置:主页 > 政策 > 正文\n\n某市人民政府办公室关于印发2022年政府工作报告目标任务责任分解\n\n朗读\n\n各镇人民政府、各街道办事处:\n  《2022年政府工作报告目标任务责任分解》和《2022年民生实事项目目标任务责任分解》已经市政府同意,现印发给你们,请认真抓好贯彻落实。\n\n某市人民政府办公室\n2022年3月1日';
    expect(doc(text).title).toBe('某市人民政府办公室关于印发2022年政府工作报告目标任务责任分解');
    expect(doc('某市人民政府办公室关于印发2022年重点任务分解\n的通知\n各镇人民政府:').title).toBe('某市人民政府办公室关于印发2022年重点任务分解的通知');
  });
  it('a labelled issuer that lost its closing bracket at the next label gets it back and still names the organ', () => {
    const text = '发布机构: 县政府办公室(研究室、档案局 成文日期: 2022-06-08\n\n2021年县政府重点工作完成情况表\n序号内容与要求完成情况责任单位';
    expect(doc(text).issuer).toBe('县政府办公室(研究室、档案局)');
    // a value that is no organ stays none, bracket or not
    expect(doc('发布机构: 某某网(转载 成文日期: 2022-06-08\n\n2021年重点工作完成情况表').issuer).not.toBe('某某网(转载)');
  });
  it('a news headline that asks a question may hold a colon and a page number; a labelled line does not pass as one', () => {
    expect(doc('2020全国某活动时间表:什么时候开始什么时候结束?(2)\n\n二、激发消费潜力').title).toBe('2020全国某活动时间表:什么时候开始什么时候结束?(2)');
    expect(doc('来源:某市人民政府网站\n\n二、激发消费潜力').title).toBeNull();
  });
  it('a part title with no year is the title when the preamble follows it at once; not when a numbered item does', () => {
    const glued = '支持某地攻坚重点工作责任分工方案为贯彻落实《某省人民政府关于支持某地的指导意见》,抓好各项重点工作的推进落实,现提出如下分工方案。';
    expect(doc(`${glued}\n支持某地攻坚重点工作责任分工方案\n为贯彻落实《某省人民政府关于支持某地的指导意见》,现提出如下分工方案。\n一、加快建设`).title).toBe('支持某地攻坚重点工作责任分工方案');
    // (the name run into its preamble on the glued line above is the title, whatever follows the line of its own:
    // dev batch 9; before it, a numbered item after that line left the page with no title)
    expect(doc(`${glued}\n支持某地攻坚重点工作责任分工方案\n一、加快建设\n1.推进道路建设。`).title).toBe('支持某地攻坚重点工作责任分工方案');
  });
  it('a signer broken before its session, over a date closed by a lone |; no title: the projects\' year outranks a December date', () => {
    const d = doc('某市第十八届人民代表大会第二次会议于2022年12月21日票决产生了某市人民政府2023年民生实事项目,现公告如下:\n1.道路建设;\n某市第十八届人民代表大会\n第二次会议主席团\n2022年12月21日 |');
    expect(d).toMatchObject({ issuer: '某市第十八届人民代表大会第二次会议主席团', date: '2022-12-21', year: 2023 });
    // a table's date cell closed by | under no organ signs nothing
    expect(doc('某项目进度表\n1.道路建设 | 2022年12月31日 |\n2022年12月21日 |').date).toBeNull();
  });
  it('a news lede that reports a release, the title in quotes, is no title; a headline above it is', () => {
    expect(doc('某部网站近日发布“关于印发《2022年某项重点任务》的通知”。《重点任务》从六个方面提出了任务。').title).toBeNull();
    expect(doc('某市出台2022年重点任务\n某部网站近日发布“关于印发《2022年某项重点任务》的通知”。').title).toBe('某市出台2022年重点任务');
  });
  it('a report\'s own title line (某县2023年…工作开展情况汇报) after its outline is the title; a year is needed', () => {
    expect(doc('目录/提纲:……\n一、聚焦某项工作\n一是稳步推进\n……\n某县2023年某项工作开展情况汇报\n年初以来,我县做了很多工作。').title).toBe('某县2023年某项工作开展情况汇报');
    expect(doc('目录\n一、聚焦某项工作\n某项工作情况汇报\n年初以来,我县做了很多工作。').title).not.toBe('某项工作情况汇报');
  });
  it('a bulletin masthead that runs its signer into the date; an issue number (〔2024〕第9期) opening the title\'s line', () => {
    expect(doc('2010年1-4月份某项工作进展情况通报\n政务督查\n第9期\n某县人民政府办公室2010年5月5日\n正文。')).toMatchObject({ issuer: '某县人民政府办公室', date: '2010-05-05' });
    expect(doc('督查通报〔2024〕第9期:关于某市2024年十件实事推进情况的通报(截至11月底)\n根据要求,现通报如下。'))
      .toMatchObject({ docNumber: '督查通报〔2024〕第9期', title: '关于某市2024年十件实事推进情况的通报(截至11月底)' });
    expect(doc('某某工作2010年5月5日\n正文。').issuer).toBeNull(); // no organ before the date: no signer
  });
  it('a vision\'s horizon year in the title (2035年远景目标, 二〇三五年远景) is not the year: the 文号 or the date gives it', () => {
    expect(doc('某市人民政府办公室关于印发某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案的通知\n某政办〔2021〕8号').year).toBe(2021);
    expect(doc('某县第十四个五年规划和二〇三五年远景纲要实施方案\n某县人民政府\n2022年3月1日').year).toBe(2022);
    expect(doc('某县2023年重点工作任务分工方案').year).toBe(2023);
  });
  it('a signed date a mirror closed with ???? (characters its encoding lost) still dates the notice', async () => {
    const n = await parseBytes(Buffer.from('某县人民政府办公室关于印发2023年重点工作的通知\n各乡镇:\n现印发给你们。\n2022年12月30日??????\n1.推进道路建设。(县交通局牵头)\n'), 'q.txt');
    expect(n.document.date).toBe('2022-12-30');
  });
  it('a signature with its publication note on one line; a title run into the text after the 》 that closes it', () => {
    const d = doc('各部门:现将《关于A的分工方案》印发给你们。\n宿迁经济技术开发区党政办公室 2020年2月20日 (此件公开发布)\n关于贯彻落实市委办公室《关于贯彻落实〈关于加强安全生产工作的意见〉重点工作任务的分工方案》为深入贯彻市委要求,现提出如下分工。');
    expect(d).toMatchObject({ issuer: '宿迁经济技术开发区党政办公室', date: '2020-02-20',
      title: '关于贯彻落实市委办公室《关于贯彻落实〈关于加强安全生产工作的意见〉重点工作任务的分工方案》' });
  });
  it('a 文号 line that gives the date dates the document; a 【label】 header line is no title; a part\'s title broken over lines', () => {
    expect(doc('四川省人民政府\n关于落实《政府工作报告》重点工作\n部门分工的意见\n川府发〔2011〕8号 二○一一年三月十七日\n省政府各部门:\n').date).toBe('2011-03-17');
    expect(doc('【发布单位】山西省\n  【发布文号】晋政发[2008]8号\n  【发布日期】2008-02-03\n\n山西省人民政府关于印发2008年工作目标责任分解的通知\n').title)
      .toBe('山西省人民政府关于印发2008年工作目标责任分解的通知');
    expect(doc('刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n\n  关于落实国务院《政府工作报告》\n\n  重点工作的任务分工\n\n  为全面贯彻党的十九大精神,现提出分工如下。\n\n  总体要求\n').title?.replace(/\s+/g, ''))
      .toBe('关于落实国务院《政府工作报告》重点工作的任务分工');
  });
  it('a news lede names the organ that hands the notice out; a plan\'s far horizon (2035年远景) is not the tasks\' year', () => {
    expect(doc('刚刚,天津市人民政府印发通知,落实国务院《政府工作报告》。\n\n  关于落实国务院《政府工作报告》\n\n  重点工作的任务分工\n').issuer).toBe('天津市人民政府');
    expect(doc('各区政府:\n市委宣传部印发通知,要求…\n').issuer).toBeNull();
    expect(doc('武汉市人民政府办公厅关于印发武汉市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案的通知\n武政办〔2022〕23号\n').year).toBe(2022);
    expect(doc('关于印发十四五规划和二〇三五年远景目标纲要任务分工方案的通知\n兴政办发〔2022〕20号\n').year).toBe(2022);
    expect(doc('关于印发到2025年基本实现农业现代化行动方案(2023年)的通知\n').year).toBe(2023);
  });
  it('header labels glued to their values are no title; of two sources the first names the issuer; a lede further down names it too', () => {
    const d = doc('发文机关阜阳市人民政府\n发文日期2023年08月18日\n时效性现行有效\n发文字号阜政办〔2023〕11号\n施行日期2023年08月18日\n效力级别地方规范性文件\n各县、市、区人民政府:\n一、强化措施\n');
    expect(d).toMatchObject({ title: null, issuer: '阜阳市人民政府', date: '2023-08-18', docNumber: '阜政办〔2023〕11号' });
    expect(doc('市长、副市长牵头!宁波公布2025年政府工作报告目标任务分解\n时间:2025-02-07 10:04\n来源:宁波市政府办公厅、宁波政务\n').issuer).toBe('宁波市政府办公厅');
    expect(doc('>政务动态 >媒体聚焦\n市长牵头!公布目标任务分解\n时间:2025-02-07 10:04\n640.webp.jpg\n2025年是收官之年。\n近日,宁波市人民政府办公厅印发通知,公布《2025年目标任务分解清单》。\n').issuer).toBe('宁波市人民政府办公厅');
  });
  it('a signature run onto the letter\'s last sentence; a letterhead and 文号 run into the title; a header cell is no title', () => {
    expect(doc('四川省人民政府办公厅关于印发工作要点的通知\n各市(州)人民政府: 《工作要点》已经省政府同意,现印发给你们,请认真组织实施。 四川省人民政府办公厅 2020年3月30日\n'))
      .toMatchObject({ issuer: '四川省人民政府办公厅', date: '2020-03-30' });
    expect(doc('编辑: sunny 2018-06-25\n常熟市人民政府办公室文件 常政办发〔2018〕32号 市政府办公室关于分解落实2018年 政府工作任务的通知 各镇人民政府,各街道办事处: 根据…\n附件:分解表 序号 名称 工作任务 牵头责任单位\n'))
      .toMatchObject({ title: '市政府办公室关于分解落实2018年政府工作任务的通知', docNumber: '常政办发〔2018〕32号', issuer: '常熟市人民政府办公室' });
    expect(doc('序号\n项目\n重点工作\n牵头领导\n牵头单位\n主要参与单位\n一、在铸强发展引擎上大抓落实\n').title).toBeNull();
  });
  it('a title between a page header and its addressees on one line; a PDF page mark before the title', () => {
    expect(doc('编辑: x 2014-09-04\n(2016)第9期 潍坊市坊子区人民政府督查室 签发人:赵兴书 关于2016年政府工作报告确定事项第一季度 落实情况的通报 各街道办事处,区政府各部门、单位: 根据要求…\n').title)
      .toBe('关于2016年政府工作报告确定事项第一季度落实情况的通报');
    expect(doc('Page 22 - 内蒙古自治区人民政府办公厅关于印发老旧小区改造工作实施方案的通知\n')).toMatchObject({
      title: '内蒙古自治区人民政府办公厅关于印发老旧小区改造工作实施方案的通知', issuer: '内蒙古自治区人民政府办公厅' });
  });
  it('news ledes: 刚刚过去的2020年 speaks of 2021; 从2016年起 dates a page that names no other year; a headline in parts may open with 为', () => {
    expect(doc('民生无小事。刚刚过去的2020年,市委、市政府实施36个项目。今年将实施39个项目:\n1。新建幼儿园;\n').year).toBe(2021);
    expect(doc('即将过去的2020年,全市完成36个项目。\n').year).toBe(2020);
    expect(doc('近日,省委、省政府研究决定,今年将继续为民办22项实事。\n一、提高低保标准\n从2016年起,将标准提高到2650元。\n').year).toBe(2016);
    expect(doc('为民办实事 重在抓落实--直击访谈活动之2010年为民办实事工程\n\n发布日期:2010-03-18 00:00\n来源:鹿寨县信息办\n').title?.replace(/\s+/g, ''))
      .toBe('为民办实事重在抓落实--直击访谈活动之2010年为民办实事工程');
    expect(doc('为进一步加强民生工作特制定本方案\n发布日期:2010-03-18 00:00\n').title).toBeNull();
  });
  it('a congress\'s 主席团 signs its announcement; a labelled | cell ends at the next cell\'s label', () => {
    expect(doc('某县第十届人民代表大会第一次会议公告(第8号)\n现予公告。\n苍南县第十届人民代表大会第一次会议主席团\n2017年2月20日').issuer).toBe('苍南县第十届人民代表大会第一次会议主席团');
    expect(doc('文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||\n公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n').issuer).toBe('紫阳县政府办公室');
  });
  it('文章来源 is a source label; a labelled issuer that is only a place yields to the title\'s organ of that place', () => {
    expect(doc('县卫健委2021年政府工作报告任务分解\n文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49\n1.落实战略\n').issuer).toBe('灵璧县卫生健康委员会');
    expect(doc('【发布单位】山西省\n  【发布文号】晋政发[2008]8号\n\n山西省人民政府关于印发2008年工作目标责任分解的通知\n').issuer).toBe('山西省人民政府');
  });
  it('a page timestamp yields to the signed date; an info bar\'s 来源 line is no signer', () => {
    const d = doc('武汉市人民政府办公厅关于印发2018年分解方案的通知\n\n2022-10-19 14:39\n来源: 武汉市人民政府办公厅\n各区人民政府:\n现印发给你们。\n武汉市人民政府办公厅\n\n2018年2月14日\n');
    expect(d).toMatchObject({ issuer: '武汉市人民政府办公厅', date: '2018-02-14' });
    // with nothing signed, the timestamp still dates the page
    expect(doc('聊城市人民政府解读2020年重点工作任务\n2020-06-22 14:43:15\n聊城市人民政府\n正文。\n').date).toBe('2020-06-22');
    // …and a bare date further down (a table's cell) does not outrank it
    expect(doc('某县2020年民生实事项目表\n2020-06-22 14:43\n序号 |\n项目 |\n1 |\n建设道路 |\n2020年12月31日\n').date).toBe('2020-06-22');
  });
  it('a government\'s 督查办 signs its report; a table header row is no title', () => {
    expect(doc('区政府:\n现将具体情况报告如下。\n重庆市沙坪坝区人民政府督查办\n2021年4月8日\n附件1\n').issuer).toBe('重庆市沙坪坝区人民政府督查办');
    expect(doc('工作任务 分管领导 牵头组织实施单位 完成时限\n抓好财税金融工作\n').title).toBeNull();
  });
  it('an info bar run together (09:33信息来源: X阅读次数:) gives its 来源; a 《》 title names no organ', () => {
    const d = doc('关于印发《芜湖市教育局2024年工作要点》的通知\n发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:某某\n各学校:\n');
    expect(d.issuer).toBe('芜湖市教育局');
  });
  it('a site\'s chrome over a news page (旧版网站入口 / 站内搜索) is no headline', () => {
    expect(doc('旧版网站入口\n\n站内搜索\n\n李克强主持召开国务院常务会议\n\n2018年03月22日09:43来源:人民网\n').title).toBe('李克强主持召开国务院常务会议');
  });
  it('a news lede quoting the title (…发布关于…的通知,其中提出…。详情如下:…) is not the title line', () => {
    expect(doc('5月5日,舟山市人民政府发布关于印发重点工作任务责任分解的通知,其中提出,完善机制。详情如下:舟山市人民政府办公室关于印发重点工作任务责任分解的通知\n舟山市人民政府办公室关于印发重点工作任务责任分解的通知\n各单位:\n').title)
      .toBe('舟山市人民政府办公室关于印发重点工作任务责任分解的通知');
  });
  it('a signed date whose 年月日 were lost reads when it splits one way only, in a signature\'s place', () => {
    expect(unsquash('2022510')).toBe('2022-05-10');
    expect(unsquash('2024327')).toBe('2024-03-27');
    expect(unsquash('20221115')).toBe('2022-11-15');
    expect(unsquash('2022111')).toBeNull();
    // one reading only on or before the day the page was posted: the other is after it
    expect(unsquash('2022111', '2022-01-12')).toBe('2022-01-11');
    expect(unsquash('2022111', '2022-12-01')).toBeNull();
    const posted = doc('某办〔2020〕1号—区人民政府办公室关于印发2020年工作要点的通知\n\n点击量:12 发布于:2020-01-15 04:42\n\n各街道:\n现将《工作要点》印发给你们。\n\n某区人民政府办公室\n\n2020113\n');
    expect(posted.date).toBe('2020-01-13');
    expect(doc('某市关于印发任务的通知\n现印发给你们。\n嘉兴市人民政府办公室\n\n2022510\n').date).toBe('2022-05-10');
    expect(doc('某市关于印发任务的通知\n现印发给你们。\n\n2024327\n\n(此件主动公开)\n').date).toBe('2024-03-27');
    expect(doc('某市关于印发任务的通知\n共完成投资\n2022510\n').date).toBeNull();
  });
  it('reads the signature before the date line, skipping blank lines', () => {
    const d = doc('某某区人民政府关于印发2022年重点任务的通知\n海政发〔2022〕1号\n各单位:\n现印发给你们。\n海州区人民政府\n\n2022年1月28日\n');
    expect(d).toMatchObject({ title: '某某区人民政府关于印发2022年重点任务的通知', docNumber: '海政发〔2022〕1号', issuer: '海州区人民政府', date: '2022-01-28', year: 2022 });
  });
  it('prefers labelled fields of an information-disclosure header', () => {
    const d = doc('标 题: 国务院办公厅关于落实有关政策措施分工的通知\n发文字号: 国办函〔2014〕31号\n发文机关: 国务院办公厅\n成文日期: 2014年02月23日\n');
    expect(d).toMatchObject({ title: '国务院办公厅关于落实有关政策措施分工的通知', docNumber: '国办函〔2014〕31号', issuer: '国务院办公厅', date: '2014-02-23', year: 2014 });
  });
  it('reads no label at the end of a word spaced out a character at a time (任 务 名 称, a header cell)', () => {
    expect(doc('各单位:\n现印发给你们。\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 |\n1 | 地区生产总值 | 增长5.5% | 区发改经信局 |\n').title).toBeNull();
    // a label spaced out on its own still reads (标 题: X)
    expect(doc('标 题: 国务院办公厅关于落实有关政策措施分工的通知\n').title).toBe('国务院办公厅关于落实有关政策措施分工的通知');
  });
  it('a news lede that says who issued the notice (近日,X人民政府印发通知) names the issuer when nothing else does', () => {
    expect(doc('近日,某某市人民政府印发通知,部署今年重点工作。\n关于落实重点工作的任务分工\n').issuer).toBe('某某市人民政府');
    expect(doc('近日,记者从某某市人民政府获悉,今年重点工作已经部署。\n').issuer).toBe(null);
  });
  it('a signed date in the text outranks a 信息公开 header\'s 生成日期 (the record\'s, days later on some sites)', () => {
    expect(doc('| 发布机构: | 某区人民政府 | 生成日期: | 2023-03-02 |\n某区人民政府关于印发2023年工作任务的通知\n各街道:\n现印发给你们。\n某区人民政府\n2023年2月27日\n').date).toBe('2023-02-27');
  });
  it('reads 生成日期 of a 信息公开 header as the document\'s date', () => {
    expect(doc('索引号 001008009005001/2024-197653\n组配分类 市政府工作报告 发布机构 市政府办公室\n生成日期 2024-07-26 公开方式 主动公开\n').date).toBe('2024-07-26');
    // …unless the text is signed on another day: the signature dates it
    expect(doc('| 发布机构: | 玄武区人民政府 | 生成日期: | 2023-02-27 |\n玄武区人民政府关于印发2023年分解落实方案的通知\n各街道办事处:\n现将方案印发给你们。\n南京市玄武区人民政府\n2023年2月24日\n').date).toBe('2023-02-24');
  });
  it('joins a title broken over lines', () => {
    expect(doc('广东省人民政府关于印发2021年\n省《政府工作报告》重点任务\n分工方案的通知\n').title).toBe('广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知');
  });
  it('never takes a 文号 cited in running text', () => {
    expect(doc('根据《关于印发若干措施的通知》(昆政发〔2016〕13号),制定如下措施。\n').docNumber).toBeNull();
  });
  it('joins a title broken over lines while a 《 is left open', () => {
    expect(doc('县人民政府关于印发《2023年政府工作报告\n重点任务分解方案》的通知\n各乡镇:\n').title).toBe('县人民政府关于印发《2023年政府工作报告重点任务分解方案》的通知');
  });
  it('takes the page\'s own first line as title when there is no 关于 title, site name cut off', () => {
    expect(doc('《政府工作报告》重点工作部门分工的意见-湖南省人民政府门户网站\n正文\n').title).toBe('《政府工作报告》重点工作部门分工的意见');
    expect(doc('序号项目名称项目内容当前进展情况进度评价主办单位\n').title).toBeNull();
  });
  it('a title whose place opens with a numeral (六安市) is still a title; joint organs above a 关于 line open it', () => {
    expect(doc('六安市人民政府关于印发2006年重点工作安排的通知\n六安市人民政府2006年重点工作安排\n').title).toBe('六安市人民政府关于印发2006年重点工作安排的通知');
    expect(doc('农业农村部 最高人民法院\n工业和信息化部 公安部\n关于印发《2024年农资打假工作要点》的通知\n')).toMatchObject({ title: '农业农村部最高人民法院工业和信息化部公安部关于印发《2024年农资打假工作要点》的通知', issuer: '农业农村部' });
  });
  it('a news dateline is no title; 【发布部门】 names the issuer', () => {
    expect(doc('新华网北京3月16日电\n正文\n').title).toBeNull();
    expect(doc('【发布部门】 安徽省六安市人民政府\n').issuer).toBe('安徽省六安市人民政府');
  });
  it('breadcrumbs and a news lead are no title; a 《》-wrapped title after its 文号 is unwrapped; a range is for its first year', () => {
    expect(doc('>>专题专栏>>归档专题>>2023市政府重点工作\n正文\n').title).toBeNull();
    expect(doc('新安晚报安徽网大皖新闻讯 据安徽省人民政府网消息,近日发布通知\n').title).toBeNull();
    expect(doc('成办发〔2019〕5号《成都市人民政府办公厅关于印发责任分解方案的通知》\n').title).toBe('成都市人民政府办公厅关于印发责任分解方案的通知');
    expect(doc('潮州市打赢蓝天保卫战实施方案(2019-2020年)\n').year).toBe(2019);
  });
  it('a publication date is not the 成文日期', () => {
    expect(doc('发布日期:2024-04-02 15:35 点击量:10\n').date).toBeNull();
  });
  it('no single part title when the letter hands out several documents', () => {
    expect(doc('《2020年政府工作报告主要工作责任分解》和《2020年民生实事项目责任分解》已经研究通过,现印发给你们。\n2020年政府工作报告主要工作责任分解\n').title).toBeNull();
  });
  it('takes the year from the 文号 when the title has none', () => {
    expect(doc('东府〔2021〕54号\n东莞市人民政府关于贯彻落实就业政策措施的实施意见\n')).toMatchObject({ year: 2021, issuer: '东莞市人民政府' });
  });
  it('uses metadata found outside the body (HTML meta) when the text has none', () => {
    expect(doc('正文\n', { title: '某县关于印发任务分工的通知', date: '2023-05-06' })).toMatchObject({ title: '某县关于印发任务分工的通知', date: '2023-05-06' });
  });
  it('reads a signature and its date on one line, never the 印发 line', () => {
    expect(doc('关于某事的通知\n各单位:\n海州区人民政府      2022年1月28日\n海州区人民政府办公室   2022年1月29日印发\n'))
      .toMatchObject({ issuer: '海州区人民政府', date: '2022-01-28' });
  });
  it('reads dates in Chinese numerals', () => {
    expect(isoDate('二〇二三年三月十七日')).toBe('2023-03-17');
    expect(isoDate('2023年3月7日')).toBe('2023-03-07');
    // a letter O typed for 〇
    expect(isoDate('二OO七年四月二十四日')).toBe('2007-04-24');
    expect(doc('某市人民政府关于分解任务的通知\n各单位:\n现印发给你们。\n二OO七年四月二十四日\n').date).toBe('2007-04-24');
  });
  it('the headline stands right above the page\'s info bar, below the site\'s navigation', () => {
    expect(doc('民生实事项目\n进入老年模式\n无障碍浏览\n2020年县政府民生实事项目(实事内容)\n\n发布日期:2020-06-29 09:50 访问次数: 信息来源:某县人民政府办公室\n正文。\n').title)
      .toBe('2020年县政府民生实事项目(实事内容)');
    expect(doc('当前位置 : 首页>>最新政策\n\n省政府印发2020年政府工作报告重点工作责任分解通知\n\n编辑: admin 时间: 4年前\n  近日,省政府办公厅印发了政府工作报告重点工作责任分解的通知。\n').title)
      .toBe('省政府印发2020年政府工作报告重点工作责任分解通知');
    // a sentence above the info bar is none
    expect(doc('各单位:\n现将有关事项通知如下。\n发布时间:2020-01-01\n').title).toBeNull();
    // nor is a site's column: the part's own title below it is
    expect(doc('政府信息公开目录\n发布时间:2022-01-05\n2022年重点工作任务分解表\n序号 任务 牵头单位\n').title).toBe('2022年重点工作任务分解表');
  });
  it('an info bar first, then the title; an info tail run onto the headline is cut', () => {
    expect(doc('发布时间:2021-05-06 10:00\n访问次数:\n信息来源:县府办\n2021年某县民生实事进展情况登记表\n项目名称 | 工作任务 |\n').title)
      .toBe('2021年某县民生实事进展情况登记表');
    expect(doc('国务院明确重点工作部门分工 打好攻坚战涉及十余部门. 来源:生态环境部 发布时间: 2018-04-16 人气: 次\n').title)
      .toBe('国务院明确重点工作部门分工打好攻坚战涉及十余部门');
  });
  it('joins a 关于 title broken over lines with blank lines between', () => {
    expect(doc('某省人民政府办公厅关于印发某省\n\n进一步支持民间投资\n\n实施方案的通知\n\n某府办〔2023〕5号\n').title)
      .toBe('某省人民政府办公厅关于印发某省进一步支持民间投资实施方案的通知');
  });
  it('the document a covering letter hands out (现将《X》印发) is the title when X stands on its own line', () => {
    const d = doc('各镇政府:\n现将《某市促进夜经济发展实施方案》印发给你们,请认真执行。\n某市人民政府办公室\n2023年9月4日\n某市促进夜经济发展实施方案\n一、总体要求\n');
    expect(d).toMatchObject({ title: '某市促进夜经济发展实施方案', issuer: '某市人民政府办公室', date: '2023-09-04' });
    expect(doc('日前,某市印发《某市打赢蓝天保卫战实施方案(2019-2020年)》。全文如下:\n某市打赢蓝天保卫战实施方案(2019-2020年)\n一、目标\n'))
      .toMatchObject({ title: '某市打赢蓝天保卫战实施方案(2019-2020年)', year: 2019 });
    // several documents side by side: none is the title, nor is an attachment list's entry
    expect(doc('各单位:\n现将《2025年任务分解》《2025年十五件实事任务分解》印发给你们。\n附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件实事任务分解\n').title).toBeNull();
  });
  it('a 文号 in brackets after the title on its line is the document\'s; one followed by 文件 is cited', () => {
    expect(doc('政务微信\n某市人民政府关于优化营商环境的实施意见(池政〔2017〕101号)\n来源:某市政府网 发布时间:2018-01-26\n'))
      .toMatchObject({ docNumber: '池政〔2017〕101号', year: 2017 });
    expect(doc('某县重点工作清单\n序号 | 依据 |\n皖政〔2022〕9号文件\n').docNumber).toBeNull();
  });
  it('year: one run into the title\'s next word, not a starting point (从2016年开始), a page stamp, a session count', () => {
    expect(doc('2022市食品安全重点工作安排的通知\n').year).toBe(2022);
    expect(doc('2022上半年重点工作进展情况统计表(政府)\n').year).toBe(2022);
    expect(doc('某县人民政府关于印发二〇二三年重点工作任务分解的通知\n').year).toBe(2023);
    expect(doc('某某工作指标\n从2016年开始,我部每年都公布指标。2018年,我们继续制定指标。\n').year).toBe(2018);
    expect(doc('陕西政府工作报告部门分工确定\n\n13.03.2015  07:51\n\n记者昨日获悉。\n').year).toBe(2015);
    expect(doc('新华网北京3月16日电\n会议指出,十一届全国人大五次会议审议通过的《政府工作报告》确定了今年的任务。\n').year).toBe(2012);
    expect(doc('通知称,根据省十三届人大五次会议审议通过的《政府工作报告》,确定了重点工作。\n').year).toBe(2022);
    // a city's terms keep their own cycle
    expect(doc('根据市十二届人大四次会议审议通过的《政府工作报告》,确定了重点工作。\n').year).toBeNull();
  });
  it('issuer: 来源 a 政府, the organ opening the title (before a short 来源), 解读单位, a letterhead', () => {
    expect(doc('某市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府\n').issuer).toBe('丽水市政府');
    expect(doc('沈阳市辽中区人民政府关于印发2024年任务分解表的通知\n发布时间:2024-01-18 来源:政府办\n').issuer).toBe('沈阳市辽中区人民政府');
    expect(doc('市教育局2022年工作要点\n').issuer).toBe('市教育局');
    expect(doc('一、出台背景\n正文。\n政策解读单位:高唐县人民政府办公室\n').issuer).toBe('高唐县人民政府办公室');
    expect(doc('正文。对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行专项督查。\n').issuer).toBe('许昌市人民政府');
    expect(doc('某市人民政府文件\n某政〔2020〕1号\n').issuer).toBe('某市人民政府');
    // a line of the body that ends in …文件 is no letterhead
    expect(doc(`某县重点工作\n${'正文。\n'.repeat(20)}认真学习省人民政府文件\n`).issuer).toBeNull();
    // a place alone before 关于 is no organ
    expect(doc('泰州关于印发优化营商环境行动方案的通知\n').issuer).toBeNull();
  });
  it('a signature whose date lost its 日; the imprint when nothing is signed', () => {
    expect(doc('关于某事的通报\n正文。\n寿县人民政府督查室           2022年8月19\n')).toMatchObject({ issuer: '寿县人民政府督查室', date: '2022-08-19' });
    expect(doc('会议纪要\n本期发:局领导。\n临沂市住房和城乡建设局办公室 2021年8月16日印\n')).toMatchObject({ issuer: '临沂市住房和城乡建设局办公室', date: '2021-08-16' });
  });
  it('a date alone in brackets under the title dates the document', () => {
    expect(doc('某市行动计划\n(征求意见稿)\n(2015年9月15日)\n为贯彻落实…\n').date).toBe('2015-09-15');
  });
  it('an organ handing a document out (X印发…的通知) titles the notice; a letterhead organ or a bracketed note alone does not', () => {
    const chrome = '首页\n政务公开\n通知公告\n站内搜索\n无障碍\n长者\n网站地图\n版权\n';
    expect(doc(`${chrome}某市人民政府印发2023年重点工作任务分解方案的通知\n各县区:\n正文。\n`)).toMatchObject({ title: '某市人民政府印发2023年重点工作任务分解方案的通知', issuer: '某市人民政府' });
    expect(doc('某市人民政府办公室\n2023年3月5日\n(此件公开发布)\n').title).toBeNull();
    expect(doc('各单位:\n现将方案印发给你们。\n中共某某县委办公室 某某县人民政府办公室\n2023-03-01\n')).toMatchObject({ title: null, issuer: '中共某某县委办公室' });
  });
  it('joint signatures stacked over the date: the first signs', () => {
    expect(doc('关于印发民生实事项目的通知\n各乡镇:\n正文。\n中共某县委办公室\n某县人民政府办公室\n2023年3月1日\n').issuer).toBe('中共某县委办公室');
  });
  it('page chrome: a breadcrumb or labelled line ending in 解读, a table header between |, a doc site\'s .docVIP, an attachment\'s 附件2:', () => {
    expect(doc('当前位置首页\n> 政务公开 > 重点领域 > 乡村振兴 > 政策和解读\n发布机构 某县农业农村局 组配分类 政策和解读\n2021年全县乡村振兴工作重点任务清单\n发布日期:2021-04-20 14:54 信息来源:某县农业农村局\n').title)
      .toBe('2021年全县乡村振兴工作重点任务清单');
    expect(doc('序号 | 任务项目指标 | 责任单位 | 进展比例 |\n1 | 新增托位100个。 | 区卫生健康局 | 20% |\n').title).toBeNull();
    expect(doc('全县重点项目建设情况通报.docVIP\n\n  • 35\n').title).toBe('全县重点项目建设情况通报');
    expect(doc('附件2:示范区10市考核评价指标体系\n序号\n| 考评指标\n').title).toBe('示范区10市考核评价指标体系');
  });
  it('info bars without a plain label: [日期:…] 来源:…, a source and a time stamp', () => {
    expect(doc('背景:\n阅读新闻\n\n某市教育系统卫生城市复审工作职责任务分解表\n\n[日期:2015-06-11] 来源:办公室  作者:\n')).toMatchObject({ title: '某市教育系统卫生城市复审工作职责任务分解表', issuer: null });
    expect(doc('民生实事项目\n搜索文档\n某市公布2026年市政府民生实事项目10项\n新浪财经· 2026-01-17 14:24\n正文。\n').title).toBe('某市公布2026年市政府民生实事项目10项');
  });
  it('year: a point reached (至2021年底) is not the plan\'s year', () => {
    expect(doc('序号 | 项目名称 | 至2021年底累计完成投资 | 2022年工作计划 |\n').year).toBe(2022);
  });
  it('a 通报 names the office that reports in its opening sentence', () => {
    expect(doc('日前,区政府督查室对2022年为民办实事项目进展情况进行跟踪督查。现将进展情况通报如下:\n一、总体情况\n').issuer).toBe('区政府督查室');
    expect(doc('为切实推进决策部署的落实,市政府政务督查室近期对重点工作完成情况进行了督查,现将有关情况通报如下:\n').issuer).toBe('市政府政务督查室');
    // without a 通报 the sentence names no issuer
    expect(doc('日前,区政府督查室对实事项目进行跟踪督查。\n').issuer).toBeNull();
  });
  it('labels 发文文号 and 发布机关; a bracketed date in Chinese numerals', () => {
    expect(doc('发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室\n')).toMatchObject({ docNumber: '嘉政办发〔2023〕7号', issuer: '市政府办公室' });
    expect(doc('(二OO八年二月二十六日)\n宝府办〔2008〕18号\n').date).toBe('2008-02-26');
  });
  it('issuer from an info bar without labels (time stamp, then source) or a signature run onto the last line', () => {
    expect(doc('首页 >> 政府信息公开 >> 正文\n\n2019年十大民生工程完成情况表\n2020-01-22 16:06  市民生办 [字号: ] 打印\n').issuer).toBe('市民生办');
    expect(doc('民生工程进展情况\n一、总体\n6、棚户区改造,完成进度相对较慢的为开发区。 六安市民生办\n').issuer).toBe('六安市民生办');
    // a sentence's last words are no signer
    expect(doc('民生工程进展情况\n一、总体\n完成进度相对较慢。 继续加快推进\n').issuer).toBeNull();
  });
  it('a page scraped onto one line: the title runs into its 文号 and addressees; a news lead is no title', () => {
    expect(doc('国务院办公厅关于印发2022年重点工作分工的通知 国办发〔2022〕9号 各省、自治区、直辖市人民政府:现将方案印发给你们。\n'))
      .toMatchObject({ title: '国务院办公厅关于印发2022年重点工作分工的通知', docNumber: '国办发〔2022〕9号', issuer: '国务院办公厅' });
    expect(doc('近日,省政府印发《关于加快发展的通知》(皖政〔2022〕1号),明确了任务。\n').title).toBeNull();
    expect(doc('来源:某某日报 发布时间:2023-02-20\n近日,某市出台2023年民生实事项目清单。\n').title).toBeNull();
  });
  it('the header labels the HTML reader knows are read in text too (信息名称, 公开责任部门, 废止日期 ends a value)', () => {
    expect(doc('信息名称: 某县关于印发2023年民生实事的通知\n公开责任部门: 某县人民政府办公室 废止日期: 无\n'))
      .toMatchObject({ title: '某县关于印发2023年民生实事的通知', issuer: '某县人民政府办公室' });
  });
  it('a title broken after 报告 goes on to its 的通知; without a next part the first ending stands', () => {
    expect(doc('关于印发区政府二〇一一年政府工作报告\n\n任务分解的通知\n\n各镇人民政府:\n').title).toBe('关于印发区政府二〇一一年政府工作报告任务分解的通知');
    expect(doc('关于2011年政府工作报告\n\n各镇人民政府、街道办事处:\n').title).toBe('关于2011年政府工作报告');
  });
  it('issuer: a 来源 with its second name in brackets; the 来源 names in full the bare organ a title opens with', () => {
    expect(doc('发布时间:2023-11-16 16:38\n信息来源:区政府办(外事办)\n2023年度民生实事进展情况\n').issuer).toBe('区政府办(外事办)');
    expect(doc('农业农村局2023年11月承担政府重点工作完成情况\n\n发布时间:2023-12-14 11:30 来源: 怀远县农业农村局 浏览量:\n').issuer).toBe('怀远县农业农村局');
    // a 来源 that is another organ does not replace the title's
    expect(doc('农业农村局2023年11月重点工作完成情况\n\n发布时间:2023-12-14 11:30 来源: 县政府办 浏览量:\n').issuer).toBe('农业农村局');
  });
  it('a year named by its place in an era (今年是党的二十大召开之年, “十四五”开局之年, 建党100周年); such a sentence is no headline', () => {
    const d = doc('微信扫一扫\n今年是党的二十大召开之年\n今年政府工作的总体要求是:稳中求进。\n');
    expect(d).toMatchObject({ title: null, year: 2022 });
    expect(eraYear('今年是全面建成小康社会和“十三五”规划收官之年')).toBe(2020);
    expect(eraYear('今年是“十四五”开局之年,也是建党100周年')).toBe(2021);
    expect(eraYear('今年是新中国成立70周年')).toBe(2019);
    expect(eraYear('今年是党的十九大召开之年')).toBe(2017);
    expect(eraYear('全面贯彻党的二十大精神')).toBeNull(); // no 今年是: no year pinned
    // a year the page states outranks it
    expect(doc('某县2023年工作要点\n今年是“十四五”开局之年。\n').year).toBe(2023);
  });
  it('year: the one the opening lines plan for (2020年,我市将… / …主要预期目标) outranks the year a report reviews first', () => {
    expect(doc('某市十件实事绘就画卷\n2019年,全市经济运行稳中向好。2020年,我市经济社会发展主要预期目标是:增长7%。\n').year).toBe(2020);
    expect(doc('某市十件实事绘就画卷\n报告指出,2020年,我市将继续办好10件实事。\n').year).toBe(2020);
    expect(doc('某市十件实事绘就画卷\n2019年,全市经济运行稳中向好。\n').year).toBe(2019);
    // a measure that starts on a day (从2020年1月1日起) dates a page that names no other year
    expect(doc('大类 | 序号 | 工作任务 |\n民生 | 1 | 提高低保标准 | 已完成。从2020年1月1日起,已提高标准。 |\n').year).toBe(2020);
  });
  it('a headline\'s own | separator is kept; one between a title and its site is cut with the site', () => {
    expect(doc('“双创”曝光台|问题清单“回头看”篇\n\n9月25日,区指挥部进行了检查。\n').title).toBe('“双创”曝光台|问题清单“回头看”篇');
    expect(doc('某市出台十件实事 | 某市人民政府网站\n正文。\n').title).toBe('某市出台十件实事');
  });
  it('an info bar that opens with its time stamp (2018-11-14 15:16 来源:… 浏览量:…) has the headline above it', () => {
    expect(doc('某某官网\n您好!欢迎来到本站!\n当前位置:首页 > 通知公告\n\n某市贯彻落实环境保护督察反馈问题整改方案\n\n2018-11-14 15:16      来源:某某网      浏览量:804\n\n为深入贯彻生态文明思想,现制定方案。\n').title)
      .toBe('某市贯彻落实环境保护督察反馈问题整改方案');
  });
  it('a part title over a purpose clause of any verb (为深度融入某都市圈,…); 文件类型 is a header label', () => {
    expect(doc('各县(市、区)人民政府:\n《某市支持某都市圈发展的行动方案》已经市政府研究同意,现印发给你们。\n2019年6月19日\n某市支持某都市圈发展行动方案\n为深度融入某都市圈,实现高质量发展,制定本方案。\n一、建立工作机制\n').title)
      .toBe('某市支持某都市圈发展行动方案');
    expect(doc('各县:\n现印发给你们。\n某市支持某都市圈发展行动方案\n为民办实事项目进展顺利。\n').title).not.toBe('某市支持某都市圈发展行动方案');
    expect(doc('文件名称关于印发2022年重点工作责任分解的通知 文件类型某政办发\n发文字号某政办发〔2022〕1号\n').title).toBe('关于印发2022年重点工作责任分解的通知');
  });
  it('a part\'s title run into its first heading is the title; a collection\'s heading (…(共8篇)) names no document', () => {
    expect(doc('整改措施通知(共8篇)\n第1篇:整改措施清单\n某州贯彻落实环境保护督察反馈意见问题整改措施清单一、认识不深(一)部分领导干部对环境质量盲目乐观,没有危机感。1.加强学习。\n').title)
      .toBe('某州贯彻落实环境保护督察反馈意见问题整改措施清单');
    expect(doc('整改措施通知(共8篇)\n第1篇:整改措施清单\n正文。\n').title).toBeNull();
    expect(doc('整改措施通知(共8篇)\n第1篇:整改措施清单\n某州重点工作任务分工\n一、认识不深\n').title).toBeNull(); // an entry that names another
    // …and the same title once a re-split has put it on its own line, the collection's index entry naming it
    expect(doc('整改措施通知(共8篇)\n第1篇:整改措施清单\n某州贯彻落实环境保护督察反馈意见问题整改措施清单\n一、认识不深\n(一)部分领导干部盲目乐观。\n').title)
      .toBe('某州贯彻落实环境保护督察反馈意见问题整改措施清单');
  });
  it('a table\'s caption between its page number, 附件 label and unit note (22 ― 附件 2019年…计划表 单位:万元) is the title', () => {
    expect(doc('编辑: 某某 | 2019-11-21 |\n22 ― 附件 2019年某区为民办实事工程项目资金筹措计划表 单位:万元\n项目名称 合计 牵头单位\n').title)
      .toBe('2019年某区为民办实事工程项目资金筹措计划表');
    expect(doc('附件2:2019年某区为民办实事项目计划表(单位:万元)\n项目名称 合计\n').title).toBe('2019年某区为民办实事项目计划表');
  });
  it('a gazette\'s contents: the entry the page assigns for, else the one its text repeats, else the first', () => {
    const toc = '某市人民政府主办2020年第2号\n目录\n市政府文件\n市人民政府关于印发某市垃圾处理收费管理办法的通知\n市人民政府关于某市贯彻落实促进发展若干政策措施责任分工的通知\n市人民政府办公室关于2019年度政务信息工作情况的通报\n';
    expect(doc(`${toc}重点工作\n责任单位\n一、加大财政支持力度\n市财政局\n`).title).toBe('市人民政府关于某市贯彻落实促进发展若干政策措施责任分工的通知');
    expect(doc(`${toc}市人民政府办公室关于2019年度政务信息工作情况的通报\n各县:\n`).title).toBe('市人民政府办公室关于2019年度政务信息工作情况的通报');
    expect(doc(`${toc}第一条 为规范收费,制定本办法。\n`).title).toBe('市人民政府关于印发某市垃圾处理收费管理办法的通知');
  });
  it('a bureau under its place\'s full name signs over the date (清远市统计局); a bare 市统计局 or a unit-less line does not', () => {
    const letter = (signer: string) => `各县(市、区)统计局:\n现把《活动工作方案》印发给你们,请遵照执行。\n${signer}\n2019年9月3日\n活动工作方案`;
    expect(doc(letter('清远市统计局'))).toMatchObject({ issuer: '清远市统计局', date: '2019-09-03' });
    expect(doc(letter('武汉市武昌区市场监督管理局')).issuer).toBe('武汉市武昌区市场监督管理局');
    expect(doc(letter('市统计局')).issuer).toBeNull();
    expect(doc(letter('请各单位按时报送结果')).issuer).toBeNull();
  });
  it('a news headline led by its place and a colon (吉县:确定…) above the info bar is the title; a label line there is none', () => {
    const page = (head: string) => `${head}\n\n2016-03-31 10:03:06 来源:临汾新闻网\n\n  临汾新闻网讯 今年,吉县决定重点实施10件惠民实事。`;
    expect(doc(page('吉县:确定“双十”项目惠民生')).title).toBe('吉县:确定“双十”项目惠民生');
    expect(doc(page('发布机构:临汾市人民政府办公室')).title).not.toBe('发布机构:临汾市人民政府办公室');
  });
});
