#!/usr/bin/env node
// The published fixtures (fixtures/published, see make-published-fixtures.mjs) in the other forms notices
// and their attachments come in, into fixtures/converted/. Needs LibreOffice (`soffice`); the results are
// committed, so tests and CI need none:
//   NAME.pdf                    NAME.docx printed by LibreOffice, with a running head and page numbers
//                               ("— N —") on every page: paragraphs wrap over PDF lines
//   NAME.table.pdf              NAME.table.docx the same way: the task table over several pages, its
//                               header row repeated on each, rows broken by page breaks, merged cells
//                               drawn by their rulings
//   NAME.borderless.pdf         (a few fixtures) NAME.table.docx without rulings: columns from x-positions
//   NAME.doc                    NAME.txt saved by Writer as Word 97-2003
//   NAME.xlsx, NAME.xls         NAME.txt opened in Calc, a line a row
//   NAME.txt.pdf                NAME.txt printed by Writer (no paragraph spacing: wrapped lines are joined
//                               by the margin, markers and keys alone; “” drawn in another font)
//   NAME.table.doc, .xlsx, .xls the task table of NAME.table.html (its title above) in Writer and Calc
//   NAME.wps, NAME.table.et     (a few fixtures) the .doc / .xls bytes under Kingsoft's names
//   NAME.ofd                    NAME.txt laid out in OFD (GB/T 33190) by this script: one TextObject per
//                               line, DeltaX advances (with "g" compression), page numbers
// manifest.json records the sha256 of every source, so a test can tell when a form is stale.
// Run: node scripts/make-converted-fixtures.mjs [--out DIR] [--only NAME] [--force: rewrite unchanged forms too]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'fixtures');
const pub = join(fixtures, 'published');
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const out = arg('--out') ?? join(fixtures, 'converted');
const only = arg('--only');
const force = process.argv.includes('--force');
const SOFFICE = process.env.SOFFICE ?? 'soffice';
mkdirSync(out, { recursive: true });

const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()
  .filter((n) => !only || n === only);
// Kingsoft names for a few: the same binary formats (.wps is Word 97-2003, .et is Excel BIFF8)
const KINGSOFT = new Set(names.filter((_, i) => i % 4 === 0));
const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
const manifest = {};
const record = (made, ...sources) => { manifest[made] = Object.fromEntries(sources.map((s) => [s, sha(join(root, s))])); };
const rel = (p) => p.slice(root.length + 1);

// ---------- Word sources: a running head and page numbers, as printed notices have
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NO_BORDERS = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';

async function withPageFurniture(docx, head, borderless = false) {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  if (borderless) zip.file('word/document.xml', (await zip.file('word/document.xml').async('string')).replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/g, NO_BORDERS));
  zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">${esc(head)}</w:t></w:r></w:p></w:hdr>`);
  zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`);
  const types = await zip.file('[Content_Types].xml').async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>',
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    + '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>'));
  const rels = await zip.file('word/_rels/document.xml.rels').async('string');
  zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>',
    `<Relationship Id="rIdHead1" Type="${REL}/header" Target="header1.xml"/><Relationship Id="rIdFoot1" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`));
  let doc = await zip.file('word/document.xml').async('string');
  if (!doc.includes('xmlns:r=')) doc = doc.replace('<w:document ', `<w:document xmlns:r="${REL}" `);
  doc = doc.replace(/<w:sectPr>/, '<w:sectPr><w:headerReference w:type="default" r:id="rIdHead1"/><w:footerReference w:type="default" r:id="rIdFoot1"/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** soffice --convert-to for a batch of files, into dir (one LibreOffice start per batch). */
function convert(files, to, dir, infilter) {
  if (!files.length) return;
  const profile = join(tmpdir(), 'fenjie-lo-profile');
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to', to, '--outdir', dir, ...files], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---------- the task table of a .table.html page, alone on a page for Calc
function tablePage(html) {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  // every task table, each with the heading printed above it
  const parts = [...html.matchAll(/(?:<p[^>]*>(?:<b>)?([^<]*)(?:<\/b>)?<\/p>\s*)?(<table class="MsoNormalTable"[\s\S]*?<\/table>)/g)]
    .map((m) => `${m[1] ? `<p>${m[1]}</p>\n` : ''}${m[2]}`);
  if (!parts.length) throw new Error('no task table in the .table.html page');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>${title}</p>\n${parts.join('\n')}\n</body></html>`;
}

// ---------- OFD, laid out here: A4, 25 mm margins, 4.2 mm characters, ASCII half width
const MM = { w: 210, h: 297, margin: 25, size: 4.2, lead: 7.2, gap: 2.4 };
const adv = (ch) => (ch.charCodeAt(0) < 0x2e80 ? MM.size / 2 : MM.size);
const r2 = (n) => Math.round(n * 1000) / 1000;

/** Lines as word processors break them: anywhere between Chinese characters, Latin words and numbers whole. */
function wrap(text) {
  const width = MM.w - 2 * MM.margin;
  const lines = [];
  let cur = '', w = 0;
  for (const token of text.match(/[A-Za-z0-9.%]+ ?|./gsu) ?? []) {
    const tw = [...token].reduce((a, c) => a + adv(c), 0);
    if (w + tw > width + 1e-6 && cur) { lines.push(cur.trimEnd()); cur = ''; w = 0; }
    cur += token; w += tw;
  }
  lines.push(cur.trimEnd());
  return lines;
}

/** DeltaX with OFD's "g N d" run compression where a run of advances repeats. */
function deltaX(text) {
  const ds = [...text].slice(1).map((_, i) => r2(adv([...text][i])));
  const parts = [];
  for (let i = 0; i < ds.length;) {
    let j = i;
    while (j < ds.length && ds[j] === ds[i]) j++;
    parts.push(j - i >= 3 ? `g ${j - i} ${ds[i]}` : ds.slice(i, j).join(' '));
    i = j;
  }
  return parts.join(' ');
}

const FIXED = new Date('2024-01-01T00:00:00Z');

async function makeOfd(txt) {
  const pages = [[]];
  let y = MM.margin;
  const bottom = MM.h - MM.margin - 10;
  for (const para of txt.split(/\r?\n/)) {
    if (!para.trim()) { y += MM.gap; continue; }
    for (const line of wrap(para)) {
      if (y + MM.lead > bottom) { pages.push([]); y = MM.margin; }
      pages[pages.length - 1].push({ text: line, x: MM.margin, y });
      y += MM.lead;
    }
    y += MM.gap;
  }
  const zip = new JSZip();
  const put = (name, text) => zip.file(name, text, { date: FIXED, createFolders: false });
  const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  put('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>fenjie-fixture</ofd:DocID><ofd:Creator>make-converted-fixtures</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const pageRefs = pages.map((_, i) => `<ofd:Page ID="${100 + i}" BaseLoc="Pages/Page_${i}/Content.xml"/>`).join('');
  put('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${1000 + pages.length * 1000}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${MM.w} ${MM.h}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>${pageRefs}</ofd:Pages></ofd:Document>`);
  put('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>`);
  pages.forEach((lines, p) => {
    let id = 1000 + p * 1000;
    const obj = ({ text, x, y }) => {
      const w = [...text].reduce((a, c) => a + adv(c), 0);
      return `<ofd:TextObject ID="${++id}" Boundary="${r2(x)} ${r2(y)} ${r2(w + 1)} ${r2(MM.size * 1.4)}" Font="2" Size="${MM.size}"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${r2(MM.size)}"${[...text].length > 1 ? ` DeltaX="${deltaX(text)}"` : ''}>${esc(text)}</ofd:TextCode></ofd:TextObject>`;
    };
    const num = `— ${p + 1} —`;
    const foot = obj({ text: num, x: MM.w / 2 - [...num].reduce((a, c) => a + adv(c), 0) / 2, y: MM.h - MM.margin });
    // the body in a PageBlock (nesting GB/T 33190 allows), the page number on its own layer
    put(`Doc_0/Pages/Page_${p}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="${++id}"><ofd:PageBlock ID="${++id}">${lines.map(obj).join('')}</ofd:PageBlock></ofd:Layer><ofd:Layer ID="${++id}">${foot}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

// ---------- run
const tmp = mkdtempSync(join(tmpdir(), 'converted-'));
try {
  const words = [], tables = [];
  for (const n of names) {
    const title = readFileSync(join(fixtures, `${n}.txt`), 'utf8').split(/\r?\n/).find((l) => l.trim())?.trim() ?? n;
    const head = [...title].slice(0, 24).join('');
    if (existsSync(join(pub, `${n}.docx`))) {
      writeFileSync(join(tmp, `${n}.docx`), await withPageFurniture(join(pub, `${n}.docx`), head));
      words.push(join(tmp, `${n}.docx`));
      record(`${n}.pdf`, rel(join(pub, `${n}.docx`)));
    }
    if (existsSync(join(pub, `${n}.table.docx`))) {
      writeFileSync(join(tmp, `${n}.table.docx`), await withPageFurniture(join(pub, `${n}.table.docx`), head));
      words.push(join(tmp, `${n}.table.docx`));
      record(`${n}.table.pdf`, rel(join(pub, `${n}.table.docx`)));
      if (KINGSOFT.has(n)) {
        // the table without rulings: columns from x-positions only
        writeFileSync(join(tmp, `${n}.borderless.docx`), await withPageFurniture(join(pub, `${n}.table.docx`), head, true));
        words.push(join(tmp, `${n}.borderless.docx`));
        record(`${n}.borderless.pdf`, rel(join(pub, `${n}.table.docx`)));
      }
    }
    if (existsSync(join(pub, `${n}.table.html`))) {
      writeFileSync(join(tmp, `${n}.table.html`), tablePage(readFileSync(join(pub, `${n}.table.html`), 'utf8')));
      tables.push(join(tmp, `${n}.table.html`));
      for (const e of ['xlsx', 'xls']) record(`${n}.table.${e}`, rel(join(pub, `${n}.table.html`)));
    }
    writeFileSync(join(out, `${n}.ofd`), await makeOfd(readFileSync(join(fixtures, `${n}.txt`), 'utf8')));
    record(`${n}.ofd`, rel(join(fixtures, `${n}.txt`)));
  }
  // .doc from the text and the task table's page: LibreOffice's .doc export splits some of the .docx
  // forms' Word lists in two, so a .doc made from them numbers differently from the text (LibreOffice
  // itself reads it back that way)
  const texts = join(tmp, 'text');
  mkdirSync(texts);
  for (const n of names) copyFileSync(join(fixtures, `${n}.txt`), join(texts, `${n}.txt`));
  for (const n of names) for (const e of ['doc', 'xlsx', 'xls', 'txt.pdf']) record(`${n}.${e}`, rel(join(fixtures, `${n}.txt`)));
  for (const t of tables) { const n = t.slice(tmp.length + 1, -'.table.html'.length); record(`${n}.table.doc`, rel(join(pub, `${n}.table.html`))); }
  convert(words, 'pdf:writer_pdf_Export', tmp);
  const textFiles = readdirSync(texts).map((f) => join(texts, f));
  convert(textFiles, 'doc:MS Word 97', texts, 'Text (encoded):UTF8,LF,,');
  convert(textFiles, 'pdf:writer_pdf_Export', texts, 'Text (encoded):UTF8,LF,,');
  // a notice pasted into a sheet, a line a row (tab-separated only, UTF-8)
  convert(textFiles, 'xlsx:Calc Office Open XML', texts, 'Text - txt - csv (StarCalc):9,34,76,1');
  convert(textFiles, 'xls:MS Excel 97', texts, 'Text - txt - csv (StarCalc):9,34,76,1');
  convert(tables, 'doc:MS Word 97', tmp, 'HTML (StarWriter)');
  convert(tables, 'xlsx:Calc Office Open XML', tmp, 'HTML (StarCalc)');
  convert(tables, 'xls:MS Excel 97', tmp, 'HTML (StarCalc)');
  // LibreOffice stamps every file with the time: a form whose sources did not change keeps its bytes
  const before = existsSync(join(out, 'manifest.json')) ? JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) : {};
  const keep = (f) => !force && existsSync(join(out, f)) && JSON.stringify(before[f]) === JSON.stringify(manifest[f]);
  const move = (from, f, to = f) => { if (!keep(to)) renameSync(join(from, f), join(out, to)); };
  for (const f of readdirSync(texts)) if (/\.(doc|xlsx|xls)$/.test(f)) move(texts, f);
  for (const f of readdirSync(texts)) if (f.endsWith('.pdf')) move(texts, f, f.replace(/\.pdf$/, '.txt.pdf'));
  for (const f of readdirSync(tmp)) if (/\.(pdf|doc|xlsx|xls)$/.test(f)) move(tmp, f);
  for (const n of KINGSOFT) {
    if (existsSync(join(out, `${n}.doc`))) { copyFileSync(join(out, `${n}.doc`), join(out, `${n}.wps`)); manifest[`${n}.wps`] = manifest[`${n}.doc`]; }
    if (existsSync(join(out, `${n}.table.xls`))) { copyFileSync(join(out, `${n}.table.xls`), join(out, `${n}.table.et`)); manifest[`${n}.table.et`] = manifest[`${n}.table.xls`]; }
  }
  const sorted = Object.fromEntries(Object.keys(manifest).sort().map((k) => [k, manifest[k]]));
  const prev = existsSync(join(out, 'manifest.json')) && only ? JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) : {};
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ ...prev, ...sorted }, null, 1)}\n`);
  console.log(`${Object.keys(sorted).length} files in ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
