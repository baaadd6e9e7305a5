// Decoding: BOMs, declared charsets, strict UTF-8, GB18030 / Big5 detection, forced encodings, and
// refusal (InputError) of bytes no encoding reads cleanly. Also: the text path loads no heavy library.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, declaredCharset, sniffFormat } from '../src/decode/index.js';
import { InputError } from '../src/errors.js';
import { parseBytes } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..');
const TEXT = '关于印发2022年《政府工作报告》重点任务分解落实方案的通知\n1.加快建设联东U谷项目。(牵头单位:区工信局)\n';
const TRAD = '關於印發2022年《政府工作報告》重點任務分解落實方案的通知\n1.加快建設聯東U谷項目。(牽頭單位:區工信局)\n';
const html = (charsetMeta: string, body: string) => `<!DOCTYPE html><html><head>${charsetMeta}<title>t</title></head><body><div id="zoom"><p>${body}</p></div></body></html>`;
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('BOMs', () => {
  it('UTF-8 BOM: utf-8, the BOM dropped', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt');
    expect(d).toMatchObject({ encoding: 'utf-8', text: TEXT, format: 'text' });
  });
  it('UTF-16LE BOM', () => {
    const d = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'a.txt');
    expect(d).toMatchObject({ encoding: 'utf-16le', text: TEXT });
  });
  it('UTF-16BE BOM', () => {
    const d = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'a.txt');
    expect(d).toMatchObject({ encoding: 'utf-16be', text: TEXT });
  });
  it('UTF-16LE without a BOM (NUL bytes in every other place) is recognised', () => {
    const page = html('<meta charset="utf-16">', '一、加快发展');
    const d = decode(Buffer.from(page, 'utf16le'), 'a.html');
    expect(d).toMatchObject({ encoding: 'utf-16le', text: page, format: 'html' });
  });
  it('a UTF-8 BOM on bytes that are not UTF-8 is an InputError', () => {
    expect(() => decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(TEXT, 'gbk')]), 'a.txt')).toThrow(InputError);
  });
});

describe('declared charsets', () => {
  it('reads <meta charset>, <meta http-equiv content="…charset=…"> and the XML declaration', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GBK">'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from("<?xml version='1.0' encoding='big5'?><html>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<meta charset=utf-8>'))).toBe('utf-8');
    expect(declaredCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
  });
  it('GB2312 / GBK labels decode as GB18030', () => {
    for (const label of ['gb2312', 'GBK', 'x-gbk', 'GB18030']) {
      const page = html(`<meta charset="${label}">`, TEXT);
      const d = decode(iconv.encode(page, 'gbk'), 'a.html');
      expect(d.encoding).toBe('gb18030');
      expect(d.text).toBe(page);
    }
  });
  it('a page that declares gb2312 but is UTF-8 decodes as UTF-8', () => {
    const page = html('<meta charset="gb2312">', TEXT);
    expect(decode(Buffer.from(page), 'a.html').encoding).toBe('utf-8');
  });
  it('a declaration that lies (says gb2312, bytes are Big5) loses to the plausible decode', () => {
    const page = html('<meta charset="gb2312">', TRAD.repeat(3));
    const d = decode(iconv.encode(page, 'big5'), 'a.html');
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(page);
  });
  it('a Big5 page declared big5', () => {
    const page = html('<meta http-equiv="Content-Type" content="text/html; charset=big5">', TRAD);
    expect(decode(iconv.encode(page, 'big5'), 'a.html')).toMatchObject({ encoding: 'big5', text: page });
  });
});

describe('detection without a declaration', () => {
  it('GBK text without any declaration is GB18030', () => {
    const d = decode(iconv.encode(TEXT, 'gbk'), 'a.txt');
    expect(d).toMatchObject({ encoding: 'gb18030', text: TEXT, format: 'text' });
  });
  it('GBK HTML without a meta charset', () => {
    const page = html('', TEXT);
    expect(decode(iconv.encode(page, 'gbk'), 'x.htm')).toMatchObject({ encoding: 'gb18030', text: page, format: 'html' });
  });
  it('Big5 text without any declaration is Big5', () => {
    expect(decode(iconv.encode(TRAD, 'big5'), 'a.txt')).toMatchObject({ encoding: 'big5', text: TRAD });
  });
  it('traditional characters in GBK bytes stay GB18030', () => {
    expect(decode(iconv.encode(TRAD, 'gbk'), 'a.txt')).toMatchObject({ encoding: 'gb18030', text: TRAD });
  });
  it('Big5-HKSCS characters are decoded, not dropped (Node\'s own Big5 decoder drops them)', () => {
    const s = `${TRAD}撫鮁輸油管線`;
    expect(decode(iconv.encode(s, 'big5'), 'a.txt').text).toBe(s);
  });
  it('every fixture notice in GBK decodes back to the same text', () => {
    for (const name of ['haizhou-2022', 'caidian-2023', 'dazhu-2016-minsheng', 'nanling-2024']) {
      const text = readFileSync(join(root, 'fixtures', `${name}.txt`), 'utf8');
      expect(decode(iconv.encode(text, 'gb18030'), `${name}.txt`)).toMatchObject({ encoding: 'gb18030', text });
    }
  });
});

describe('forced encoding (--encoding NAME)', () => {
  it('forces an encoding and reports it by its canonical name', () => {
    expect(decode(iconv.encode(TEXT, 'gbk'), 'a.txt', 'GBK')).toMatchObject({ encoding: 'gb18030', text: TEXT });
    expect(decode(iconv.encode(TRAD, 'big5'), 'a.txt', 'big5')).toMatchObject({ encoding: 'big5', text: TRAD });
    expect(decode(Buffer.from('caf\xe9', 'latin1'), 'a.txt', 'latin1')).toMatchObject({ encoding: 'windows-1252', text: 'café' });
  });
  it('forcing wins over BOM detection and drops a matching BOM', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt', 'utf8').text).toBe(TEXT);
  });
  it('an unknown name or bytes invalid in the forced encoding are InputErrors', () => {
    expect(() => decode(Buffer.from(TEXT), 'a.txt', 'klingon')).toThrow(/unknown encoding "klingon"/);
    expect(() => decode(iconv.encode(TEXT, 'gbk'), 'a.txt', 'utf-8')).toThrow(/not valid utf-8/);
  });
  it('parseBytes passes the forced encoding on to source.encoding', async () => {
    const notice = await parseBytes(iconv.encode(TEXT, 'gbk'), 'a.txt', { encoding: 'gb2312' });
    expect(notice.source.encoding).toBe('gb18030');
  });
});

describe('refusals: no mojibake reaches the output', () => {
  it('bytes no encoding reads cleanly', () => {
    expect(() => decode(Buffer.alloc(64, 0xff), 'a.txt')).toThrow(/cannot decode.*--encoding/);
    expect(() => decode(Buffer.from([0x81, 0x20, 0xfe, 0x21, 0xa1, 0x0a].flatMap((b) => [b, b]).concat(...Array(20).fill([0x80, 0x7f]))), 'a.txt')).toThrow(InputError);
  });
  it('Latin-1 text is not passed off as Chinese', () => {
    const latin = Buffer.from('Le caf\xe9 est ferm\xe9. D\xe9j\xe0 vu, na\xefve fa\xe7ade, \xfcber, se\xf1or. '.repeat(5), 'latin1');
    expect(() => decode(latin, 'a.txt')).toThrow(/cannot decode/);
  });
  it('UTF-8 bytes read as GB18030 would be mojibake: a file with many broken sequences is refused', () => {
    const broken = Buffer.from(TEXT.repeat(5));
    for (let i = 7; i < broken.length; i += 9) broken[i] = 0x20;
    expect(() => decode(broken, 'a.txt')).toThrow(/cannot decode/);
  });
  it('one broken sequence in clean text is replaced, with a warning at its place', async () => {
    const bytes = Buffer.concat([Buffer.from(TEXT.repeat(3)), Buffer.from([0xe5, 0x8a]), Buffer.from('\n')]);
    const notice = await parseBytes(bytes, 'a.txt');
    expect(notice.source.encoding).toBe('utf-8');
    const warn = notice.report.messages.find((m) => m.rule === 'decode-replaced');
    expect(warn).toMatchObject({ severity: 'warning', line: 7 });
  });
  it('NUL bytes that are not UTF-16: a binary file', () => {
    expect(() => decode(Buffer.from([0x50, 0x44, 0, 1, 2, 0, 0xff]), 'a.txt')).toThrow(/binary file/);
  });
  it('containers are told by their bytes (issue 10): OLE by its streams, PDF and RTF by signature', () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(() => decode(ole, 'notice.doc')).toThrow(/neither a Word .* nor an Excel/);
    expect(() => decode(ole, 'notice.wps')).toThrow(InputError);
    const word = Buffer.concat([ole, Buffer.from('WordDocument', 'utf16le')]);
    expect(decode(word, 'notice.wps').format).toBe('doc');
    expect(decode(Buffer.concat([ole, Buffer.from('Workbook', 'utf16le')]), 'table.et').format).toBe('xls');
    expect(decode(Buffer.from('%PDF-1.7\n'), 'a.pdf').format).toBe('pdf');
    expect(decode(Buffer.from('{\\rtf1\\ansi 1'), 'a.doc').format).toBe('rtf');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  // Mostly Chinese: NUL bytes only where a newline or digit is, too few for the NUL-pattern guess.
  const ZH = '一、深化改革\n推进政务服务改革,牵头单位:区行政审批局\n二、项目建设\n推进重点项目建设,牵头单位:区发展和改革局\n';
  it('little- and big-endian Chinese text is recognised by its plausibility', () => {
    expect(decode(Buffer.from(ZH, 'utf16le'), 'a.txt')).toMatchObject({ encoding: 'utf-16le', text: ZH });
    expect(decode(utf16be(ZH), 'a.txt')).toMatchObject({ encoding: 'utf-16be', text: ZH });
  });
  it('NUL bytes that read as neither byte order: binary, with the hint to force UTF-16', () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? (i * 7919) % 251 : 0)));
    expect(() => decode(noise, 'a.txt')).toThrow(/binary file.*--encoding utf-16le/);
  });
});

describe('forced encodings are checked for plausibility too', () => {
  const long = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8');
  it('a single-byte encoding forced on GB18030 or UTF-8 Chinese text is mojibake: an InputError naming the right one', () => {
    for (const label of ['latin1', 'windows-1252', 'koi8-r']) {
      expect(() => decode(iconv.encode(long, 'gb18030'), 'a.txt', label)).toThrow(/mojibake.*gb18030/);
      expect(() => decode(Buffer.from(long), 'a.txt', label)).toThrow(/mojibake.*utf-8/);
    }
  });
  it('GB18030 forced on Big5 bytes, or a UTF-16 order forced on UTF-8 bytes, is refused', () => {
    expect(() => decode(iconv.encode(TRAD.repeat(20), 'big5'), 'a.txt', 'gbk')).toThrow(/mojibake/);
    expect(() => decode(Buffer.from(long.slice(0, 2000)), 'a.txt', 'utf-16le')).toThrow(InputError);
  });
  it('a right forced encoding still passes, CLI exit code 1 for a wrong one', () => {
    expect(decode(iconv.encode(long, 'gb18030'), 'a.txt', 'gbk').text).toBe(long);
    expect(decode(Buffer.from('caf\xe9 cr\xe8me', 'latin1'), 'a.txt', 'latin1').text).toBe('café crème');
  });
});

describe('legacy decodes without the detector', () => {
  // chardet costs ~1 ms per KB: it is loaded only when GB18030 and Big5 both read cleanly and score alike.
  const loaded = (encoding: string, text: string) => {
    const script = `
      import { createRequire } from 'node:module';
      import iconv from ${JSON.stringify(join(root, 'node_modules', 'iconv-lite', 'lib', 'index.js'))};
      const { decode } = await import(${JSON.stringify(join(root, 'dist', 'decode', 'index.js'))});
      const d = decode(iconv.encode(${JSON.stringify(text)}, ${JSON.stringify(encoding)}), 'a.txt');
      const req = createRequire(import.meta.url);
      console.log(JSON.stringify({ encoding: d.encoding, chardet: Object.keys(req.cache).some((k) => /node_modules\\/chardet\\//.test(k)) }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout.trim());
  };
  it('GB18030 and Big5 text that decode strictly and plausibly do not load chardet', () => {
    const text = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8');
    expect(loaded('gb18030', text)).toEqual({ encoding: 'gb18030', chardet: false });
    expect(loaded('big5', TRAD.repeat(5))).toEqual({ encoding: 'big5', chardet: false });
  });
});

describe('format sniffing', () => {
  it('zip magic is docx, HTML by extension or content, else text', () => {
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 3, 4]), 'a.bin')).toBe('docx');
    expect(sniffFormat(Buffer.from('plain'), 'a.html')).toBe('html');
    expect(sniffFormat(Buffer.from('<!DOCTYPE html><p>x'), 'a.txt')).toBe('html');
    expect(sniffFormat(Buffer.from('一、总体要求\n1.加快发展'), 'a.txt')).toBe('text');
  });
});

describe('the plain-text path stays light', () => {
  // Static imports reachable from the library entry point (dynamic import() and createRequire excluded).
  it('no heavy library is imported statically from src/index.ts', () => {
    const heavy = /^(cheerio|opencc-js|chardet|iconv-lite|jszip|mammoth|docx|parse5|htmlparser2|pdfjs-dist|word-extractor|@e965\/xlsx|dommatrix)(\/|$)/;
    const seen = new Set<string>();
    const found: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1];
        if (spec.startsWith('.')) visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
        else if (heavy.test(spec)) found.push(`${file}: ${spec}`);
      }
    };
    visit(join(root, 'src', 'index.ts'));
    expect(found).toEqual([]);
    expect([...seen].some((f) => f.endsWith('html.ts') || f.endsWith('docx.ts'))).toBe(false);
  });
  it('parsing a UTF-8 .txt loads neither chardet nor iconv-lite nor cheerio (checked in a fresh process)', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { parseFile } = await import(${JSON.stringify(join(root, 'dist', 'read.js'))});
      await parseFile(${JSON.stringify(join(root, 'fixtures', 'haizhou-2022.txt'))});
      const req = createRequire(import.meta.url);
      console.log(JSON.stringify(Object.keys(req.cache).filter((k) => /node_modules\\/(chardet|iconv-lite|cheerio|undici|jszip|mammoth|opencc-js)\\//.test(k))));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toEqual([]);
  });
});
