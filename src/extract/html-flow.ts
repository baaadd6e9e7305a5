// Body elements -> blocks: one line per paragraph, <br>, list item, heading or layout cell; data tables
// -> TableBlocks with merged cells expanded. Positions are those of each text's first character.
import type { Block, Pos, TableBlock, TextLine } from '../model.js';
import { cellsOf, type HElement, type HNode, type HText, isElement, isText, JUNK, rowsOf, startOf } from './html-dom.js';
import { isDataTable } from './html-body.js';
import { rawIndexer, type SourceMap } from './source-map.js';
import { expandGrid, type SpanCell } from './table-grid.js';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section',
  'article', 'main', 'header', 'footer', 'nav', 'aside', 'center', 'address', 'figure', 'figcaption', 'pre', 'hr', 'form', 'fieldset',
  'legend', 'details', 'summary', 'caption', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'table', 'body', 'html', 'menu', 'dir', 'listing']);
const ASCII_SPACE = /[ \t\n\r\f]+/g;
// Characters between which a line break in the source is no space (CSS Text: segment break transformation).
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

interface Context { src: string; map: SourceMap; isInfo: (t: HElement) => boolean }

/**
 * Work done by the line collector, in characters: appended, taken at the end of a line, and moved over
 * while mapping text offsets to source offsets. Linear in the input when no path re-reads what it built
 * (test/speed-html.test.ts compares it on two sizes of one shape, without timing anything).
 */
export const flowWork = { chars: 0 };

/**
 * The text of the current line. Only appended to and taken whole: reading a character of a growing
 * concatenated string makes V8 flatten all of it, once per read (a <p> of 256k characters took 10 s).
 */
class LineText {
  private text = '';
  /** The last character appended, kept so that no one reads the end of `text`. */
  last = '';
  get empty(): boolean { return !this.text; }
  append(s: string): void {
    if (!s) return;
    this.text += s;
    this.last = s[s.length - 1];
    flowWork.chars += s.length;
  }
  take(): string {
    const t = this.text;
    flowWork.chars += t.length;
    this.text = '';
    this.last = '';
    return t;
  }
}

/** Collects inline text into lines, HTML white-space rules applied. */
class Lines {
  readonly out: TextLine[] = [];
  private readonly text = new LineText();
  private start = -1;
  private pending: '' | ' ' | '\n' = '';

  constructor(private readonly ctx: Context) {}

  add(node: HText, pre: boolean): void {
    const data = node.data;
    const loc = node.sourceCodeLocation;
    // one cursor per text node: offsets asked for in increasing order cost one pass over the node's source
    const raw = loc ? rawIndexer(this.ctx.src.slice(loc.startOffset, loc.endOffset)) : null;
    const at = (i: number) => {
      if (!raw || !loc) return -1;
      const before = raw.steps;
      const r = loc.startOffset + raw.at(i);
      flowWork.chars += raw.steps - before;
      return r;
    };
    if (pre) {
      let i = 0;
      for (const piece of data.split('\n')) {
        if (i > 0) this.flush(true, at(i - 1));
        const base = i;
        this.put(piece, (j) => at(base + j));
        i += piece.length + 1;
      }
      return;
    }
    let i = 0;
    for (const m of data.matchAll(ASCII_SPACE)) {
      if (m.index! > i) this.put(data.slice(i, m.index), (j) => at(i + j));
      if (!this.text.empty) this.pending = m[0].includes('\n') || this.pending === '\n' ? '\n' : ' ';
      i = m.index! + m[0].length;
    }
    if (i < data.length) this.put(data.slice(i), (j) => at(i + j));
  }

  private put(s: string, at: (i: number) => number): void {
    if (this.text.empty) {
      const lead = s.length - s.replace(/^[\s\u00a0\u3000\ufeff]+/u, '').length;
      if (lead === s.length) return;
      this.start = at(lead);
      this.text.append(s.slice(lead));
      this.pending = '';
      return;
    }
    if (this.pending) {
      const joinWide = this.pending === '\n' && WIDE.test(this.text.last) && WIDE.test(s[0]);
      if (!joinWide) this.text.append(' ');
      this.pending = '';
    }
    this.text.append(s);
  }

  /** Ends the current line; `empty` emits a blank line when there is no text (<br><br>, <p>&nbsp;</p>). */
  flush(empty = false, fallback = -1): void {
    const text = this.text.take().trimEnd(); // linear, unlike /[\s]+$/ on a long run of spaces
    if (text) this.out.push({ kind: 'line', text, pos: this.ctx.map.pos(Math.max(0, this.start)) });
    else if (empty) this.out.push({ kind: 'line', text: '', pos: this.ctx.map.pos(Math.max(0, fallback >= 0 ? fallback : this.start)) });
    this.start = -1;
    this.pending = '';
  }
}

/** Walks elements into blocks. Data tables become TableBlocks, except inside cells where they flatten. */
export function flow(roots: HElement[], ctx: Context): Block[] {
  const blocks: Block[] = [];
  const lines = new Lines(ctx);
  const sync = () => { lines.flush(); for (const l of lines.out.splice(0)) blocks.push(l); };
  const walk = (node: HNode, pre: boolean): void => {
    if (isText(node)) { lines.add(node, pre); return; }
    if (!isElement(node)) return;
    const name = node.name;
    if (JUNK.has(name)) return;
    if (name === 'br') { lines.flush(true, startOf(node)); return; }
    if (name === 'table') {
      sync();
      if (ctx.isInfo(node)) return;
      if (isDataTable(node)) {
        // a caption is the table's title: a line before it
        for (const c of node.children) if (isElement(c) && c.name === 'caption') { walk(c, pre); sync(); }
        blocks.push(table(node, ctx));
        return;
      }
    }
    const block = BLOCK.has(name);
    if (block) lines.flush();
    const before = lines.out.length + blocks.length;
    for (const c of node.children) walk(c, pre || name === 'pre' || name === 'listing');
    if (block) lines.flush(name === 'p' && lines.out.length + blocks.length === before, startOf(node));
    if (name === 'table') sync();
  };
  for (const r of roots) { walk(r, false); sync(); }
  return blocks;
}

/** A cell's text: its lines joined by "\n", nested tables flattened a row a line. */
function cellLines(cell: HElement, ctx: Context): TextLine[] {
  const lines = new Lines(ctx);
  const walk = (node: HNode, pre: boolean): void => {
    if (isText(node)) { lines.add(node, pre); return; }
    if (!isElement(node) || JUNK.has(node.name)) return;
    if (node.name === 'br') { lines.flush(); return; }
    if (node.name === 'table') {
      lines.flush();
      for (const row of rowsOf(node)) {
        const parts = cellsOf(row).map((c) => cellLines(c, ctx)).filter((l) => l.length);
        if (parts.length) lines.out.push({ kind: 'line', text: parts.map((l) => l.map((x) => x.text).join(' ')).join(' '), pos: parts[0][0].pos });
      }
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) lines.flush();
    for (const c of node.children) walk(c, pre || node.name === 'pre');
    if (block) lines.flush();
  };
  for (const c of cell.children) walk(c, false);
  lines.flush();
  return lines.out;
}

function table(el: HElement, ctx: Context): TableBlock {
  const pos: Pos = ctx.map.pos(startOf(el));
  const rows: SpanCell[][] = rowsOf(el).map((row) => cellsOf(row).map((c) => {
    const lines = cellLines(c, ctx);
    return {
      text: lines.map((l) => l.text).join('\n'),
      pos: lines[0]?.pos ?? ctx.map.pos(startOf(c)),
      rowspan: span(c.attribs.rowspan, 65534),
      colspan: span(c.attribs.colspan, 1000),
    };
  }));
  return { kind: 'table', rows: expandGrid(rows, pos), pos };
}

function span(v: string | undefined, max: number): number {
  const n = Number.parseInt(v ?? '', 10);
  if (Number.isNaN(n)) return 1;
  return n === 0 ? 0 : Math.min(Math.max(n, 1), max);
}
