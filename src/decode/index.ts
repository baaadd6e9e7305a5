// bytes -> text. Order: forced encoding, BOM, strict UTF-8, declared HTML charset, legacy CJK fallback.
import { InputError } from '../errors.js';
import type { Decoded, DocModel } from '../model.js';

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb18030: 'gb18030', cp936: 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'utf8': 'utf-8', 'utf-8': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'utf16le': 'utf-16le', 'utf16be': 'utf-16be',
};

export function canonicalEncoding(name: string): string {
  const n = name.trim().toLowerCase();
  return ALIASES[n] ?? n;
}

function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function sniffFormat(bytes: Buffer, path: string): DocModel['format'] {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'docx';
  if (/\.x?html?$/i.test(path)) return 'html';
  const head = bytes.subarray(0, 2048).toString('latin1').toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<meta[\s>]|<table[\s>]|<div[\s>]|<p[\s>]/.test(head)) return 'html';
  return 'text';
}

function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? canonicalEncoding(m[1]) : null;
}

/** Share of characters that are CJK ideographs or common CJK punctuation: a cleanliness score. */
function cjkShare(text: string): number {
  let cjk = 0, other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else if (c > 0x7f) other++;
  }
  return cjk + other === 0 ? 1 : cjk / (cjk + other);
}

export function decode(bytes: Buffer, path: string, forced?: string): Decoded {
  const format = sniffFormat(bytes, path);
  if (format === 'docx') return { text: '', encoding: 'binary', format, bytes };
  const done = (text: string, encoding: string): Decoded => ({ text: text.replace(/^\uFEFF/, ''), encoding, format, bytes });
  if (forced) {
    const enc = canonicalEncoding(forced);
    let text: string;
    try {
      text = new TextDecoder(enc).decode(bytes);
    } catch {
      throw new InputError(`unknown encoding "${forced}"`);
    }
    return done(text, enc);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes), not a notice');
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return done(utf8, 'utf-8');
  const candidates = [declaredCharset(bytes), 'gb18030', 'big5'].filter((e): e is string => !!e && e !== 'utf-8');
  let best: { text: string; enc: string; score: number } | null = null;
  for (const enc of new Set(candidates)) {
    const text = strict(bytes, enc);
    if (text === null) continue;
    const score = cjkShare(text);
    if (!best || score > best.score) best = { text, enc, score };
  }
  if (best && best.score >= 0.6) return done(best.text, best.enc);
  throw new InputError('cannot decode: not valid UTF-8, GB18030 or Big5 text (use --encoding NAME to force one)');
}
