#!/usr/bin/env node
// Re-publishes every text fixture the ways notices appear online, into fixtures/published/:
//   NAME.gbk.html    the .txt as a GBK page with site chrome (nav, breadcrumbs, 信息公开 header table,
//                    share bar, 打印 关闭, footer, script/style); body container and charset declaration vary
//   NAME.trad.html   the .txt in traditional characters (OpenCC cn -> tw), Big5 bytes
//   NAME.hk.txt      (a few fixtures) the .txt in Hong Kong traditional variants (OpenCC cn -> hk), UTF-8
//   NAME.docx        the .txt as Word paragraphs, item markers turned into Word auto-numbering
//   NAME.table.html  the expected tasks (fixtures/expected) as an HTML task table, merged (rowspan) cells
//   NAME.table.docx  the same table in Word: w:vMerge / w:gridSpan, 序号 auto-numbered
// Deterministic: same inputs, same bytes. Run: node scripts/make-published-fixtures.mjs [--out DIR]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import * as OpenCC from 'opencc-js';
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures');
const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : join(fixtures, 'published');
mkdirSync(out, { recursive: true });
const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const HK = new Set(['haizhou-2022', 'tongxiang-2020', 'gangcheng-2021-yingshang']);

// ---------- encoding: characters a legacy charset lacks become numeric character references
const encodable = new Map();
function encodeHtml(html, charset) {
  const safe = [...html].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch;
    const key = `${charset}:${ch}`;
    if (!encodable.has(key)) encodable.set(key, iconv.decode(iconv.encode(ch, charset), charset) === ch);
    return encodable.get(key) ? ch : `&#x${ch.codePointAt(0).toString(16).toUpperCase()};`;
  }).join('');
  return iconv.encode(safe, charset);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Leading spaces and runs of spaces survive as &nbsp;, as CMS editors write them. */
const escLine = (s) => esc(s).replace(/^ +/, (m) => '&nbsp;'.repeat(m.length)).replace(/ {2,}/g, (m) => '&nbsp;'.repeat(m.length - 1) + ' ');
const first = (v) => (Array.isArray(v) ? v[0] : v) ?? '';
const cnDate = (iso) => (iso ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日') : '');

// ---------- HTML pages
const CONTAINERS = [
  (body) => `<div class="TRS_Editor">\n${body}\n</div>`,
  (body) => `<div id="zoom" class="zoom">\n${body}\n</div>`,
  (body) => `<div class="pages_content" id="UCAP-CONTENT">\n<div class="Custom_UnionStyle">\n${body}\n</div>\n</div>`,
  (body) => `<div class="article-content">\n${body}\n</div>`,
  (body) => `<div class="wenzhang">\n<div class="wz">\n${body}\n</div>\n</div>`, // no known container: density fallback
];
const CHARSET_DECL = [
  (cs) => `<meta http-equiv="Content-Type" content="text/html; charset=${cs}">`,
  (cs) => `<meta charset="${cs}">`,
  () => '', // no declaration: detection
];

function infoTable(docInfo, t) {
  const row = (a, av, b, bv) => `<tr><td class="lab">${t(a)}</td><td>${esc(t(av))}</td><td class="lab">${t(b)}</td><td>${esc(t(bv))}</td></tr>`;
  return `<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">
${row('索 引 号:', '000014349/2024-00001', '主题分类:', '综合政务')}
${row('发布机构:', first(docInfo.issuer), '成文日期:', cnDate(first(docInfo.date)))}
<tr><td class="lab">${t('标  题:')}</td><td colspan="3">${esc(t(first(docInfo.title)))}</td></tr>
${row('发文字号:', first(docInfo.docNumber), '发布日期:', cnDate(first(docInfo.date)))}
</table>`;
}

function page({ body, docInfo, charset, variant, t = (s) => s, withInfo = true }) {
  const title = esc(t(first(docInfo.title) || '通知公告'));
  const container = CONTAINERS[variant % CONTAINERS.length];
  const decl = CHARSET_DECL[variant % CHARSET_DECL.length](charset);
  const h1 = variant % CONTAINERS.length === 4 ? '' : `<h1 class="article-title">${title}</h1>\n`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
${decl}
<meta name="SiteName" content="${t('人民政府门户网站')}">
${first(docInfo.title) ? `<meta name="ArticleTitle" content="${title}">\n` : ''}${first(docInfo.date) ? `<meta name="PubDate" content="${esc(first(docInfo.date))} 10:13">\n` : ''}<meta name="ContentSource" content="${esc(t(first(docInfo.issuer) || ''))}">
<title>${title}_${t('人民政府门户网站')}</title>
<link rel="stylesheet" type="text/css" href="/images/style.css">
<style type="text/css">
body { font-size: 14px; } .TRS_Editor p { line-height: 2; text-indent: 2em; }
</style>
<script type="text/javascript">
var _hmt = _hmt || []; document.write("<div class='tip'>${t('一、欢迎访问')}</div>"); if (a < b && c > d) {}
</script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="${t('人民政府')}"></div>
<div class="search"><form action="/search"><input type="text" name="q" value="${t('请输入关键字')}"><button type="submit">${t('搜索')}</button></form></div></div>
<div class="nav"><ul><li><a href="/">${t('首页')}</a></li><li><a href="/zwgk/">${t('政务公开')}</a></li><li><a href="/hdjl/">${t('互动交流')}</a></li><li><a href="/zwfw/">${t('政务服务')}</a></li><li><a href="/zjxx/">${t('走进本地')}</a></li></ul></div>
<div class="main">
<div class="position">${t('当前位置')}:<a href="/">${t('首页')}</a> &gt; <a href="/zwgk/">${t('政务公开')}</a> &gt; <a href="/zwgk/tzgg/">${t('通知公告')}</a></div>
${withInfo ? infoTable(docInfo, t) : ''}
<div class="article">
${h1}<div class="fontsize">${t('【字体:')}<a href="#">${t('大')}</a> <a href="#">${t('中')}</a> <a href="#">${t('小')}</a>${t('】')}</div>
${container(body)}
<div class="bdsharebuttonbox"><span>${t('分享到')}:</span><a class="bds_weixin" title="${t('分享到微信')}"></a><a class="bds_tsina">${t('微博')}</a></div>
<div class="dayin"><a href="javascript:window.print()">${t('【打印本页】')}</a> <a href="javascript:window.close()">${t('【关闭窗口】')}</a></div>
</div>
</div>
<div class="footer"><p>${t('主办:人民政府办公室 承办:大数据中心')}</p><p>${t('网站标识码')}:3207030001 ${t('备案号')}:ICP${t('备')}05001234${t('号')}</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac'%3E%3C/span%3E"));</script></div>
</body>
</html>
`;
}

/** Text lines -> body HTML: a <p> a line (blank lines as <p>&nbsp;</p>), or <br>-separated in one <div>. */
function bodyOf(lines, variant) {
  if (variant % 3 === 2) return `<div>${lines.map((l) => escLine(l)).join('<br>\n')}</div>\n<p>${'【打印】 【关闭】'}</p>`;
  return lines.map((l) => (l.trim() ? `<p>${escLine(l)}</p>` : '<p>&nbsp;</p>')).join('\n');
}

// ---------- item markers, for Word auto-numbering
const MARKERS = [
  ['cn', /^([一二三四五六七八九十]{1,3})([、..])\s*/u, LevelFormat.CHINESE_COUNTING],
  ['paren-cn', /^[((]([一二三四五六七八九十]{1,3})[))]\s*/u, LevelFormat.CHINESE_COUNTING],
  ['num', /^(\d{1,3})([.、.])(?!\d)\s*/u, LevelFormat.DECIMAL],
  ['paren-num', /^[((](\d{1,3})[))]\s*/u, LevelFormat.DECIMAL],
  ['circled', /^([①-⑳])\s*/u, LevelFormat.DECIMAL_ENCLOSED_CIRCLE],
];
const CN = '〇一二三四五六七八九';
const cnValue = (s) => (s.length === 1 ? (s === '十' ? 10 : CN.indexOf(s)) : s.length === 2 ? (s[0] === '十' ? 10 + CN.indexOf(s[1]) : CN.indexOf(s[0]) * 10) : CN.indexOf(s[0]) * 10 + CN.indexOf(s[2]));
function markerOf(line) {
  for (const [type, re] of MARKERS) {
    const m = re.exec(line);
    if (!m || !line.slice(m[0].length).trim()) continue;
    const v = type === 'circled' ? m[1].charCodeAt(0) - 0x2460 + 1 : /\d/.test(m[1]) ? Number(m[1]) : cnValue(m[1]);
    return { type, value: v, punct: m[2] ?? '', rest: line.slice(m[0].length) };
  }
  return null;
}
const LEVEL_TEXT = { cn: (p) => `%1${p || '、'}`, 'paren-cn': () => '(%2)', num: (p) => `%3${p || '.'}`, 'paren-num': () => '(%4)', circled: () => '%5' };
const LEVEL_OF = { cn: 0, 'paren-cn': 1, num: 2, 'paren-num': 3, circled: 4 };

/** Lines -> Word paragraphs; a marker becomes auto-numbering where Word's counter gives the same label. */
function numberedParagraphs(lines) {
  const punct = {};
  for (const l of lines) { const m = markerOf(l.trim()); if (m && !(m.type in punct)) punct[m.type] = m.punct; }
  const levels = MARKERS.map(([type, , format]) => ({
    level: LEVEL_OF[type], format, text: LEVEL_TEXT[type](punct[type]), start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.START,
  }));
  const counts = [];
  let numbered = 0;
  const paragraphs = lines.map((raw) => {
    const line = raw.trim();
    const m = markerOf(line);
    if (m && (m.punct || '') === (punct[m.type] || '')) {
      const L = LEVEL_OF[m.type];
      const next = (counts[L] ?? 0) + 1;
      if (next === m.value) {
        counts[L] = next;
        for (let d = L + 1; d < 9; d++) counts[d] = undefined;
        numbered++;
        return new Paragraph({ children: [new TextRun(m.rest)], numbering: { reference: 'items', level: L } });
      }
    }
    return new Paragraph({ children: line ? [new TextRun(line)] : [] });
  });
  return { paragraphs, levels, numbered };
}

// ---------- task tables from the expected tasks
/** One table per run of tasks with / without their own title (a 民生实事 list is a table of its own). */
function tableModels(expected) {
  const groups = [];
  for (const t of expected.tasks) {
    const last = groups[groups.length - 1];
    if (last && !!last[0].title === !!t.title) last.push(t); else groups.push([t]);
  }
  return groups.map(tableModel);
}

function tableModel(tasks) {
  const has = (f) => tasks.some((t) => (Array.isArray(t[f]) ? t[f].length : t[f]));
  const cols = [['序号', (t) => t.number ?? '']];
  if (has('title')) cols.push(['项目名称', (t) => t.title ?? '']);
  cols.push(['工作任务', (t) => t.text]);
  if (has('leaders')) cols.push(['牵头领导', (t) => t.leaders.join('、')]);
  if (has('leadUnits')) cols.push(['牵头单位', (t) => t.leadUnits.join('、')]);
  if (has('coUnits')) cols.push(['配合单位', (t) => t.coUnits.join('、')]);
  if (has('deadline')) cols.push(['完成时限', (t) => t.deadline ?? '']);
  const mergeable = new Set(['牵头领导', '牵头单位', '配合单位', '完成时限']);
  // rows: {section} or {cells}; then rowspans for equal neighbours in mergeable columns within a section
  const rows = [];
  let section = null;
  for (const t of tasks) {
    const s = t.sections.length ? t.sections[t.sections.length - 1] : null;
    const title = s && (typeof s === 'string' ? s : s.title);
    if (title && title !== section) rows.push({ section: title });
    section = title ?? section;
    rows.push({ cells: cols.map(([, f]) => f(t)) });
  }
  const spans = rows.map((r) => (r.cells ? r.cells.map(() => 1) : null));
  cols.forEach(([name], c) => {
    if (!mergeable.has(name)) return;
    for (let r = 0; r < rows.length; r++) {
      if (!rows[r].cells || spans[r][c] === 0 || !rows[r].cells[c]) continue;
      let k = r + 1;
      while (k < rows.length && rows[k].cells && rows[k].cells[c] === rows[r].cells[c]) { spans[k][c] = 0; k++; }
      spans[r][c] = k - r;
    }
  });
  return { header: cols.map(([n]) => n), rows, spans };
}

function tableHtml(model, variant) {
  const w = model.header.length;
  // odd variants put each unit of a list on its own line, as many tables do
  const lists = new Set(['牵头领导', '牵头单位', '配合单位']);
  const cell = (text, k) => (variant % 2 && lists.has(model.header[k]) ? esc(text).replace(/、/g, '、<br>') : esc(text));
  const body = model.rows.map((r, i) => (r.section
    ? `<tr><td colspan="${w}" style="text-align:left"><strong>${esc(r.section)}</strong></td></tr>`
    : `<tr>${r.cells.map((c, k) => {
      const span = model.spans[i][k];
      if (span === 0) return '';
      return `<td${span > 1 ? ` rowspan="${span}"` : ''} valign="middle"><p>${cell(c, k)}</p></td>`;
    }).join('')}</tr>`)).join('\n');
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="100%">
<thead><tr>${model.header.map((h) => `<th><p><b>${h}</b></p></th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function tableDocx(model) {
  const w = model.header.length;
  const numbers = model.rows.filter((r) => r.cells).map((r) => r.cells[0]);
  const sequential = numbers.every((n, i) => n === String(i + 1));
  const para = (text, numbered) => new Paragraph(numbered ? { numbering: { reference: 'rows', level: 0 }, children: [] }
    : { children: String(text).split('\n').map((l, i) => new TextRun({ text: l, break: i ? 1 : 0 })) });
  const rows = [new TableRow({ tableHeader: true, children: model.header.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) })];
  model.rows.forEach((r, i) => {
    if (r.section) { rows.push(new TableRow({ children: [new TableCell({ columnSpan: w, children: [para(r.section)] })] })); return; }
    const cells = [];
    r.cells.forEach((c, k) => {
      const span = model.spans[i][k];
      if (span === 0) return;
      cells.push(new TableCell({ rowSpan: span, children: [para(c, k === 0 && sequential && c !== '')] }));
    });
    rows.push(new TableRow({ children: cells }));
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

// ---------- deterministic .docx bytes: fixed dates in docProps/core.xml and in the zip entries
const FIXED = new Date('2024-01-01T00:00:00Z');
async function stableDocx(doc) {
  const raw = await Packer.toBuffer(doc);
  const zin = await JSZip.loadAsync(raw);
  const zout = new JSZip();
  for (const name of Object.keys(zin.files).sort()) {
    const f = zin.files[name];
    if (f.dir) continue;
    let data = await f.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '2024-01-01T00:00:00Z'));
    zout.file(name, data, { date: FIXED, createFolders: false });
  }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

const numberingConfig = (reference, levels) => ({ config: [{ reference, levels }] });

// ---------- main
const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const summary = [];
for (const [i, name] of names.entries()) {
  const text = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixtures, 'expected', `${name}.json`), 'utf8'));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const docInfo = expected.document;

  writeFileSync(join(out, `${name}.gbk.html`), encodeHtml(page({ body: bodyOf(lines, i), docInfo, charset: 'gb2312', variant: i }), 'gbk'));

  const tradLines = lines.map((l) => toTrad(l));
  writeFileSync(join(out, `${name}.trad.html`), encodeHtml(page({ body: bodyOf(tradLines, i + 1), docInfo, charset: 'big5', variant: (i + 1) % 3, t: toTrad }), 'big5'));

  if (HK.has(name)) writeFileSync(join(out, `${name}.hk.txt`), toHk(text));

  const { paragraphs, levels, numbered } = numberedParagraphs(lines);
  writeFileSync(join(out, `${name}.docx`), await stableDocx(new Document({
    creator: 'fenjie fixtures', title: name, numbering: numberingConfig('items', levels), sections: [{ children: paragraphs }],
  })));

  let tables = 0;
  if (expected.document.kind === 'task-list' && expected.tasks.length) {
    const models = tableModels(expected);
    const intro = [first(docInfo.title), first(docInfo.docNumber)].filter(Boolean);
    const body = `${intro.map((l) => `<p>${esc(l)}</p>`).join('\n')}\n${models.map((m) => tableHtml(m, i)).join('\n<p>&nbsp;</p>\n')}`;
    writeFileSync(join(out, `${name}.table.html`), Buffer.from(page({ body, docInfo, charset: 'utf-8', variant: i % 4, withInfo: false }), 'utf8'));
    writeFileSync(join(out, `${name}.table.docx`), await stableDocx(new Document({
      creator: 'fenjie fixtures', title: name,
      numbering: numberingConfig('rows', [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1, suffix: LevelSuffix.NOTHING, alignment: AlignmentType.START }]),
      sections: [{ children: [...intro.map((l) => new Paragraph({ children: [new TextRun(l)] })),
        ...models.flatMap((m, k) => (k ? [new Paragraph({ children: [] }), tableDocx(m)] : [tableDocx(m)]))] }],
    })));
    tables = models.reduce((n, m) => n + m.rows.length, 0);
  }
  summary.push(`${name}: ${lines.length} lines, ${numbered} auto-numbered in docx, ${tables} table rows`);
}
console.log(summary.join('\n'));
