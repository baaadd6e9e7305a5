// PDF -> DocModel through pdfjs-dist's legacy build (the modern one needs Node 22), loaded only for PDFs.
// Text comes as positioned runs and table borders as path operations; src/extract/layout rebuilds lines
// and tables from them. CMaps and standard fonts come from node_modules as plain paths: pdfjs reads
// Chinese CID fonts without ToUnicode only with them (a file:// URL silently gives no text).
// Only getDocument / getTextContent / getOperatorList run: no scripting, no rendering (see README on
// CVE-2026-16633). Position: line = page, column = line on that page.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, inflateSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { type DocModel, msg } from '../model.js';
import type { Message } from '../schema.js';
import { est, type LayoutPage, layoutBlocks, type Rule, type Run } from './layout.js';

import { MAX_PDF_PAGES } from './pdf-limits.js';
/** Text runs over all pages; a notice has a few thousand. */
const MAX_RUNS = 2_000_000;
/** Line segments a page may draw for its tables to be read from them. */
const MAX_RULES = 20_000;
/** Below this many characters of text over all pages, the PDF is taken for a scan. */
const MIN_TEXT = 20;
/** What the PDF's Flate streams may unpack to, together (pdfjs inflates without a cap of its own). */
export const MAX_PDF_UNPACKED = 200 * 1024 * 1024;

/**
 * Inflates every FlateDecode stream once, capped on the bytes produced, before pdfjs sees the file: a
 * decompression bomb stops here with a message instead of exhausting memory inside pdfjs.
 */
export function checkUnpacked(bytes: Buffer, limit = MAX_PDF_UNPACKED): void {
  const src = bytes.toString('latin1');
  let budget = limit;
  for (const m of src.matchAll(/>>\s*stream\r?\n/g)) {
    const dictStart = src.lastIndexOf('<<', m.index);
    const objStart = src.lastIndexOf(' obj', m.index);
    const dict = src.slice(Math.max(objStart, dictStart - 2000, 0), m.index + 2);
    if (!/\/FlateDecode|\/Fl\b/.test(dict)) continue;
    const start = m.index + m[0].length;
    const end = src.indexOf('endstream', start);
    if (end < 0) break;
    let out: Buffer;
    try {
      out = inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, budget), finishFlush: constants.Z_SYNC_FLUSH });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
        throw new InputError(`PDF streams unpack to more than ${limit / 1048576} MB (a decompression bomb?): refused`);
      }
      continue; // a stream pdfjs may still read (or skip); not ours to judge
    }
    budget -= out.length;
    if (budget < 0) throw new InputError(`PDF streams unpack to more than ${limit / 1048576} MB (a decompression bomb?): refused`);
  }
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

// pdfjs-dist's own types describe the browser build; the few calls made here are checked by the tests
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pdfjs = any;
let loaded: { pdfjs: Pdfjs; base: string } | null = null;

async function load(): Promise<{ pdfjs: Pdfjs; base: string }> {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  // the legacy build wants DOMMatrix (from @napi-rs/canvas when installed); the polyfill covers what text needs
  const g = globalThis as { DOMMatrix?: unknown };
  if (!g.DOMMatrix) g.DOMMatrix = require('dommatrix');
  const base = dirname(require.resolve('pdfjs-dist/package.json'));
  const pdfjs = await import(join(base, 'legacy', 'build', 'pdf.mjs'));
  loaded = { pdfjs, base };
  return loaded;
}

export async function extractPdf(bytes: Buffer): Promise<DocModel> {
  checkUnpacked(bytes);
  const { pdfjs, base } = await load();
  const OPS = pdfjs.OPS;
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), cMapUrl: join(base, 'cmaps') + '/', cMapPacked: true,
      standardFontDataUrl: join(base, 'standard_fonts') + '/', isEvalSupported: false, enableXfa: false,
      disableFontFace: true, useSystemFonts: false, verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('the PDF is encrypted (password-protected): save an unprotected copy');
    throw new InputError(`cannot read the PDF: ${((e as Error).message ?? String(e)).slice(0, 200)}`);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw new InputError(`PDF has ${doc.numPages} pages (limit ${MAX_PDF_PAGES})`);
    const pages: LayoutPage[] = [];
    const messages: Message[] = [];
    let runsTotal = 0, chars = 0, images = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const view = vp.transform as Matrix; // PDF user space -> top-down page space
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const it of content.items as Array<{ str?: string; transform: Matrix; width: number; height: number }>) {
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        const m = mul(view, it.transform);
        const size = Math.hypot(m[2], m[3]);
        // vertical or rotated runs (stamps, margin notes) are not body text
        if (Math.abs(m[1]) > 0.01 * size || m[0] <= 0) continue;
        runs.push(...splitRun({ text: it.str, x: m[4], y: m[5], w: it.width * (m[0] / Math.hypot(it.transform[0], it.transform[1]) || 1), size }));
        chars += it.str.replace(/\s/g, '').length;
      }
      runsTotal += runs.length;
      if (runsTotal > MAX_RUNS) throw new InputError(`PDF holds more than ${MAX_RUNS} text runs: refused`);
      const ops = await page.getOperatorList();
      const found = rulings(ops, view, OPS);
      const pictures = found.pictures;
      // past this many segments a page is a drawing, not a table (and grouping them would take long)
      const rules = found.rules.length > MAX_RULES ? [] : found.rules;
      if (rules !== found.rules) messages.push(msg('warning', 'pdf-rulings-skipped', { line: p, column: 1 }, `page ${p} draws ${found.rules.length} line segments (limit ${MAX_RULES}): its tables are read from text positions only`));
      images += pictures;
      if (!runs.length && pictures) messages.push(msg('warning', 'pdf-page-image', { line: p, column: 1 }, `page ${p} has no text, only images (scanned?): its content is not read`));
      pages.push({ width: vp.width, height: vp.height, runs, rules });
      page.cleanup();
    }
    // fonts without a Unicode mapping give private-use or replacement characters: the text layer is noise
    const all = pages.flatMap((pg) => pg.runs.map((r) => r.text)).join('');
    const unmapped = all.match(/[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
    if (chars >= MIN_TEXT && unmapped > 0.3 * chars) {
      throw new InputError(`the PDF's text does not map to Unicode (${Math.round((100 * unmapped) / chars)}% unmapped characters: fonts without ToUnicode): run OCR on it, e.g. \`ocrmypdf --force-ocr --language chi_sim FILE out.pdf\``);
    }
    if (unmapped) messages.push(msg('warning', 'pdf-unmapped-text', null, `${unmapped} character(s) of the PDF's text do not map to Unicode (fonts without ToUnicode)`));
    if (chars < MIN_TEXT) {
      throw new InputError(images
        ? 'the PDF has no text layer (a scan: its pages are images): run OCR first, e.g. `ocrmypdf --language chi_sim FILE out.pdf`'
        : 'the PDF has no text');
    }
    return { format: 'pdf', blocks: layoutBlocks(pages), meta: {}, script: 'simplified', messages };
  } finally {
    await doc.destroy();
  }
}

/**
 * pdfjs puts a space into a run where the run skips over glyphs drawn by another (LibreOffice draws “”
 * in a Latin font over gaps left in the Chinese run): the run is cut at its spaces, each piece placed by
 * the width its characters take (Chinese a full em, others half), so the other glyphs fall in between.
 */
export function splitRun(r: Run): Run[] {
  const parts = r.text.trim().split(/(\s+)/);
  // only Chinese runs: their characters' widths are known; a Latin run keeps pdfjs's own spacing
  if (parts.length < 3 || !/[\u2e80-\uffef]/.test(r.text)) return [r];
  const width = (t: string) => est(t, r.size);
  const words = parts.filter((_, i) => i % 2 === 0);
  const gaps = parts.filter((_, i) => i % 2 === 1).length;
  const gap = (r.w - words.reduce((a, t) => a + width(t), 0)) / gaps;
  if (!(gap > 0)) return [r];
  const out: Run[] = [];
  let x = r.x + (r.text.length - r.text.trimStart().length) * gap;
  parts.forEach((t, i) => {
    if (i % 2 === 0) { out.push({ ...r, text: t, x, w: width(t) }); x += width(t); } else x += gap;
  });
  return out;
}

/** Table borders: thin stroked or filled paths, and the edges of stroked rectangles, in page space. */
function rulings(ops: { fnArray: number[]; argsArray: unknown[] }, view: Matrix, OPS: Record<string, number>): { rules: Rule[]; pictures: number } {
  const rules: Rule[] = [];
  let ctm = view;
  const stack: Matrix[] = [];
  let pictures = 0;
  const STROKE = new Set([OPS.stroke, OPS.closeStroke]);
  const FILL = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? view;
    else if (fn === OPS.transform) ctm = mul(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) { stack.push(ctm); if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = mul(ctm, Array.from(args[0] as number[]) as Matrix); }
    else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? view;
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) pictures++;
    else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const mm = args[2] as ArrayLike<number> | null;
      if (!mm || !(STROKE.has(op) || FILL.has(op))) continue;
      const [ax, ay] = apply(ctm, mm[0], mm[1]);
      const [bx, by] = apply(ctm, mm[2], mm[3]);
      const x1 = Math.min(ax, bx), x2 = Math.max(ax, bx), y1 = Math.min(ay, by), y2 = Math.max(ay, by);
      const w = x2 - x1, h = y2 - y1;
      if (Math.max(w, h) < 3) continue;
      if (h <= 2.5) rules.push({ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 });
      else if (w <= 2.5) rules.push({ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 });
      else if (STROKE.has(op)) rules.push({ x1, x2, y1, y2: y1 }, { x1, x2, y1: y2, y2 }, { x1, x2: x1, y1, y2 }, { x1: x2, x2, y1, y2 });
    }
  }
  return { rules, pictures };
}
