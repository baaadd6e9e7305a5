// OFD (GB/T 33190, China's fixed-layout format) -> DocModel with the project's capped zip and XML readers:
// OFD.xml -> DocRoot (Document.xml) -> its pages' Content.xml. Text objects (Boundary in mm, TextCode
// X/Y with DeltaX advances, "g N d" compressed) give one run per character; path objects give rulings;
// src/extract/layout rebuilds lines and tables as for PDF. Objects may nest (Layer, PageBlock); elements
// are matched by local name, so any namespace prefix works. Template pages (running heads) and seals
// (Signs/) are not read. Position: line = page, column = line on that page.
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';
import { type LayoutPage, layoutBlocks, type Rule, type Run } from './layout.js';
import { MAX_PDF_PAGES } from './pdf-limits.js';
import { child, kids, parseXml, type XNode } from './xml.js';
import { Zip } from './zip.js';

const PT = 72 / 25.4; // layout works in points
const MAX_RUNS = 2_000_000;
const nums = (s: string | undefined) => (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

/** "g N d" repeats d N times. */
export function deltas(s: string | undefined): number[] {
  const t = (s ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'g') { const n = Math.min(Number(t[i + 1]) || 0, 100_000), d = Number(t[i + 2]); for (let k = 0; k < n; k++) out.push(d); i += 2; }
    else out.push(Number(t[i]));
  }
  return out;
}

const resolve = (dir: string, loc: string) => {
  const parts = (loc.startsWith('/') ? loc.slice(1) : dir + loc).split('/');
  const out: string[] = [];
  for (const p of parts) { if (p === '..') out.pop(); else if (p && p !== '.') out.push(p); }
  return out.join('/');
};
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
const textOf = (n: XNode) => n.children.filter((c): c is string => typeof c === 'string').join('');

export function extractOfd(bytes: Buffer): DocModel {
  const zip = new Zip(bytes);
  const read = (path: string) => {
    const name = zip.names().find((n) => n.toLowerCase() === path.toLowerCase());
    const text = name ? zip.text(name) : null;
    if (text === null) throw new InputError(`broken OFD package: ${path} is missing`);
    return parseXml(text, path);
  };
  const ofd = kids(read('OFD.xml'))[0];
  const docRoot = find(ofd, 'DocRoot');
  if (!docRoot) throw new InputError('broken OFD package: OFD.xml names no DocRoot');
  const docPath = resolve('', textOf(docRoot).trim());
  const document = kids(read(docPath))[0];
  const base = dirOf(docPath);
  const area = nums(textOf(find(find(document, 'PageArea') ?? document, 'PhysicalBox') ?? { name: '', attrs: {}, children: ['0 0 210 297'] }));
  const pageRefs = kids(child(document, 'Pages') ?? { name: '', attrs: {}, children: [] }).filter((p) => p.name === 'Page');
  if (pageRefs.length > MAX_PDF_PAGES) throw new InputError(`OFD has ${pageRefs.length} pages (limit ${MAX_PDF_PAGES})`);
  let total = 0;
  const pages: LayoutPage[] = pageRefs.map((ref) => {
    const page = kids(read(resolve(base, ref.attrs.BaseLoc ?? '')))[0];
    const box = nums(textOf(find(page, 'PhysicalBox') ?? { name: '', attrs: {}, children: [] }));
    const [, , w, h] = box.length === 4 ? box : area.length === 4 ? area : [0, 0, 210, 297];
    const runs: Run[] = [], rules: Rule[] = [];
    const content = child(page, 'Content');
    if (content) walk(content, runs, rules);
    total += runs.length;
    if (total > MAX_RUNS) throw new InputError(`OFD holds more than ${MAX_RUNS} characters of text: refused`);
    // past this many segments a page is a drawing, not a table
    return { width: w * PT, height: h * PT, runs, rules: rules.length > 20_000 ? [] : rules };
  });
  if (!pages.some((p) => p.runs.length)) {
    throw new InputError('the OFD has no text (its pages are images: a scan?): run OCR first');
  }
  return { format: 'ofd', blocks: layoutBlocks(pages), meta: {}, script: 'simplified', messages: [] };
}

function find(n: XNode, name: string): XNode | undefined {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x !== n && x.name === name) return x;
    for (let i = x.children.length - 1; i >= 0; i--) { const c = x.children[i]; if (typeof c !== 'string') stack.push(c); }
  }
  return undefined;
}

type M = [number, number, number, number, number, number];
const ID: M = [1, 0, 0, 1, 0, 0];
const ap = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function walk(root: XNode, runs: Run[], rules: Rule[]): void {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'TextObject') text(n, runs);
    else if (n.name === 'PathObject') path(n, rules);
    else for (let i = n.children.length - 1; i >= 0; i--) { const c = n.children[i]; if (typeof c !== 'string') stack.push(c); }
  }
}

function text(o: XNode, runs: Run[]): void {
  const [bx = 0, by = 0] = nums(o.attrs.Boundary);
  const ctm = nums(o.attrs.CTM);
  const m: M = ctm.length === 6 ? (ctm as M) : ID;
  const size = (Number(o.attrs.Size) || 3.5) * Math.hypot(m[2], m[3]);
  let x = 0, y = 0;
  for (const code of kids(o).filter((k) => k.name === 'TextCode')) {
    if (code.attrs.X !== undefined) x = Number(code.attrs.X) || 0;
    if (code.attrs.Y !== undefined) y = Number(code.attrs.Y) || 0;
    const chars = [...textOf(code)];
    const dx = deltas(code.attrs.DeltaX), dy = deltas(code.attrs.DeltaY);
    chars.forEach((ch, i) => {
      const advance = dx[i] ?? (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1) * (Number(o.attrs.Size) || 3.5);
      if (ch.trim()) {
        const [px, py] = ap(m, x, y);
        runs.push({ text: ch, x: (bx + px) * PT, y: (by + py) * PT, w: Math.abs(advance * m[0]) * PT, size: size * PT });
      }
      x += advance;
      y += dy[i] ?? 0;
    });
  }
}

/** Straight segments of a path (AbbreviatedData M/L, rectangles as their four sides), as rulings. */
function path(o: XNode, rules: Rule[]): void {
  const [bx = 0, by = 0] = nums(o.attrs.Boundary);
  const ctm = nums(o.attrs.CTM);
  const m: M = ctm.length === 6 ? (ctm as M) : ID;
  const data = textOf(child(o, 'AbbreviatedData') ?? { name: '', attrs: {}, children: [] }).trim().split(/\s+/);
  let cur: [number, number] | null = null, start: [number, number] | null = null;
  const seg = (a: [number, number], b: [number, number]) => {
    const [x1, y1] = ap(m, ...a), [x2, y2] = ap(m, ...b);
    rules.push({ x1: (bx + Math.min(x1, x2)) * PT, x2: (bx + Math.max(x1, x2)) * PT, y1: (by + Math.min(y1, y2)) * PT, y2: (by + Math.max(y1, y2)) * PT });
  };
  for (let i = 0; i < data.length; i++) {
    const op = data[i];
    if (op === 'S' || op === 'M') { cur = start = [Number(data[i + 1]), Number(data[i + 2])]; i += 2; }
    else if (op === 'L') { const p: [number, number] = [Number(data[i + 1]), Number(data[i + 2])]; if (cur) seg(cur, p); cur = p; i += 2; }
    else if (op === 'C') { if (cur && start) seg(cur, start); cur = start; }
    else if (op === 'B') { cur = [Number(data[i + 5]), Number(data[i + 6])]; i += 6; }
    else if (op === 'Q') { cur = [Number(data[i + 3]), Number(data[i + 4])]; i += 4; }
    else if (op === 'A') { cur = [Number(data[i + 6]), Number(data[i + 7])]; i += 7; }
  }
}
