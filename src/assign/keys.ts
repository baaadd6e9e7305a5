// The words notices use to label assignment fields, longest first within each field.
import { charCodes, isSpaceCode, squashSpaces } from '../text.js';

export type KeyField = 'leaders' | 'leadUnits' | 'coUnits' | 'deadline' | 'prose';

const KEYS: Array<[KeyField, string[]]> = [
  ['leaders', ['牵头市领导', '牵头县领导', '牵头区领导', '牵头省领导', '分管省领导', '分管市领导', '分管县领导', '分管区领导',
    '责任市领导', '责任县领导', '责任区领导', '联系市领导', '联系县领导', '包保领导', '牵头领导', '责任领导', '分管领导', '联系领导',
    '牵头县级领导', '牵头市级领导', '责任县级领导', '责任市级领导', '县级领导', '市级领导', '区级领导', '包联领导', '包抓领导',
    '挂点领导', '市领导', '县领导', '区领导', '省领导', '牵头负责人', '牵头责任人', '具体责任人', '责任人']],
  ['leadUnits', ['牵头责任单位', '牵头负责单位', '牵头负责部门', '牵头单位', '牵头部门', '牵头处室', '牵头科室', '主办单位', '主责单位',
    '主责部门', '第一责任单位', '第一责任部门', '首要责任单位', '牵头', '主办', '主责']],
  ['coUnits', ['共同责任单位', '配合责任单位', '配合单位', '配合部门', '协办单位', '协同单位', '协助单位', '参与单位', '参加单位',
    '会办单位', '协作单位', '协办部门', '配合处室', '配合科室', '主要责任单位', '主要责任部门', '责任单位', '责任部门', '责任处室', '责任科室', '责任主体', '落实单位',
    '配合', '协办']],
  ['deadline', ['完成时间节点', '完成时限', '完成时间', '完成期限', '时间节点', '时限要求', '办结时限', '时间要求', '时间安排',
    '进度安排', '执行时间', '整改时限', '整改期限', '时限']],
  ['prose', ['部门分工', '任务分工', '责任分工', '分工']],
];

const ALL = KEYS.flatMap(([field, words]) => words.map((w) => ({ field, word: w })))
  .sort((a, b) => b.word.length - a.word.length);
const FIELD_OF = new Map(ALL.map((k) => [k.word, k.field]));

/** Any other "…单位:" / "…领导:" / "…时限:" label (协同责任单位, 实施单位); never a salutation (各有关单位:). */
/** The words GENERIC ends on. */
export const GENERIC_ENDS = ['单位', '部门', '处室', '科室', '股室', '站所', '领导', '时限', '期限'];
const GENERIC = `(?!各)(?!\\p{Script=Han}{0,4}(?:解读|发布|起草|咨询|联系|印发|制发|来源|编制|报送|发文|成文))\\p{Script=Han}{1,5}?(?:${GENERIC_ENDS.join('|')})`;
const GENERIC_RE = new RegExp(`^${GENERIC}$`, 'u');
// exact pre-check: a whole generic key ends on one of its words
export const isGeneric = (w: string) => GENERIC_ENDS.some((e) => w.endsWith(e)) && GENERIC_RE.test(w);

export const KEY_ALTERNATION = [...ALL.map((k) => k.word), GENERIC].join('|');
/** The known key words only (no generic …单位 pattern): what may stand glued to the value before it. */
export const KNOWN_KEY_ALTERNATION = ALL.map((k) => k.word).join('|');

/**
 * Labels that stand among assignment keys but assign nothing (a unit's own head, progress, remarks):
 * they end the value before them and are dropped.
 */
export const STOP_KEYS = ['项目责任人', '主要责任人', '单位负责人', '联系人', '联系电话', '实际完成情况', '完成情况', '进展情况', '推进情况',
  '工作进展', '目前进展', '进度情况', '备注', '说明', '工作成效', '工作成果', '预期成果', '存在问题', '执行对象', '工作流程',
  // a rectification list's goal and measures fields (整改清单: 问题 / 整改目标 / 责任单位 / 责任人 / 整改时限 / 整改措施)
  '整改目标', '整改措施'];

/** A line that starts with one of the STOP_KEYS: it stands inside an assignment block and adds nothing. */
export const STOP_LINE_RE = new RegExp(`^(?:${STOP_KEYS.join('|')})\\s*[::]`, 'u');
const STOP_SET: ReadonlySet<string> = new Set(STOP_KEYS);
/** STOP_LINE_RE by code (keyRunAt at 0 over the STOP_KEYS). */
export const STOP_LINE = { test: (t: string): boolean => keyRunAt(t, 0, STOP_SET, false) !== null };

/** A line (or bracketed line) that starts with "key:". */
export const KEY_LINE_RE = new RegExp(`^[((\\[〔【]?\\s*(?:${KEY_ALTERNATION})\\s*[::]`, 'u');
/** The most code units a key KEY_LINE_RE reads holds: the words, or GENERIC's five Han (astral ones two units each) and its ending. */
export const KEY_MAX = Math.max(5 * 2 + 2, ...ALL.map((k) => k.word.length), ...STOP_KEYS.map((k) => k.length));
const KEY_OPENERS = charCodes('(([〔【');
/** The characters keys (and stops) end on (the key is the whole run before its colon). */
const KEY_LAST = new Set([...ALL.map((k) => k.word), ...GENERIC_ENDS, ...STOP_KEYS].map((w) => w.charCodeAt(w.length - 1)));
/** A key word or a generic key (…单位, …领导: GENERIC) as a whole word. */
export const isKeyWord = (w: string): boolean => FIELD_OF.has(w) || isGeneric(w);
/** A colon's code unit (ASCII or full-width). */
export const isColonCode = (c: number) => c === 0x3a || c === 0xff1a;

/** The end of the run at i that could be a key (1 to KEY_MAX code units, neither white space nor a colon, ending on
 * a key's last character), or -1. */
function keyRunEnd(t: string, i: number): number {
  let j = i;
  while (j < t.length && j - i <= KEY_MAX) {
    const c = t.charCodeAt(j);
    if (isColonCode(c) || isSpaceCode(c)) break;
    j++;
  }
  return j === i || j - i > KEY_MAX || !KEY_LAST.has(t.charCodeAt(j - 1)) ? -1 : j;
}

/**
 * The key that stands at i: the run of 1 to KEY_MAX characters neither white space nor a colon from i, then
 * white space and a colon; the run when it is a word of words (or, with generic, a key KEY_ALTERNATION
 * reads), else null. A key holds neither white space nor a colon, so the key a pattern
 * "(?:KEY_ALTERNATION)\s*[::]" reads at i is exactly that run: the code form of those patterns.
 */
export function keyRunAt(t: string, i: number, words: ReadonlySet<string> | null, generic: boolean): string | null {
  const j = keyRunEnd(t, i);
  if (j < 0) return null;
  let k = j;
  while (k < t.length && isSpaceCode(t.charCodeAt(k))) k++;
  if (k === t.length || !isColonCode(t.charCodeAt(k))) return null;
  const w = t.slice(i, j);
  return (words ? words.has(w) : FIELD_OF.has(w)) || (generic && isGeneric(w)) ? w : null;
}

/** KEY_LINE_RE by code: maybe an opening bracket, white space, a key run (keyRunAt) — never compiled on the way. */
export const KEY_LINE = {
  test: (t: string): boolean => {
    let i = 0;
    if (i < t.length && KEY_OPENERS.has(t.charCodeAt(i))) i++;
    while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
    return keyRunAt(t, i, null, true) !== null;
  },
};

/** A key word notices print as it is (牵头单位, 完成时限), not one read only by the generic …单位 / …领导 pattern. */
export const isKnownKey = (word: string) => FIELD_OF.has(word.replace(/\s+/g, ''));

export function fieldOfKey(word: string): KeyField | undefined {
  const w = word.replace(/\s+/g, '');
  const known = FIELD_OF.get(w);
  if (known || !isGeneric(w)) return known;
  if (/领导/u.test(w)) return 'leaders';
  if (/时限|期限/u.test(w)) return 'deadline';
  if (/牵头|主责|主办/u.test(w)) return 'leadUnits';
  // a co-role word outranks 主要: 主要协作单位 / 主要配合单位 are co-units
  if (/配合|协作|协办|协同|协助|参与|参加|会办/u.test(w)) return 'coUnits';
  return /主要/u.test(w) ? 'leadUnits' : 'coUnits';
}

const LEADER_OFFICE = /^(?:分管|牵头|责任|联系|包保|挂点|包联)(?:常务)?副?(?:省|市|县|区|镇|乡)长$/u;

/** The field a table header names, by meaning. */
export function fieldOfHeader(header: string): KeyField | 'number' | 'text' | undefined {
  const h = squashSpaces(header);
  if (!h) return undefined;
  if (/^(序号|编号|序|项次|No\.?)$/i.test(h)) return 'number';
  const key = fieldOfKey(h);
  if (key) return key;
  if (/领导/.test(h)) return 'leaders';
  // a column headed by a leader's office (分管市长, 牵头副县长, 责任区长) lists people
  if (h.endsWith('长') && LEADER_OFFICE.test(h)) return 'leaders';
  if (/牵头/.test(h)) return 'leadUnits';
  if ((h.includes('单位') || h.includes('部门')) && /(责任|配合|协办|协同|参与)(单位|部门)/.test(h)) return 'coUnits';
  // a project's owner (项目业主, 业主单位) carries it out: a unit column
  if (/业主(?:单位)?$/u.test(h)) return 'coUnits';
  if (/(时限|时间|节点|期限)/.test(h)) return 'deadline';
  // (a unit's duties, 职责 / 职责分工 beside the unit column, are what it is assigned: the task)
  if (/(任务|工作|事项|内容|实事|目标|举措|措施|项目|指标|职责)/.test(h) || /要求$/u.test(h)) return 'text';
  return undefined;
}

const SENTENCE_WORDS = [...ALL.map((k) => k.word), ...STOP_KEYS].sort((a, b) => b.length - a.length);
const SENTENCE_KEY = new RegExp(`(?<=^|[。;;])\\s*(${SENTENCE_WORDS.join('|')})\\s*。(?=\\s*[^\\s。])`, 'gu');
const SENTENCE_WORD_LAST = new Set(SENTENCE_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/** How many full stops stand after the last character of a label word (white space between): at most 2 counted. */
export function labelStops(text: string): number {
  let n = 0;
  for (let i = text.indexOf('。'); i >= 0 && n < 2; i = text.indexOf('。', i + 1)) {
    let k = i;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k > 0 && SENTENCE_WORD_LAST.has(text.charCodeAt(k - 1))) n++;
  }
  return n;
}

/**
 * Labels written as sentences of their own when a page lost its colons (document-sharing sites):
 * "…激发活力。责任主体。市工商质监局。执行对象。…。执行时间。长期有效。". A label word standing alone
 * between full stops is a key; two of them on a line show the layout, so one such word in prose stays.
 */
export function colonKeySentences(text: string): string {
  // every hit holds a full stop of its own right after its word (white space between): a line with fewer
  // than two such stops has no two hits (exact pre-check)
  if (labelStops(text) < 2) return text;
  const hits = [...text.matchAll(SENTENCE_KEY)];
  if (hits.length < 2) return text;
  return text.replace(SENTENCE_KEY, (m, key: string) => m.slice(0, m.indexOf(key)) + key + ':');
}

// (whole keys only: a bare role word in brackets, 市发改委【牵头】, marks the name before it)
const BRACKET_KEY = new RegExp(`[【\\[]\\s*(${ALL.filter((k) => k.word.length >= 3).map((k) => k.word).join('|')})\\s*[】\\]]\\s*[::]?`, 'gu');

/**
 * Keys written in lenticular brackets instead of before a colon ("【牵头单位】市人社局 【配合单位】市财政局"): each
 * becomes "牵头单位:" with a space before it, the line's length kept (every later position stays where it was).
 */
export function bracketKeys(text: string): string {
  if (!text.includes('】') && !text.includes(']')) return text;
  return text.replace(BRACKET_KEY, (m, key: string) => ` ${key}:`.padEnd(m.length, ' '));
}
