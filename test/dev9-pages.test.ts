// Dev batch 9 (pages that assign nothing, prose brackets, document metadata): the mechanisms its notices showed,
// each on a made-up text.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/metadata/index.js';
import { parseBytes } from '../src/pipeline.js';
import { readsAsReport } from '../src/recognize/report-page.js';

const doc = (text: string) => extractDocument(text.split('\n'), {}, false);
const parse = (text: string) => parseBytes(Buffer.from(text, 'utf8'), 'x.txt');

const NARRATION = '省卫生健康委与省医保局还参与多项工作。例如,完善药品集中采购机制,由省医保局、省卫生健康委等分工负责。加强重大疾病防治,由省卫生健康委、省科技厅等分工负责。';

describe('dev batch 9: a page that reports on a notice', () => {
  it('knows a report by its byline, reported speech about a document, or a release lede', () => {
    expect(readsAsReport(['某省明确重点工作分工', '(记者张三)省政府就重点工作作出分工。'])).toBe(true);
    expect(readsAsReport(['据了解,全市共安排80项。', '今年共安排重点工作80项。 记者 李四'])).toBe(true);
    expect(readsAsReport(['《意见》明确,需要省卫生健康委参加的工作共计12项。'])).toBe(true);
    expect(readsAsReport(['近日,省政府印发《关于落实重点工作分工的意见》。'])).toBe(true);
    expect(readsAsReport(['省政府近日公布《关于落实重点工作分工的意见》。'])).toBe(true);
    expect(readsAsReport(['新华社北京3月20日电 国务院印发意见。'])).toBe(true);
    // a notice that cites a document, or asks for what it requires, reports nothing
    expect(readsAsReport(['按照《方案》要求,各单位要抓好落实。', '《纲要》提出的目标任务分解如下:', '一、推进城市更新(市住建局牵头)'])).toBe(false);
    expect(readsAsReport(['各镇人民政府,县直各部门:', '现将《实施方案》印发给你们,请认真贯彻执行。'])).toBe(false);
    // a wrapper that goes on to give the notice in full is the notice
    expect(readsAsReport(['日前,某市印发《某某实施方案》。全文如下:', '某某实施方案', '一、推进城市更新'])).toBe(false);
  });

  it('a report\'s own paragraph that narrates who was given what (由X、Y等分工负责) is no task', async () => {
    const news = await parse(`省政府明确重点工作部门分工\n\n(记者张三)近日,省政府印发了《关于落实重点工作部门分工的意见》。\n${NARRATION}\n`);
    expect(news.tasks).toEqual([]);
    expect(news.document.kind).toBe('other');
    expect(news.report.messages.some((m) => m.rule === 'reported-assignment')).toBe(true);
    // the same paragraph on a page that does not report on a notice is still read as it was
    const plain = await parse(`重点工作部门分工\n\n${NARRATION}\n`);
    expect(plain.tasks.length).toBe(1);
  });

  it('a report that quotes the notice\'s numbered items with their brackets still assigns', async () => {
    const text = '某省发布重点工作部门分工意见\n近日,省政府发布关于落实重点工作部门分工的意见。\n大力实施乡村振兴战略\n'
      + '(二十四)健全城乡融合发展体制机制。(省发展改革委、省农业农村厅牵头,有关部门按职责分工负责)\n'
      + '(二十五)推进农业供给侧结构性改革。(省农业农村厅、省科技厅等按职责分工负责)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['(二十四)', '(二十五)']);
    expect(n.tasks[0].leadUnits).toEqual(['省发展改革委', '省农业农村厅']);
    // the excerpt starts in the middle of its list: the part's title over it heads it
    expect(n.tasks.map((t) => t.sections.map((s) => s.title))).toEqual([['大力实施乡村振兴战略'], ['大力实施乡村振兴战略']]);
  });

  it('a report\'s headline that says what an organ decided names no issuer; one that says it issued a document does', async () => {
    const story = async (headline: string) => (await parse(`${headline}\n(记者张三)近日,国务院印发了《关于落实重点工作部门分工的意见》。\n《意见》明确,由国家卫生健康委负责。`)).document.issuer;
    expect(await story('国务院明确《政府工作报告》重点工作部门分工')).toBeNull();
    expect(await story('国务院印发《关于落实〈政府工作报告〉重点工作分工的意见》')).toBe('国务院');
    // (a headline that is no report's keeps its organ)
    expect(extractDocument(['国务院明确《政府工作报告》重点工作部门分工'], {}, true).issuer).toBe('国务院');
  });
});

describe('dev batch 9: prose brackets', () => {
  it('X负责,Y配合、Z实施: X leads, Y and Z co-operate', async () => {
    const n = await parse('一、提速燃气老化管道改造\n1.改造计划全面落实。2025年完成管道改造17.5公里。(区建管委负责,各街道(镇)配合、管道燃气企业实施)\n');
    expect(n.tasks).toHaveLength(1);
    expect(n.tasks[0].leadUnits).toEqual(['区建管委']);
    expect(n.tasks[0].coUnits).toEqual(['各街道(镇)', '管道燃气企业']);
  });
});

describe('dev batch 9: document metadata', () => {
  it('a document site\'s page counter is no part of the title (…方案_第1页, 第1页共4页…)', () => {
    expect(doc('乡镇秸秆综合利用实施方案_第1页\n乡镇秸秆综合利用实施方案_第2页\n文档简介').title).toBe('乡镇秸秆综合利用实施方案');
    expect(doc('第1页共4页某县秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作,进一步改善环境质量,制订本方案。一、指导思想').title)
      .toBe('某县秸秆禁烧工作实施方案');
  });
  it('a breadcrumb that ends in the headline a line below repeats names the title; stuffed keywords do not', () => {
    const text = '某某精品,国产某某久久,中文字幕某某在线,某某高清\n\n欢迎来到某某博览会\n首页 > 媒体中心 > 行业新闻 > 处罚5569人!某省卫健委通报巡视整改进展\n\n行业新闻\n\n处罚5569人!某省卫健委通报巡视整改进展\n\n发布时间:2023-06-24\n\n根据省委巡视工作统一部署,现将整改进展情况予以公布。';
    expect(doc(text).title).toBe('处罚5569人!某省卫健委通报巡视整改进展');
    expect(doc('某某精品,国产某某久久,中文字幕某某在线,某某高清\n某县召开重点工作推进会\n会议要求抓好落实。').title).toBe('某县召开重点工作推进会');
  });
  it('a 文章来源 bar under the headline marks it as the title; a posting time in words dates the page', () => {
    expect(doc('不能读取语音阅读器\n\n某市财政局政务公开工作规定\n\n文章来源:某市财政局  |  发布日期:2018年06月19日\n  一、组织保障').title).toBe('某市财政局政务公开工作规定');
    expect(doc('相关部门积极做好高考保障工作\n2024-06-11 09时00分浏览次数:\n  教体局:制定高考工作方案。').year).toBe(2024);
  });
});
