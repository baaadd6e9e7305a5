// .docx -> DocModel, read from the package itself: paragraphs (with Word's auto-numbering labels put
// back) and tables (w:gridSpan / w:vMerge expanded). Position: line = paragraph number, column 1.
import { InputError } from '../errors.js';
import type { Block, DocModel, Pos, TableBlock, TextLine } from '../model.js';
import { Numbering } from './docx-numbering.js';
import { expandGrid, type SpanCell } from './table-grid.js';
import { child, kids, parseXml, val, type XNode } from './xml.js';
import { Zip } from './zip.js';

const SKIP = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'delText', 'instrText', 'drawing', 'pict', 'object', 'AlternateContent',
  'footnoteReference', 'endnoteReference', 'commentReference', 'rt', 'fldData', 'bookmarkStart', 'bookmarkEnd']);
// Containers whose content flows on (tracked insertions, links, content controls, fields …).
const THROUGH = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'fldSimple', 'bdo', 'dir', 'ruby', 'rubyBase']);

function relTarget(zip: Zip, relsPath: string, typeEnd: string, base: string): string | null {
  const rels = zip.text(relsPath);
  if (!rels) return null;
  for (const r of kids(kids(parseXml(rels, relsPath))[0] ?? { name: '', attrs: {}, children: [] })) {
    if (r.attrs.Type?.endsWith(typeEnd) && r.attrs.TargetMode !== 'External') {
      const t = r.attrs.Target ?? '';
      return t.startsWith('/') ? t.slice(1) : base + t;
    }
  }
  return null;
}

function notDocx(zip: Zip): InputError {
  const names = zip.names();
  if (names.some((n) => n.startsWith('xl/'))) return new InputError('a spreadsheet (.xlsx), not a Word document: save the notice as .docx');
  if (names.includes('content.xml')) return new InputError('an OpenDocument file (.odt/.ods), not .docx: convert it, e.g. `libreoffice --headless --convert-to docx FILE`');
  return new InputError('a ZIP archive without a Word document in it (word/document.xml): not a .docx');
}

class Reader {
  private para = 0;
  constructor(private readonly numbering: Numbering) {}

  /** A paragraph's text with its numbering label, split at line breaks. */
  paragraph(p: XNode): { lines: string[]; pos: Pos } {
    this.para++;
    const pos = { line: this.para, column: 1 };
    const label = this.numbering.label(child(p, 'pPr')) ?? '';
    let text = '';
    const walk = (n: XNode): void => {
      for (const c of n.children) {
        if (typeof c === 'string' || SKIP.has(c.name)) continue;
        if (c.name === 'r') {
          if (hiddenRun(c)) continue;
          walk(c);
        } else if (c.name === 't') text += c.children.filter((x): x is string => typeof x === 'string').join('');
        else if (c.name === 'tab' || c.name === 'ptab') text += '\t';
        else if (c.name === 'br') text += c.attrs.type === 'page' || c.attrs.type === 'column' ? '' : '\n';
        else if (c.name === 'cr') text += '\n';
        else if (c.name === 'noBreakHyphen') text += '-';
        else if (THROUGH.has(c.name)) walk(c);
      }
    };
    walk(p);
    return { lines: (label + text).split('\n'), pos };
  }

  blocks(container: XNode, out: Block[]): void {
    for (const c of kids(container)) {
      if (c.name === 'p') {
        const { lines, pos } = this.paragraph(c);
        for (const text of lines) out.push({ kind: 'line', text, pos } satisfies TextLine);
      } else if (c.name === 'tbl') {
        // a one-row or one-column table frames text (a letterhead, a boxed body): its paragraphs flow on
        if (isFrame(c)) for (const tr of rowsOf(c)) for (const tc of cellsOf(tr)) this.blocks(tc, out);
        else out.push(this.table(c));
      } else if (THROUGH.has(c.name)) this.blocks(c, out);
    }
  }

  /** A cell's paragraphs, "\n"-joined; a nested table flattens to a line per row. */
  private cell(tc: XNode): { text: string; pos: Pos | null } {
    const lines: string[] = [];
    let pos: Pos | null = null;
    const visit = (n: XNode) => {
      for (const c of kids(n)) {
        if (c.name === 'p') {
          const p = this.paragraph(c);
          for (const l of p.lines) if (l.trim()) { lines.push(l.trim()); pos ??= p.pos; }
        } else if (c.name === 'tbl') {
          for (const row of rowsOf(c)) {
            const t = cellsOf(row).map((x) => this.cell(x).text.replace(/\n/g, ' ')).filter(Boolean).join(' ');
            if (t) lines.push(t);
          }
        } else if (THROUGH.has(c.name)) visit(c);
      }
    };
    visit(tc);
    return { text: lines.join('\n'), pos };
  }

  private table(tbl: XNode): TableBlock {
    const start: Pos = { line: this.para + 1, column: 1 };
    type Raw = { col: number; span: number; merge: 'restart' | 'continue' | null; text: string; pos: Pos };
    const grid: Raw[][] = rowsOf(tbl).map((tr) => {
      const trPr = child(tr, 'trPr');
      let col = Number(val(child(trPr, 'gridBefore')) ?? 0) || 0;
      const cells: Raw[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr');
        const span = Math.max(1, Math.min(Number(val(child(tcPr, 'gridSpan')) ?? 1) || 1, 1000));
        const vm = child(tcPr, 'vMerge');
        const hm = child(tcPr, 'hMerge');
        const { text, pos } = this.cell(tc);
        if (hm && val(hm) !== 'restart' && cells.length) { cells[cells.length - 1].span += span; col += span; continue; }
        cells.push({ col, span, merge: vm ? (val(vm) === 'restart' ? 'restart' : 'continue') : null, text, pos: pos ?? { line: this.para, column: 1 } });
        col += span;
      }
      return cells;
    });
    const rows: SpanCell[][] = grid.map((cells, r) => {
      const out: SpanCell[] = [];
      for (const c of cells) {
        const above = r > 0 && grid[r - 1].some((x) => x.col === c.col);
        if (c.merge === 'continue' && above) continue; // covered by the merged cell above
        let down = 1;
        while (r + down < grid.length && grid[r + down].some((x) => x.col === c.col && x.merge === 'continue')) down++;
        out.push({ text: c.text, pos: c.pos, rowspan: down, colspan: c.span, col: c.col });
      }
      return out;
    });
    return { kind: 'table', rows: expandGrid(rows, start), pos: start };
  }
}

const hiddenRun = (r: XNode) => { const v = child(child(r, 'rPr'), 'vanish'); return !!v && !/^(0|false|off)$/i.test(val(v) ?? 'true'); };

/** Rows and cells, also when wrapped in content controls or custom XML. */
function through(n: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  for (const c of kids(n)) if (c.name === name) out.push(c); else if (THROUGH.has(c.name)) out.push(...through(c, name));
  return out;
}
const rowsOf = (tbl: XNode) => through(tbl, 'tr');
const cellsOf = (tr: XNode) => through(tr, 'tc');
const isFrame = (tbl: XNode) => {
  const rows = rowsOf(tbl);
  return rows.length <= 1 || rows.every((tr) => cellsOf(tr).reduce((w, tc) => w + (Number(val(child(child(tc, 'tcPr'), 'gridSpan'))) || 1), 0) <= 1);
};

export async function extractDocx(bytes: Buffer): Promise<DocModel> {
  const zip = new Zip(bytes);
  const main = relTarget(zip, '_rels/.rels', '/officeDocument', '') ?? 'word/document.xml';
  const xml = zip.text(main);
  if (xml === null) throw notDocx(zip);
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const relsPath = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const part = (type: string, fallback: string) => {
    const path = relTarget(zip, relsPath, type, dir) ?? fallback;
    const text = zip.text(path);
    return text === null ? null : parseXml(text, path);
  };
  const numbering = new Numbering(part('/numbering', `${dir}numbering.xml`), part('/styles', `${dir}styles.xml`));
  const document = parseXml(xml, main);
  const body = child(kids(document)[0], 'body');
  if (!body) throw new InputError('the .docx has no document body');
  const blocks: Block[] = [];
  new Reader(numbering).blocks(body, blocks);
  return { format: 'docx', blocks, meta: {}, script: 'simplified', messages: [] };
}
