// Is this span the name of a government organ (or a group of them)? By the grammar of such names:
// an optional place prefix (省 市 区 县 镇 各 …, or a place name), a body, and an organ ending
// (局 委 办 中心 公司 街道 管委会 …), possibly with an annotation in brackets: 武原街道(县城投集团).
import { ACTION_WORDS, BARE_ORGAN_ENDINGS, BARE_ORGANS, ENTERPRISE_TARGETS, GROUP_ENDINGS, MASK_RUN, ORGAN_BODIES, ORGAN_SUFFIXES } from './lexicon.js';
import { codePoints, endsIn, firstsOf, opensIn, pairIn } from '../text.js';

const MAX_UNIT = 32;
const SUFFIX_RE = new RegExp(`(?:${[...ORGAN_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const GROUP_RE = new RegExp(`(?:${[...GROUP_ENDINGS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');
/** A name never opens with a verb of doing (加快建设市民服务中心 is a task, not a centre). */
export const OPENS_WITH_ACTION = /^(推进|推动|加快|加强|完善|建立|健全|开展|落实|完成|提升|提高|实现|确保|促进|深化|强化|新建|改造|建成|建设|迁建|改建|扩建|新改扩建|改扩建|筹建|修建|兴建|打造|培育|争取|做好|抓好|启动|开工|实施|实行|推行|全面|持续|积极|支持|鼓励|引导|组织|继续|大力|着力|坚持|严格|新增|扩大|加大|提供|保障|优化|创建|争创|谋划|围绕|按照|依托|聚焦)/u;
export const ACTION_FIRSTS = firstsOf(OPENS_WITH_ACTION.source.slice(2, -1)); // (its words, plain)
const SENTENCE_PUNCT = /[。;;!?!?::“”"《》]/u;
/** An annotation closing a name: (县城投集团), 〈奓山街道〉, (牵头). */
const TRAILING_NOTE = /[((〈<[【〔][^(())〈〉<>\[\]【】〔〕]{0,20}[))〉>\]】〕]$/u;
const HAN = /^[\p{Script=Han}A-Za-z0-9·]+$/u;
const INNER_NOTE = /[((〈<][^(())〈〉<>]{0,20}[))〉>]/gu;
/** Words of remarks and running text that no organ's name contains (…的县区为X: a sentence saying what is). */
const NOT_A_NAME = /涉及|不再|均为|以下|下同|同上|分工|负责|牵头|配合|(?:主办|协办)(?:单位|部门)|[::]|的\p{Script=Han}{0,6}为/u;
/** An ordinal opens a place in a list (第一责任单位, 首位单位), never an organ's name. */
const ORDINAL = /^(?:第[一二三四五六七八九十\d]+|首位|首要)/u;
const ACTIONS_G = new RegExp(ACTION_WORDS.source, 'gu');
export const RUN_INTO_VERBS = '推进|实施|完成|建设|开展|落实|提升|加快|新建|改造|提供|打造|组织|启动';
export const RUN_INTO_TEXT = new RegExp(`(?:局|委|办|公司|中心|街道|政府)(?:${RUN_INTO_VERBS})`, 'u');
/** Bare numbers, dates and measures are never names. */
const NUMERIC = /\d+(?:\.\d+)?\s*(?:%|个|万|亿|元|人|户|座|所|公里|千米|米|平方|吨|辆|套|家|项|次|月|日|年|天)/u;

export const MEMBERS = /^(\p{Script=Han}{2,20}?)各(?:有关|相关)?(?:成员单位|部门|单位|成员)$/u;

export interface UnitReading {
  /** The name without a closing annotation. */
  core: string;
  /** 'organ': ends like an organ; 'group': a collective (各有关部门); null: not a unit. */
  kind: 'organ' | 'group' | null;
}

/** A run of masks where a published copy hid part of a name (****体育局, 县**局): read as the characters it hides. */
const MASK_RUNS = new RegExp(MASK_RUN.source, 'gu');

export function readUnit(span: string): UnitReading {
  const s = span.replace(/\s+/g, '').replace(MASK_RUNS, '某');
  let core = s;
  while (TRAILING_NOTE.test(core) && core.length > 3) core = core.replace(TRAILING_NOTE, '');
  const none: UnitReading = { core, kind: null };
  if (codePoints(s) > MAX_UNIT || SENTENCE_PUNCT.test(s) || NOT_A_NAME.test(s) || ORDINAL.test(s)) return none;
  // Inner annotations (各县(市、区)政府) are read past; a name that is all annotation (镇(街道)) is read whole.
  let bare = core.replace(INNER_NOTE, '');
  if (bare.length < 2) bare = s.replace(/[(())〈〉]/gu, '');
  if (bare.length < 2 || !HAN.test(bare)) return none;
  return classify(core, bare);
}

function classify(core: string, bare: string): UnitReading {
  const none: UnitReading = { core, kind: null };
  if (NUMERIC.test(bare)) return none;
  if (bare.length > 3 && opensIn(bare, ACTION_FIRSTS) && OPENS_WITH_ACTION.test(bare)) return none;
  if (bare.endsWith('企业') && ENTERPRISE_TARGETS.test(bare)) return none;
  if (GROUP_RE.test(bare) && (bare.length <= 14 || /^(各|有关|相关|其他|其它)/u.test(bare))) return { core, kind: 'group' };
  if (/^各/u.test(bare) && bare.length <= 12 && SUFFIX_RE.test(bare)) return { core, kind: 'group' };
  // a body's members (省局党的建设领导小组各成员单位): an organ's name, then 各 and a collective
  const members = bare.includes('各') && endsIn(bare, '位门员') ? MEMBERS.exec(bare) : null; // (exact: 单位 部门 成员 end it)
  if (members && classify(members[1], members[1]).kind === 'organ') return { core, kind: 'group' };
  if (!SUFFIX_RE.test(bare)) return none;
  // an organ's ending followed by a verb of doing is a name run into a sentence (轨道公司推进大庙弄改造)
  // (unless the verb is itself the body of an organ's name: 市委组织部, 县政府推进办)
  // (exact pre-check: an organ word's last character, then a verb's first)
  const run = pairIn(bare, '局委办司心道府', firstsOf(RUN_INTO_VERBS)) ? RUN_INTO_TEXT.exec(bare) : null;
  if (run && !/^(?:部|办|处|科|室|局|中心|委员会|小组)$/u.test(bare.slice(run.index + run[0].length))) return none;
  // A long span that reads as running text (several verbs of doing) is not a name even with an organ ending.
  const actions = bare.match(ACTIONS_G)?.length ?? 0;
  if (actions >= 2 && bare.length > 10) return none;
  return { core, kind: 'organ' };
}

/** The span reads as an organ's name or a collective of organs. */
export function isUnit(span: string): boolean {
  return readUnit(span).kind !== null;
}

const byLength = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const BARE_ORGAN = new RegExp(`^(?:${byLength(ORGAN_BODIES)})(?:${byLength(BARE_ORGAN_ENDINGS)})$`, 'u');

/**
 * A name written with no place before it that is surely an organ's (教育局, 发改局, 人社局, 经委, 残联, 团县委):
 * one known body and an organ ending, nothing more. Such a name can stand right after a task's text with no
 * level or stop to open it (新增城镇就业|人社局), so where it begins is known by what it is.
 */
export function isBareOrgan(span: string): boolean {
  return span.length <= 12 && (BARE_ORGAN.test(span) || BARE_ORGANS.test(span));
}

/** What may stand before a bare name inside one organ's name: places and levels (区, 岳阳楼区), a party or
 * government level (市委, 县政府, 机关|纪委), bodies (县文化|旅游局, 市人口和|计生委). */
const NAME_OPENING = new RegExp(`^各?(?:\\p{Script=Han}{0,8}?[省市县区镇乡州旗盟])?(?:委|党委|政府|人民政府|机关)?(?:${byLength(ORGAN_BODIES)}|人口|和)*$`, 'u');

/**
 * A name read as one that ends in a bare organ's name (教育局, 人社局) after words no organ's name opens with
 * (镇就业|人社局, 所|教育局): a task's last words run into the organ's name, not one name. Two names run
 * together (市发展改革委|经委) are no such thing: the run's cut tells them apart.
 */
export function holdsBareOrgan(name: string): boolean {
  for (let k = 1; k <= name.length - 2; k++) {
    if (isBareOrgan(name.slice(k)) && !NAME_OPENING.test(name.slice(0, k)) && !isUnit(name.slice(0, k))) return true;
  }
  return false;
}

/** Endings after which a run of names may be cut: whole organ endings, never 乡 镇 区 市 县 inside a name. */
const CUT_AFTER = /(?:局|委|办|厅|中心|公司|集团|街道|政府|管委会|院|部|署|办事处|联|会|合作社)$/u;
const PLACE_START = /^(?:省|市|县|区|镇|乡|各|州|旗)/u;
/** Loose cuts also fall after a zone or town ending, an office, or an annotation (经开区|高新园(邹区镇)|各街道, 办公室|各科室). */
const CUT_AFTER_LOOSE = /(?:区|园|镇|乡|室|[))])$/u;
/** Words a loose cut never splits: organ endings (委|员会, 安委|会, 办|公室) and words names are made of (社|会保障, 开发园|区, 各相关乡|镇). */
const WHOLE_WORDS = ['委员会', '委会', '办公室', '办公厅', '办事处', '联席会议', '联社', '园区', '乡镇', '社会'] as const;
/** An organ's ending alone, no body before it: in a run it is the name before it's own (长江新区|管委会, 指挥部|办公室). */
export const BARE_SUFFIX = /^(?:管委会|办公室|委员会|办事处|领导小组|指挥部|工作专班|政府|人民政府)$/u;
/** A body's members with no place of their own (各部门, 有关部门, 其他成员单位): in a run after a body that has
 * members (a government, a committee, a leading group) they are its own (市政府各部门, 区安委会各成员单位); after an
 * organ (市发展和改革局|各有关部门) they are the next cell's. */
const MEMBERS_ALONE = /^(?:各|其他|其它)?(?:有关|相关)?(?:成员单位|部门|单位|成员)$/u;
const OPENS_WITH_ENDING = /^(?:办公室|委员会|管委会|办事处|指挥部|领导小组|工作专班)\p{Script=Han}/u;
const HAS_MEMBERS = /(?:政府|国务院|委员会|安委会|安委|食安委|领导小组|工作小组|联席会议|指挥部)$/u;
const insideWord = (s: string, i: number) => WHOLE_WORDS.some((w) => {
  for (let k = 1; k < w.length; k++) if (s.startsWith(w, i - k)) return true;
  return false;
});

/**
 * Cuts a run of unit names written together with no separator into whole units
 * (市发展改革委市经贸委 -> 市发展改革委, 市经贸委; loose: 水利局住建局各镇 -> 水利局, 住建局, 各镇).
 * Null when the run cannot be read as two or more units. A cut falls after an organ ending and, unless
 * `loose`, before a place prefix, so that a name's own parts (住房和城乡建设局) are never split.
 */
export function cutRunTogether(run: string, loose = false): string[] | null {
  const s = run.replace(/\s+/g, '');
  const n = s.length;
  if (n < 5 || n > 240) return null;
  // best[i]: most pieces covering s[0..i), every piece a unit of 2+ characters, every cut allowed
  // where a cut is allowed depends on s alone: found first, so that a run with none (most names) is
  // answered without a unit test, and pieces are tried only up to an allowed cut or the end (best[j]
  // elsewhere is never read)
  const cutAt = new Uint8Array(n + 1);
  let cuts = 0;
  for (let i = 1; i < n; i++) {
    const before = s.slice(Math.max(0, i - 3), i);
    const ok = !/^[((]/u.test(s.slice(i))
      && (loose ? (CUT_AFTER.test(before) || CUT_AFTER_LOOSE.test(before)) && !insideWord(s, i) && !before.endsWith('社会') : CUT_AFTER.test(before) && PLACE_START.test(s.slice(i)));
    if (ok) { cutAt[i] = 1; cuts++; }
  }
  if (!cuts) return null; // one piece at most
  cutAt[n] = 1;
  const best: Array<string[] | null> = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    if (!best[i]) continue;
    if (i > 0 && !cutAt[i]) continue;
    for (let j = Math.min(n, i + MAX_UNIT); j >= i + 2; j--) {
      if (!cutAt[j]) continue;
      const piece = s.slice(i, j);
      if (!isUnit(piece) || (loose && j < n && piece.length < 3 && !isBareOrgan(piece))) continue;
      // (an organ's ending or a body's members alone after a name are that name's: 长江新区管委会, 市政府各部门)
      if (loose && i > 0 && (BARE_SUFFIX.test(piece) || (MEMBERS_ALONE.test(piece) && piece.length > 2 && HAS_MEMBERS.test(best[i]!.at(-1)!)))) continue;
      // (nor does a name open with such an ending and go on: 市政府|办公室市政府各部门 is 市政府办公室 | 市政府各部门)
      if (loose && OPENS_WITH_ENDING.test(piece)) continue;
      const cand = [...best[i]!, piece];
      if (!best[j] || best[j]!.length < cand.length) best[j] = cand;
    }
  }
  const out = best[n];
  return out && out.length >= 2 ? out : null;
}

/** A town's own offices end so (安监站, 派出所, 交警六中队, 城建办, 卫生院): names that carry no place before them. */
const TOWN_END = /(?:站|所|中队|大队|办|院)$/u;
const TOWN_PIECE_MIN = 3;

/**
 * Cuts a run of a town's offices written together (派出所工商质监所 -> 派出所, 工商质监所): such names carry
 * no place prefix for cutRunTogether to cut before, so a cut falls after an office ending, where every piece
 * is a whole office name of three characters or more that itself ends so. Null when the run is no such thing
 * (公安局派出所: its first part is no town office; 办公室: its first part is no name).
 */
export function cutTownUnits(run: string): string[] | null {
  const s = run.replace(/\s+/g, '');
  const n = s.length;
  // (a name joined by 及 / 与 / 和, 区城管大队法制办及街道城管中队, is one name: never cut there, SCHEMA)
  if (n < TOWN_PIECE_MIN * 2 || n > 40 || !TOWN_END.test(s) || !/^\p{Script=Han}+$/u.test(s) || /[及与和暨]/u.test(s)) return null;
  const best: Array<string[] | null> = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    if (!best[i]) continue;
    for (let j = i + TOWN_PIECE_MIN; j <= Math.min(n, i + 16); j++) {
      const piece = s.slice(i, j);
      if (!TOWN_END.test(piece) || !isUnit(piece)) continue;
      const cand = [...best[i]!, piece];
      if (!best[j] || best[j]!.length < cand.length) best[j] = cand;
    }
  }
  const out = best[n];
  return out && out.length >= 2 ? out : null;
}
