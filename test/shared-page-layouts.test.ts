// Layouts of document-sharing pages and mirror sites: pages a line under the site's header, labels written
// as sentences, a heading run into its first sub-item, a pipe table with a …科室 column.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';
import { splitGluedItems } from '../src/normalize/flat.js';
import { bracketKeys, colonKeySentences } from '../src/assign/keys.js';
import { splitNames } from '../src/units.js';

const parse = (text: string, name = 'x.txt') => parseBytes(Buffer.from(text), name);
const filler = '为深入贯彻落实中央经济工作会议精神,推进降本增效,减轻实体经济企业负担,促进经济持续健康发展,'.repeat(4);

describe('document-sharing pages', () => {
  const header = '《2022年降成本实施方案.doc》由会员分享,可在线阅读,更多相关《2022年降成本实施方案.doc(23页珍藏版)》请在某某文库上搜索。';
  const text = [
    header,
    `1、降成本实施方案${filler}特制定以下实施方案。一、降低制度性交易成本1.全面推进商事制度改革,激发市场活力。责任主体。市工商质监局。执行对象。全市市场主体。`,
    `2、工作流程。窗口受理登记,予以发证。执行时间。长期有效。2.编制监管实施细则,建立动态调整机制。责任主体。市编办、市法制办。执行对象。市各相关部门。执行时间。2022年11月底前完成。3.推进中介服务清理规范试点。责任主体。市编办、市`,
  ].join('\n');

  it('joins a page that breaks after a full stop, reads label sentences as keys, drops the item the file cuts off', async () => {
    const n = await parse(text);
    expect(n.document.title).toBe('2022年降成本实施方案');
    expect(n.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(n.tasks[0].text).toBe('全面推进商事制度改革,激发市场活力。');
    // 责任主体 alone is a 责任单位: co-units, no lead
    expect(n.tasks[0].leadUnits).toEqual([]);
    expect(n.tasks[0].coUnits).toEqual(['市工商质监局']);
    expect(n.tasks[0].deadline).toBe('长期有效');
    expect(n.tasks[1].coUnits).toEqual(['市编办', '市法制办']);
    expect(n.tasks[1].deadline).toBe('2022年11月底前完成');
    expect(n.report.messages.some((m) => m.rule === 'truncated')).toBe(true);
  });

  it('a file ending in a short whole name (a person under a units key) is not cut off', async () => {
    const n = await parseBytes(Buffer.from('⒈加快建设联东U谷项目,建成工业邻里中心。\n牵头单位:刘 哲'), 'p.txt');
    expect(n.tasks).toHaveLength(1);
    expect(n.report.messages.some((m) => m.rule === 'truncated')).toBe(false);
  });
  it('without the header a page number after a full stop stays an item number', async () => {
    const n = await parse(text.split('\n').slice(1).join('\n'));
    expect(n.tasks.some((t) => t.text.startsWith('工作流程'))).toBe(true);
  });

  it('one label word standing as a sentence in prose is left alone', () => {
    expect(colonKeySentences('工作有序推进。责任单位。各部门要加强协作。')).toBe('工作有序推进。责任单位。各部门要加强协作。');
    expect(colonKeySentences('责任主体。市编办。执行时间。长期有效。')).toBe('责任主体:市编办。执行时间:长期有效。');
  });
  it('keys in lenticular brackets are keys, the line\'s length kept; a bracketed role word after a name is no key', async () => {
    expect(bracketKeys('健全社保体系。【牵头单位】市人社局 【配合单位】市财政局')).toBe('健全社保体系。 牵头单位:市人社局  配合单位:市财政局');
    expect(bracketKeys('【发布单位】山西省')).toBe('【发布单位】山西省');
    expect(bracketKeys('市发改委【牵头】、市财政局')).toBe('市发改委【牵头】、市财政局');
    const n = await parseBytes(Buffer.from('1.健全社保体系。【牵头单位】市人社局 【配合单位】市财政局\n2.加强养老服务。【责任单位】市民政局\n'), 'k.txt');
    expect(n.tasks.map((t) => [t.text, t.leadUnits, t.coUnits])).toEqual([['健全社保体系。', ['市人社局'], ['市财政局']], ['加强养老服务。', [], ['市民政局']]]);
  });
});

describe('a heading run together with its first sub-item', () => {
  const line = (text: string) => ({ kind: 'line' as const, text, pos: { line: 1, column: 1 } });
  it('is cut before the sub-item that opens the next rank', () => {
    expect(splitGluedItems(line('一、加强民营经济资源要素支持(一)强化财税政策保障。依规加大减税降费力度。')).map((l) => l.text))
      .toEqual(['一、加强民营经济资源要素支持', '(一)强化财税政策保障。依规加大减税降费力度。']);
  });
  it('is not cut where the text before the marker is a sentence', () => {
    const s = '一、按照要求,做好(一)类项目的申报工作。';
    expect(splitGluedItems(line(s)).map((l) => l.text)).toEqual([s]);
  });
  it('reads the sub-item with its bare unit list and first-is-lead remark', async () => {
    const n = await parse(`一、加强要素支持(一)强化财税政策保障。${filler}依规加大减税降费力度。(市税务局、市财政局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)\n(二)加强产业基金支持。发挥产业基金引领作用。(市财政局、市金融办)\n`);
    expect(n.tasks).toHaveLength(2);
    expect(n.tasks[0].sections.map((s) => s.title)).toEqual(['加强要素支持']);
    expect(n.tasks[0].leadUnits).toEqual(['市税务局']);
    expect(n.tasks[0].coUnits).toEqual(['市财政局', '各县市', '区政府']);
    // the rule holds for the whole document (下同)
    expect(n.tasks[1].leadUnits).toEqual(['市财政局']);
  });
});

describe('a pipe table with a …科室 column', () => {
  it('reads 負責科室 (traditional) as the units', async () => {
    const n = await parse('二、重點工作任務分解\n重點任務 | 工作內容 | 負責科室 |\n政策解讀 | 對我局起草的政策文件進行全面解讀,創新解讀形式。 | 各責任科室 |\n制度建設 | 局綜合科要建立一套完善的政府信息公開制度。 | 綜合科 |\n');
    expect(n.tasks.map((t) => t.title)).toEqual(['政策解读', '制度建设']);
    expect(n.tasks.map((t) => t.coUnits)).toEqual([['各责任科室'], ['综合科']]);
  });
});

describe('a first-is-lead rule written among the names', () => {
  it('is a remark, not a name, and still states the rule', () => {
    const r = splitNames('市财政局、市税务局,各市(区)政府,排在首位为牵头单位,下同');
    expect(r.names).toEqual(['市财政局', '市税务局', '各市(区)政府']);
    expect(r.firstIsLead).toBe(true);
  });
});
