// Where the notice is on a page: known CMS containers first, then the element holding most of the
// page's non-link text. Tables with text outside that element are kept as extra parts of the body.
import { cellsOf, childElements, contains, elements, hanCount, type HElement, type HNode, isElement, isText, JUNK, remove,
  rowsOf, startOf, textOf } from './html-dom.js';

/** Body containers of common government CMS (TRS WCM, Hanweb, Ucap, gov.cn …), id or class, lower case. */
const KNOWN = ['trs_editor', 'trs_ueditor', 'custom_unionstyle', 'ucap-content', 'zoom', 'zoomcon', 'fontzoom', 'pages_content',
  'article-content', 'article_content', 'articlecontent', 'art_content', 'art_con', 'artcon', 'content_text', 'contenttext', 'content-text',
  'news_content', 'news_content_text', 'detail-content', 'detail_content', 'detailcontent', 'xxgk_content', 'xxgk_detail_content',
  'xl_content', 'div_zhengwen', 'wzcon', 'bt_content', 'maintext', 'zwnr', 'view_content', 'conttext', 'contentregion', 'easysite-news-text'];

// Page furniture, by id / class: anywhere outside the body, and inside it when short.
const CHROME = /share|fenxiang|jiathis|dayin|guanbi|print|fontsize|font-size|zihao|qrcode|erweima|gotop|(^|[-_])(nav|navbar|menu|crumbs?|breadcrumbs?|position|location|dqwz|curpos|footer|foot|copyright|banner|sidebar|related|xgwz|xglj|toolbar|tools|close|ewm|bottom|topbar|search)($|[-_\d])/i;
// Outside the body a page header is furniture too; inside it, it may hold the notice's title.
const OUTSIDE = /(^|[-_])(header|head|top|logo)($|[-_\d])/i;
const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);
const SHORT = 300;

const NONE: string[] = [];
const tokens = (el: HElement) => (el.attribs.id === undefined && el.attribs.class === undefined ? NONE
  : `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean));
const hidden = (el: HElement) => 'hidden' in el.attribs
  // (exact pre-check: display:none, the shortest match, has 12 characters)
  || ((el.attribs.style ?? '').length >= 12 && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? ''));
const isChrome = (el: HElement, inside: boolean) => CHROME_TAGS.has(el.name)
  || tokens(el).some((t) => CHROME.test(t) || (!inside && OUTSIDE.test(t)));

/** Scripts, styles, forms controls and hidden elements go first, everywhere. */
export function dropJunk(root: HElement): void {
  for (const el of elements(root)) if (el !== root && (JUNK.has(el.name) || hidden(el)) && el.parent) remove(el);
  const stack: HNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'comment' || n.type === 'directive' || n.type === 'cdata') remove(n);
    else if (isElement(n)) for (const c of [...n.children]) stack.push(c);
  }
}

/** Furniture under `root` (nav, share bars, 打印 关闭 …): removed when short and holding no table. */
export function dropChrome(root: HElement, inside: boolean): void {
  for (const el of elements(root)) {
    if (el === root || !isChrome(el, inside) || !contains(root, el)) continue;
    if (elements(el).some((e) => e.name === 'table')) continue;
    if (hanCount(textOf(el)) <= SHORT || CHROME_TAGS.has(el.name)) remove(el);
  }
}

/** Han characters not inside links, per element, in one pass from the leaves up. */
function ownText(root: HElement): Map<HElement, number> {
  const count = new Map<HElement, number>();
  const all = elements(root);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    let n = 0;
    for (const c of el.children) {
      if (isText(c)) n += hanCount(c.data);
      else if (isElement(c) && c.name !== 'a') n += count.get(c) ?? 0;
    }
    count.set(el, n);
  }
  return count;
}

/** A table that holds data (two or more rows and columns), not page layout. */
export function isDataTable(table: HElement): boolean {
  const rows = rowsOf(table);
  if (rows.length < 2) return false;
  const widths = rows.map((r) => cellsOf(r).reduce((w, c) => w + Math.max(1, Number(c.attribs.colspan) || 1), 0));
  if (Math.max(...widths.slice(0, 200)) < 2) return false;
  const nested = rows.some((r) => cellsOf(r).some((c) => elements(c).some((e) => e !== c && e.name === 'table')));
  if (nested && rows.length <= 2) return false;
  // one cell holding most of the text in several paragraphs: the table lays out a page around the notice
  const cells = rows.flatMap(cellsOf);
  const han = cells.map((c) => hanCount(textOf(c)));
  const total = han.reduce((a, b) => a + b, 0);
  const top = han.indexOf(Math.max(...han.slice(0, 5000)));
  const paragraphs = top >= 0 ? elements(cells[top]).filter((e) => PARAGRAPH.has(e.name)).length : 0;
  return !(total >= MIN_LAYOUT_TEXT && han[top] >= 0.6 * total && paragraphs >= 4);
}
const LEAF_BLOCKS = new Set(['p', 'pre', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MIN_LAYOUT_TEXT = 200;

function known(root: HElement): HElement[] {
  const hits = elements(root).filter((el) => tokens(el).some((t) => KNOWN.includes(t)) && hanCount(textOf(el)) >= 10);
  return hits.filter((el) => !hits.some((o) => o !== el && contains(o, el)));
}

/** Descend from <body> while one child holds nearly all of the non-link text. */
function densest(body: HElement): HElement {
  const count = ownText(body);
  let cur = body;
  for (;;) {
    const total = count.get(cur) ?? 0;
    if (!total || (cur.name === 'table' && isDataTable(cur))) return cur;
    let best: HElement | null = null;
    for (const c of childElements(cur)) if (!best || (count.get(c) ?? 0) > (count.get(best) ?? 0)) best = c;
    if (!best || (count.get(best) ?? 0) < 0.85 * total) return cur;
    // a paragraph is part of the body, never the body: one long paragraph (a run-on table) must not
    // leave out the title and short lines beside it
    if (LEAF_BLOCKS.has(best.name)) return cur;
    cur = best;
  }
}

/**
 * The parts of the page that make up the notice, in document order. Header tables
 * (`isInfo`) are left where they are; the caller reads them as metadata.
 */
export function findBody(doc: HElement, isInfo: (t: HElement) => boolean): HElement[] {
  dropJunk(doc);
  const body = elements(doc).find((e) => e.name === 'body') ?? doc;
  let roots = known(body);
  if (!roots.length) {
    dropChrome(body, false);
    roots = [densest(body)];
  }
  // never drop a task table: data tables outside the body that name task columns join it
  const extra = elements(body).filter((t) => t.name === 'table' && !roots.some((r) => contains(r, t) || contains(t, r))
    && !isInfo(t) && isDataTable(t) && !inDataTable(t) && !inChrome(t) && linkShare(t) < 0.5 && TASKISH.test(textOf(t)));
  roots = [...roots, ...extra].sort((a, b) => startOf(a) - startOf(b));
  for (const r of roots) dropChrome(r, true);
  return roots;
}

const TASKISH = /牵头|牽頭|责任|責任|配合|协办|協辦|时限|時限|任务|任務/u;

function inChrome(t: HElement): boolean {
  for (let p = t.parent; p; p = p.parent) if (isElement(p) && isChrome(p, false)) return true;
  return false;
}

function inDataTable(t: HElement): boolean {
  for (let p = t.parent; p; p = p.parent) if (isElement(p) && p.name === 'table' && isDataTable(p)) return true;
  return false;
}

function linkShare(el: HElement): number {
  const all = hanCount(textOf(el));
  const links = elements(el).filter((e) => e.name === 'a').reduce((n, a) => n + hanCount(textOf(a)), 0);
  return all ? links / all : 1;
}
