// Traditional -> simplified, through opencc-js's small t2cn build, loaded only for traditional input.
// Taiwan variants and phrases first (著力 -> 着力), then Hong Kong variants (衞 -> 卫); the conversion
// keeps the text's length in practice, so positions into the source stay right.
// Decided for the document (its first 20 000 characters), else run by run of blocks, so that a short
// traditional notice, or a traditional part after a long simplified one, is converted too.
import type { Block, DocModel } from '../model.js';

/** Place names the converter would get wrong, as printed in traditional text -> correct simplified form. */
const PROTECT: Array<[string, string]> = [
  ['乾安縣', '乾安县'], ['乾安', '乾安'], ['乾縣', '乾县'], ['乾陵', '乾陵'], ['乾元', '乾元'],
];

// Frequent characters of traditional text that simplified text does not use (their simplified forms
// differ). Characters used in both scripts (乾 著 於 後 …) are left out on purpose.
const TRAD_ONLY = '們個為爲這來國發會關對與經過長時實現頭將點問題區縣廳辦責單領導務業進設計劃條處統績監測組織總體層級應範開資濟維護環衛衞職參聯機構質價報農產産東車書買賣電話樂學習氣醫藥貸議論讓許說請讀變從還邊運達選鄉鎮觀覺際據標準備積極強優歲項類顧風飛館島齊龍萬營貿豐嚴財負貨費賽軍輕較載輸遠適鄰鐵銀鋼錢錄門間陽陰隊隨險難靈韓頁順須預顏願養餘馬驗黨廣濟審權義錯計劃線綫勞動護歷戰擴傳協園圍團圖場壓嚴執療監術規視親誌證識議財貧資幹廢廠構標歸彙';
const MIN_HAN = 20;
const MIN_SHARE = 0.05;
const SAMPLE = 20000;
/** A run of blocks outside a traditional document: traditional at this share (simplified notices stay under 3 %). */
const MIN_RUN_SHARE = 0.1;

// Code-point tables instead of regular expressions over the text: one pass, no arrays of matches.
const tradTable = new Uint8Array(0x10000);
for (let i = 0; i < TRAD_ONLY.length; i++) tradTable[TRAD_ONLY.charCodeAt(i)] = 1;
const HAN = /^\p{Script=Han}$/u;
/** Script=Han outside U+4E00–9FFF, filled in as characters are met: 0 unknown, 1 Han, 2 not. */
const hanTable = new Uint8Array(0x10000);
const astralHan = new Map<number, boolean>();

interface Counts { han: number; trad: number }

/** Adds the Han and traditional-only characters of text[0, end) to `c` (as /\p{Script=Han}/gu counts them). */
function count(text: string, end: number, c: Counts): Counts {
  for (let i = 0; i < end; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0x4e00 && u <= 0x9fff) { c.han++; c.trad += tradTable[u]; continue; }
    if (u < 0x2e80) continue;
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < end) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = ((u - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        let han = astralHan.get(cp);
        if (han === undefined) astralHan.set(cp, (han = HAN.test(String.fromCodePoint(cp))));
        if (han) c.han++;
        i++;
      }
      continue;
    }
    if (u >= 0xd800 && u <= 0xdfff) continue;
    if (!hanTable[u]) hanTable[u] = HAN.test(String.fromCharCode(u)) ? 1 : 2;
    if (hanTable[u] === 1) { c.han++; c.trad += tradTable[u]; }
  }
  return c;
}

const traditional = (c: Counts, minHan: number, minShare: number) => c.han >= minHan && c.trad / c.han >= minShare;

/** Traditional when, among the first 20 000 characters, 5 % or more of the Han characters are traditional-only. */
export function looksTraditional(text: string): boolean {
  return traditional(count(text, Math.min(text.length, SAMPLE), { han: 0, trad: 0 }), MIN_HAN, MIN_SHARE);
}

/** The texts of a block, as the script check reads them. */
const textsOf = (b: Block): string[] => (b.kind === 'line' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text)));

export interface Simplified { blocks: Block[]; meta: Record<string, string>; script: DocModel['script'] }

/**
 * Blocks in simplified script. A document whose first 20 000 characters (blocks joined by newlines) are
 * traditional is converted whole, page metadata too. Otherwise it is read in runs of blocks holding at
 * least 20 Han characters each (the last run takes the rest), and a run is converted when 10 % of its Han
 * characters are traditional-only; a document with fewer than 20 Han characters is one run, traditional
 * with two such characters and 10 %. Returns null when nothing is traditional (opencc is not loaded).
 */
export async function toSimplified(blocks: Block[], meta: Record<string, string>): Promise<Simplified | null> {
  const per: Counts[] = [];
  const sample: Counts = { han: 0, trad: 0 };
  let offset = 0;
  for (const b of blocks) {
    const c: Counts = { han: 0, trad: 0 };
    for (const t of textsOf(b)) {
      if (offset >= SAMPLE) { count(t, t.length, c); } else if (offset + t.length <= SAMPLE) {
        const h = c.han, tr = c.trad;
        count(t, t.length, c);
        sample.han += c.han - h; sample.trad += c.trad - tr;
      } else {
        count(t, SAMPLE - offset, sample);
        count(t, t.length, c);
      }
      offset += t.length;
    }
    per.push(c);
    offset++; // the newline that joins blocks in the sample
  }
  if (traditional(sample, MIN_HAN, MIN_SHARE)) return convert(blocks, blocks.map(() => true), meta, 'traditional');
  // runs of blocks, each with at least MIN_HAN Han characters
  const runs: Array<{ from: number; to: number; c: Counts }> = [];
  let run = { from: 0, to: 0, c: { han: 0, trad: 0 } };
  for (let k = 0; k < blocks.length; k++) {
    run.c.han += per[k].han; run.c.trad += per[k].trad; run.to = k + 1;
    if (run.c.han >= MIN_HAN) { runs.push(run); run = { from: k + 1, to: k + 1, c: { han: 0, trad: 0 } }; }
  }
  if (run.to > run.from) {
    const last = runs[runs.length - 1];
    if (last) { last.to = run.to; last.c.han += run.c.han; last.c.trad += run.c.trad; } else runs.push(run);
  }
  const convertBlock = blocks.map(() => false);
  let hanIn = 0, hanAll = 0;
  for (const r of runs) {
    hanAll += r.c.han;
    const trad = r.c.han >= MIN_HAN ? traditional(r.c, MIN_HAN, MIN_RUN_SHARE) : r.c.trad >= 2 && traditional(r.c, 1, MIN_RUN_SHARE);
    if (!trad) continue;
    hanIn += r.c.han;
    for (let k = r.from; k < r.to; k++) convertBlock[k] = true;
  }
  if (!hanIn) return null;
  return convert(blocks, convertBlock, meta, hanIn * 2 > hanAll ? 'traditional' : 'simplified');
}

/** Converts the chosen blocks (and the metadata of a traditional document) in one converter call. */
async function convert(blocks: Block[], chosen: boolean[], meta: Record<string, string>, script: DocModel['script']): Promise<Simplified> {
  const pieces: string[] = [];
  blocks.forEach((b, k) => { if (chosen[k]) pieces.push(...textsOf(b)); });
  const metaKeys = script === 'traditional' ? Object.keys(meta) : [];
  for (const key of metaKeys) pieces.push(meta[key]);
  const out = convertAll(await loadRaw(), pieces);
  let i = 0;
  const next = () => out[i++];
  const converted = blocks.map((b, k): Block => (!chosen[k] ? b : b.kind === 'line' ? { ...b, text: next() }
    : { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: next() }))) }));
  const newMeta = script === 'traditional' ? Object.fromEntries(metaKeys.map((key) => [key, next()])) : meta;
  return { blocks: converted, meta: newMeta, script };
}

// Joins the pieces with a character no dictionary entry holds, so phrases never match across pieces.
const SEP = '\u0000';
// Ideographic description characters make opencc read the characters after them as one unit.
const UNSAFE = /[\u0000\u2ff0-\u2fff]/;

/** Each piece converted as if on its own, through one converter call for all of them. */
function convertAll(raw: Convert, pieces: string[]): string[] {
  if (!pieces.length) return [];
  if (!pieces.some((p) => UNSAFE.test(p))) {
    const out = raw(pieces.join(SEP)).split(SEP);
    if (out.length === pieces.length) return out.map((c, k) => protect(pieces[k], c));
  }
  return pieces.map((p) => protect(p, raw(p)));
}

type Convert = (s: string) => string;
/** Characters the small t2cn build leaves traditional (one for one: positions keep). */
const MISSED_FORMS: Record<string, string> = { 堿: '碱', 鹼: '碱' };
const MISSED = new RegExp(`[${Object.keys(MISSED_FORMS).join('')}]`, 'gu');
let rawConverter: Convert | null = null;

async function loadRaw(): Promise<Convert> {
  if (!rawConverter) {
    const mod = (await import('opencc-js/t2cn')) as unknown as { Converter: (o: { from: string; to: string }) => Convert };
    const tw = mod.Converter({ from: 'tw', to: 'cn' });
    const hk = mod.Converter({ from: 'hk', to: 'cn' });
    rawConverter = (s: string) => hk(tw(s)).replace(MISSED, (c) => MISSED_FORMS[c]);
  }
  return rawConverter;
}

/** The converter for one string, protected names kept. */
export async function loadConverter(): Promise<Convert> {
  const raw = await loadRaw();
  return (s: string) => protect(s, raw(s));
}

/** Puts protected names back where conversion changed them (only when conversion kept the length). */
function protect(source: string, converted: string): string {
  if (source.length !== converted.length) return converted;
  let out = converted;
  for (const [trad, simp] of PROTECT) {
    let i = source.indexOf(trad);
    while (i >= 0) {
      out = out.slice(0, i) + simp + out.slice(i + simp.length);
      i = source.indexOf(trad, i + trad.length);
    }
  }
  return out;
}
