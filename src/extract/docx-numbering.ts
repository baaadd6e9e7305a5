// Word auto-numbering (numbering.xml + w:numPr, also through paragraph styles) -> the labels Word
// shows: 一、 (一) 1. (1) ①. Counters run per list in document order, deeper levels restart.
import { child, kids, val, type XNode } from './xml.js';
import { chineseCount } from '../text.js';

// (in text.js, so that the segmenter counts (一) (二) … without loading the .docx extractor)
export { chineseCount };

interface Level { start: number; fmt: string; text: string; restart?: number; legal: boolean; suff: string; style?: string }
interface Num { abstractId: string; starts: Map<number, number>; levels: Map<number, Level> }

const LEGAL = '零壹贰叁肆伍陆柒捌玖';

const letters = (n: number) => { let s = ''; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s; return s; };
function roman(n: number): string {
  const t: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of t) while (n >= v) { s += r; n -= v; }
  return s;
}

/** A counter value as Word prints it for a w:numFmt. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand': case 'ideographDigital': return chineseCount(n);
    case 'chineseLegalSimplified': return chineseCount(n, LEGAL, '拾', '佰', true);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : n >= 21 && n <= 35 ? String.fromCharCode(0x3251 + n - 21) : String(n);
    case 'decimalEnclosedParen': return `(${n})`;
    case 'decimalEnclosedFullstop': return `${n}.`;
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'none': return '';
    default: return String(n);
  }
}

function readLevel(l: XNode): Level {
  const flag = (n: XNode | undefined) => !!n && !/^(0|false|off)$/i.test(val(n) ?? 'true');
  const restart = val(child(l, 'lvlRestart'));
  return {
    start: Number(val(child(l, 'start')) ?? 0) || 0,
    fmt: val(child(l, 'numFmt')) ?? 'decimal',
    text: val(child(l, 'lvlText')) ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    legal: flag(child(l, 'isLgl')),
    suff: val(child(l, 'suff')) ?? 'tab',
    style: val(child(l, 'pStyle')),
  };
}

interface StyleNum { numId?: string; ilvl?: string; basedOn?: string }

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly links = new Map<string, string>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, StyleNum>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(numbering: XNode | null, styles: XNode | null) {
    const root = numbering ? kids(numbering)[0] : undefined;
    for (const a of root ? kids(root) : []) {
      if (a.name === 'abstractNum') {
        const levels = new Map<number, Level>();
        for (const l of kids(a)) if (l.name === 'lvl') levels.set(Number(l.attrs.ilvl ?? 0), readLevel(l));
        this.abstracts.set(a.attrs.abstractNumId, levels);
        const link = val(child(a, 'numStyleLink'));
        if (link) this.links.set(a.attrs.abstractNumId, link);
      } else if (a.name === 'num') {
        const n: Num = { abstractId: val(child(a, 'abstractNumId')) ?? '', starts: new Map(), levels: new Map() };
        for (const o of kids(a)) {
          if (o.name !== 'lvlOverride') continue;
          const ilvl = Number(o.attrs.ilvl ?? 0);
          const s = val(child(o, 'startOverride'));
          if (s !== undefined) n.starts.set(ilvl, Number(s));
          const l = child(o, 'lvl');
          if (l) n.levels.set(ilvl, readLevel(l));
        }
        this.nums.set(a.attrs.numId, n);
      }
    }
    const sroot = styles ? kids(styles)[0] : undefined;
    for (const s of sroot ? kids(sroot) : []) {
      if (s.name !== 'style') continue;
      const numPr = child(child(s, 'pPr'), 'numPr');
      this.styles.set(s.attrs.styleId, { numId: val(child(numPr, 'numId')), ilvl: val(child(numPr, 'ilvl')), basedOn: val(child(s, 'basedOn')) });
    }
  }

  /** The levels of a list, following a numStyleLink to the list its style points at. */
  private levelsOf(num: Num): Map<number, Level> | undefined {
    const link = this.links.get(num.abstractId);
    if (link) {
      const target = this.nums.get(this.styles.get(link)?.numId ?? '');
      if (target && target.abstractId !== num.abstractId) return this.abstracts.get(target.abstractId);
    }
    return this.abstracts.get(num.abstractId);
  }

  /** The label of a paragraph (its w:pPr), advancing the counters; null when it is not numbered. */
  label(pPr: XNode | undefined): string | null {
    const numPr = child(pPr, 'numPr');
    let numId = val(child(numPr, 'numId'));
    let ilvl = val(child(numPr, 'ilvl'));
    const styleId = val(child(pPr, 'pStyle'));
    for (let s = styleId, hops = 0; s && hops < 20 && (numId === undefined || ilvl === undefined); hops++) {
      const st = this.styles.get(s);
      if (!st) break;
      numId ??= st.numId;
      ilvl ??= st.ilvl;
      s = st.basedOn;
    }
    if (numId === undefined || numId === '0') return null;
    const num = this.nums.get(numId);
    const abs = num && this.levelsOf(num);
    if (!num || !abs) return null;
    const levelOf = (l: number) => num.levels.get(l) ?? abs.get(l);
    let level = ilvl !== undefined ? Number(ilvl) : [...abs].find(([, l]) => l.style && l.style === styleId)?.[0] ?? 0;
    if (!levelOf(level)) level = 0;
    const def = levelOf(level);
    if (!def || def.fmt === 'bullet') return null;
    // a list instance with start overrides counts on its own; the others share their abstract list
    const key = num.starts.size ? `num:${numId}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const start = (l: number) => num.starts.get(l) ?? levelOf(l)?.start ?? 0;
    counts[level] = counts[level] === undefined ? start(level) : counts[level]! + 1;
    for (let l = level + 1; l < 9; l++) {
      const r = levelOf(l)?.restart;
      if (r === undefined || (r !== 0 && level + 1 <= r)) counts[l] = undefined;
    }
    const text = def.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? start(l), def.legal ? 'decimal' : (levelOf(l)?.fmt ?? 'decimal'));
    });
    return text ? text + (def.suff === 'nothing' ? '' : ' ') : null;
  }
}
