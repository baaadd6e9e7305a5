// Dev batch 8 (prose, brackets, keys and metadata): the mechanisms its notices showed, each on a made-up text.
import { describe, expect, it } from 'vitest';
import { isHeadingLike } from '../src/assemble/free-lines.js';
import { extractDocument } from '../src/metadata/index.js';
import { parseBytes } from '../src/pipeline.js';
import { readMarker } from '../src/segment/markers.js';

const doc = (text: string) => extractDocument(text.split('\n'), {}, true);
const parse = (text: string) => parseBytes(Buffer.from(text, 'utf8'), 'x.txt');

describe('dev batch 8: prose and brackets', () => {
  it('a page\'s date under a bullet (• 2008-12-18) heads none of the items below it', async () => {
    const text = '某县会议裁示事项\n\n  • 2008-12-18\n 1、春节期间做好慰问工作。(民政局)\n 2、做好资金调度工作。(财政局)\n 3、做好校园安全工作。(教育局)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(n.tasks.every((t) => t.sections.length === 0)).toBe(true);
    expect(n.tasks[0].coUnits).toEqual(['民政局']);
  });
  it('1、 before a year (6、98年…, 1、2023年…) is the item\'s number; 1、2 between numbers is no marker', () => {
    expect(readMarker('6、98年元旦升旗活动相关事宜要做好。')?.value).toBe(6);
    expect(readMarker('1、2023年底前完成改造。')?.value).toBe(1);
    expect(readMarker('1、2号楼完成改造。')).toBeNull();
  });
  it('a keyed block hard-wrapped inside its bracket is read whole, and its end heads nothing', async () => {
    const text = '一、推进农牧业转型\n(一)增强粮食生产能力\n1.实施增粮示范行动,安排资金稳定粮食\n播种面积和产量。(责任单位:自治\n区农牧厅、财政厅)\n2.实施耕地保护行动,支持高标准农田\n建设。(责任单位:\n自治区农牧厅、发展改革委)\n3.支持盐碱地综合利用。(责任单位:自治区农牧厅)\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['自治区农牧厅', '财政厅'], ['自治区农牧厅', '发展改革委'], ['自治区农牧厅']]);
    expect(n.tasks.every((t) => t.sections.map((s) => s.title).join('/') === '推进农牧业转型/增强粮食生产能力')).toBe(true);
    expect(isHeadingLike('区农牧厅、财政厅)')).toBe(false);
    expect(isHeadingLike('增强粮食生产能力(试点)')).toBe(true);
  });
  it('a road\'s section in brackets (…东路(连江一中段)) is the task\'s text, its key line names the units', async () => {
    const text = '(1)改造提升中山路(实验小学段)。\n\n  主办单位:县城投公司,协办单位:住建局、凤城镇。\n\n(2)整治提升滨江路。\n\n  主办单位:县住建局,协办单位:凤城镇。\n\n(3)新建停车场。\n\n  主办单位:县城管局,协办单位:凤城镇。\n';
    const n = await parse(text);
    expect(n.tasks[0].text).toBe('改造提升中山路(实验小学段)。');
    expect(n.tasks[0].leadUnits).toEqual(['县城投公司']);
    expect(n.tasks[0].coUnits).toEqual(['住建局', '凤城镇']);
  });
  it('an item whose last name the file ends inside an organ\'s ending (…发展有) is cut off, not a task', async () => {
    const text = '(1)改造提升中山路。\n\n  主办单位:县城投公司,协办单位:住建局。\n\n(2)整治提升滨江路。\n\n  主办单位:县住建局,协办单位:凤城镇。\n\n(3)整治提升贵安路网。\n\n  主办单位:连江交通建设发展有';
    const n = await parse(text);
    expect(n.tasks.map((t) => t.number)).toEqual(['(1)', '(2)']);
    const whole = await parse(text + '限公司,协办单位:凤城镇。\n');
    expect(whole.tasks.map((t) => t.number)).toEqual(['(1)', '(2)', '(3)']);
  });
  it('one paragraph over key lines that say who leads and who co-operates is a task, on a page that lost its heading', async () => {
    const text = '某某工作实施方案\n为深入贯彻落实会议精神,在现有基础上进一步加大生活垃圾分类工作力度,落实分类投放管\n理责任人,引导居民群众参与生活垃圾分类。\n牵头单位:农业农村局、城管局配合单位:各镇人民政府、街道办事处\n(二)易腐垃圾收运处置体系建设工作\n鼓励采取市场化运作或者政府购买服务等方式建立';
    const n = await parse(text);
    expect(n.tasks).toHaveLength(1);
    expect(n.tasks[0].text).toBe('为深入贯彻落实会议精神,在现有基础上进一步加大生活垃圾分类工作力度,落实分类投放管理责任人,引导居民群众参与生活垃圾分类。');
    expect(n.tasks[0].leadUnits).toEqual(['农业农村局', '城管局']);
    expect(n.tasks[0].coUnits).toEqual(['各镇人民政府', '街道办事处']);
    // a lead key alone under one paragraph is no such task
    expect((await parse(text.replace('配合单位:各镇人民政府、街道办事处', ''))).tasks).toHaveLength(0);
  });
  it('one paragraph over a key line of who answers for it (责任单位: X) is a task; a reply letter\'s 分管单位 / 承办人 is none', async () => {
    const text = '到2012年,实现全市所有乡镇基本建有具备综合服务功能的文化站目标。功能结构主要包括书报刊阅览室、文化科技培训室等。\n责任单位: 市文广新局\n';
    const n = await parse(text);
    expect(n.tasks.map((t) => [t.number, t.coUnits])).toEqual([[null, ['市文广新局']]]);
    const letter = '您提出的建议收悉。我局将继续关注城镇建设的现状,积极为城镇建设出谋划力。感谢您对我区城市建设管理的关心。\n分管领导:张三\n分管单位:城建股\n承办人:李四  联系方式:13500000000\n';
    expect((await parse(letter)).tasks).toHaveLength(0);
  });
});

describe('dev batch 8: titles', () => {
  it('a breadcrumb run into the title (首页 政策解读 关于…) is cut off it', () => {
    expect(doc('首页 政策解读 关于《政府工作报告(征求意见稿)》解读\n\n新闻来源: 政府办 发布时间: 2022-12-30\n\n正文。').title).toBe('关于《政府工作报告(征求意见稿)》解读');
    expect(doc('首页 > 政务公开 > 关于印发某县2023年重点工作的通知\n各乡镇:\n现印发给你们。').title).toBe('关于印发某县2023年重点工作的通知');
  });
  it('a site\'s welcome line is chrome; a date whose count lost its label (2019-04-28 / :61) is the info bar under the headline', () => {
    const d = doc('欢迎访问某自治区环境保护产业协会\n 联系方式:0991-1234567\n资讯中心\n\n某自治区贯彻落实督察反馈意见整改工作情况的报告\n\n2019-04-28 / :61\n\n  经批准,督察组开展了督察。');
    expect(d.title).toBe('某自治区贯彻落实督察反馈意见整改工作情况的报告');
  });
  it('the site that provides a page (…事项/某县政府提供) is no part of its headline', () => {
    expect(doc('第46次扩大主管会报县长裁示事项/某县政府提供\n\n  • 2008-12-18\n 1、做好工作。(民政局)').title).toBe('第46次扩大主管会报县长裁示事项');
  });
  it('a file name with its list number (17.某某清单.docx) names the document; a line ending in 和 is a broken sentence', () => {
    expect(doc('17.某自治区2023年推动产业高质量发展政策清单.docx\n某自治区 2023 年推动产业 高质量发展政策清单 为全面贯彻精神,提出如下政策清单。').title).toBe('某自治区2023年推动产业高质量发展政策清单');
    expect(doc('2016年是\n“十三五”规划和\n全面建成小康社会决胜阶段的开局之年,也是攻坚之年。\n1.加大扶贫力度。').title).toBeNull();
  });
  it('a part title broken over two lines is whole when the covering letter names it', () => {
    const d = doc('各盟市人民政府:\n现将《某自治区2022年坚持稳中求进推动产业高质量发展政策清单》印发给你们,请认真贯彻落实。\n2022年2月20日\n某自治区2022年坚持稳中求进\n推动产业高质量发展政策清单\n为全面贯彻落实会议精神,制定本清单。\n一、推进农牧业转型');
    expect(d.title).toBe('某自治区2022年坚持稳中求进推动产业高质量发展政策清单');
  });
});

describe('characters the small traditional build leaves as they are', () => {
  it('堿 and 鹼 come out as 碱, every time (the converter is reused across calls)', async () => {
    const { loadConverter } = await import('../src/normalize/traditional.js');
    const convert = await loadConverter();
    for (let i = 0; i < 3; i++) expect(convert('鹽堿地與鹼性土壤')).toBe('盐碱地与碱性土壤');
    expect(convert('鹽鹼')).toBe('盐碱');
  });
});
