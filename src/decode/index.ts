// bytes -> text. Order: container formats by magic bytes, forced encoding, BOM, strict UTF-8,
// declared charset (HTML <meta>, XML declaration), then strict GB18030 / Big5 decodes checked for
// plausibility (chardet only breaks a tie between the two). Bytes no encoding reads cleanly, and forced
// encodings that give mojibake, are an InputError: mojibake never goes on.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';
import { containerFormat } from '../extract/detect.js';
import { msg, type Decoded, type DocModel } from '../model.js';
import { plausibility, positionOf, textPlausibility } from './plausible.js';

/** Labels TextDecoder does not know, and the WHATWG names reported under another name. */
const ALIASES: Record<string, string> = {
  gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'euc-cn': 'gb18030', gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030', 'iso-ir-58': 'gb18030', chinese: 'gb18030', 'csgb2312': 'gb18030', 'windows-936': 'gb18030',
  'big5-hkscs': 'big5', big5hkscs: 'big5', cp950: 'big5', 'x-x-big5': 'big5', 'cn-big5': 'big5',
  utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be', utf16: 'utf-16le', 'utf-16': 'utf-16le', 'ucs-2': 'utf-16le',
};
const LEGACY_CJK = ['gb18030', 'big5'];
/** Below this share of common characters a legacy decode is taken for mojibake. */
const MIN_PLAUSIBLE = 0.6;

/** The encoding name reported in source.encoding, or null when neither TextDecoder nor iconv-lite knows it. */
export function canonicalEncoding(name: string): string | null {
  const n = name.trim().toLowerCase();
  if (ALIASES[n]) return ALIASES[n];
  try {
    const enc = new TextDecoder(n).encoding;
    return enc === 'gbk' ? 'gb18030' : enc;
  } catch {
    return iconv().encodingExists(n) ? n : null;
  }
}

let iconvLite: { encodingExists(n: string): boolean; decode(b: Buffer, e: string): string } | null = null;
const iconv = () => (iconvLite ??= createRequire(import.meta.url)('iconv-lite'));

// Node's TextDecoder('big5') silently drops Big5-HKSCS sequences even when fatal: Big5 goes through iconv-lite.
const VIA_ICONV = new Set(['big5']);

function strict(bytes: Uint8Array, encoding: string): string | null {
  if (VIA_ICONV.has(encoding)) {
    const text = iconv().decode(Buffer.from(bytes), encoding);
    return text.includes('\uFFFD') ? null : text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decoderKnows(enc: string): boolean {
  try { new TextDecoder(enc); return true; } catch { return false; }
}

/** Decoding that replaces what it cannot read with U+FFFD. */
function lenient(bytes: Uint8Array, encoding: string): string | null {
  if (VIA_ICONV.has(encoding)) return iconv().decode(Buffer.from(bytes), encoding);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

const startsWith = (b: Buffer, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** Containers (docx, xlsx, OFD, .doc/.wps, .xls/.et, PDF, RTF), detected by their bytes in src/extract/detect. */
function container(bytes: Buffer, path = ''): DocModel['format'] | null {
  return containerFormat(bytes, path);
}

const HTML_EXT = /\.(x?html?|shtml|jsp|aspx?|php)$/i;
const HTML_HEAD = /<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<table[\s>]|<div[\s>]|<p[\s>]/i;

export function sniffFormat(bytes: Buffer, path: string, text?: string): DocModel['format'] {
  const c = container(bytes, path);
  if (c) return c;
  if (HTML_EXT.test(path)) return 'html';
  const head = text !== undefined ? text.slice(0, 2048) : bytes.subarray(0, 2048).toString('latin1');
  return HTML_HEAD.test(head) ? 'html' : 'text';
}

/** charset from <meta charset>, <meta http-equiv content="…; charset=…"> or <?xml encoding=…?>. */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? canonicalEncoding(m[1]) : null;
}

/** UTF-16 without a BOM shows as NUL bytes in every other place (ASCII markup and digits). */
function utf16Guess(bytes: Buffer): string | null {
  let even = 0, odd = 0;
  const n = Math.min(bytes.length, 4096) & ~1;
  for (let i = 0; i < n; i += 2) { if (bytes[i] === 0) even++; if (bytes[i + 1] === 0) odd++; }
  if (odd > n / 8 && even < n / 64) return 'utf-16le';
  if (even > n / 8 && odd < n / 64) return 'utf-16be';
  return null;
}

/** Below this share of characters common in a notice, a UTF-16 decode is taken for noise. */
const MIN_PLAUSIBLE_UTF16 = 0.9;

/**
 * UTF-16 without a BOM, mostly Chinese (few NUL bytes, so utf16Guess misses it): the byte order whose
 * strict decode reads as notice text, clearly better than the other order.
 */
function utf16Plausible(bytes: Buffer): { text: string; encoding: string } | null {
  if (bytes.length % 2) return null;
  const tries = ['utf-16le', 'utf-16be'].map((encoding) => {
    const text = strict(bytes, encoding);
    return { text, encoding, score: text === null ? 0 : textPlausibility(text) };
  }).sort((a, b) => b.score - a.score);
  const [best, other] = tries;
  return best.text !== null && best.score >= MIN_PLAUSIBLE_UTF16 && best.score > other.score + 0.2
    ? { text: best.text, encoding: best.encoding } : null;
}

/** chardet's favourite of the legacy Chinese encodings for these bytes (loaded only to break a tie). */
function chardetPrefers(bytes: Buffer): string {
  const chardet = createRequire(import.meta.url)('chardet') as { analyse(b: Uint8Array): Array<{ name: string }> };
  const names = chardet.analyse(bytes.subarray(0, 16384)).map((m) => canonicalEncoding(m.name)).filter((n): n is string => !!n);
  return names.find((n) => LEGACY_CJK.includes(n)) ?? LEGACY_CJK[0];
}

/** Another decode that proves itself on bytes forced to `enc`: then the forced one is mojibake. */
function betterReading(bytes: Buffer, enc: string, text: string): string | null {
  if (enc !== 'utf-8' && /[^\x00-\x7f]/.test(text) && strict(bytes, 'utf-8') !== null) return 'utf-8';
  if (LEGACY_CJK.includes(enc) || enc === 'utf-8' || enc.startsWith('utf-16')) return null; // checked on their own
  const legacy = pickLegacy(bytes);
  // a legacy decode wins only with evidence: a few double-byte characters, nearly all common ones
  if (legacy && legacy.encoding !== enc && plausibility(bytes, legacy.encoding) >= 0.8 && (legacy.text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4) {
    return legacy.encoding;
  }
  return null;
}

function decodeForced(bytes: Buffer, forced: string): { text: string; encoding: string } {
  const enc = canonicalEncoding(forced);
  if (!enc) throw new InputError(`unknown encoding "${forced}" (try utf-8, gb18030, gbk, big5, utf-16le)`);
  let body = bytes;
  if (enc === 'utf-8' && startsWith(bytes, 0xef, 0xbb, 0xbf)) body = bytes.subarray(3);
  if (enc.startsWith('utf-16') && (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff))) body = bytes.subarray(2);
  // an encoding only iconv-lite knows has no strict mode there: replacement characters count as errors
  const onlyIconv = !VIA_ICONV.has(enc) && !decoderKnows(enc);
  const loose = onlyIconv ? iconv().decode(body, enc) : null;
  const text = onlyIconv ? (loose!.includes('\uFFFD') ? null : loose) : strict(body, enc);
  if (text === null) throw new InputError(`the bytes are not valid ${enc} (forced with --encoding ${forced})`);
  // the plausibility checks of detection apply to a forced encoding too: valid is not enough
  const mojibake = `the bytes read as ${enc} are mojibake (forced with --encoding ${forced})`;
  if (LEGACY_CJK.includes(enc) && plausibility(body, enc) < MIN_PLAUSIBLE) {
    throw new InputError(`${mojibake}: few of their double-byte characters are common ${enc} ones; drop --encoding or force the right one`);
  }
  if (enc.startsWith('utf-16') && textPlausibility(text) < MIN_PLAUSIBLE_UTF16) {
    throw new InputError(`${mojibake}: most characters are not text; drop --encoding or force the right one`);
  }
  const better = betterReading(body, enc, text);
  if (better) throw new InputError(`${mojibake}: they are ${better} text; drop --encoding or force ${better}`);
  return { text, encoding: enc };
}

export function decode(bytes: Buffer, path: string, forced?: string): Decoded {
  const early = container(bytes, path);
  if (early) return { text: '', encoding: 'binary', format: early, bytes };
  const done = (text: string, encoding: string, messages: Decoded['messages'] = []): Decoded => {
    const t = text.replace(/^\uFEFF/, '');
    return { text: t, encoding, format: sniffFormat(bytes, path, t), bytes, messages };
  };
  if (forced) { const f = decodeForced(bytes, forced); return done(f.text, f.encoding); }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return done(strictOrThrow(bytes.subarray(3), 'utf-8', 'UTF-8 BOM'), 'utf-8');
  if (startsWith(bytes, 0xff, 0xfe)) return done(strictOrThrow(bytes.subarray(2), 'utf-16le', 'UTF-16LE BOM'), 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return done(strictOrThrow(bytes.subarray(2), 'utf-16be', 'UTF-16BE BOM'), 'utf-16be');
  if (bytes.includes(0)) {
    const u16 = utf16Guess(bytes);
    const text = u16 ? strict(bytes, u16) : null;
    if (u16 && text !== null) return done(text, u16);
    const plausible = utf16Plausible(bytes);
    if (plausible) return done(plausible.text, plausible.encoding);
    throw new InputError('binary file (contains NUL bytes), not a notice '
      + '(if it is UTF-16 text without a byte-order mark, force it with --encoding utf-16le or utf-16be)');
  }
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return done(utf8, 'utf-8');
  const picked = pickLegacy(bytes);
  if (picked) return done(picked.text, picked.encoding);
  const tolerated = tolerant(bytes);
  if (tolerated) {
    const at = positionOf(tolerated.text, tolerated.text.indexOf('\uFFFD'));
    return done(tolerated.text, tolerated.encoding, [msg('warning', 'decode-replaced', at,
      `${tolerated.errors} invalid byte sequence(s) in ${tolerated.encoding} text replaced with U+FFFD`)]);
  }
  throw new InputError('cannot decode: not valid UTF-8, GB18030 (GBK, GB2312) or Big5 text; '
    + 'if you know the encoding, force it with --encoding NAME');
}

function strictOrThrow(bytes: Uint8Array, enc: string, what: string): string {
  const text = strict(bytes, enc);
  if (text === null) throw new InputError(`the file starts with a ${what} but is not valid ${enc}`);
  return text;
}

/** The declared charset when it reads cleanly and plausibly, else the most plausible legacy CJK decode. */
function pickLegacy(bytes: Buffer): { text: string; encoding: string } | null {
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    const text = strict(bytes, declared);
    if (text !== null && (!LEGACY_CJK.includes(declared) || declaredHolds(bytes, declared))) return { text, encoding: declared };
  }
  // Strict decodes first: when only one reads cleanly, or one is clearly more plausible, it wins without
  // chardet (~1 ms per KB). chardet decides only between two clean decodes of near-equal plausibility.
  // The byte-level scores are cheap; Big5 is decoded only when its score could matter.
  const gbScore = plausibility(bytes, 'gb18030'), big5Score = plausibility(bytes, 'big5');
  const gbText = strict(bytes, 'gb18030');
  const gb = gbText === null ? null : { text: gbText, encoding: 'gb18030', score: gbScore };
  const big5Text = gb && gbScore > big5Score + 0.05 ? null : strict(bytes, 'big5');
  const big5 = big5Text === null ? null : { text: big5Text, encoding: 'big5', score: big5Score };
  let best = gb && big5
    ? gb.score > big5.score + 0.05 ? gb : big5.score > gb.score + 0.05 ? big5 : chardetPrefers(bytes) === 'big5' ? big5 : gb
    : gb ?? big5;
  if (best && best.score < MIN_PLAUSIBLE) best = null;
  return best ? { text: best.text, encoding: best.encoding } : null;
}

/**
 * A declared legacy charset that reads cleanly holds when it is plausible, or when no other legacy
 * charset reads the bytes cleanly and more plausibly: traditional text with pinyin or box-drawing
 * symbols in GBK scores ~0.55 (those rows are not "common"), yet Big5 reads it worse or not at all.
 */
function declaredHolds(bytes: Buffer, declared: string): boolean {
  const score = plausibility(bytes, declared);
  if (score >= MIN_PLAUSIBLE) return true;
  if (score < MIN_PLAUSIBLE - 0.15) return false;
  return LEGACY_CJK.every((enc) => enc === declared || plausibility(bytes, enc) < score || strict(bytes, enc) === null);
}

/** A few broken sequences in otherwise clean text (a page cut mid-character): replaced, with a warning. */
function tolerant(bytes: Buffer): { text: string; encoding: string; errors: number } | null {
  const declared = declaredCharset(bytes);
  for (const enc of [...new Set([...(declared ? [declared] : []), 'utf-8', ...LEGACY_CJK])]) {
    const text = lenient(bytes, enc);
    if (text === null) continue;
    const errors = text.split('\uFFFD').length - 1;
    const limit = Math.max(2, Math.floor(text.length / 5000));
    if (errors > limit) continue;
    if (enc !== 'utf-8' && LEGACY_CJK.includes(enc) && plausibility(bytes, enc) < 0.8) continue;
    return { text, encoding: enc, errors };
  }
  return null;
}
