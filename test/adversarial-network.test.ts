// Hardening (issue 5): output safety. Nothing in an input is ever executed, fetched or read from disk:
// not <script>, event handlers or javascript: links, not <img>/<link>/<iframe>/<object>/CSS urls, not
// XML external entities, not a .docx's external relationships (linked images, templates, altChunks,
// INCLUDETEXT / INCLUDEPICTURE fields). Written against the public parseBytes, so it holds for any
// extractor that lands. Every way out is stubbed to throw and record the call (fetch, http, https,
// http2, net, tls, dns, child_process); a local TCP server named in every URL counts connections; a
// canary file named in every file: URL must be neither opened nor copied into the output; a global
// canary catches any script that runs.
import child_process from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error plain ESM module shared with the bench, no type declarations
import { docxFromBody, zip } from '../bench/zip.mjs';
import { InputError, parseBytes } from '../src/index.js';

const SECRET = 'fenjie-canary-7f3a9c';
const dir = fs.mkdtempSync(join(tmpdir(), 'fenjie-safety-'));
const canary = join(dir, 'canary.txt');
fs.writeFileSync(canary, `${SECRET}\n`);
const canaryUrl = `file://${canary}`;

const calls: string[] = [];
let connections = 0;
let server: net.Server;
let port = 0;
const g = globalThis as { __fenjiePwned?: unknown };

function trap(obj: object, method: string, label: string): void {
  if (typeof (obj as Record<string, unknown>)[method] !== 'function') return;
  vi.spyOn(obj as Record<string, (...a: unknown[]) => unknown>, method).mockImplementation((...args: unknown[]) => {
    calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
    throw new Error(`blocked by the test: ${label}`);
  });
}

/** fs calls that name the canary (module loading reads other files; only the canary is off limits). */
function watchCanary(obj: object, method: string, label: string): void {
  const target = obj as Record<string, (...a: unknown[]) => unknown>;
  if (typeof target[method] !== 'function') return;
  const original = target[method].bind(obj);
  vi.spyOn(target, method).mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('canary')) calls.push(`${label}(${String(args[0])})`);
    return original(...args);
  });
}

beforeAll(async () => {
  server = net.createServer((s) => { connections++; s.destroy(); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
  // Load the lazily imported extractors and converters before the traps go up.
  await parseBytes(Buffer.from('<html><body><p>x</p></body></html>'), 'warm.html');
  await parseBytes(docxFromBody('<w:p><w:r><w:t>x</w:t></w:r></w:p>'), 'warm.docx');
  await parseBytes(Buffer.from('關於進一步發展們個為這來國發會對與經過長時實現頭將點問題區縣廳辦責單領導務業'), 'warm.txt');
  trap(globalThis, 'fetch', 'fetch');
  for (const [mod, name] of [[http, 'http'], [https, 'https']] as const) for (const m of ['request', 'get']) trap(mod, m, `${name}.${m}`);
  trap(http2, 'connect', 'http2.connect');
  for (const m of ['connect', 'createConnection']) trap(net, m, `net.${m}`);
  trap(net.Socket.prototype, 'connect', 'Socket.connect');
  trap(tls, 'connect', 'tls.connect');
  for (const m of ['lookup', 'resolve', 'resolve4', 'resolve6']) trap(dns, m, `dns.${m}`);
  trap(dns.promises, 'lookup', 'dns.promises.lookup');
  for (const m of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) trap(child_process, m, `child_process.${m}`);
  for (const m of ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'existsSync', 'statSync', 'stat']) watchCanary(fs, m, `fs.${m}`);
  for (const m of ['readFile', 'open', 'stat']) watchCanary(fs.promises, m, `fs.promises.${m}`);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

async function parseSafely(bytes: Buffer, path: string): Promise<string> {
  calls.length = 0;
  delete g.__fenjiePwned;
  let out = '';
  try {
    out = JSON.stringify(await parseBytes(bytes, path));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    out = e.message;
  }
  // anything asynchronous an input might have started gets a moment to show itself
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(calls).toEqual([]);
  expect(connections).toBe(0);
  expect(g.__fenjiePwned).toBeUndefined();
  expect(out).not.toContain(SECRET);
  expect(out).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 16));
  return out;
}

const url = (p: string) => `http://127.0.0.1:${port}/${p}`;
const pwn = (how: string) => `globalThis.__fenjiePwned='${how}'`;

function hostilePage(): string {
  return `<!DOCTYPE html [<!ENTITY xxe SYSTEM "${url('xxe')}"><!ENTITY file SYSTEM "${canaryUrl}">]>
<html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${url('refresh')}">
<base href="${url('base/')}">
<link rel="stylesheet" href="${url('style.css')}"><link rel="import" href="${url('import.html')}"><link rel="preload" href="${canaryUrl}">
<script src="${url('script.js')}"></script>
<script>${pwn('script')}; fetch('${url('inline')}'); require('child_process').execSync('touch ${dir}/pwned');</script>
<style>@import url(${url('import.css')}); body { background: url(${url('bg.png')}) }</style>
<title>关于印发2022年重点工作任务分解方案的通知</title></head>
<body onload="${pwn('onload')}">
<p>关于印发2022年重点工作任务分解方案的通知</p>
<img src="${url('img.png')}" onerror="${pwn('onerror')}"><img src="${canaryUrl}"><img srcset="${url('a.png')} 2x">
<iframe src="${url('frame.html')}"></iframe><iframe srcdoc="<script>${pwn('srcdoc')}</script>"></iframe>
<object data="${url('obj.swf')}"></object><embed src="${url('e.swf')}">
<video src="${url('v.mp4')}" poster="${url('poster.png')}"></video><audio src="${url('a.mp3')}"></audio>
<svg><image href="${url('svg.png')}"/><use href="${url('use.svg#x')}"/><script>${pwn('svg')}</script></svg>
<form action="${url('form')}"><input type="image" src="${url('input.png')}"></form>
<a href="javascript:${pwn('href')}">链接</a>
<p>1.加快建设项目。&xxe;&file;(牵头单位:区发改局;责任单位:区财政局)</p>
<p>2.推进老旧小区改造<img src="${url('inline.png')}">。(牵头单位:区住建局)</p>
<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
<tr><td>1</td><td>推进<img src="${url('cell.png')}">改造</td><td>区住建局</td></tr></table>
</body></html>`;
}

describe('output safety: nothing in the input is executed, fetched or read', () => {
  it('the traps work (calls made by the test itself are blocked and recorded)', () => {
    calls.length = 0;
    expect(() => fetch(url('self-test'))).toThrow(/blocked/);
    expect(() => http.get(url('self-test'))).toThrow(/blocked/);
    expect(() => net.connect(port, '127.0.0.1')).toThrow(/blocked/);
    fs.readFileSync(canary);
    expect(calls.slice(0, 4)).toEqual([`fetch(${url('self-test')})`, `http.get(${url('self-test')})`, `net.connect(${port})`, `fs.readFileSync(${canary})`]);
    calls.length = 0;
  });

  it('an HTML page full of scripts, handlers, remote resources and external entities', async () => {
    const out = await parseSafely(Buffer.from(hostilePage()), 'hostile.html');
    expect(out).toContain('区发改局'); // the page was really read
    expect(fs.existsSync(join(dir, 'pwned'))).toBe(false);
  });

  it('the same page as .txt (sniffed), as GBK-declared and as XHTML with an external DTD', async () => {
    await parseSafely(Buffer.from(hostilePage()), 'hostile.txt');
    await parseSafely(Buffer.from(hostilePage().replace('charset="utf-8"', 'charset="gbk"')), 'hostile.htm');
    const xhtml = `<?xml version="1.0" encoding="utf-8"?><?xml-stylesheet href="${url('x.xsl')}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "${url('xhtml.dtd')}">${hostilePage().replace(/^<!DOCTYPE[^\n]*\n/, '')}`;
    await parseSafely(Buffer.from(xhtml), 'hostile.xhtml');
  });

  it('a .docx with an external entity (XXE) in word/document.xml', async () => {
    const prolog = `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${url('xxe')}"><!ENTITY file SYSTEM "${canaryUrl}"><!ENTITY % p SYSTEM "${url('p.dtd')}"> %p;]>`;
    await parseSafely(docxFromBody('<w:p><w:r><w:t>1.加快建设项目&xxe;&file;(牵头单位:区发改局)</w:t></w:r></w:p>', {}, { prolog }), 'xxe.docx');
  });

  it('a .docx whose relationships point outside the package (images, template, altChunk, subDoc, fields)', async () => {
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rImgHttp" Type="${R}/image" Target="${url('img.png')}" TargetMode="External"/>
<Relationship Id="rImgFile" Type="${R}/image" Target="${canaryUrl}" TargetMode="External"/>
<Relationship Id="rImgPath" Type="${R}/image" Target="${canary}" TargetMode="External"/>
<Relationship Id="rImgUp" Type="${R}/image" Target="../../../../../../../..${canary}"/>
<Relationship Id="rAlt" Type="${R}/aFChunk" Target="${url('chunk.html')}" TargetMode="External"/>
<Relationship Id="rAltFile" Type="${R}/aFChunk" Target="${canaryUrl}" TargetMode="External"/>
<Relationship Id="rSub" Type="${R}/subDocument" Target="${url('sub.docx')}" TargetMode="External"/>
<Relationship Id="rLink" Type="${R}/hyperlink" Target="${url('link')}" TargetMode="External"/>
<Relationship Id="rOle" Type="${R}/oleObject" Target="${url('ole.bin')}" TargetMode="External"/>
<Relationship Id="rNum" Type="${R}/numbering" Target="${url('numbering.xml')}" TargetMode="External"/>
<Relationship Id="rStyles" Type="${R}/styles" Target="${canaryUrl}" TargetMode="External"/>
</Relationships>`;
    const settingsRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rTpl" Type="${R}/attachedTemplate" Target="${url('template.dotm')}" TargetMode="External"/></Relationships>`;
    const body = `<w:p><w:r><w:t>1.加快建设项目(牵头单位:区发改局)</w:t></w:r>
<w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" r:link="rImgHttp" r:embed="rImgUp"/></w:drawing></w:r>
<w:r><w:pict><v:imagedata xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="${R}" r:id="rImgFile"/></w:pict></w:r>
<w:hyperlink xmlns:r="${R}" r:id="rLink"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>
<w:altChunk xmlns:r="${R}" r:id="rAlt"/><w:altChunk xmlns:r="${R}" r:id="rAltFile"/><w:subDoc xmlns:r="${R}" r:id="rSub"/>
<w:p><w:fldSimple w:instr=' INCLUDETEXT "${canary}" '><w:r><w:t>2.推进改造(牵头单位:区住建局)</w:t></w:r></w:fldSimple></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDEPICTURE "${url('field.png')}" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const docx = docxFromBody(body, {
      'word/_rels/document.xml.rels': rels,
      'word/settings.xml': `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${R}"><w:attachedTemplate r:id="rTpl"/></w:settings>`,
      'word/_rels/settings.xml.rels': settingsRels,
    });
    const out = await parseSafely(docx, 'external.docx');
    expect(out).toContain('区发改局');
  });

  it('a ZIP whose entry names climb out of the package or are absolute paths', async () => {
    const bytes = zip({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '../../../../tmp/fenjie-escape.xml': '<x/>', [`${dir}/written-by-zip.xml`]: '<x/>',
      'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>1.任务(牵头单位:区发改局)</w:t></w:r></w:p></w:body></w:document>',
    });
    await parseSafely(bytes, 'escape.docx');
    expect(fs.existsSync('/tmp/fenjie-escape.xml')).toBe(false);
    expect(fs.existsSync(join(dir, 'written-by-zip.xml'))).toBe(false);
  });
});
