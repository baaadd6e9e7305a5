// One name per organ: 市发改委 / 市发展改革委 / 市发展和改革委员会 / 发改委 read as one unit of a notice.
// A name is split into its level (市, 区, 区委 …) and its body; the body is compared after the short
// forms of abbreviations.ts are written out. Names that name different things never share a body.
import { ABBREVIATIONS } from './abbreviations.js';

export interface AliasContext {
  /** Places of the notice's issuer, longest first (连云港市海州区, 海州区, 连云港市). */
  places: string[];
  /** The level of the notice's own government (区 in a 区 notice), or null. */
  level: string | null;
  /** Bodies written in full somewhere in the notice, for the short forms that hold only then. */
  seen: Set<string>;
  /** unitParts of the names asked so far. */
  parts?: Map<string, UnitParts>;
}

export interface UnitParts { level: string; body: string }

const LEVELS = ['街道', '省', '市', '区', '县', '旗', '镇', '乡'];
/** Words that begin with a level character without being one: 市场监管局, 区域…, 乡村振兴局. */
const NOT_A_LEVEL = /^(市场|市政(?!府|务|协|法)|市容|市民中心|市民服务|区域|县域|乡村|镇村|街道办事处$|省级|市级|区级|县级)/u;
/** Organ systems written before the place: 国家税务总局海州区税务局. */
const SYSTEM_PREFIX = /^(国家税务总局|国网|中国人民银行|人民银行)/u;

/** Longer "names" are left as written (no organ's name is this long; keeps hostile input cheap). */
const MAX_NAME = 40;

const HAN_CHAR = /\p{Script=Han}/u;
/** 和 between two Han characters dropped (发展和改革 = 发展改革); a loop, as a look-behind regex is slow on long input. */
function stripHe(s: string): string {
  if (!s.includes('和')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '和' && i > 0 && i + 1 < s.length && HAN_CHAR.test(s[i - 1]) && HAN_CHAR.test(s[i + 1])) continue;
    out += s[i];
  }
  return out;
}

/** The notice's context: its places (from the issuer) and the full bodies its names use. */
export function aliasContext(names: string[], issuer: string | null): AliasContext {
  const places: string[] = [];
  const place = (issuer ?? '').replace(/\s+/g, '').replace(/(人民政府|人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|政府|办公室|办公厅|委员会|管委会)$/u, '');
  if (place) {
    places.push(place);
    // 连云港市海州区 -> 海州区, 连云港市
    for (const m of place.matchAll(/\p{Script=Han}+?(?:省|自治区|市|自治州|盟|区|县|旗|镇|乡|街道)/gu)) if (m[0] !== place) places.push(m[0]);
  }
  places.sort((a, b) => b.length - a.length);
  const levelChar = places.length ? LEVELS.find((l) => places[0].endsWith(l)) ?? null : null;
  const seen = new Set<string>();
  const ctx: AliasContext = { places, level: levelChar, seen };
  for (const n of names) {
    if (n.length > MAX_NAME) continue;
    const { body } = splitLevel(clean(n), ctx);
    for (const a of ABBREVIATIONS) if (a.ifSeen && stripHe(body).includes(stripHe(a.full))) seen.add(stripHe(a.full));
  }
  return ctx;
}

const clean = (name: string) => name.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');

function splitLevel(name: string, ctx: AliasContext): UnitParts {
  let s = name.replace(SYSTEM_PREFIX, '');
  // 团区委 / 区团委: the Youth League committee of the level.
  const league = /^团(市|区|县|镇|旗)委$|^(市|区|县|镇|旗)团委$/u.exec(s);
  if (league) return { level: league[1] ?? league[2], body: '团委' };
  for (const p of ctx.places) {
    if (s.startsWith(p) && s.length > p.length) {
      s = LEVELS.find((l) => p.endsWith(l))! + s.slice(p.length);
      break;
    }
  }
  if (NOT_A_LEVEL.test(s)) return { level: '', body: s };
  for (const l of LEVELS) {
    if (!s.startsWith(l) || s.length <= l.length) continue;
    const rest = s.slice(l.length);
    if (NOT_A_LEVEL.test(rest) && !/^市场|^乡村/.test(rest)) continue;
    // 区委宣传部: the party committee of the level, then its department.
    if (rest.startsWith('委') && rest.length > 1 && !rest.startsWith('委员会')) return { level: `${l}委`, body: rest.slice(1) };
    return { level: l, body: rest };
  }
  return { level: '', body: s };
}

const WRITTEN_OUT = ABBREVIATIONS.filter((a) => !a.whole).map((a) => ({ ...a, bare: stripHe(a.full) }));
/** By first character, longest first: each position of a name tries only the forms that can start there. */
const byFirst = (key: (a: (typeof WRITTEN_OUT)[number]) => string) => {
  const m = new Map<string, typeof WRITTEN_OUT>();
  for (const a of [...WRITTEN_OUT].sort((x, y) => key(y).length - key(x).length)) {
    const c = key(a)[0];
    if (!m.has(c)) m.set(c, []);
    m.get(c)!.push(a);
  }
  return m;
};
const FULL_AT = byFirst((a) => a.bare);
const SHORT_AT = byFirst((a) => a.short);

/** The body with short forms written out, 和 ignored, and 委员会 / 办公室 as 委 / 办. */
export function canonicalBody(body: string, ctx: AliasContext): string {
  const whole = WHOLE_FULL.get(body);
  const s = whole ?? body;
  // (by code unit, as before, but with the written characters copied in runs and the full forms compared
  // in place: no string built a character at a time)
  let out = '';
  let from = 0;
  outer: for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    // The full form first, so 自然资源和规划局 is never read as 自然资源 + 和规划局.
    for (const a of FULL_AT_CODE.get(c) ?? []) {
      // Over the written characters that make up the full form, with or without 和 (not before its first).
      let k = i, got = 0;
      while (k < s.length && got < a.bare.length) {
        const d = s.charCodeAt(k);
        if (!(d === HE && got > 0)) { if (d !== a.bare.charCodeAt(got)) break; got++; }
        k++;
      }
      if (got === a.bare.length) { out += s.slice(from, i) + a.bare; i = k; from = i; continue outer; }
    }
    for (const a of SHORT_AT_CODE.get(c) ?? []) {
      if (!s.startsWith(a.short, i)) continue;
      if (a.ifSeen && !ctx.seen.has(a.bare)) continue;
      out += s.slice(from, i) + a.bare;
      i += a.short.length;
      from = i;
      continue outer;
    }
    i++;
  }
  out += s.slice(from);
  return stripHe(out).replace(/委员会/gu, '委').replace(/办公室/gu, '办');
}
const HE = '和'.charCodeAt(0);
/** The full form of each short form that stands only as a whole name (the first listed, as find took it). */
const WHOLE_FULL = new Map<string, string>();
for (const a of ABBREVIATIONS) if (a.whole && !WHOLE_FULL.has(a.short)) WHOLE_FULL.set(a.short, a.full);
/** FULL_AT and SHORT_AT by the first code unit (the same lists, in the same order). */
const byCode = (m: Map<string, typeof WRITTEN_OUT>) =>
  new Map([...m].filter(([k]) => typeof k === 'string').map(([k, v]) => [k.charCodeAt(0), v] as const));
const FULL_AT_CODE = byCode(FULL_AT);
const SHORT_AT_CODE = byCode(SHORT_AT);

/** Level and canonical body of one name. */
export function unitParts(name: string, ctx: AliasContext): UnitParts {
  const cached = ctx.parts?.get(name);
  if (cached) return cached;
  // No organ's name runs this long: such a "name" is text the extraction misread, kept as it is.
  if (name.length > MAX_NAME) return { level: '', body: name };
  const { level, body } = splitLevel(clean(name), ctx);
  const parts = { level, body: canonicalBody(body, ctx) };
  (ctx.parts ??= new Map()).set(name, parts);
  return parts;
}

/**
 * Groups the names of one notice: name -> group key. A name without a level joins the one prefixed
 * group with its body (the notice's own level when there are several); otherwise it stands alone.
 */
export function groupNames(names: string[], ctx: AliasContext): Map<string, string> {
  const parts = new Map(names.map((n) => [n, unitParts(n, ctx)] as const));
  const levelsOf = new Map<string, Set<string>>();
  for (const p of parts.values()) {
    if (!p.level) continue;
    if (!levelsOf.has(p.body)) levelsOf.set(p.body, new Set());
    levelsOf.get(p.body)!.add(p.level);
  }
  const out = new Map<string, string>();
  for (const [n, p] of parts) {
    let level = p.level;
    if (!level) {
      // A bare name is the notice's own government's organ: in a 县 notice 财政局 is never 市财政局.
      const own = (l: string) => !ctx.level || l === ctx.level || l === `${ctx.level}委`;
      const levels = [...(levelsOf.get(p.body) ?? [])].filter(own);
      if (levels.length === 1) level = levels[0];
    }
    out.set(n, `${level}|${p.body}`);
  }
  return out;
}

/** Are two names of one notice the same organ? (The notice's other names and issuer may decide it.) */
export function sameOrgan(a: string, b: string, others: string[] = [], issuer: string | null = null): boolean {
  const names = [...new Set([a, b, ...others])];
  const ctx = aliasContext(names, issuer);
  const groups = groupNames(names, ctx);
  return groups.get(a) === groups.get(b);
}
