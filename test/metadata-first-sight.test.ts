// Session 7, metadata on notices never seen: the mechanisms that fresh page heads (made up here) showed, each
// a case that the build before failed.
import { describe, expect, it } from 'vitest';
import { extractDocument, labelHits } from '../src/metadata/index.js';

const doc = (text: string, meta: Record<string, string> = {}, hasTasks = true) => extractDocument(text.split('\n'), meta, hasTasks);
const LETTER = '关于印发2023年重点工作的通知\n各乡镇:\n现印发给你们。\n';

describe('signatures', () => {
  it('a seal\'s note between the signer and the date ((某局代章)) is skipped: the signer above it signs', () => {
    const d = doc(`${LETTER}某某工作部际联席会议办公室\n(某某局代章)\n2021年12月27日\n2021年度推进计划`);
    expect(d.issuer).toBe('某某工作部际联席会议办公室');
    expect(d.date).toBe('2021-12-27');
  });
  it('a seal\'s mark on the signer\'s line (某县人民政府(印)) is no part of its name', () => {
    expect(doc(`${LETTER}祁门县人民政府(印)\n2023年3月1日`).issuer).toBe('祁门县人民政府');
  });
  it('a signed date whose 年 the extraction lost (20223月23日) is still the date', () => {
    const d = doc(`${LETTER}某某行动推进委员会办公室\n20223月23日\n(信息公开形式:主动公开)`);
    expect(d.date).toBe('2022-03-23');
    expect(d.issuer).toBe('某某行动推进委员会办公室');
  });
  it('a signed date whose 日 the page lost (2023年3月1), under the signer, is the date; alone it is none', () => {
    const d = doc(`${LETTER}祁门县人民政府办公室\n2023年3月1`);
    expect(d.date).toBe('2023-03-01');
    expect(d.issuer).toBe('祁门县人民政府办公室');
    expect(doc(`${LETTER}请于\n2023年3月1`).date).toBeNull();
  });
  it('joint signers stacked over the date: the first signs first, a long name (over 30 characters) too', () => {
    const long = '上海市某区市场监管领域联合“双随机、一公开”监管联席会议办公室';
    expect(long.length).toBeGreaterThan(30);
    expect(doc(`${LETTER}${long}\n上海市某区市场监督管理局\n2023年3月28日`).issuer).toBe(long);
    // a sentence of that length is no signer
    expect(doc(`${LETTER}请各单位认真贯彻落实,按时报送工作进展情况,由市政府办公室\n某区市场监督管理局\n2023年3月28日`).issuer).toBe('某区市场监督管理局');
  });
  it('a party committee over the government (中共某县委 / 某县人民政府) signs first', () => {
    expect(doc(`${LETTER}中共祁门县委\n祁门县人民政府\n2023年3月1日`).issuer).toBe('中共祁门县委');
  });
  it('a bureau of a one-character county (泾县…局), a centre or an office under its place signs', () => {
    expect(doc(`${LETTER}泾县交通运输局\n2023年3月1日\n2023年工作要点`).issuer).toBe('泾县交通运输局');
    expect(doc(`${LETTER}祁门县公共资源交易中心\n2023年3月1日\n2023年重点工作\n一、加强管理`).issuer).toBe('祁门县公共资源交易中心');
  });
});

describe('titles', () => {
  it('a 文号 after white space closing the title\'s line (…的通知 常政发〔2023〕1号 |) is no part of the title', () => {
    const d = doc('|\n关于印发2023年重点任务分解落实方案的通知 常政发〔2023〕1号 |\n各辖市、区人民政府:\n现将方案印发给你们。');
    expect(d.title).toBe('关于印发2023年重点任务分解落实方案的通知');
    expect(d.docNumber).toBe('常政发〔2023〕1号');
  });
  it('a labelled time stamp or today\'s date above the headline is passed over, not read as the text begun', () => {
    expect(doc('归档时间:2023-06-15\n当前位置: 首页 > 公开领域\n\n某县住房和城乡建设局2018年度整体支出 绩效评价报告\n\n为检验预算编制的科学性,现报告如下:', {}, false).title)
      .toBe('某县住房和城乡建设局2018年度整体支出绩效评价报告');
    expect(doc('今天是:2023年3月1日 星期三\n县长主持召开县政府第十次常务会议\n3月1日,县长主持召开会议。', {}, false).title).toBe('县长主持召开县政府第十次常务会议');
    // a labelled line of the text itself still ends the search
    expect(doc('各乡镇人民政府:\n县长主持召开县政府第十次常务会议\n3月1日,县长主持召开会议。', {}, false).title).toBeNull();
  });
  it('a list page\'s date in brackets before the headline ([ 2023-03-01 ] …) is cut off', () => {
    expect(doc('[ 2023-03-01 ] 县长主持召开县政府第十次常务会议\n3月1日,县长主持召开会议。', {}, false).title).toBe('县长主持召开县政府第十次常务会议');
  });
  it('a periodical\'s running head (某刊(网络版)2023年1期) is no title; a bulletin\'s own issue is not passed over for it', () => {
    expect(doc('Page 7 - 中国某刊(网络版)2023年1期\n\n(四)持续推进宣讲员队伍建设。(某某办负责)').title).toBeNull();
    expect(doc('某市人民政府公报 2021年第5期\n\n某某工作推进会召开\n\n3月1日,会议召开。', {}, false).title).toBe('某某工作推进会召开');
  });
  it('a headline over its subheading, both above the info bar: the headline', () => {
    const d = doc('某市民生工作推进会召开\n某某出席会议并讲话\n时间:2024-08-16\n来源:某市融媒体中心\n8月16日,会议召开。', {}, false);
    expect(d.title).toBe('某市民生工作推进会召开');
    // a site's name, greeting or an organ's name above the headline is none
    for (const above of ['某市人民政府门户网站', '某某县人民政府欢迎您', '某某县自然资源和规划局', '某某县发展和改革委员会'])
      expect(doc(`${above}\n某市民生工作推进会召开\n时间:2024-08-16\n8月16日,会议召开。`, {}, false).title).toBe('某市民生工作推进会召开');
  });
});

describe('labels and sources', () => {
  it('an empty label run into the next (浏览次数:信息来源: X) leaves the next its value', () => {
    expect(labelHits('浏览次数:信息来源: 某区城市管理局').map((m) => m[1])).toEqual(['浏览次数', '信息来源']);
  });
  it('a title opening with an organ\'s short form (某区城管局…) names the organ the 来源 names in full', () => {
    const d = doc('相山区城管局2024年第四季度重点工作任务完成情况\n\n浏览次数:信息来源: 相山区城市管理局(区城市管理行政执法局)发布时间:2024-12-11 10:36\n\n任务项');
    expect(d.issuer).toBe('相山区城市管理局(区城市管理行政执法局)');
    // a 来源 that is another organ does not replace it
    expect(doc('相山区城管局2024年第四季度重点工作任务完成情况\n\n信息来源: 相山区教育局 发布时间:2024-12-11 10:36\n\n任务项').issuer).toBe('相山区城管局');
  });
  it('an opening sentence that says which organ issued the document (X于2022年7月7日印发《…》) outranks the 来源', () => {
    const d = doc('上海印发2022年某某工作要点\n时间:2022-09-06 来源:上海市某某办 阅读:1112\n上海市某某工作领导小组于2022年7月7日印发《2022年某某工作要点》。\n一、加大保护力度');
    expect(d.issuer).toBe('上海市某某工作领导小组');
    expect(d.date).toBe('2022-07-07');
  });
  it('a labelled value past blank lines (a field list one <li> a paragraph) is read when it reads as its field\'s', () => {
    const d = doc('某县人民政府工作规则\n  • 来源:\n\n  • 发文字号:\n\n    某政发〔2024〕7号\n  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n  • 内容概述:\n\n某县人民政府工作规则\n第一章总则', {}, false);
    expect(d.date).toBe('2024-04-06');
    expect(d.docNumber).toBe('某政发〔2024〕7号');
    // an empty label takes no text that is not its field's
    expect(doc('  • 发文日期:\n\n某县人民政府工作规则\n第一章总则', {}, false).date).toBeNull();
  });
});

describe('文号, letterheads, covering letters, navigation', () => {
  it('a 文号 whose year stands in small ﹝﹞ or 〖〗 brackets is one, and gives the year', () => {
    for (const b of ['﹝2023﹞', '〖2023〗']) {
      const d = doc(`某县人民政府办公室关于印发重点工作的通知\n某政办发${b}12号\n各乡镇:\n现印发给你们。`);
      expect(d.docNumber).toBe(`某政办发${b}12号`);
      expect(d.year).toBe(2023);
    }
    // a minute's issue number (纪要【2021】第2号) is none
    expect(doc('局长办公会会议纪要【2021】第2号\n会议指出,要加强管理。', {}, false).docNumber).toBeNull();
  });
  it('a letterhead spaced out a character at a time names the issuer', () => {
    expect(doc('某 县 人 民 政 府 办 公 室 文 件\n某政办发〔2023〕12号\n关于印发2023年重点工作任务分解方案的通知\n各乡镇:').issuer).toBe('某县人民政府办公室');
  });
  it('an organ that forwards (某县人民政府办公室转发市政府办公室关于…) is the issuer, not the run to the forwarded one', () => {
    expect(doc('某县人民政府办公室转发市政府办公室关于印发2023年重点工作的通知\n各乡镇:\n现转发给你们。').issuer).toBe('某县人民政府办公室');
  });
  it('a title broken right after the organ\'s 印发 is joined with the line that completes it', () => {
    expect(doc('某县人民政府办公室印发\n某县2023年重点工作任务分解方案的通知\n各乡镇:\n现印发给你们。').title).toBe('某县人民政府办公室印发某县2023年重点工作任务分解方案的通知');
  });
  it('a site\'s menu on one line, or its name alone, is no headline; a headline in parts is', () => {
    const news = '\n县长主持召开县政府第十次常务会议\n3月1日,县长主持召开会议。';
    for (const head of ['政府信息公开 政务服务 互动交流 走进某县', '政务要闻 部门动态 乡镇动态 通知公告', '某某县人民政府网'])
      expect(doc(head + news, {}, false).title).toBe('县长主持召开县政府第十次常务会议');
    expect(doc('稳增长 促改革 调结构 惠民生\n3月1日,县长主持召开会议。', {}, false).title).toBe('稳增长 促改革 调结构 惠民生'.replace(/\s+/g, ''));
  });
});

describe('joint titles and glued signatures', () => {
  it('organs side by side before 关于 (某县人民政府办公室 某县财政局关于…): the first issues', () => {
    expect(doc('某县人民政府办公室 某县财政局关于印发2023年工作要点的通知\n各科室:\n现印发给你们。').issuer).toBe('某县人民政府办公室');
    expect(doc('中共某县委办公室 某县人民政府办公室关于印发2023年民生实事的通知\n各科室:').issuer).toBe('中共某县委办公室');
  });
  it('a signature glued into a long line between spaces (…附件:某表 某市人民政府办公室 2018年2月24日 某表 序号…) signs', () => {
    const glued = '各地、各部门要切实加强组织领导,抓好工作落实,确保政府各项工作任务圆满完成. 附件:某市2018年政府工作任务分解表 某市人民政府办公室 2018年2月24日 某市2018年政府工作任务分解表 序号 工作任务';
    const d = doc(`某市人民政府办公室关于分解落实2018年政府工作任务的通知\n${glued}`);
    expect(d.date).toBe('2018-02-24');
    // a table's row run together (a unit, then its deadline) signs nothing
    const row = '1 推进某某重点项目建设,完成投资10亿元,确保年底前建成投产,带动就业500人以上,全面完成年度目标任务要求 县政府办公室 2023年3月1日 2 推进某某工程建设,完成投资5亿元,确保年底前建成投产';
    expect(doc(`某县2023年重点工作任务分解表\n${row}`).date).toBeNull();
    // after a label's colon it is a page's info bar, not a signature
    expect(doc(`某市2018年政府工作任务分解表\n${glued.replace(' 某市人民政府办公室 2018年2月24日', ' 来源: 某市人民政府办公室 2018年2月24日')}`).date).toBeNull();
  });
});

describe('a title broken over two lines', () => {
  it('a centred title wrapped before its kind (某县2023年政府工作报告 / 重点任务分解表) is read whole', () => {
    const table = '\n序号 工作任务 牵头单位 责任单位\n1 推进项目建设 县发改委 县财政局';
    expect(doc(`某县2023年政府工作报告\n重点任务分解表${table}`).title).toBe('某县2023年政府工作报告重点任务分解表');
    expect(doc(`附件1\n\n2023年重点工作任务\n责任分解表\n${table}`).title).toBe('2023年重点工作任务责任分解表');
    expect(doc('2023年某县十件民生实事\n责任分工方案\n一、新建幼儿园。(县教育局牵头)').title).toBe('2023年某县十件民生实事责任分工方案');
    // a title already closed, or a next line that is a sentence or a column label, takes nothing
    expect(doc(`某县2023年重点任务分解表\n责任分工方案${table}`).title).toBe('某县2023年重点任务分解表');
    expect(doc('县长主持召开县政府常务会议\n3月1日,会议研究了2023年工作安排。', {}, false).title).toBe('县长主持召开县政府常务会议');
  });
});

describe('a headline at the end of the breadcrumb', () => {
  it('the breadcrumb\'s last column, long and whole, is the headline; a column or a cut-off one is not', () => {
    expect(doc('首页 > 政务公开 > 通知公告 > 某县2023年重点工作任务分解表\n序号 工作任务 牵头单位').title).toBe('某县2023年重点工作任务分解表');
    expect(doc('当前位置:首页 > 新闻中心 > 县长主持召开县政府常务会议\n3月1日,县长主持召开会议。', {}, false).title).toBe('县长主持召开县政府常务会议');
    expect(doc('当前位置:首页 > 新闻中心 > 县长主持召开县政府常务…\n3月1日,县长主持召开会议。', {}, false).title).toBeNull();
    expect(doc('当前位置:首页 > 新闻中心 > 政务要闻\n3月1日,县长主持召开会议。', {}, false).title).toBeNull();
  });
});

describe('year', () => {
  it('a title that reviews one year and plans the next is for the year it plans', () => {
    expect(doc('某市卫生计生委关于印发2016年某市卫生计生工作总结和2017年某市卫生计生工作要点的通知\n各处室:\n现予以下发。').year).toBe(2017);
    expect(doc('某市2022年重点工作完成情况和2023年工作计划\n一、2022年完成情况').year).toBe(2023);
    // one year only, or two without a review, keep the first
    expect(doc('某市2022年重点工作完成情况\n一、总体情况').year).toBe(2022);
    expect(doc('某市促进就业行动方案(2023—2025年)\n一、总体目标').year).toBe(2023);
  });
});
