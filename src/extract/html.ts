// HTML page -> DocModel: the notice body found among page chrome, its lines and tables with positions
// (line:column of each text's first character in the decoded page), and page metadata.
// parse5 with the htmlparser2 tree adapter: the HTML5 parser and DOM cheerio itself builds on, without the
// root cheerio entry's network stack (undici), which cost ~150 ms per page and is never used here.
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { InputError } from '../errors.js';
import { type Block, type DocModel, msg } from '../model.js';
import type { Message } from '../schema.js';
import { findBody } from './html-body.js';
import { checkElementCount, elements, type HElement, startOf, textOf } from './html-dom.js';
import { flow } from './html-flow.js';
import { isInfoTable, readPageMeta } from './html-meta.js';
import { SourceMap } from './source-map.js';

const MAX_CHARS = 16 * 1024 * 1024;
const MAX_DEPTH = 1000;
// Block containers that normally get closed (optional-end tags such as p, li, td and void tags left out),
// and inline tags that parsers re-open in every block when left unclosed.
const BLOCKS = /<(\/?)(div|table|section|article|blockquote|ul|ol|dl|center|form|h[1-6])\b[^>]*?(\/?)>/gi;
const INLINE = /<(\/?)(span|font|b|strong|em|i|u|small|big)\b[^>]*?(\/?)>/gi;
const MAX_UNCLOSED = 5000;

/** Refuses pages too large, too deeply nested or too broken to be notices (a parser would take minutes on them). */
function guard(html: string): void {
  if (html.length > MAX_CHARS) {
    throw new InputError(`HTML page too large (${(html.length / 1048576).toFixed(1)} M characters, limit ${MAX_CHARS / 1048576} M)`);
  }
  let depth = 0, max = 0;
  for (const m of html.matchAll(BLOCKS)) {
    if (m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  if (max > MAX_DEPTH) throw new InputError(`HTML elements nested ${max} deep (limit ${MAX_DEPTH}): not a notice page`);
  checkElementCount(html);
  const open = new Map<string, number>();
  for (const m of html.matchAll(INLINE)) {
    if (m[3]) continue;
    const tag = m[2].toLowerCase();
    const n = (open.get(tag) ?? 0) + (m[1] ? -1 : 1);
    open.set(tag, n);
    if (n > MAX_UNCLOSED) throw new InputError(`more than ${MAX_UNCLOSED} unclosed <${tag}> tags: not a notice page`);
  }
}

// A line made only of page-tool words: 【打印】【关闭】, 打印本页 关闭窗口, 字号:大 中 小, 分享到:
const TOOL_WORDS = /打印本页|打印此页|打印正文|打印|关闭窗口|关闭本页|关闭|返回顶部|返回|收藏本页|收藏|分享到|分享|字号|字体|大|中|小|默认|纠错|[::|丨/·【】\[\]()()<>《》\s\u00a0\u3000]/gu;
const isToolLine = (text: string) => /打印|关闭|分享|字号|字体/u.test(text) && text.length <= 40 && !text.replace(TOOL_WORDS, '');

const ATTACHMENT = /\.(docx?|wps|xlsx?|et|pdf|ofd|zip|rar)(\?|#|$)/i;

export function extractHtml(html: string): DocModel {
  guard(html);
  const document = parse(html, { treeAdapter: adapter, sourceCodeLocationInfo: true });
  const doc = document.children.find((n) => 'name' in n && n.name === 'html') as unknown as HElement;
  const infoTables = elements(doc).filter((t) => t.name === 'table' && isInfoTable(t));
  const meta = readPageMeta(doc, infoTables);
  const info = new Set(infoTables);
  const roots = findBody(doc, (t) => info.has(t));
  const map = new SourceMap(html);
  const blocks: Block[] = flow(roots, { src: html, map, isInfo: (t) => info.has(t) })
    .filter((b) => b.kind !== 'line' || !isToolLine(b.text));
  const messages: Message[] = [];
  // the task list is often an attachment: say so, the user may want to parse that file
  for (const a of roots.flatMap((r) => elements(r)).filter((e) => e.name === 'a' && ATTACHMENT.test(e.attribs.href ?? ''))) {
    messages.push(msg('info', 'attachment-link', map.pos(startOf(a)), `the page links an attachment: ${textOf(a).trim() || a.attribs.href} (${a.attribs.href})`));
  }
  if (!blocks.some((b) => b.kind === 'table' || b.text.trim())) {
    messages.push(msg('warning', 'empty-page', null, 'no notice text in the HTML page: its content may be loaded by script; save the rendered page or the attachment instead'));
  }
  return { format: 'html', blocks, meta, script: 'simplified', messages };
}
