// HTML pages: the notice body among page chrome, lines with source positions, tables with merged
// cells expanded, the 信息公开 header table and <meta> tags as metadata, and the size / depth guards.
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { extractHtml } from '../src/extract/html.js';
import { hanCount } from '../src/extract/html-dom.js';
import type { Block, TableBlock, TextLine } from '../src/model.js';
import { parseBytes } from '../src/pipeline.js';

const lines = (blocks: Block[]) => blocks.filter((b): b is TextLine => b.kind === 'line').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const texts = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));
const page = (body: string, head = '') => `<!DOCTYPE html>
<html><head><meta charset="utf-8">${head}<title>页面标题_某某人民政府</title>
<style>p { color: red }</style><script>document.write("<p>一、脚本里的假标题</p>")</script></head>
<body>
<div class="header"><div class="logo">某某市人民政府</div><div class="search"><input value="请输入关键字"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="crumbs">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
${body}
<div class="footer"><p>主办:某某市人民政府办公室</p><p>版权所有 备案号:京ICP备00000000号</p></div>
<script>var _hmt = [];</script>
</body></html>`;

describe('the body among page chrome', () => {
  const BODY = '<p>一、总体要求</p><p>1.加快建设联东U谷项目。(牵头单位:区工信局)</p><p>2.推进数字经济发展。(牵头单位:区发改局)</p>';
  for (const container of ['<div class="TRS_Editor">$</div>', '<div id="zoom">$</div>', '<div class="Custom_UnionStyle">$</div>',
    '<div class="pages_content"><div id="UCAP-CONTENT">$</div></div>', '<div class="article-content">$</div>',
    '<td class="b12c"><div class="wenzhang">$</div></td>']) {
    it(`finds it in ${container.replace('$', '…')}`, () => {
      const html = page(`<div class="main"><h1>关于印发重点任务的通知</h1>
        <div class="share">分享到:<a>微信</a><a>微博</a></div>
        ${container.includes('<td') ? `<table><tr>${container.replace('$', BODY)}</tr></table>` : container.replace('$', BODY)}
        <div class="print"><a>【打印本页】</a> <a>【关闭窗口】</a></div></div>`);
      const got = lines(extractHtml(html).blocks);
      expect(got.slice(-3)).toEqual(['一、总体要求', '1.加快建设联东U谷项目。(牵头单位:区工信局)', '2.推进数字经济发展。(牵头单位:区发改局)']);
      expect(got.join('\n')).not.toMatch(/首页|政务公开|分享|打印|关闭|版权|脚本|搜索|color/);
    });
  }
  it('drops page-tool lines and short chrome inside a known container', () => {
    const html = page(`<div class="TRS_Editor"><div class="fontsize">字号:<a>大</a> <a>中</a> <a>小</a></div>
      <p>一、总体要求</p><div class="bdsharebuttonbox">分享到:<a>微信</a></div><p>【打印】 【关闭】</p><p>打印本页 关闭窗口</p></div>`);
    expect(lines(extractHtml(html).blocks)).toEqual(['一、总体要求']);
  });
  it('never drops a task table that sits outside the body container', () => {
    const html = page(`<div class="TRS_Editor"><p>现将重点任务分解如下。</p></div>
      <div class="fujian"><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
      <tr><td>1</td><td>加快建设联东U谷项目</td><td>区工信局</td></tr></table></div>`);
    const doc = extractHtml(html);
    expect(lines(doc.blocks)).toEqual(['现将重点任务分解如下。']);
    expect(texts(tables(doc.blocks)[0])).toEqual([['序号', '工作任务', '牵头单位'], ['1', '加快建设联东U谷项目', '区工信局']]);
  });
  it('without a known container, takes the element holding the text (density), keeping its tables', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>${i + 1}.第${i + 1}项重点工作要加快推进落实。(牵头单位:区发改局)</p>`).join('');
    const html = page(`<div class="container"><div class="left"><ul><li><a>机构概况</a></li><li><a>政策文件</a></li></ul></div>
      <div class="right"><div class="wz">${paras}<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>甲</td></tr></table></div>
      <div class="share">分享到:微信</div></div></div>`);
    const doc = extractHtml(html);
    expect(lines(doc.blocks)).toHaveLength(6);
    expect(tables(doc.blocks)).toHaveLength(1);
  });
  it('hidden elements and ruby annotations (pinyin in <rt>) are not text', () => {
    const html = page('<div id="zoom"><p style="display:none">隐藏的索引</p><p><ruby>發<rp>(</rp><rt>fā</rt><rp>)</rp></ruby>改委牵头</p></div>');
    expect(lines(extractHtml(html).blocks)).toEqual(['發改委牵头']);
  });
});

describe('lines and positions', () => {
  it('a line per <p>, <br>, <li>, heading and <div>; inline elements join; entities decoded', () => {
    const html = page(`<div class="TRS_Editor"><h2>总体要求</h2><p>一、加&amp;强<b>领导</b>&lt;抓&gt;</p><div>二、实干<br>担当<br><br>三、督查</div>
      <ul><li>(一)第一</li><li>(二)第二</li></ul><p>&nbsp;</p><p>&#x56db;、&#22235;项</p></div>`);
    expect(lines(extractHtml(html).blocks)).toEqual(['总体要求', '一、加&强领导<抓>', '二、实干', '担当', '', '三、督查', '(一)第一', '(二)第二', '', '四、四项']);
  });
  it('white space: runs collapse, a source line break between Chinese characters is no space', () => {
    const html = page('<div id="zoom"><p>加快建设\n    联东U谷项目,   建成 工业\r\n邻里中心。</p><pre>  1.保留\n  2.原样</pre></div>');
    expect(lines(extractHtml(html).blocks)).toEqual(['加快建设联东U谷项目, 建成 工业邻里中心。', '1.保留', '2.原样']);
  });
  it('positions are line:column of the first character in the decoded page (entities, CRLF, tags counted)', () => {
    const src = '<html><body>\r\n<div id="zoom">\r\n<p>&nbsp;&nbsp;一、加快<b>发展</b></p>\r\n<p>2.推进<b>数字</b>经济发展。<br>(牵头单位:区发改局)</p>\r\n'
      + '<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>&amp;甲</td></tr></table></div></body></html>';
    const doc = extractHtml(src);
    const at = (text: string) => doc.blocks.find((b): b is TextLine => b.kind === 'line' && b.text === text)?.pos;
    expect(at('一、加快发展')).toEqual({ line: 3, column: 16 });
    expect(at('2.推进数字经济发展。')).toEqual({ line: 4, column: 4 });
    expect(at('(牵头单位:区发改局)')).toEqual({ line: 4, column: 26 });
    const t = tables(doc.blocks)[0];
    expect(t.pos).toEqual({ line: 5, column: 1 });
    expect(t.rows[1][1]).toEqual({ text: '&甲', pos: { line: 5, column: 57 } }); // at the entity that makes the character
    // the position points at the character itself
    const lineText = src.split('\r\n')[2];
    expect(lineText.slice(15)).toMatch(/^一、/);
  });
});

describe('tables', () => {
  it('rowspan and colspan expand: a merged cell repeats its text and position in every slot', () => {
    const html = page(`<div id="zoom"><table>
      <tr><th>序号</th><th>工作任务</th><th>牵头领导</th><th>牵头单位</th></tr>
      <tr><td colspan="4">一、民生实事</td></tr>
      <tr><td>1</td><td>建设学校</td><td rowspan="2">刘虹</td><td rowspan="3"><p>区教育局</p><p>区住建局</p></td></tr>
      <tr><td>2</td><td>新建医院</td></tr>
      <tr><td>3</td><td>改造道路<br>和桥梁</td><td>王丹</td></tr></table></div>`);
    const t = tables(extractHtml(html).blocks)[0];
    expect(texts(t)).toEqual([
      ['序号', '工作任务', '牵头领导', '牵头单位'],
      ['一、民生实事', '一、民生实事', '一、民生实事', '一、民生实事'],
      ['1', '建设学校', '刘虹', '区教育局\n区住建局'],
      ['2', '新建医院', '刘虹', '区教育局\n区住建局'],
      ['3', '改造道路\n和桥梁', '王丹', '区教育局\n区住建局'],
    ]);
    expect(t.rows[3][2].pos).toEqual(t.rows[2][2].pos);
    expect(t.rows[4][3].pos).toEqual(t.rows[2][3].pos);
    expect(new Set(t.rows[1].map((c) => `${c.pos.line}:${c.pos.column}`)).size).toBe(1);
  });
  it('rowspan past the end is clamped, rowspan="0" runs to the end, short rows are padded', () => {
    const html = page(`<div id="zoom"><table><tr><td rowspan="9">甲</td><td rowspan="0">乙</td><td>丙</td></tr>
      <tr><td>丁</td></tr><tr></tr></table></div>`);
    expect(texts(tables(extractHtml(html).blocks)[0])).toEqual([['甲', '乙', '丙'], ['甲', '乙', '丁'], ['甲', '乙', '']]);
  });
  it('a caption becomes a line before its table; a footer table without task columns is no part of the notice', () => {
    const html = page(`<div id="zoom"><p>现将任务分解如下。</p><table><caption>2022年重点任务分解表</caption><tr><td>序号</td><td>工作任务</td></tr>
      <tr><td>1</td><td>建设学校</td></tr></table></div><div class="dibu"><table><tr><td>主办单位:某某市人民政府办公室</td><td>联系电话:0518-12345678</td></tr>
      <tr><td>地址:某某市人民路一号政务服务中心大楼</td><td>网站标识码:3207000001</td></tr></table></div>`);
    const doc = extractHtml(html);
    expect(lines(doc.blocks)).toEqual(['现将任务分解如下。', '2022年重点任务分解表']);
    expect(tables(doc.blocks)).toHaveLength(1);
  });
  it('a nested table flattens into its cell, a row a line', () => {
    const html = page(`<div id="zoom"><table><tr><td>序号</td><td>责任单位</td></tr>
      <tr><td>1</td><td><table><tr><td>牵头:</td><td>区发改局</td></tr><tr><td>配合:</td><td>区财政局</td></tr></table></td></tr>
      <tr><td>2</td><td>区水务局</td></tr></table></div>`);
    expect(texts(tables(extractHtml(html).blocks)[0])).toEqual([['序号', '责任单位'], ['1', '牵头: 区发改局\n配合: 区财政局'], ['2', '区水务局']]);
  });
  it('layout tables (one column, or one row) flow as lines', () => {
    const html = page(`<table width="980"><tr><td><div class="TRS_Editor"><table><tr><td><p>一、总体要求</p><p>二、重点任务</p></td></tr></table></div></td></tr></table>`);
    const doc = extractHtml(html);
    expect(tables(doc.blocks)).toHaveLength(0);
    expect(lines(doc.blocks)).toEqual(['一、总体要求', '二、重点任务']);
  });
  it('a table that lays out the page around the notice (one cell holds it) flows as lines', async () => {
    const items = Array.from({ length: 8 }, (_, i) => `<p>${i + 1}.第${i + 1}项重点工作要加快推进落实,确保按期完成各项目标任务。(牵头单位:区发改局)</p>`).join('');
    const html = page(`<table width="960"><tr><td colspan="2">区政府关于印发重点任务分解的通知</td></tr><tr><td width="10">&nbsp;</td><td>${items}</td></tr></table>`);
    const doc = extractHtml(html);
    expect(tables(doc.blocks)).toHaveLength(0);
    expect(lines(doc.blocks)).toHaveLength(8);
    expect((await parseBytes(Buffer.from(html), 'x.html')).tasks).toHaveLength(8);
  });
  it('end to end: a merged leader / unit applies to each task row it spans', async () => {
    const html = page(`<div class="TRS_Editor"><p>2022年重点任务分解表</p><table>
      <tr><td>序号</td><td>工作任务</td><td>牵头领导</td><td>牵头单位</td><td>完成时限</td></tr>
      <tr><td>1</td><td>建设学校</td><td rowspan="2">刘虹</td><td rowspan="2">区教育局</td><td>12月底前</td></tr>
      <tr><td>2</td><td>新建医院</td><td>6月底前</td></tr></table></div>`);
    const notice = await parseBytes(Buffer.from(html), 'x.html');
    expect(notice.source.format).toBe('html');
    expect(notice.tasks.map((t) => [t.number, t.text, t.leaders, t.leadUnits, t.deadline])).toEqual([
      ['1', '建设学校', ['刘虹'], ['区教育局'], '12月底前'],
      ['2', '新建医院', ['刘虹'], ['区教育局'], '6月底前'],
    ]);
  });
});

describe('page metadata', () => {
  const INFO = `<table class="xxgk_table"><tr><td>索 引 号:</td><td>0142671915/2022-00039</td><td>主题分类:</td><td>综合政务</td></tr>
    <tr><td>发布机构:</td><td>海州区人民政府</td><td>成文日期:</td><td>2022年01月28日</td></tr>
    <tr><td>标  题:</td><td colspan="3">区政府关于印发2022年《政府工作报告》重点任务分解落实方案的通知</td></tr>
    <tr><td>文 号:</td><td>海政发〔2022〕1号</td><td>发布日期:</td><td>2022-01-29</td></tr></table>`;
  it('the 信息公开 header table feeds meta and is no table of the body', () => {
    const doc = extractHtml(page(`${INFO}<div class="TRS_Editor">${INFO}<p>一、总体要求</p></div>`));
    expect(doc.meta).toEqual({ issuer: '海州区人民政府', date: '2022年01月28日', title: '区政府关于印发2022年《政府工作报告》重点任务分解落实方案的通知',
      docNumber: '海政发〔2022〕1号', published: '2022-01-29' });
    expect(tables(doc.blocks)).toHaveLength(0);
    expect(lines(doc.blocks)).toEqual(['一、总体要求']);
  });
  it('label and value in one cell, traditional labels', () => {
    const doc = extractHtml(page(`<table><tr><td>發文機關:國務院辦公廳</td><td>成文日期:2014年02月23日</td></tr>
      <tr><td>標  題:國務院辦公廳關於落實分工的通知</td><td>發文字號:國辦函〔2014〕31號</td></tr></table><div id="zoom"><p>正文</p></div>`));
    expect(doc.meta).toEqual({ issuer: '國務院辦公廳', date: '2014年02月23日', title: '國務院辦公廳關於落實分工的通知', docNumber: '國辦函〔2014〕31號' });
  });
  it('<meta> tags fill what the header table leaves open', () => {
    const head = '<meta name="ArticleTitle" content="关于印发重点任务的通知"><meta name="PubDate" content="2022-01-29 10:13"><meta name="ContentSource" content="海州区政府办">';
    expect(extractHtml(page('<div id="zoom"><p>正文</p></div>', head)).meta)
      .toEqual({ title: '关于印发重点任务的通知', published: '2022-01-29 10:13', source: '海州区政府办' });
  });
  it('end to end: the document block uses them', async () => {
    const notice = await parseBytes(Buffer.from(page(`${INFO}<div class="TRS_Editor"><p>1.加快建设。(牵头单位:区工信局)</p></div>`)), 'x.html');
    expect(notice.document).toMatchObject({ title: '区政府关于印发2022年《政府工作报告》重点任务分解落实方案的通知', docNumber: '海政发〔2022〕1号',
      issuer: '海州区人民政府', date: '2022-01-28', year: 2022 });
  });
  it('a traditional Big5 page: converted to simplified, metadata too', async () => {
    const { default: iconv } = await import('iconv-lite');
    const html = `<html><head><meta charset="big5"><meta name="ArticleTitle" content="國務院辦公廳關於落實重點工作分工的通知"></head><body><div id="zoom">
      <p>一、關於發展</p><p>1.著力推進農業現代化,加強統籌協調。(牽頭單位:發展改革委、農業部)</p></div></body></html>`;
    const notice = await parseBytes(iconv.encode(html, 'big5'), 'x.html');
    expect(notice.source).toMatchObject({ encoding: 'big5', format: 'html', script: 'traditional' });
    expect(notice.document.title).toBe('国务院办公厅关于落实重点工作分工的通知');
    expect(notice.tasks[0]).toMatchObject({ text: '着力推进农业现代化,加强统筹协调。', leadUnits: ['发展改革委', '农业部'] });
  });
});

describe('page notes', () => {
  it('links to attachments are reported; an empty page (content loaded by script) is a warning', () => {
    const doc = extractHtml(page('<div class="TRS_Editor"><p>现将方案印发给你们。</p><p>附件:<a href="/P020220129.xlsx">重点任务分解表.xlsx</a></p></div>'));
    expect(doc.messages).toEqual([expect.objectContaining({ rule: 'attachment-link', severity: 'info', message: expect.stringContaining('重点任务分解表.xlsx') })]);
    const empty = extractHtml('<html><body><div id="app"></div><script>load()</script></body></html>');
    expect(empty.messages.map((m) => m.rule)).toEqual(['empty-page']);
  });
});

describe('guards', () => {
  it('elements nested too deep: an InputError, not a parser taking minutes', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body></html>`;
    const t = Date.now();
    expect(() => extractHtml(html)).toThrow(InputError);
    expect(() => extractHtml(html)).toThrow(/nested 5000 deep/);
    expect(Date.now() - t).toBeLessThan(2000);
  });
  it('thousands of unclosed inline tags (re-opened in every block by the parser): an InputError', () => {
    expect(() => extractHtml(`<html><body>${'<font size="3">第一项<p>内容</p>'.repeat(6000)}</body></html>`)).toThrow(/unclosed <font> tags/);
    expect(lines(extractHtml(page(`<div id="zoom">${'<span><b>第一项</b></span><p>内容</p>'.repeat(6000)}</div>`)).blocks).length).toBeGreaterThan(6000);
  });
  it('a page too large: an InputError', () => {
    expect(() => extractHtml(`<html><body><p>${'字'.repeat(17 * 1024 * 1024)}</p></body></html>`)).toThrow(/too large/);
  });
  it('unclosed paragraphs and list items are no nesting', () => {
    const html = page(`<div id="zoom">${'<p>第一项工作。'.repeat(3000)}</div>`);
    expect(lines(extractHtml(html).blocks)).toHaveLength(3000);
  });
});

describe('hanCount', () => {
  it('counts Han code points as /\\p{Script=Han}/gu does: BMP, astral, radicals, 〇 々, lone surrogates', () => {
    const regex = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;
    const samples = ['', 'abc 123', '市发改委、市财政局', '𠀀𪚥中', '⺀⼀〇々〆〻', '\ud840x\udc00中', 'ア한中', '\uf900\ufa6d\u3400\u9fff'];
    for (const s of samples) expect(hanCount(s)).toBe(regex(s));
    expect(hanCount('𠀀𪚥中')).toBe(3);
  });
});
