// Quantitative targets in a task's text: 地区生产总值增长6.5%以上 -> { indicator, change, value, unit, qualifier }.
// A target is a number with a unit of measure; years, dates, document numbers and ordinals have none.
import { endsIn } from '../text.js';

export interface Target {
  indicator: string | null;
  change: string | null;
  value: number;
  /** The upper end of a range (6%—7%), else null. */
  max: number | null;
  unit: string;
  qualifier: string | null;
  /** Offsets into the task's text (end exclusive): text.slice(start, end) is the target as written. */
  span: { start: number; end: number };
  text: string;
}

const UNITS = [
  '个百分点', '百分点', '%', '％', '‰',
  '万亿元', '亿美元', '万美元', '亿元', '万元', '美元', '元',
  '万人次', '人次', '万人', '万户', '万家', '万个', '万套', '万辆', '万台', '万株', '万头', '万只', '万件', '万册',
  '万平方米', '平方米', '平方公里', '平方千米', '万亩', '亩', '万公顷', '公顷',
  '万吨标准煤', '吨标准煤', '万吨', '吨', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '万立方米', '立方米',
  '公里', '千米', '延米', '米', '个工作日', '工作日', '倍',
  '张床位', '个', '家', '所', '项', '件', '座', '条', '处', '间', '栋', '幢', '套', '辆', '台', '张', '名', '人', '户',
  '场次', '次', '场', '批', '宗', '笔', '份', '册', '株', '棵', '头', '只', '床', '支', '队', '部', '篇',
].sort((a, b) => b.length - a.length);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT = UNITS.map(esc).join('|');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A value, an optional 余/多, its unit; or a range 6%—7%, 6—7%, 2-3个. */
const TARGET = new RegExp(
  String.raw`(?<![\d.])(?<!\d,)(?<v>${NUM})(?:(?<u1>${UNIT})?\s*(?:[-—–~～至到])\s*(?<v2>${NUM}))?\s*(?<about>余|多)?(?<u>(?:${UNIT})(?:\/(?:人|户|月|年|亩|吨|平方米|人·月|人·年))?)(?<q>以上|以下|以内|之内|左右|上下|之上|内(?![容部外涵]))?`,
  'gu');

const PREFIX_QUALIFIER = /(≥|≤|>|<|＞|＜|不低于|不少于|不超过|不高于|不多于|低于|高于|至少|最少|超过|突破|逾|约|近|超)$/u;
const CHANGE = /(控制在|保持在|稳定在|维持在|提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|下降到|下降至|降低到|降低至|减少到|减少至|压减至|压降至|达到|保持|增长|增加|提高|提升|下降|降低|减少|削减|压减|压降|降至|降到|增至|新增|净增|累计|达|增|降)$/u;
/** Verbs a clause may open with, before what it counts: 新增规上工业企业15家, 完成交通投资33.3亿元. */
const ACTION_VERB = '新增|净增|完成|实现|建成|新建|新改建|新改扩建|改扩建|改建|扩建|建设(?!用地)|改造|提升|提档|提档升级|升级|维修改造|维修|实施|打造|创建|争创|培育|培养|引进|引育|招引|新签约|签约|开工|开发|开展|启动|发放|举办|组织|整治|治理|拆除|征收|盘活|消化|处置|清理|腾退|收储|供应|出让|安置|帮扶|救助|资助|培训|吸纳|带动|转移|安排|投入|争取|申报|认定|落实|推广|种植|造林|植树|栽植|硬化|铺设|改厕|修缮|配备|安装|设立|布局|推进|加快|新开工|竣工|投用|建立|成立|组建|入库|挖潜|招商|储备|谋划|办好|办成|做好|再开工|筹集|抓好|优化|评选|招录|新招录|招聘|选派|表彰';
const ACTION = new RegExp(`^(?:(?:加快|全力|积极|大力|稳步|持续|深入|着力|扎实)(?=推进|建设|实施|打造|培育|办好|做好))?(?:${ACTION_VERB})(?:投运|投用|运营|开工|竣工|交付|使用|投产|达产)?(?:[、和及与](?:${ACTION_VERB}))*`, 'u');
/** Words that frame a target and are not part of its indicator. */
const FRAME_START = /^(?:\s|每年|(?:到|至|截至)?\d{4}年(?:度|底|末)?|等|努力实现|力争实现|确保实现|争取实现|力争|确保|争取|努力|预计|力促|推动|促进|实现|全年|年内|今年|当年|本年|全区|全市|全县|全省|全镇|全乡|全旗|全街道|全国|其中|计划|目标|预期|主要预期目标|我区|我市|我县|我镇|同时|并|和|及|与|、|:|:|对|为|向|使|让)+/u;
/** The characters FRAME_END's words end on (exact pre-check: it is anchored at the end). */
/** An opening the strip below cannot touch: a word character, “ " 《 or a Han of U+4E00–U+9FFF (all Script=Han; test/speed-equivalence.test.ts). */
export const keptOpening = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x201c || c === 0x22 || c === 0x300a;
export const FRAME_LAST = '、和及与别比径年均各争保取要将上的';
export const FRAME_END = /(?:[、和及与]|分别|同比|同口径|比上年|较上年|较去年|比去年|[较比]\d{4}年|年均|月均|日均|平均|各|均|力争|确保|争取|要|将|以上|的)+$/u;
/** A comparison alone (比上年增长10%): the indicator is the one just named. */
const COMPARISON_ONLY = /^(?:同比|同口径|比上年|较上年|较去年|比去年|[较比]\d{4}年)+$/u;
/** 为金阳新城增加学位1080个: after a preposition, the verb inside the clause starts the target. */
const PREPOSITION = /^(?:为|在|对|向|给|面向|帮助)/u;
const INNER_VERB = /(增加|新增|新建|建成|建设|完成|实施|改造|培育|引进|打造|创建|提供|安置|配备|安装|开展|发放|招引)(?!.*(增加|新增|新建|建成|建设|完成|实施|改造|培育|引进|打造|创建|提供|安置|配备|安装|开展|发放|招引))/u;
const BOUNDARY = /[,，;；。:：!！?？\n()（）【】\[\]]/u;
const HAN = /\p{Script=Han}/u;
/** An indicator names something: Han characters or a Latin acronym (GDP, PM2.5). */
const WORD = /[\p{Script=Han}A-Za-z]/u;

/** A number that counts nothing: an ordinal, a code, part of a Latin name (5G, G15, 4A), a quoted policy title (“22条”). */
function excluded(text: string, start: number, end: number, unit: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/[第前]/.test(before) && !/[%％‰]/.test(unit)) return true;
  // (不含6亩): a bound stated for what is left out.
  if (/不?含$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (/[A-Za-z.]/.test(before) || /[A-Za-z]/.test(after)) return true;
  // A number that opens a quoted or bracketed name (“10项举措”, 《3年行动》).
  if (/[“"《〔\[【(（]/.test(before) && /^[^“”"《》]{0,8}[”"》〕\]】)）]/u.test(text.slice(end, end + 9))) return true;
  if (unit === '个' && /^(月|季度|小时|工作日|年)/.test(text.slice(end))) return true;
  return false;
}

const num = (s: string) => Number(s.replace(/,/g, ''));

/** How far back an indicator may reach (keeps long run-on texts linear). */
const MAX_LEFT = 60;

/** Cuts the left context at the last clause boundary or the end of the previous target. */
function leftContext(text: string, from: number, to: number): { start: number; s: string } {
  let i = to;
  const stop = Math.max(from, to - MAX_LEFT);
  while (i > stop && !BOUNDARY.test(text[i - 1])) i--;
  while (i < to && /\s/.test(text[i])) i++;
  return { start: i, s: text.slice(i, to) };
}

function stripFrame(s: string, offset: number): { s: string; start: number } {
  const m = FRAME_START.exec(s);
  const cut = m ? m[0].length : 0;
  const tail = s.slice(cut);
  return { s: endsIn(tail, FRAME_LAST) ? tail.replace(FRAME_END, '') : tail, start: offset + cut };
}

/** What a number counts when it comes first: 新增10家街道级中央厨房 -> 街道级中央厨房. */
function rightIndicator(text: string, from: number): { s: string; end: number } | null {
  let j = from;
  const stop = Math.min(text.length, from + MAX_LEFT);
  while (j < stop && !BOUNDARY.test(text[j]) && !/\d/.test(text[j])) j++;
  const s = text.slice(from, j).replace(/(和|及|与|并|等|、)$/u, '').replace(/(?<=.)建设$/u, '');
  // Up to the verb that follows (…中央厨房建设 stays; 小学实施线路改造 -> 小学).
  const verb = /(实施|实行|推行|实现|安装|开展|进行|完成|建成|开工|竣工|投用|投入使用|改造|提升|创建|达标)/u.exec(s);
  const t = verb && verb.index > 0 ? s.slice(0, verb.index) : s;
  return t && WORD.test(t) ? { s: t, end: from + t.length } : null;
}

// (built once: a RegExp constructed per number read hashes its long source each time)
/** After a figure with 以上/以下 and a Han character: another figure and unit later in the same clause. */
const COUNT_AFTER = new RegExp(`^[^,，;；。]*?(?:${NUM})\\s*(?:${UNIT})`, 'u');
/** An indicator that is only a verb before the change word (优化提升50条): part of the change word. */
const VERB_ONLY = new RegExp(`^(?:${ACTION_VERB}|改造|整治)$`, 'u');

export function findTargets(text: string): Target[] {
  if (!/\d/.test(text)) return []; // every target is a number (TARGET opens with \d)
  const out: Array<Target & { fromRight?: boolean }> = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TARGET)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (excluded(text, start, end, g.u)) continue;
    const value = num(g.v);
    const max = g.v2 ? num(g.v2) : null;
    if (max !== null && max <= value) continue;
    const lc = leftContext(text, prevEnd, start);
    let left = lc.s;
    const after = text.slice(end, end + MAX_LEFT);
    // An attribute of what follows, not a target: 投资1.5亿元的项目, 5000万元以上服务业项目.
    if (/^的/.test(after)) continue;
    if (HAN.test(after[0] ?? '') && /(?:总?投资|规模|金额|面积|营收|产值)$/u.test(left)) continue;
    if (g.q && /以上|以下/.test(g.q) && HAN.test(after[0] ?? '') && COUNT_AFTER.test(after)) continue;
    let qualifier = g.q ?? null;
    const pq = PREFIX_QUALIFIER.exec(left);
    if (pq) { left = left.slice(0, -pq[0].length); if (!qualifier) qualifier = pq[0]; }
    if (g.about) qualifier = qualifier ?? g.about;
    // 提高到每人每月180元: the rate is part of the unit's reading, not of the indicator.
    left = left.replace(/(?:每人每月|每人每年|每人|每月|每年|每户|每亩|人均)$/u, '');
    let change: string | null = null;
    let changeStart = start;
    const ch = CHANGE.exec(left);
    if (ch) { change = ch[0]; left = left.slice(0, -ch[0].length); changeStart = lc.start + left.length; }
    let { s: indicator, start: indStart } = stripFrame(left, lc.start);
    // 在46个小区: a preposition alone is no indicator (在职职工 keeps its 在).
    if (/^(?:在|于)$/u.test(indicator)) indicator = '';
    // 优化提升50条背街后巷: a verb before the change word is part of it; the count is of what follows.
    const verbOnly = change ? VERB_ONLY.exec(indicator) : null;
    if (verbOnly && change) { change = verbOnly[0] + change; changeStart = indStart; indicator = ''; }
    if (!change && PREPOSITION.test(lc.s)) {
      const inner = INNER_VERB.exec(indicator);
      if (inner && inner.index > 0) {
        change = inner[0];
        changeStart = indStart + inner.index;
        ({ s: indicator, start: indStart } = stripFrame(indicator.slice(inner.index + inner[0].length), changeStart + inner[0].length));
      }
    }
    if (!change) {
      const act = ACTION.exec(indicator);
      if (act) {
        change = act[0];
        changeStart = indStart;
        ({ s: indicator, start: indStart } = stripFrame(indicator.slice(act[0].length), indStart + act[0].length));
      }
    }
    // 支持企业发展等12条措施, 中法城急救站和7个村卫生室: the count is of what follows.
    if (/[等和及与、]$/u.test(left)) indicator = '';
    const spanStart = Math.min(start - (pq?.[0].length ?? 0), indicator ? indStart : start, changeStart);
    let spanEnd = end;
    let fromRight = false;
    let ind: string | null = indicator && WORD.test(indicator) ? indicator : null;
    if (!ind) {
      const prev = out.at(-1);
      // 分别增长8.5%、8.8%: the second value shares the first one's indicator.
      const sameSentence = prev && !/[;；。]/u.test(text.slice(prev.span.end, start));
      const bare = lc.s.replace(FRAME_START, '').replace(/(?:分别|均|年均)+$/u, '').replace(CHANGE, '');
      const sameUnit = prev && prev.unit.split('/')[0] === g.u.split('/')[0];
      // 比上年增长10%: the value is of the indicator just named.
      if (prev && sameSentence && COMPARISON_ONLY.test(bare)) {
        ind = prev.indicator;
      } else if (prev && !prev.fromRight && /^[、和及与]?$/.test(text.slice(prev.span.end, start).replace(/\s/g, '')) && prev.unit.split('/')[0] === g.u.split('/')[0]) {
        ind = prev.indicator;
        change = change ?? prev.change;
      } else {
        const right = rightIndicator(text, end);
        if (right) {
          ind = right.s; spanEnd = right.end; fromRight = true;
          // 完成4所配套幼儿园和3所中小学: the second count shares the verb.
          if (!change && prev?.fromRight && /^[、和及与,，]$/u.test(text.slice(prev.span.end, start))) change = prev.change;
        }
        // 亿元以上产业项目45个、建成投运40个: a bare count after its own verb counts the same thing.
        else if (prev && /^[、和及与]?$/u.test(text.slice(prev.span.end, changeStart))) ind = prev.indicator;
        // 增长6%左右,力争7%: a bare value in the same sentence and unit is of the indicator just named.
        else if (prev && sameSentence && sameUnit && bare === '' && !prev.fromRight) { ind = prev.indicator; change = change ?? prev.change; }
      }
    }
    // Quotes stay unless they wrap the whole indicator.
    if (ind && /^[“"][^“”"]*[”"]$/u.test(ind)) ind = ind.slice(1, -1);
    if (ind && !keptOpening(ind.charCodeAt(0))) ind = ind.replace(/^[^\p{Script=Han}\w“"《]+/u, '') || null;
    out.push({
      indicator: ind || null, change, value, max, unit: g.u === '％' ? '%' : g.u, qualifier,
      span: { start: spanStart, end: spanEnd }, text: text.slice(spanStart, spanEnd), fromRight,
    });
    prevEnd = spanEnd;
  }
  // each target without its fromRight flag, keys in the order pushed (no object rest: slow in V8)
  return out.map((t) => ({ indicator: t.indicator, change: t.change, value: t.value, max: t.max, unit: t.unit, qualifier: t.qualifier, span: t.span, text: t.text }));
}
