// The `document` block: title, 文号, issuing organ, 成文日期 and the year the tasks are for.
import type { DocumentInfo } from '../schema.js';
import { DATE_LINE } from '../segment/date-line.js';
import { codePoints, endsIn, isSpaceCode, precededBy, trimSet, wordsByCode } from '../text.js';
import { chineseNumber, readMarker } from '../segment/markers.js';
import { isUnit } from '../recognize/unit.js';
import { sameOrgan } from '../recognize/unit-aliases.js';
import { fieldOfHeader } from '../assign/keys.js';

const LABELS: Record<string, string[]> = {
  // (the same labels as the HTML header tables read in src/extract/html-meta.ts)
  title: ['标题', '名称', '文件名称', '信息名称'],
  docNumber: ['发文字号', '发文文号', '文号', '文件编号', '发文号', '发布文号', '政策文号', '文件字号'],
  issuer: ['发文机关', '发布机构', '发文单位', '发布单位', '制发机关', '发文机构', '发布部门', '颁布单位', '发布机关', '公开责任部门', '政策解读单位', '解读单位'],
  date: ['成文日期', '发文日期', '成文时间'],
  // 生成日期: the date a 信息公开 header gives the document (Zhejiang's sites: its 成文日期; Nanjing's: the record's,
  // days after the signature), so a signed date in the text outranks it
  generated: ['生成日期'],
  source: ['文章来源', '信息来源', '来源'],
  published: ['发布日期', '发布时间', '颁布时间', '公开日期', '公开时间', '时间', '日期'],
  // Labels read only so that they end the value before them.
  other: ['索引号', '主题分类', '主题词', '文件分类', '组配分类', '分类', '时效', '有效性', '所属机构', '公开方式', '公开范围',
    '内容概述', '阅读次数', '点击数', '点击量', '浏览次数', '访问次数', '访问量', '浏览量', '字号', '体裁分类', '效力状态',
    '生效日期', '废止日期', '文件类型', '文件类别', '实施日期', '施行日期', '失效日期', '效力级别', '时效性', '关键词', '信息分类', '服务对象分类', '统一编号'],
};
/** Every label word, longest first (exported for the test that checks labelHits against one regex). */
export const ALL_LABELS = Object.entries(LABELS).flatMap(([field, words]) => words.map((w) => ({ field, w })))
  .sort((a, b) => b.w.length - a.w.length);
// (LABEL_AT was `(${LABEL_WORDS})\s*[】\]]?\s*[:]?\s*` with the sticky flag: labelAt reads the same by code
// unit; the alternation of ~90 spaced words cost V8 ~2-3 ms to compile in every one-file run)
/** The first characters of the label words: a label can start only where one stands. */
const LABEL_FIRST = new Set(ALL_LABELS.map((l) => l.w.charCodeAt(0)));
/** What may stand before a label (or the start of the line): white space, a | or an opening bracket, a digit, or the
 * colon of a label left empty (浏览次数:信息来源: 某局, a bar that lost its values runs its labels together). */
const beforeLabel = (c: number) => isSpaceCode(c) || c === 0x7c || c === 0x3010 || c === 0x5b || (c >= 0x30 && c <= 0x39) || c === 0x3a || c === 0xff1a;

/** The label words (in ALL_LABELS' order) by their first code unit: a label at p opens with the unit at p. */
const LABELS_BY_FIRST = wordsByCode(ALL_LABELS.map((l) => l.w), (w) => w.charCodeAt(0));
const NO_WORDS: string[] = [];
const skipSpaces = (s: string, i: number) => { while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++; return i; };

/** Where the word w read at p ends, white space allowed between its characters (what sp(w) matches), or -1. */
function spacedWordEnd(s: string, p: number, w: string): number {
  let i = p;
  for (let k = 0; k < w.length; k++) {
    if (k > 0) i = skipSpaces(s, i);
    if (s.charCodeAt(i) !== w.charCodeAt(k)) return -1;
    i++;
  }
  return i;
}

/**
 * The label word at p (white space allowed between its characters; the first word of ALL_LABELS that
 * matches, as an alternation tries them), then white space, a closing 】 or ], white space, a colon,
 * white space: what the sticky `(WORD|…)\s*[】\]]?\s*[:]?\s*` matches at p, with the same [0], [1], index.
 */
function labelAt(line: string, p: number): RegExpExecArray | null {
  for (const w of LABELS_BY_FIRST.get(line.charCodeAt(p)) ?? NO_WORDS) {
    const wordEnd = spacedWordEnd(line, p, w);
    if (wordEnd < 0) continue;
    let i = skipSpaces(line, wordEnd);
    const c = line.charCodeAt(i);
    if (c === 0x3011 || c === 0x5d) i = skipSpaces(line, i + 1);
    if (line.charCodeAt(i) === 0x3a) i = skipSpaces(line, i + 1);
    const m = [line.slice(p, i), line.slice(p, wordEnd)] as unknown as RegExpExecArray;
    m.index = p;
    m.input = line;
    return m;
  }
  return null;
}

/**
 * The labels of a line, left to right, as a global match of `(?<=^|[\s|【\[::]|\d)LABEL…` would find them;
 * the label words are tried only where that lookbehind holds (in running text: after spaces and digits),
 * not at every character (this runs on the first 200 lines of every notice).
 */
export function labelHits(line: string, first = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let p = 0; p < line.length;) {
    if ((p === 0 || beforeLabel(line.charCodeAt(p - 1))) && LABEL_FIRST.has(line.charCodeAt(p))) {
      const m = labelAt(line, p);
      if (m) {
        out.push(m);
        if (first) break;
        p += m[0].length;
        continue;
      }
    }
    p++;
  }
  return out;
}
// (were `^(?:${LABEL_WORDS})\s*[:]` and `^【\s*(?:${LABEL_WORDS})\s*】`: the same by code unit, no alternation to compile)
/** A label word at p (spaced), then white space and the code unit `next`. */
const labelThen = (t: string, p: number, next: number) =>
  (LABELS_BY_FIRST.get(t.charCodeAt(p)) ?? NO_WORDS).some((w) => { const e = spacedWordEnd(t, p, w); return e >= 0 && t.charCodeAt(skipSpaces(t, e)) === next; });
export const labelAtStart = (t: string) => labelThen(t, 0, 0x3a);
/** A line that opens with a bracketed label (【发布文号】…, the header rows of a document base): never a title. */
export const labelBracketed = (t: string) => t.charCodeAt(0) === 0x3010 && labelThen(t, skipSpaces(t, 1), 0x3011);
const fieldOf = (label: string) => ALL_LABELS.find((l) => l.w === label.replace(/\s+/g, ''))?.field;

// (the year's brackets as printed: 〔〕, the small ﹝﹞ and 〖〗 too; a serial with 第, 纪要【2021】第2号, is a minute's
// issue, no 文号)
export const DOC_NUMBER = /[\p{Script=Han}A-Za-z]{1,10}\s*[〔\[[((【﹝〖]\s*\d{4}\s*[〕\]))】﹞〗]\s*\d{1,4}\s*号/u;
const ORG_END = /(人民政府|主席团|人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|政府办|办公厅|办公室|国务院|委员会|人民政府文件|政府督查办|政府督查室)$/u; // (a government's 督查办 signs its reports)
// (a statement on a matter, 关于…的情况说明, is one too)
const NOTICE_END = /(通知|意见|决定|通报|批复|函|解读|报告|办法|规定|细则|公告|通告|纪要|情况说明)$/u;
const ORGAN_ISSUES = /^\S{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部)(?:联合)?印发\S{4,}/u;
const ORGAN_ISSUES_CUT = /^\S{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部)(?:联合)?(?:印发|转发)$/u;
const PART_END = /(方案|分解|分工|分解表|任务表|清单|一览表|要点|计划|安排|(?:计划|分工|责任|明细|项目|进度|安排)表)$/u;
/** A table's caption: its name between a page number and the 附件 label before it and its unit note after it (22 ― 附件 2019年…计划表 单位:万元). */
const TABLE_CAPTION = /^(?:[―—\-]\s*)?(?:\d{1,4}\s*[―—\-]\s*)?(?:附\s*件\s*\d{0,2}(?!\d)\s*[::]?\s*)?(\S{6,80}?)\s*[((]?\s*单位\s*[::]\s*[\p{Script=Han}%/]{1,6}\s*[))]?$/u;

interface Labeled { title?: string; docNumber?: string; issuer?: string; date?: string; generated?: string; source?: string; published?: string }

/** A table's header row: at least `min` cells between spaces, every one a column label (序号 名称 工作任务). */
// (cells between spaces or "|": 工作任务 | 具体要求 | 责任部门 |)
const headerRow = (x: string, min: number) => { const w = x.split(/[\s|]+/u).filter(Boolean); return w.length >= min && w.every((c) => fieldOfHeader(c)); };

/** "标 题: X  文 号: Y" on one line, or a label alone on a line with its value on the next. */
function readLabels(lines: string[]): Labeled {
  const out: Labeled = {};
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const line = lines[i];
    const hits = labelHits(line);
    for (let k = 0; k < hits.length; k++) {
      const field = fieldOf(hits[k][1]) as keyof Labeled | undefined;
      if (!field || out[field]) continue;
      // the end of a word spaced out a character at a time (任 务 名 称, a table's header cell) is no label
      if (/(?:^|[|\s])(?:\p{Script=Han}\s+)+$/u.test(line.slice(0, hits[k].index!))) continue;
      const start = hits[k].index! + hits[k][0].length;
      const end = k + 1 < hits.length ? hits[k + 1].index! : line.length;
      let value = trimSet(line.slice(start, end), '|');
      // the value as read, lines parted by a space (a table's header one cell a line reads as the header row it is)
      let spaced = value;
      // in a row of | cells the value is its own cell: what follows the next | is another label's (公开形式:)
      if (/\|/u.test(value) && /:|:/u.test(value.slice(value.indexOf('|')))) value = value.slice(0, value.indexOf('|')).trim();
      if (!value && k === hits.length - 1) {
        // the value is on the next lines (a page scraped flat breaks it), up to the next label
        for (let j = i + 1; j <= i + 2 && j < lines.length; j++) {
          const next = lines[j].replace(/[|]/g, ' ').trim();
          const stop = labelHits(next, true)[0];
          const part = (stop ? next.slice(0, stop.index) : next).trim();
          value += part;
          spaced = `${spaced} ${part}`.trim();
          if (stop || !next) break;
        }
        // (…or past blank lines, as a list of fields scraped one <li> a paragraph prints it: only a value that
        // reads as its field's, a date, a 文号, an organ, so that a label left empty takes nothing from the text)
        if (!value) {
          const j = lines.findIndex((x, k) => k > i && k <= i + 4 && x.trim());
          const next = j > i + 1 ? clean(lines[j]) : '';
          const fits = field === 'date' || field === 'published' || field === 'generated' ? DATE_LINE.test(next.replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/u, ''))
            : field === 'docNumber' ? DOC_NUMBER.exec(next)?.[0] === next.replace(/\s+/g, '')
            : field === 'issuer' ? next.length <= 30 && looksLikeOrgan(next) : false;
          if (fits && !labelHits(next, true).length) { value = next; spaced = next; }
        }
      }
      // a label directly followed by a label has no value ("发布机构 海州 发文日期")
      // (nor does a table's header cell 名称 before the other column labels: 序号 名称 工作任务 牵头责任单位)
      if (value && !labelAtStart(value) && !(field === 'title' && (headerRow(value, 2) || headerRow(spaced, 2)))) out[field] = value;
    }
  }
  return out;
}

// (a PDF viewer's page mark before the text, "Page 22 - ", is no part of it)
// (the page number's pattern only on a line that opens as one: 第, P, p; exact, its i flag folds no other character to P)
// (a breadcrumb's only on a line that opens as one: 首, 当, 您)
const clean = (s: string, keepBar = false) => cleanCrumb(cleanPage((keepBar ? s : s.replace(/[|]/g, '')).replace(/\s+/g, ' ').trim()));
// (a document site's page counter: Page 7 - …, 第1页共4页…, or …方案_第1页 after the file's name)
const cleanPage = (s: string) => {
  const t = s[0] === '第' || s[0] === 'P' || s[0] === 'p' ? s.replace(/^(?:Page|第)\s*\d{1,4}\s*(?:页)?\s*(?:[-—–]|共\s*\d{1,4}\s*页)\s*(?=\p{Script=Han})/iu, '') : s;
  return t.endsWith('页') ? t.replace(/(?<=\p{Script=Han})\s*_\s*第\s*\d{1,4}\s*页$/u, '') : t;
};
const cleanCrumb = (s: string) => (s[0] === '首' || s[0] === '当' || s[0] === '您' ? lastCrumb(s.replace(BREADCRUMB, '')) : s);
/** A breadcrumb whose last column is the page's own headline (首页 > 通知公告 > 某县2023年重点工作任务分解表): that
 * headline, when it is long, whole (not cut off with …) and the crumbs before it are the site's columns. */
function lastCrumb(s: string): string {
  if (!/^(?:首页|当前位置|您的位置|您现在的位置|您当前所在位置|您所在的位置)/u.test(s) || !/[>>»›]/u.test(s)) return s;
  const parts = s.split(/\s*(?:>>|>|»|›|>)\s*/u).filter(Boolean);
  const last = parts[parts.length - 1];
  return parts.length >= 3 && (last.match(/\p{Script=Han}/gu)?.length ?? 0) >= 8 && !/…|\.\.\.$/u.test(last) && parts.slice(0, -1).every((x) => x.length <= 16) ? last : s;
}
/** A page's breadcrumb run into the title it leads to (首页 政策解读 关于…): the site's columns, short, before 关于. */
// (each column ends at a separator: no two ways to split a run of characters, no backtracking)
const BREADCRUMB = /^(?:(?:当前位置|您的位置|您现在的位置)\s*[::]?\s*)?首页(?:(?:\s*[>>»/]\s*|\s+)[^\s>>»/]{1,8})*?(?:\s*[>>»/]\s*|\s+)(?=关于)/u;

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', 'Ｏ': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 二〇二三年三月十七日 -> 2023年3月17日 */
function arabicDate(s: string): string {
  return s.replace(/([〇零○OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u,
    (_, y: string, m: string, d: string) => `${[...y].map((c) => CN_DIGIT[c]).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`);
}

export function isoDate(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = arabicDate(raw);
  const m = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/u.exec(s);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** A document-sharing site's line over the document names its file: "《X.docx》由会员分享,可在线阅读…". */
const SHARED_FILE = /^《(.{4,100}?)\.(?:docx?|pdf|wps|pptx?)》由会员分享/u;

/** Every 《 and 〈 in the span closed, in order: a whole title, not one cut inside a quoted name. */
function balancedTitle(t: string): boolean {
  const open: string[] = [];
  for (const ch of t) {
    if (ch === '《' || ch === '〈') open.push(ch);
    else if (ch === '》' || ch === '〉') { if (open.pop() !== (ch === '》' ? '《' : '〈')) return false; }
  }
  return open.length === 0;
}

/** A title run into its 文号 on one line (…的通知 国办发〔2022〕9号 各省…): built once, not per line. */
const TITLE_RUN_ON = new RegExp(`^([^,,。;;《》]{4,100}?(?:通知|意见|决定|方案|通报))\\s*[((]?\\s*${DOC_NUMBER.source}`, 'u');

const HEADED_RUN_ON = new RegExp(`^(?:\\S{2,40}?文件\\s*)?${DOC_NUMBER.source}\\s*([^,,。;;《》]{0,30}关于[^,,。;;]{4,100}?的(?:通知|意见|决定|方案|通报))\\s*(?=各|[^,,。;;]{2,60}[::])`, 'u');

const TITLE_BEFORE_ADDRESSEES = /(?:^|\s)(关于[^,,。;;::]{4,100}?的\s*(?:通知|意见|决定|方案|通报))\s+(?=各[^,,。;;]{1,30}[,,、::]|[^,,。;;\s]{2,30}[::])/u;

const PART_INTO_HEADING = new RegExp(`^([^,,。;;::!?]{6,80}?${PART_END.source.replace(/\$$/, '')})(?=一\\s*[、.．][^,,。;;]{2,30}?(?:[((]一[))]|1\\s*[.、.．]|[,,。;;]))`, 'u');
/** The kinds a report or review names itself by (a file that assigns nothing often is one). */
const REPORT_TITLE = /(?:情况|工作)(?:汇报|报告|总结)$/u;
/** A preamble's opening (为贯彻落实…, 根据…): the line above it closes the title. */
// (any purpose clause closed by a comma, 为深度融入某都市圈, counts: it opens a sentence no title does)
const PREAMBLE_OPEN = '(?:为(?:了)?(?:贯彻|深入|全面|进一步|认真|加快|推动|落实)|为(?:了)?[^,,。;;::《》“”]{2,30}[,,]|根据|按照)';
const PREAMBLE = new RegExp(`^${PREAMBLE_OPEN}`, 'u');
/** A plan's name run into its preamble on a page glued flat (某某工作实施方案为认真做好…): the name, up to where the
 * preamble opens (PREAMBLE). */
const PART_INTO_PREAMBLE = new RegExp(`^([^,,。;;::!?《》“”]{4,60}?(?:${PART_END.source.replace(/\$$/, '')}|办法|规定|细则))(?=${PREAMBLE_OPEN})`, 'u');
/**
 * A gazette issue's contents (目录, then the titles of its documents, under column names like 市政府文件): the one
 * the page holds is the entry whose title the text repeats below, else (a page that assigns, 责任单位 …) the
 * entry that assigns (…责任分工的通知), else the first.
 */
function contentsTitle(lines: string[]): string | null {
  const at = lines.slice(0, 20).findIndex((l) => /^目\s*录$/u.test(clean(l)));
  if (at < 0) return null;
  const entries: string[] = [];
  let last = at;
  for (let k = at + 1; k < lines.length && k < at + 60; k++) {
    const l = clean(lines[k]);
    if (!l) continue;
    if (entries.includes(l)) break; // an entry again: the text that it titles begins
    if (l.length <= 100 && NOTICE_END.test(l) && /关于|印发/u.test(l) && !readMarker(l)) { entries.push(l); last = k; continue; }
    if (l.length <= 8 && !readMarker(l) && !/[,,。;;::]/u.test(l)) continue; // a column of the contents, or the page's next header cell
    break;
  }
  if (entries.length < 3) return null;
  const rest = lines.slice(last + 1).map((l) => clean(l).replace(/\s+/g, ''));
  const repeated = entries.find((e) => rest.includes(e.replace(/\s+/g, '')));
  if (repeated) return repeated;
  const assigns = rest.some((l) => /^(?:责任单位|牵头单位|配合单位|责任领导|牵头领导)/u.test(l) || /(?:牵头|责任单位)[::]/u.test(l));
  return (assigns ? entries.find((e) => /责任分工|任务分工|任务分解|责任分解|分工方案/u.test(e)) : null) ?? entries[0];
}

function findTitle(lines: string[]): { title: string | null; fromPart: boolean } {
  for (const l of lines.slice(0, 3)) {
    const shared = SHARED_FILE.exec(clean(l));
    if (shared) return { title: shared[1].trim(), fromPart: false };
    // a document site heads the page with the file's name (某某2021年行动计划.pdf): a name that ends as a title is it
    const file = /^(\S[^《》]{4,80}?)\.(?:docx?|pdf|wps)$/iu.exec(clean(l));
    if (file && (PART_END.test(file[1]) || NOTICE_END.test(file[1])) && !readMarker(file[1]) && !/[。,,;;]/u.test(file[1])) return { title: file[1].trim(), fromPart: false };
  }
  const listed = contentsTitle(lines);
  if (listed) return { title: listed, fromPart: false };
  for (let i = 0; i < lines.length && i < 150; i++) {
    const l = clean(lines[i]);
    // an item (一、… 1.…) is no title; a place that opens with a numeral (六安市, 三门峡市) may be
    // a page scraped onto one line: the title runs into its 文号 and the addressees (…的通知 国办发〔2022〕9号 各省…:)
    const runOn = /关于/u.test(l) && !/^(根据|按照|为|经)/u.test(l) ? TITLE_RUN_ON.exec(l) : null;
    if (runOn && l.length > runOn[0].length + 4) return { title: runOn[1], fromPart: false };
    // …or a letterhead and its 文号 run into the title and the addressees (X文件 常政办发〔2018〕32号 市政府办公室关于…的通知 各镇…)
    const headed = /关于/u.test(l) && l.includes('号') ? HEADED_RUN_ON.exec(l) : null;
    if (headed) return { title: headed[1], fromPart: false };
    // …or a page's header run into it (签发人:X 关于…的通报 各街道办事处,…:): between spaces, the addressees after
    const between = i < 10 && /关于/u.test(l) && !/^(根据|按照|为|经)/u.test(l) ? TITLE_BEFORE_ADDRESSEES.exec(l) : null;
    if (between && balancedTitle(between[1])) return { title: between[1], fromPart: false };
    // …or into the text's first sentence right after the 》 that closes it (关于贯彻落实《…方案》为深入贯彻…)
    const intoText = /^关于/u.test(l) ? /^(关于[^,,。;;]{4,150}?》)(?=(?:为|根据|按照|经|现将)\p{Script=Han})/u.exec(l) : null;
    if (intoText && balancedTitle(intoText[1])) return { title: intoText[1], fromPart: false };
    // …or a part's title run into its first heading (某州贯彻落实…整改措施清单一、认识不深(一)…), as a page glued flat prints it
    const intoHeading = i < 10 && l.length > 40 ? PART_INTO_HEADING.exec(l) : null;
    if (intoHeading && balancedTitle(intoHeading[1]) && !readMarker(intoHeading[1])) return { title: intoHeading[1], fromPart: false };
    // …or a plan's name run into its preamble (第1页共4页某某实施方案为认真做好…), as a document site's text prints it
    const intoPreamble = i < 10 && l.length > 40 ? PART_INTO_PREAMBLE.exec(l) : null;
    if (intoPreamble && !readMarker(intoPreamble[1])) return { title: intoPreamble[1], fromPart: false };
    if (!l || l.length > 200 || /[。;;]$/u.test(l) || readMarker(l)) continue;
    // a 文号 before the title, or in brackets after it ("…的通知 (粤府〔2021〕22号)"), is not the title's
    const t = withoutDocNumber(l).trim()
      .replace(/^[—\-•·]+\s*/u, '').replace(/^《([^《》]+)》$/u, '$1') // "成办发〔2019〕5号《…的通知》", "—区人民政府…"
      // (a list page prints the posting date after the title: …的通知 2021-02-26)
      .replace(TITLE_DATE_STAMP, '');

    // a notice's own title: …关于…的通知, or an organ that hands a document out (某市人民政府印发…的通知)
    // (a news lede that quotes the title, "5月5日,某市发布关于…。详情如下:", has sentences: 。 inside it)
    // (…or an organ's line broken right after its 印发 / 转发: 某县人民政府办公室印发 / 某某方案的通知)
    if ((/关于/u.test(t) || ORGAN_ISSUES.test(t) || ORGAN_ISSUES_CUT.test(t)) && !/^(根据|按照|为|经)/u.test(t) && !/。./u.test(t)) {
      // a title broken over lines: join until it ends like a title; an organ's name on the line above opens it
      let joined = t;
      // organs' names on the lines above (one, or several written side by side) open it
      if (/^关于/u.test(t)) {
        for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
          const above = clean(lines[k]);
          const parts = above.split(/\s+/).filter(Boolean);
          if (!above || !parts.every((p) => ORG_END.test(p) || isUnit(p))) break;
          joined = `${above} ${joined}`;
        }
      }
      // (…or a long organ's name broken over the line above and this one's opening: 某市…工作领导小组 / 办公室关于…)
      // (the line opens with an organ's bare ending, no name of its own: 办公室关于…, 委员会关于…)
      const cutOrgan = !/^关于/u.test(t) && i > 0 ? /^((?:领导小组|小组)?(?:办公室|办公厅|委员会|人民政府|政府))关于/u.exec(t) : null;
      if (cutOrgan && joined === t) {
        const above = clean(lines[i - 1]);
        if (/^\p{Script=Han}{4,30}$/u.test(above) && !SITE_NAME.test(above) && !CHROME.test(above) && !ORG_END.test(above)) joined = `${above}${joined}`;
      }
      // (a 《 left open is not the end: 关于印发《2023年政府工作报告 / 重点任务分解方案》的通知)
      const ended = (x: string) => NOTICE_END.test(x.replace(/\s+/g, '')) && (x.match(/《/gu)?.length ?? 0) <= (x.match(/》/gu)?.length ?? 0);
      // (关于 asks for a 的 before the kind: 关于印发…政府工作报告 / 任务分解的通知 goes on; if no line
      // completes it, the first ending stands)
      // (a part's own title, 关于落实《…》 / 重点工作的任务分工, ends the same way when no notice kind follows)
      const partEnded = (x: string) => PART_END.test(x.replace(/\s+/g, '')) && /^关于/u.test(x)
        && (x.match(/《/gu)?.length ?? 0) === (x.match(/》/gu)?.length ?? 0) && /的[^》]{1,8}$/u.test(x.replace(/\s+/g, ''));
      const closed = (x: string) => ended(x) && (!/关于/u.test(x) || /的\s*\S{1,2}$/u.test(x.replace(/\s+/g, '')));
      let firstEnded = ended(joined) ? joined : null;
      // (blank lines between the parts of a title, as pages scraped flat print them, are skipped)
      for (let k = i + 1, n = 0; n < 3 && k <= i + 6 && !closed(joined) && k < lines.length; k++) {
        const next = clean(lines[k]);
        if (next) { joined += next; n++; if (!firstEnded && (ended(joined) || partEnded(joined))) firstEnded = joined; }
      }
      if (!closed(joined) && firstEnded) joined = firstEnded;
      // (a page that drops the notice's kind, 某办公室关于印发…责任分解, names the part it hands out: when no
      // following line completes the title, the line stands on its own)
      else if (!closed(joined) && /关于印发[^《》]{4,}$/u.test(t) && PART_END.test(t.replace(/\s+/g, '')) && t.length <= 80) joined = t;
      if (NOTICE_END.test(joined.replace(/\s+/g, '')) || PART_END.test(joined)) return { title: joined, fromPart: false };
    }
    // (a breadcrumb or a labelled line ending in a column 政策和解读 is none)
    if (/^【[^】]{2,}】\p{Script=Han}.{5,}|解读$/u.test(t) && t.length >= 10 && !/[,,]$/.test(t) && !CHROME.test(t) && !labelAtStart(t) && !labelBracketed(t)
      && !(/解读$/u.test(t) && labelHits(t, true).length)) return { title: t, fromPart: false };
  }
  const crumb = crumbTitle(lines);
  if (crumb) return { title: crumb, fromPart: false };
  const above = titleAboveInfoBar(lines);
  if (above) return { title: above, fromPart: false };
  // the covering letter names the document it hands out (现将《X》印发给你们): X on a line of its own is its title
  const named = new Set(lines.slice(0, 60).filter((l) => /印发|颁布/u.test(l))
    .flatMap((l) => [...l.matchAll(/《([^《》]{6,80})》/gu)].map((m) => m[1].replace(/\s+/g, ''))));
  let inAttachments = false;
  for (let i = 0; i < lines.length && i < 300; i++) {
    const l = clean(lines[i]);
    // (a caption with its unit note heads the table that follows: the page holds what it names)
    const caption = TABLE_CAPTION.exec(l)?.[1];
    if (caption && PART_END.test(caption) && /\d{4}\s*年/u.test(caption) && !readMarker(caption) && !/[。,,;;]/u.test(caption)) return { title: caption, fromPart: true };
    // "附件:《…》任务分解表" names an attachment the page may not hold: only a part's own title line counts
    if (/^附\s*件/u.test(l)) { inAttachments = true; continue; }
    // …and so does the rest of its list (附件:1.A / 2.B)
    if (inAttachments && /^\d{1,2}\s*[.、.]/u.test(l)) continue;
    inAttachments = false;
    // a table's row between | (two cells or more filled) is no part's title
    if (lines[i].split('|').filter((c) => c.trim()).length >= 2) continue;
    const p = l;
    if (named.has(p.replace(/\s+/g, '')) && !readMarker(p)) return { title: p, fromPart: true };
    // (…broken over two lines: 某自治区2022年坚持稳中求进 / 推动产业高质量发展政策清单)
    const above = i > 0 ? clean(lines[i - 1]) : '';
    if (above && p && named.has((above + p).replace(/\s+/g, '')) && !readMarker(above)) return { title: above + p, fromPart: true };
    // (…or, without a year, one the preamble follows at once: 某某工作责任分工方案 / 为贯彻落实…)
    const preamble = () => PREAMBLE.test(clean(lines.slice(i + 1, i + 4).find((x) => x.trim()) ?? ''));
    // (…or, on a page that collects documents, the index entry over it names it: 第1篇:整改措施清单 / 某州…整改措施清单)
    const indexed = () => {
      const entry = /^第\s*\d{1,3}\s*篇\s*[::]\s*(\S{4,})$/u.exec(clean(lines.slice(Math.max(0, i - 3), i).reverse().find((x) => x.trim()) ?? ''));
      return !!entry && p.replace(/\s+/g, '').endsWith(entry[1].replace(/\s+/g, ''));
    };
    if (p.length >= 8 && p.length <= 100 && PART_END.test(p) && (/(\d{4}年|政府工作报告|《|“)/u.test(p) || preamble() || indexed()) && !readMarker(p) && !/[。,,]/u.test(p)) {
      return { title: p, fromPart: true };
    }
    // a report's own title line (某县2023年农业农村工作开展情况汇报): a year, and a report's kind closing it
    if (p.length >= 8 && p.length <= 60 && REPORT_TITLE.test(p) && /\d{4}\s*年/u.test(p) && !readMarker(p) && !/[。,,;;::]/u.test(p)) {
      // (…unless the next line goes on with the part that breaks the report down: 某县2023年政府工作报告 / 重点任务分解表)
      const tail = titleTail(lines, i, p);
      return { title: p + tail, fromPart: !!tail };
    }
  }
  const first = firstLineTitle(lines);
  return { title: first, fromPart: false };
}

/** A list page's posting date after a title (…的通知 2021-02-26). */
const TITLE_DATE_STAMP = /(?<=[\p{Script=Han}》”)\uFF09])\s+[\[【(\uFF08]?\d{4}-\d{1,2}-\d{1,2}[\]】)\uFF09]?$/u;

/** A 文号 opening the line, or in brackets closing it, cut off (every 文号 ends in 号: no regex scan without one). */
const withoutDocNumber = (l: string) =>
  l.includes('号') ? cutBareDocNumber(l.replace(DOC_NUMBER, (m) => (l.startsWith(m) ? '' : m)).replace(TRAILING_DOC_NUMBER, '')) : l;
/** A 文号 after white space closing a line that ends as a title before it (…的通知 常政发〔2023〕1号): a list
 * page's or a header table's next cell, no part of the title. */
const TRAILING_BARE_DOC_NUMBER = new RegExp(`\\s+${DOC_NUMBER.source}\\s*$`, 'u');
function cutBareDocNumber(l: string): string {
  const m = TRAILING_BARE_DOC_NUMBER.exec(l);
  if (!m) return l;
  const before = l.slice(0, m.index).replace(/\s+/g, '');
  return NOTICE_END.test(before) || PART_END.test(before) ? l.slice(0, m.index) : l;
}

const TRAILING_DOC_NUMBER = new RegExp(`\\s*[((]\\s*${DOC_NUMBER.source}\\s*[))]\\s*$`, 'u');
/** A news story's dateline (新华网北京3月16日电) is no title. */
const DATELINE = /(?:\d{1,2}月\d{1,2}日)?电$|^(?:本报讯|本报记者|记者)/u;
// (a page's skip links, 跳转到正文内容, and plugin notices, 不支持Flash, are chrome too)
// (…and a screen reader's notice, 不能读取语音阅读器, as a page's accessibility bar prints it)
const CHROME = /语音阅读|读屏|首页|欢迎访问|欢迎光临|欢迎来到|欢迎您|登录|注册|无障碍|跳转到|不支持\s*Flash|设为|收藏|长者|字体|打印|关闭|分享|当前位置|您的位置|网站地图|网站入口|站内搜索|English|【切换】|切换|[>>»]/u;
// (the unit and deadline labels with their synonyms: SCHEMA.md reads 牵头部门 / 主办单位 as 牵头单位, 协办 / 参与 as 配合 …)
const HEADER_LABEL = /序号|名称|内容|领导|(?:牵头|责任|配合|主办|协办|协同|参与)(?:单位|部门)|完成时限|完成时间|时间节点|进展情况|完成情况/gu;
const headerLabels = (l: string) => l.match(HEADER_LABEL)?.length ?? 0;
const CUT_AT = /\s*(?:[-—_|/]\s*\S{0,16}(?:网站|门户|网|政府|在线)(?:提供)?\s*$|\.?\s*(?:来源|发布时间|发布日期|作者|日期|时间)\s*[::].*$)/u;

/** Labels of a page's info bar (发布时间: … 来源: … 访问次数:). */
// (a time stamp may open it, its labelled fields after it: 2018-11-14 15:16  来源:某网  浏览量:804; or a count
// whose label the page lost: 2019-04-28 / :61)
const INFO_BAR = /^[\[【[]?\s*(?:发布日期|发布时间|发表时间|发表于|发布于|时间|日期|来源|信息来源|文章来源|编辑|作者|发布人|浏览次数|访问次数|点击量|点击数|浏览量)\s*[::]|^[^\s,,。;;]{0,16}\s*[·•|]?\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|信息来源|作者|编辑|发布人|浏览量|浏览次数|访问次数|点击量|点击数|阅读次数|字号)\s*[::].*)?(?:\s*[/|]\s*[^\s::/|]{0,8}[::]\s*\d+)?$/u;

/** A label of a page's info bar at the start of a line (来源: …), never a signer. */
const INFO_LABEL = /^[\[【[]?\s*(?:发布日期|发布时间|发表时间|发表于|发布于|来源|信息来源|文章来源|编辑|作者|发布人|浏览次数|访问次数|点击量|点击数)\s*[::]/u;

const SITE_COLUMN = /(?:公开|公告|动态|要闻|专栏|目录|栏目|首页|导航)$/u;

/** A headline written in parts (为民办实事 重在抓落实--直击…): a 为 that opens it opens no purpose clause. */
const HEADLINE_PARTS = /\p{Script=Han}(?:\s+|-{2}|——)\p{Script=Han}/u;

/** A news headline led by its place and a colon (吉县:确定“双十”项目惠民生): the place is no label. */
const PLACE_DATELINE = /^\p{Script=Han}{1,6}[省市县区旗](?=[::]\s*\p{Script=Han})[::]/u;

/** A page's breadcrumb ends in its headline (首页 > 行业新闻 > 处罚5569人!某委通报…): the headline, when a line of
 * its own below repeats it (the crumb alone may be a column's name or cut short). */
function crumbTitle(lines: string[]): string | null {
  for (let i = 0; i < lines.length && i < 15; i++) {
    // (the line as printed: clean() already reads a long last crumb as the headline)
    const l = lines[i].replace(/\s+/g, ' ').trim();
    if (!/[>>»›]/u.test(l)) continue;
    const crumbs = l.split(/\s*[>>»›]\s*/u);
    const last = crumbs[crumbs.length - 1].trim();
    if (crumbs.length < 3 || (last.match(/\p{Script=Han}/gu) ?? []).length < 6) continue;
    const key = last.replace(/\s+/g, '');
    for (let k = i + 1; k < lines.length && k <= i + 10; k++) if (clean(lines[k]).replace(/\s+/g, '') === key) return clean(lines[k]);
  }
  return null;
}

/** A page's headline stands right above its info bar (…民生实事项目 / 发布日期:2020-06-29 来源:…). */
function titleAboveInfoBar(lines: string[]): string | null {
  for (let i = 1; i < lines.length && i < 40; i++) {
    if (!INFO_BAR.test(clean(lines[i]))) continue;
    let k = i - 1;
    while (k > 0 && !clean(lines[k])) k--;
    const t = clean(lines[k]);
    if (!headline(t)) continue;
    // a headline over its subheading (某市民生工作推进会召开 / 某某出席会议并讲话): the first line of the two, when
    // nothing but the page's chrome stands above it
    let top = k - 1;
    while (top >= 0 && !clean(lines[top])) top--;
    const up = top >= 0 ? clean(lines[top]) : '';
    const chromeAbove = (j: number) => lines.slice(0, j).every((x) => { const c = clean(x); return !c || CHROME.test(c) || SITE_COLUMN.test(c); });
    // (a site's name, 某市人民政府门户网站, is no headline)
    const pick = up && up !== t && headline(up) && !SITE_NAME.test(up) && !SITE_ONLY.test(up) && !ORG_END.test(up) && !isUnit(up) && chromeAbove(top) ? up : t;
    // (the site that provides it may follow: …裁示事项/某县政府提供)
    return pick.replace(CUT_AT, '') || pick;
  }
  return null;
}
/** A line that may be a page's headline: no info bar, chrome, label, item, sentence, column, date or 文号. */
function headline(t: string): boolean {
  if (!t || INFO_BAR.test(t) || CHROME.test(t) || labelAtStart(t) || readMarker(t) || labelHits(t, true).length) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  // a sentence (…通知如下。) is no headline, nor is a site's column (政府信息公开目录, 通知公告)
  return !(SITE_COLUMN.test(t) || t.split(' ').every((x) => ORG_END.test(x) && x.length <= 20) || han < 6 || t.length > 100 || /[::,,;;、。!?]/u.test(t.replace(PLACE_DATELINE, '')) || /^(各|根据|按照)/u.test(t) || (/^为/u.test(t) && !HEADLINE_PARTS.test(t)) || DATE_LINE.test(t) || DOC_NUMBER.test(t) && t.length < 30);
}

/** A page's time stamp under a label of its own (归档时间:2023-06-15, 更新日期:2020年5月6日 10:20): no title, and
 * no sign that the text has begun either (as a labelled line of the text is). */
// (…and a site's greeting with today's date, 今天是:2023年3月1日 星期三)
const STAMP_LINE = /^(?:\p{Script=Han}{0,6}(?:时间|日期)|今天是|今日是|今天|今日)\s*[::]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?$/u;
/** A list page's date in brackets before a title ([ 2023-03-01 ] 某某会议召开). */
const LEADING_DATE_STAMP = /^[\[【(\uFF08]\s*\d{4}-\d{1,2}-\d{1,2}\s*[\]】)\uFF09]\s*(?=\p{Script=Han})/u;

/** A periodical's running head (中国药房(网络版)2023年1期, 某省人民政府公报 2021年第5期): the journal that printed
 * the document, not its title. (A bulletin's own issue, 督查通报第9期, is no periodical's: its name ends in none of these.) */
const PERIODICAL_ISSUE = /^\S{2,24}?(?:杂志|期刊|学报|公报|日报|晚报|周刊|月刊|[((][^()()]{1,8}[))])\s*\d{4}\s*年\s*第?\s*\d{1,3}\s*期$/u;

/**
 * The rest of a title broken over two lines, as a centred heading wraps (某县2023年政府工作报告 / 重点任务分解表): the
 * next line when it is short, one run of the title's characters, and closes the title as a part or a notice is
 * closed, which the first line does not. Else nothing.
 */
function titleTail(lines: string[], at: number, t: string): string {
  // (a line closing on the report's name, 某县2023年政府工作报告, names what the part breaks down: no close of its own)
  if ((PART_END.test(t) || NOTICE_END.test(t)) && !/政府工作报告$/u.test(t)) return '';
  const k = lines.findIndex((x, j) => j > at && j <= at + 2 && x.trim());
  const next = k > at ? clean(lines[k]) : '';
  if (!next || next.length > 16 || !/^\p{Script=Han}[\p{Script=Han}\d()()《》〈〉“”]*$/u.test(next) || readMarker(next)
    || /^(?:leaders|leadUnits|coUnits|deadline|number)$/u.test(fieldOfHeader(next) ?? '')) return ''; // (a table's column label, 责任分工)
  return PART_END.test(next) || NOTICE_END.test(next) ? next : '';
}

/** A site's menu item (政务公开, 互动交流, 走进某县, 通知公告): a column's word closing a short name. */
const NAV_ITEM = /^(?:\p{Script=Han}{0,4}(?:首页|公开|服务|交流|互动|中心|动态|要闻|公告|专栏|专题|概况|指南|导航|办事|新闻|政务|资讯|概览|县情|市情|区情|机构|文件|政策|解读|图片|视频|下载|留言|信箱|一览|年报|制度|领导)|走进\p{Script=Han}{1,4})$/u;
/** A site's menu on one line (政府信息公开 政务服务 互动交流 走进某县): three items or more between spaces or |, most of
 * them a column's word. (A headline in parts, 稳增长 促改革 调结构, has none.) */
function navigation(l: string): boolean {
  const items = l.split(/[\s|]+/u).filter(Boolean);
  return items.length >= 3 && items.every((x) => /^\p{Script=Han}{2,8}$/u.test(x)) && items.filter((x) => NAV_ITEM.test(x)).length * 2 > items.length;
}
/** A line that is only a site's name (某某县人民政府网, 某市政务网站): no headline. */
const SITE_ONLY = /^\p{Script=Han}{2,20}(?:政府网|政务网|新闻网|信息网|网站|官网|门户网)$/u;

const keywordRun = (l: string) => {
  const parts = l.split(/[,,]/u);
  return parts.length >= 3 && !/[。;;!?!?]/u.test(l) && parts.every((x) => { const n = codePoints(x.trim()); return n >= 2 && n <= 20; });
};

/** The page's own title: its first line that reads as one (a news headline, a table's name), site name cut off. */
function firstLineTitle(lines: string[]): string | null {
  for (const [at, raw] of lines.slice(0, 8).entries()) {
    // a page scraped onto one line: its info bar (". 来源: … 发布时间: …") follows the headline
    // (a file name as a document site prints it: X.docVIP; a page that is an attachment: 附件2:X)
    if (/^[^|]*\|[^|]+\|/u.test(raw) && headerLabels(raw) >= 2) return null; // a table's header row between |
    // a table's header row (工作任务 分管领导 牵头组织实施单位 完成时限): every cell a column label
    if (headerRow(raw, 3)) return null;
    // one | between two words (“双创”曝光台|问题清单…) is the headline's own separator, not a cell's border
    const loneBar = /^[^|]*[^\s|]\s*\|\s*[^\s|][^|]*$/u.test(raw.trim());
    // (a file name may carry its place in the site's list: 17.某某政策清单.docx)
    const l = clean(raw, loneBar).replace(LEADING_DATE_STAMP, '').replace(/^[•·\-*—]+\s*/u, '').replace(/^\d{1,3}\s*[.、.]\s*(?=\S.{5,}\.(?:docx?|pdf|wps|xlsx?|txt)(?:VIP)?$)/iu, '').replace(/\.(?:docx?|pdf|wps|xlsx?|txt)(?:VIP)?$/iu, '').replace(/^附\s*件\s*\d*\s*[::]\s*(?=\S{6,})/u, '')
      .replace(/(?:\.\s*|\s+)(?:来源|信息来源|发布时间|发布日期|作者)\s*[::].*$/u, '');
    if (!l || CHROME.test(l) || labelAtStart(l) || DATE_LINE.test(l) || DOC_NUMBER.test(l) && l.length < 30 || STAMP_LINE.test(l) || PERIODICAL_ISSUE.test(l)
      || navigation(l) || SITE_ONLY.test(l)) continue;
    if (ERA_SENTENCE.test(l)) return null;
    // a mirror site's keywords stuffed over the page (某某,国产精品…,中文字幕…): three short phrases or more between
    // commas and no sentence's stop, no headline (a headline holds one comma at most)
    if (keywordRun(l)) continue;
    // a reprinted story names its headline (原标题:…): the label says what the line is
    const original = /^原\s*标\s*题\s*[::]\s*(\S.{4,78}\S)$/u.exec(l);
    if (original && !/。./u.test(original[1])) return original[1].trim();
    // a document site's heading over a collection (某某通知(共8篇)) names no one document
    if (/[((]共\s*\d{1,3}\s*篇[))]$/u.test(l)) continue;
    // a header label glued to its value, no colon (发文日期2023年08月18日, 时效性现行有效): a document base's field
    const glued = labelHits(l, true)[0];
    if (glued && glued.index === 0 && fieldOf(glued[1]) !== 'title') continue;
    // a table's header run together, a labelled line or a numbered item is no title
    // (a news headline that asks a question, 某某时间表:什么时候开始?(2), may hold a colon: no label asks)
    const asks = /^[\p{Script=Han}\d][^::]{5,40}[::][^::]{4,40}[??](?:\s*[((]\d{1,2}[))])?$/u.test(l);
    if (readMarker(l) || (/[::]/u.test(l) && !asks) || labelHits(l).length >= 2 || headerLabels(l) >= 3 || DATELINE.test(l)) return null;
    // a news story's lead ("…讯 据…消息,近日…") is a sentence, not a headline
    if (/^.{0,16}(?:讯|据)/u.test(l) && /[,,]/u.test(l)) return null;
    // …nor is one that opens with 近日, / 日前, or ends a clause-bearing sentence with 。
    if (/^(?:近日|日前|近期|今年以来|目前)[,,]/u.test(l) || (/[,,]/u.test(l) && /。$/u.test(l))) return null;
    // …nor one that reports a document's release, its title in quotes (某委近日发布“关于印发《…》的通知”。)
    if (/(?:发布|印发|出台|公布|下发)了?“[^“”]{4,}”。$/u.test(l)) return null;
    const t = l.replace(CUT_AT, '').replace(/^《(.+)》$/u, '$1').trim();
    // a table's header cell on its own line (主要参与单位): the table begins, no headline stands above it
    if (codePoints(t) <= 8 && /^(?:leaders|leadUnits|coUnits|deadline)$/u.test(fieldOfHeader(t) ?? '')) return null;
    const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
    if (han < 6) continue; // a site's navigation (校院概况, 首页) before the title
    // a line that ends in a conjunction or particle (“十三五”规划和) is a sentence broken off, no headline
    if (/[和与及或的是在对把将]$/u.test(t)) return null;
    if (ORG_END.test(t) && t.length <= 20) continue; // a letterhead organ alone names no document
    if (/^[((][^()()]*[))]$/u.test(t)) continue; // nor does a note in brackets ((此件公开发布))
    if (t.length <= 80 && !/[,,::;;、]$/u.test(t) && (asks || !/[。!?]/u.test(t.slice(0, -1))) && !/^(各|为|根据|按照)/u.test(t)) return t.replace(/[。.]$/u, '') + titleTail(lines, at, t);
    return null;
  }
  return null;
}

// (a page may drop the date's last 日: 寿县人民政府督查室      2022年8月19)
/** ORG_END's alternation without its anchor, for the signer patterns below. */
const ORG_WORDS = ORG_END.source.replace(/\$$/, '');
const SIGNER = `\\S{2,30}?(?:${ORG_WORDS}|督查室|研究室)`;
// (the publication note may follow on the same line: … 2020年2月20日 (此件公开发布))
// (a bulletin's masthead may run the signer into the date: 某县人民政府办公室2010年5月5日; the org must still end as an organ)
const SIGNED_LINE = new RegExp(`^(?<org>${SIGNER})\\s*(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?)(?:\\s*[((]此件[^()()]{0,12}[))])?$`, 'u');
/** "…请认真组织实施。 四川省人民政府办公厅 2020年3月30日": a page scraped flat runs the signature onto the letter's last sentence. */
const SIGNED_TAIL = new RegExp(`[。!]\\s+(?<org>\\p{Script=Han}{2,30}?(?:${ORG_WORDS}))\\s+(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*(?:[((]此件[^()()]{0,12}[))])?\\s*$`, 'u');
const INLINE_SIGNED = new RegExp(`(?<=\\s)(?<org>\\p{Script=Han}{2,30}?(?:${ORG_WORDS}))\\s+(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?=\\s|$)`, 'gu');
/** "临沂市住房和城乡建设局办公室 2021年8月16日印": the imprint, read only when nothing is signed. */
const IMPRINT_LINE = new RegExp(`^(?<org>\\S{2,30}?(?:${ORG_WORDS}|局|委))\\s*(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*印发?$`, 'u');

/**
 * A signed date whose 年月日 were lost in extraction (2022510 for 2022年5月10日): its ISO form when the
 * digits split into a month and day one way only (2022111 could be 1-11 or 11-1: null).
 */
export function unsquash(l: string, posted?: string | null): string | null {
  const m = /^((?:19|20)\d{2})(\d{2,4})$/u.exec(l.trim());
  if (!m) return null;
  const rest = m[2];
  const reads: string[] = [];
  for (let k = 1; k <= 2 && k < rest.length; k++) {
    const mo = rest.slice(0, k), d = rest.slice(k);
    if (mo.startsWith('0') || d.startsWith('0') || d.length > 2) continue;
    if (+mo >= 1 && +mo <= 12 && +d >= 1 && +d <= 31) reads.push(`${m[1]}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`);
  }
  if (reads.length === 1) return reads[0];
  // (…or one way only on or before the day the page posted it: nothing is signed after it is posted)
  const before = posted ? reads.filter((r) => r <= posted) : [];
  return before.length === 1 ? before[0] : null;
}

/** The day a page posted the text (its info bar's timestamp, 发布于:2019-01-14 04:42, or a 发布日期 label). */
function postedDate(lines: string[], published: string | undefined): string | null {
  for (const raw of lines.slice(0, 12)) {
    // (the time may be written in words: 2024-06-11 09时00分)
    const m = /(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}(?::\d{2}|时\d{1,2}分)/u.exec(raw);
    if (m) return isoDate(m[1]);
  }
  return isoDate(published);
}

const NUMBER_DATE_LINE = new RegExp(`^${DOC_NUMBER.source}\\s+((?:\\d{4}|[〇零○OＯ一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,2}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)$`, 'u');
/** A bureau under its place's full name (清远市统计局, 武汉市武昌区市场监督管理局): the place two characters at least
 * before its level, the name a unit's (src/recognize) and ending in a bureau's word. */
// (a county of one character, 泾县 / 沛县, is a place too)
// (…and a centre or an office under its place, 某县公共资源交易中心, 某县民生办)
const PLACED_BUREAU = /^(?:\p{Script=Han}{2,8}[省市县区州盟旗]|\p{Script=Han}县)\p{Script=Han}{2,26}(?:局|厅|委|署|中心|办)$/u;
/** A party committee signing with the government (中共某县委 / 某县人民政府): 中共, its place, 委. */
const PARTY_COMMITTEE = /^中共\p{Script=Han}{2,12}[省市县区州旗]委(?:员会)?$/u;
/** A seal's mark after the signer's name (某县人民政府(印)). */
const SEAL_MARK = /\s*[((](?:印|章|盖章|公章|签章)[))]$/u; // (its name: 2 to 26 Han, one run)
const placedBureau = (x: string) => x.length <= 24 && PLACED_BUREAU.test(x) && isUnit(x);

/** A seal's note under a signer ((国家知识产权局代章), (盖章)): no line of the signature's own. */
const SEAL_NOTE = /^[((][^()()]{0,24}(?:代章|盖章|印章|公章|代印)[))]$/u;
/** A signed date whose 年 the extraction lost (20223月23日): the year is its first four digits. */
const yearCut = (l: string) => (l.length <= 12 && l.endsWith('日') ? l.replace(/^((?:19|20)\d{2})(\d{1,2}\s*月\s*\d{1,2}\s*日)$/u, '$1年$2') : l);

/** A signed date whose 日 the page lost (2023年3月1), under an organ's name: the date it is. */
function dayCut(l: string, lines: string[], i: number): string {
  if (l.length > 12 || !/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}$/u.test(l)) return l;
  const prev = lines.slice(Math.max(0, i - 3), i).reverse().find((x) => x.trim()) ?? '';
  return ORG_END.test(clean(prev).replace(/\s+/g, '')) ? `${l}日` : l;
}

function signature(lines: string[], posted: string | null = null): { issuer: string | null; date: string | null } {
  let stamp: { issuer: string | null; date: string | null } | undefined;
  for (let i = 0; i < lines.length; i++) {
    // a date alone in brackets under the title ((2015年9月15日)) dates the document as a signature does
    const t = dayCut(yearCut(lines[i].trim()), lines, i);
    const l = t.charCodeAt(0) !== 0x28 ? t : t.replace(/^[((]\s*((?:\d{4}|[〇零○OＯ一二三四五六七八九]{4})\s*年[^()()]{3,10}日)\s*[))]$/u, '$1');
    // "海州区人民政府      2022年1月28日": signature and date on one line
    const squashed = unsquash(l, posted);
    if (squashed) {
      // digits alone count as a date only where a signed date stands: under a signer or over 此件公开
      const prev = lines.slice(Math.max(0, i - 3), i).reverse().find((x) => x.trim()) ?? '';
      const next = lines.slice(i + 1, i + 4).find((x) => x.trim()) ?? '';
      const signer = clean(prev).replace(/\s+/g, '');
      const signed = ORG_END.test(signer);
      if (signed || /^[((]\s*此件/u.test(next.trim())) {
        return { issuer: signed ? signer : null, date: squashed };
      }
    }
    const one = (l.includes('年') && l.includes('月') ? SIGNED_LINE.exec(l) : null) ?? ((l.includes('。') || l.includes('!')) && l.includes('日') ? SIGNED_TAIL.exec(l) : null); // (exact pre-checks: the date's 年 and 月; the tail's stop, its date's 日)
    if (one?.groups) return { issuer: one.groups.org, date: isoDate(one.groups.date) };
    // (a page that renders its text as one table cell closes the date's line with a lone |: signed only under an organ)
    const piped = /^[^|]+\|\s*$/u.test(l) && DATE_LINE.test(l.replace(/\s*\|\s*$/u, ''));
    if (!piped && !DATE_LINE.test(l)) continue;
    // (a seal's note between the signer and the date, (某局代章), is skipped: the signer stands above it)
    const near = (step: number) => {
      for (let k = i + step; k >= 0 && k < lines.length && Math.abs(k - i) <= 3; k += step) if (lines[k].trim() && !(step < 0 && SEAL_NOTE.test(lines[k].trim()))) return clean(lines[k]);
      return '';
    };
    // an info bar's line (来源: 某市人民政府办公厅) names the poster, not a signer
    // (or a bureau named with its place, 清远市统计局 / 某某县自然资源局: a department signs its own notice)
    // (a long name, 某区…“双随机、一公开”监管联席会议办公室, signs too; a line with a sentence's comma, stop or colon in
    // it, …报送工作进展情况,由市政府办公室, is no signer, however short)
    const isOrg = (x: string) => x.length <= 44 && !/[,,。;;::!?]/u.test(x) && !INFO_LABEL.test(x) && (ORG_END.test(x.replace(/\s+/g, '')) || placedBureau(x.replace(/\s+/g, '')) || PARTY_COMMITTEE.test(x.replace(/\s+/g, '')));
    let before = near(-1).replace(SEAL_MARK, '');
    // a signer broken before its session (某市第十八届人民代表大会 / 第二次会议主席团): the line above opens it
    if (/^第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议\S{0,10}$/u.test(before)) {
      for (let k = i - 1, seen = 0; k > 0 && i - k <= 4; k--) {
        if (!lines[k].trim() || seen++ === 0) continue;
        const up = clean(lines[k]);
        if (/(?:人民代表大会|代表大会|委员会)$/u.test(up) && up.length <= 30) before = up + before;
        break;
      }
    }
    const after = near(1);
    // a page's timestamp (2022-10-19 14:39) is when it was posted: a signed date further down wins,
    // the timestamp stands only when nothing is signed
    if (/\d:\d{2}/u.test(l)) {
      stamp ??= { issuer: [before, after].find(isOrg)?.replace(/\s+/g, '') ?? null, date: isoDate(l) };
      continue;
    }
    // joint signatures stacked over the date (中共某县委办公室 / 某县人民政府办公室): the first signs first
    for (let k = i - 1, seen = 0; isOrg(before) && k > 0 && i - k <= 6; k--) {
      if (!lines[k].trim() || SEAL_NOTE.test(lines[k].trim())) continue;
      if (seen++ === 0) continue; // the line of `before` itself
      const up = clean(lines[k]).replace(SEAL_MARK, '');
      if (!isOrg(up)) break;
      before = up;
    }
    // (at the very end of the text, an organ whose name ends in no office word, 某区河湖管理中心, signs too)
    const org = [before, after].find(isOrg) ?? (!piped && before.length <= 30 && lines.every((x, k) => k <= i || !x.trim()) && !/[::|]/u.test(before) && !SITE_NAME.test(before)
      && /^\p{Script=Han}{2,}$/u.test(before.replace(/\s+/g, '')) && isUnit(before.replace(/\s+/g, '')) ? before : undefined);
    if (piped && !org) continue;
    // below a page's timestamp, only a signed date (an organ beside it) outranks it: a bare date
    // further down may be a table's cell
    if (stamp && !org) continue;
    return { issuer: org ? org.replace(/\s+/g, '').replace(/文件$/u, '') : null, date: isoDate(l) };
  }
  // a page glued onto long lines runs the signature into the text around it (…圆满完成. 附件:某某分解表 某市人民政府办公室
  // 2018年2月24日 某某分解表 序号…): an organ's name and a date between spaces, not after a label's colon
  // (only where a letter closes: right after a sentence's stop, or after the attachment list; a table's row run
  // together, …县政府办公室 2023年3月1日, is a unit and its deadline)
  for (const raw of lines) {
    if (raw.length < 80 || !raw.includes('日')) continue;
    for (const m of raw.matchAll(INLINE_SIGNED)) {
      const before = raw.slice(0, m.index);
      const closes = /[。.!]\s+$/u.test(before) || before.slice(-80).includes('附件');
      if (closes && !/[::]\s*$/u.test(before) && !INFO_LABEL.test(m.groups!.org)) return { issuer: m.groups!.org, date: isoDate(m.groups!.date) };
    }
  }
  for (const raw of lines) {
    const m = raw.includes('印') ? IMPRINT_LINE.exec(raw.trim()) : null; // (exact pre-check)
    if (m?.groups) return { issuer: m.groups.org, date: isoDate(m.groups.date) };
  }
  // a header line that gives the 文号 and then the date (川府发〔2011〕8号 二○一一年三月十七日) dates the document
  for (const raw of lines.slice(0, 60)) {
    const m = NUMBER_DATE_LINE.exec(raw.trim());
    const date = m ? isoDate(m[1]) : null;
    if (date) return { issuer: null, date };
  }
  return stamp ?? { issuer: null, date: null };
}

/** A 文号 whose brackets and 号 a page dropped (杨府办20213 for 杨府办〔2021〕3号), as it drops a signed date's 年月日:
 * an organ's short form ending in a 文号 word, the year, the serial, alone on its line. */
const SQUASHED_DOC_NUMBER = /^\p{Script=Han}{1,6}(?:发|办|政|字|函)(?:19|20)\d{2}\d{1,3}$/u;

function standaloneDocNumber(lines: string[]): string | null {
  for (const [i, raw] of lines.slice(0, 200).entries()) {
    const l = raw.trim();
    if (i < 40 && SQUASHED_DOC_NUMBER.test(l)) return l;
    const m = l.includes('号') ? DOC_NUMBER.exec(l) : null; // (the regex tries every position of every line)
    if (!m) continue;
    // "皖政〔2022〕9号文件", "…号精神": a document the text refers to
    if (/^\s*(?:文件|精神|要求|规定)/u.test(l.slice(m.index + m[0].length))) continue;
    // at the start of its line, or alone on its line near the top, in brackets ((苏政发〔2008〕25号)) or after a label
    // (or right after the letterhead that opens the line: 常熟市人民政府办公室文件 常政办发〔2018〕32号 …)
    if (m.index === 0 || (i < 40 && /^\S{2,40}?文件\s*$/u.test(l.slice(0, m.index))) || (i < 40 && l.replace(m[0], '').replace(/[\s()()【】\[\]::]/gu, '').length <= 6)) return m[0].replace(/\s+/g, '');
    // in brackets after the title on the title's own line (…的实施意见(池政〔2017〕101号))
    const tail = TRAILING_DOC_NUMBER.exec(l);
    if (i < 40 && tail && (NOTICE_END.test(l.slice(0, tail.index)) || PART_END.test(l.slice(0, tail.index)))) return m[0].replace(/\s+/g, '');
    // …or right after the title's end when a page runs them together (…的通知 国办发〔2022〕9号 各省…)
    if (i < 40 && /关于/u.test(l.slice(0, m.index)) && /(?:通知|意见|决定|方案|通报)\s*[((]?\s*$/u.test(l.slice(0, m.index))) return m[0].replace(/\s+/g, '');
  }
  return null;
}

/** "许昌市人民政府文件 许政〔2020〕21号": the organ whose letterhead the text carries, alone on its line or (a page
 * header run into the text) followed by its 文号, whose first character opens the organ's place name (许政 -> 许昌市…). */
export const LETTERHEAD_ORGAN_LAST = '室厅府会';
export const LETTERHEAD = new RegExp(`(\\p{Script=Han}{2,40}?(?:人民政府办公室|人民政府办公厅|人民政府|办公厅|委员会))文件\\s*(?:(${DOC_NUMBER.source})|$)`, 'u');
const SPACED_RUN = /^(?:\p{Script=Han}\s+){3,}\p{Script=Han}$/u;
function letterhead(lines: string[]): string | null {
  for (const [i, l] of lines.slice(0, 400).entries()) {
    // (exact pre-check: 文件 after the last character of one of the organ words)
    // (a letterhead spaced out a character at a time, 某 县 人 民 政 府 文 件, reads run together)
    const t = SPACED_RUN.test(l.trim()) ? l.replace(/\s+/g, '') : l;
    const m = precededBy(t, '文件', LETTERHEAD_ORGAN_LAST) ? LETTERHEAD.exec(t.trim()) : null;
    if (!m) continue;
    // a letterhead alone on its line heads the text
    if (m.index === 0 && m[1].length <= 16 && i < 15) return m[1];
    const lead = m[2]?.[0];
    const at = lead ? m[1].lastIndexOf(lead) : -1;
    if (at >= 0 && m[1].length - at <= 16 && m[1].length - at > 4) return m[1].slice(at);
  }
  return null;
}

/** "2020-01-22 16:06  市民生办 [字号: ]": an info bar with no labels names its source after the time stamp. */
function stampedSource(lines: string[]): string | null {
  for (const l of lines.slice(0, 10)) {
    const m = /^\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(\p{Script=Han}{2,20})(?:\s|$)/u.exec(l);
    if (m && (ORG_END.test(m[1]) || ORGAN_WORD.test(m[1])) && isUnit(m[1])) return m[1];
  }
  return null;
}

/** "…相对较慢的为开发区和市本级。 六安市民生办": a signature run onto the text's last line. */
function trailingSigner(lines: string[]): string | null {
  const last = [...lines].reverse().find((l) => l.trim())?.trim() ?? '';
  const m = /[。!;]\s+(\p{Script=Han}{2,16})$/u.exec(last);
  return m && (ORG_END.test(m[1]) || ORGAN_WORD.test(m[1])) && isUnit(m[1]) ? m[1] : null;
}

/** "日前,区政府督查室对…进行跟踪督查。现将…通报如下": the office that reports (a 通报 opens with what it did). */
const REPORTER = /^(?:[^,,。]{0,40}[,,])?(?:日前|近日|近期)?[,,]?(\p{Script=Han}{2,16}?(?:督查室|督查局|督查处|督查组|办公室|民生办|实事办|政府办))(?:近期|近日|日前)?(?:对|组织|开展|就)/u;
function reporter(lines: string[]): string | null {
  if (!lines.slice(0, 10).some((l) => /通报如下|予以通报|通报[。:]|情况通报/u.test(l))) return null;
  for (const l of lines.filter((x) => x.trim()).slice(0, 3)) {
    const m = REPORTER.exec(l.trim());
    if (m && !/^(?:各|由|请|经)/u.test(m[1])) return m[1];
  }
  return null;
}

/** A news lede that says who issued the notice (刚刚,天津市人民政府印发通知,…): that government, when nothing else names the issuer. */
const LEDE_ISSUER = /^(?:刚刚|日前|近日|近期|今天|昨天|昨日)[,,]\s*(\p{Script=Han}{2,12}?(?:人民政府办公厅|人民政府办公室|人民政府))(?:正式|日前|近日)?印发(?:了)?(?:通知|《)/u;
function ledeIssuer(lines: string[]): string | null {
  for (const l of lines.filter((x) => x.trim()).slice(0, 8)) {
    const m = LEDE_ISSUER.exec(l.trim());
    if (m) return m[1];
  }
  return null;
}

/** "某市…工作领导小组于2022年7月7日印发《…》": the organ (and the day) an opening sentence says issued the document
 * the page holds; it outranks the page's 来源, which names the office that posted it. */
const ISSUED_BY = new RegExp(`^(\\p{Script=Han}{4,40}?(?:${ORG_WORDS}|领导小组|局|厅))于\\s*(?<date>(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*(?:正式)?(?:印发|下发|出台|发布)(?:了)?《`, 'u');
function issuedBy(lines: string[]): { issuer: string; date: string | null } | null {
  for (const l of lines.filter((x) => x.trim()).slice(0, 4)) {
    const m = l.includes('《') ? ISSUED_BY.exec(l.trim()) : null;
    if (m && looksLikeOrgan(m[1]) && /^\p{Script=Han}{2,}[省市县区州旗盟]|^(?:国务院|中共)/u.test(m[1])) return { issuer: m[1], date: isoDate(m.groups?.date) };
  }
  return null;
}

/** "…的意见-湖南省人民政府门户网站": the government whose site the page is on, when nothing else names the issuer. */
function siteOrgan(lines: string[]): string | null {
  for (const l of lines.slice(0, 3)) {
    const m = /[-—_|]\s*(\p{Script=Han}{2,16}?人民政府)(?:门户)?网站?\s*$/u.exec(l.trim());
    if (m) return m[1];
  }
  return null;
}

/** The first year the opening lines name (2024年3月28日，…印发了《…》): the year a page without a title speaks of.
 * A range (2019-2020年) is for its first year; a page's time stamp (13.03.2015 07:51, 2015-03-13) names one too. */
function firstYear(lines: string[]): number | null {
  for (const l of lines.slice(0, 12)) {
    const m = /(?<!从|自|至|到|截至)((?:19|20)\d{2})(?:\s*[-—–~至到]\s*\d{4})?\s*年(?!以来|开始|起)|^\s*(?:\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})|((?:19|20)\d{2})[-/.]\d{1,2}[-/.]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u.exec(l);
    if (!m) continue;
    // a news lede's 刚刚过去的2020年 is the year before the one it speaks of (今年…)
    if (m[1] && /(?<!即将)(?:刚刚|刚)?过去的\s*$/u.test(l.slice(0, m.index))) return Number(m[1]) + 1;
    return Number(m[1] ?? m[2] ?? m[3]);
  }
  return null;
}

/** 从2016年起 (a measure's start) in the opening lines: the year of a page that names no other. */
/** "票决产生了某市人民政府2023年民生实事项目": the year the text names its projects or tasks for. */
function projectYear(lines: string[]): number | null {
  for (const l of lines.slice(0, 6)) {
    const m = /(?<!从|自|至|到|截至)((?:19|20)\d{2})\s*年度?\s*(?:民生实事|[十\d]+件(?:民生)?实事|为民办实事|重点工作|重点任务|重点项目)/u.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}
/**
 * "今年是党的二十大召开之年" / "今年是“十四五”开局之年" / "今年是建党100周年": the current year named by its place in an era
 * (party congresses every five years from the 13th in 1987; five-year plans from the 3rd, 1966-1970).
 */
const ERA = /今年是[^。;;]{0,40}?(?:党的([一二三四五六七八九十]{2,3})大(?:胜利)?召开之年|“?十([一二三四五六七八九])五”?(?:规划)?(?:的)?(开局|起步|收官|决胜|最后一)年?|(?:建党|中国共产党成立)(\d{2,3})周年|新中国成立(\d{2,3})周年|改革开放(\d{2})周年)/u;
export function eraYear(line: string): number | null {
  const m = ERA.exec(line);
  if (!m) return null;
  if (m[1]) { const n = chineseNumber(m[1]); return n >= 13 ? 1922 + 5 * n : null; }
  if (m[2]) { const start = 1966 + 5 * (10 + chineseNumber(m[2]) - 3); return /开局|起步/u.test(m[3]) ? start : start + 4; }
  const since = m[4] ? 1921 : m[5] ? 1949 : 1978;
  return since + Number(m[4] ?? m[5] ?? m[6]);
}
/** A line that says which year this is (今年是…之年) is running text, the opening of a year's work: no headline. */
const ERA_SENTENCE = /^今年是\S{2,40}(?:之年|周年)/u;

/** A title that reviews one year and plans the next (2016年…工作总结和2017年…工作要点, 2022年完成情况和2023年工作计划):
 * the tasks are for the year it plans. */
const REVIEW_THEN_PLAN = /(?:19|20)\d{2}\s*年[^《》]{0,30}?(?:总结|完成情况|工作情况|回顾)[^《》]{0,20}?(?:和|及|与|暨|、)[^《》]{0,12}?((?:19|20)\d{2})\s*年[^《》]{0,30}?(?:要点|计划|安排|打算|思路|任务)/u;
function plannedAfterReview(title: string | null): number | null {
  const m = title && title.includes('年') ? REVIEW_THEN_PLAN.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** "2020年,我市将…" / "2020年…主要预期目标是": the year the opening lines plan for (a report reviews the year before first). */
function plannedYear(lines: string[]): number | null {
  for (const l of lines.slice(0, 15)) {
    const m = /(?<!从|自|至|到|截至)((?:19|20)\d{2})\s*年\s*[,,]?\s*(?:(?:我|全)[省市县区州旗])?(?:将|计划|拟|要)|(?<!从|自|至|到|截至)((?:19|20)\d{2})\s*年\s*[,,]?\s*[^,,。;;\d]{0,16}?主要预期目标/u.exec(l);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}
function startYear(lines: string[]): number | null {
  for (const l of lines.slice(0, 12)) {
    // (the start may be a day: 从2020年1月1日起)
    const m = /(?:从|從|自)\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*起/u.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}

// 全国人大 (and 政协) terms run five years from 1998 (the 9th); most provinces' congresses keep the same cycle.
const SESSION = /(?:(全国|省)\s*)?第?([一二三四五六七八九十]{1,3})届(?:全国)?(?:人大|人民代表大会|政协|人民政治协商会议)(?:常委会)?第?([一二三四五六七])次(?:全体)?会议/u;

/** 十一届全国人大五次会议 -> 2012: the year of a national or provincial session the opening lines name. */
function sessionYear(lines: string[]): number | null {
  for (const l of lines.slice(0, 12)) {
    const m = SESSION.exec(l);
    if (!m) continue;
    const national = /全国/u.test(m[0]);
    if (!national && m[1] !== '省') continue; // a city's or county's terms keep their own cycles
    const term = chineseNumber(m[2]), session = chineseNumber(m[3]);
    if (!(term >= 9) || !(session >= 1 && session <= 5)) continue;
    return 1998 + (term - 9) * 5 + session - 1;
  }
  return null;
}

const ORGAN_WORD = /(?:部|委|局|厅|办|院|署|会|室|处|司|中心|政府|集团|公司)$/u;

/** "农业农村部 最高人民法院 …关于印发…": the first of the organs that open a joint title. */
function firstOfOrgans(title: string): string | null {
  const at = title.indexOf('关于');
  if (at <= 0) return null;
  const parts = title.slice(0, at).trim().split(/\s+/).filter(Boolean);
  // a place alone (泰州关于印发…) names no organ
  if (parts.length === 1 && !ORG_END.test(parts[0]) && !ORGAN_WORD.test(parts[0])) return null;
  return parts.length && parts.every((p) => ORG_END.test(p) || isUnit(p)) ? parts[0] : null;
}

/** A bracketed annotation closing a name: (研究室、机关事务局). */
const BRACKET_TAIL = /\s*[((][^()()]{1,24}[))]$/u;
/** A ( or ( left open at the end of a value gets its closing bracket. */
export function closeBracket(s: string): string {
  const m = /[((]([^()()]{1,24})$/u.exec(s);
  return m ? `${s}${s[m.index] === '(' ? ')' : ')'}` : s;
}

// (a website's name, 某某-某某官网 办公室 on a mirror that rewrote the page, is no organ, whatever it ends in)
const SITE_NAME = /官网|网站|门户|[\p{Script=Han}\w]-[\p{Script=Han}\w]/u;
const looksLikeOrgan = (s: string) => !SITE_NAME.test(s) && (ORG_END.test(s.replace(/\s+/g, '')) || isUnit(s));

/** Joint issuers written together (中共X县委办公室X县人民政府办公室): the first. */
function firstOrgan(s: string | null): string | null {
  if (!s) return null;
  const t = s.replace(/\s+/g, '');
  const place = /^(?:中共)?(\p{Script=Han}{2,3}?)(?:省|市|县|区)/u.exec(t)?.[1];
  for (let k = 5; k < t.length - 4; k++) {
    const rest = t.slice(k);
    if ((rest.startsWith('中共') || (place && rest.startsWith(place))) && ORG_END.test(t.slice(0, k))) return t.slice(0, k);
  }
  return s;
}

const GLUED_MIN = 120;
const CN_DATE = '[〇零○OＯ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日';
const FIGURE_DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日';
const ORG_TAIL = '(?:人民政府|办公室|办公厅|委员会|政府|局)';
/** Where a notice glued onto one line (a document-sharing site's text, no breaks, no spaces) had its line breaks. */
const GLUED_BREAK = new RegExp([
  '(?<=[。;;!?])', // after a sentence
  // after a breadcrumb's last column (首页 > 部门动态关于做好…的通知)
  '(?<=[>»›]\\s*\\p{Script=Han}{0,8}(?:公开|公告|动态|要闻|专栏|目录|栏目|文件|正文|信息|通知))(?=\\p{Script=Han})',
  '(?=(?:附\\s*件|主题词|抄送|抄报|主送)[::])', // before the closing labels
  `(?=${CN_DATE})`, `(?<=${CN_DATE})`, // around a date written out (the signature's)
  // after the title, where the addressees begin (…的通知各街道办事处、…:) or its 文号 (…的通知某政办发〔2020〕5号)
  '(?<=的\\p{Script=Han}{0,4}?(?:通知|意见|决定|方案|通报|批复|办法|规定|细则))(?=各|[^。;;,,]{2,40}[::]|\\p{Script=Han}{1,8}[〔\\[【(]\\d{4}[〕\\]】)]\\d{1,4}号)',
  // after a 文号 the addressees follow (…〔2020〕5号各乡镇人民政府,…:)
  '(?<=[〕\\]】)]\\d{1,4}号)(?=各)',
  // a signature: an organ's name, then the date in figures (…县人民政府办公室2020年3月5日)
  `(?<=${ORG_TAIL})(?=${FIGURE_DATE})`, `(?<=${ORG_TAIL}${FIGURE_DATE})`,
].join('|'), 'gu');

/**
 * A page that is one glued line from its first character (文档介绍:龙府发〔2009〕23号成都市…的通知各街道…):
 * its 文号, title, addressees, signature date and closing labels are cut back onto lines of their own, for
 * the readers below, which read lines. Any other text is returned as it is.
 */
/** "督查通报〔2024〕第9期:关于…的通报(截至11月底)": a bulletin's issue number (its 文号) opening the line of its title. */
const ISSUE_HEADER = new RegExp(`^(\\p{Script=Han}{2,10}\\s*[〔\\[\\uFF3B]\\s*\\d{4}\\s*[〕\\]\\uFF3D]\\s*第\\s*\\d{1,4}\\s*期)\\s*[:\\uFF1A\\s]\\s*(\\S{4,100}?(?:${NOTICE_END.source.replace(/\$$/, '')})(?:\\s*[((][^()()]{1,20}[))])?)$`, 'u');
function issueHeader(lines: string[]): { docNumber: string; title: string } | null {
  for (const raw of lines.filter((l) => l.trim()).slice(0, 5)) {
    const m = raw.includes('期') && raw.includes('第') ? ISSUE_HEADER.exec(raw.trim()) : null; // (exact pre-check: 第N期)
    if (m) return { docNumber: m[1].replace(/\s+/g, ''), title: m[2] };
  }
  return null;
}

function unglue(lines: string[]): string[] {
  const at = lines.findIndex((l) => l.trim());
  const first = at >= 0 ? lines[at].trim() : '';
  if (first.length < GLUED_MIN || (first.match(/\s+/gu)?.length ?? 0) * 50 > first.length) return lines;
  const m = DOC_NUMBER.exec(first);
  // a 文号 near the start ends its line
  const head = m && m.index < 12 ? m.index + m[0].length : 0;
  const pieces = [first.slice(0, head), ...first.slice(head).split(GLUED_BREAK)].filter((x) => x && x.trim());
  return [...lines.slice(0, at), ...pieces, ...lines.slice(at + 1)];
}

/** A report's headline that says what an organ decided (国务院明确…, 某市部署…), not that it issued a document. */
const REPORTED_ACT = /^[^《》“”〈〉]{0,20}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公厅|国务院|委员会|局|厅)(?:明确|部署)/u;

export interface DocumentOptions {
  /** The page reports on a notice (src/recognize/report-page.ts): its headline names whom the story is about. */
  reportPage?: boolean;
}

export function extractDocument(rawLines: string[], meta: Record<string, string>, hasTasks: boolean, options: DocumentOptions = {}): DocumentInfo {
  const lines = unglue(rawLines);
  const labeled = { ...readLabels(lines) } as Labeled;
  for (const [k, v] of Object.entries(meta)) if (v && !(k in labeled)) (labeled as Record<string, string>)[k] = v;
  const sig = signature(lines, postedDate(lines, labeled.published));
  let { title, fromPart } = labeled.title ? { title: labeled.title, fromPart: false } : findTitle(lines);
  // A covering letter that hands out several documents (《A》和《B》, or 《A》《B》《C》 side by side)
  // has no single part title.
  const issue = issueHeader(lines);
  if (!title && issue) title = issue.title;
  if (fromPart && lines.some((l) => /》\s*[和及、与]?\s*《/u.test(l) && /印发|现将|已经/u.test(l))) title = null;
  const spacedTitle = title;
  title = title ? title.replace(/\s+/g, '') : null;
  const labeledNo = labeled.docNumber ? DOC_NUMBER.exec(labeled.docNumber)?.[0] : undefined;
  const docNumber = labeledNo?.replace(/\s+/g, '') ?? standaloneDocNumber(lines) ?? issue?.docNumber ?? null;
  // (an info bar run together, 芜湖市教育局阅读次数:…, ends the name at the next label)
  // (two sources, 宁波市政府办公厅、宁波政务: the first)
  const sourceName = labeled.source ? labeled.source.trim().split(/[\s、,,]/u)[0].replace(/(?:阅读次数|浏览次数|访问次数|点击数|点击量|编辑|作者|字体|发布时间|发布日期)\s*[::].*$/u, '') : '';
  // a 来源 names the issuer when it is a government office, not a newspaper or media centre
  // (a bare 办公室 names no organ)
  // (an annotation in brackets after the name, 区政府办(外事办), is the same organ's second name)
  const sourceBody = sourceName.replace(/[((][^()()]{1,12}[))]$/u, '');
  const source = sourceName && sourceName !== '办公室' && (ORG_END.test(sourceBody) || /(?:办|局|厅|委|政府)$/u.test(sourceBody)) ? sourceName : null;
  let titleOrgRaw = title ? /^((?!关于)[^《》“”〈〉]{0,20}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公厅|国务院|委员会|局|厅))(?:关于|印发|转发|明确|部署|出台|\d{4}\s*年)/u.exec(title)?.[1]
    ?? (spacedTitle ? firstOfOrgans(spacedTitle) : null) : null;
  // (organs written side by side before 关于, 某县人民政府办公室 某县财政局关于…: the first, as firstOfOrgans reads them)
  const joint = titleOrgRaw && spacedTitle && /\s/u.test(spacedTitle) ? firstOfOrgans(spacedTitle) : null;
  if (joint && titleOrgRaw !== joint && titleOrgRaw!.startsWith(joint)) titleOrgRaw = joint;
  // a title that opens with an organ's bare name (农业农村局2023年…) names the organ the 来源 names in full (怀远县农业农村局)
  // (…and one that opens with a bare level, 市政府办公室, names the organ the letterhead names in full: 常熟市人民政府办公室)
  const head = titleOrgRaw && /^[省市县区州旗](?:人民)?政府/u.test(titleOrgRaw) ? letterhead(lines) : null;
  // (…and so does one that opens with the organ's short form, 相山区城管局, when the 来源 is the same organ in full)
  const titleOrg = titleOrgRaw && source && source.length > titleOrgRaw.length && (source.endsWith(titleOrgRaw) || sameOrgan(titleOrgRaw, sourceBody)) ? source
    : head && head.length > titleOrgRaw!.length && head.endsWith(titleOrgRaw!.replace(/^[省市县区州旗](?:人民)?政府/u, '')) ? head : titleOrgRaw;
  // (a value whose closing bracket the page lost, 市政府办公室(研究室、机关事务局 成文日期:…, has it back)
  const labeledIssuer = labeled.issuer ? closeBracket(clean(labeled.issuer)) : '';
  // a labelled issuer that is only a place (【发布单位】山西省) yields to the title's organ of that place
  // (exact pre-check: the last character, 省 市 县 区 州)
  const placeOnly = (x: string) => endsIn(x, '省市县区州') && x.length >= 3 && /^\p{Script=Han}{2,8}?(?:省|市|县|区|自治区|自治州)$/u.test(x);
  const labeledOrgan = labeledIssuer.replace(/^【[^】]*】/u, '');
  const placeOrgan = placeOnly(labeledOrgan) && titleOrg?.startsWith(labeledOrgan) ? titleOrg : null;
  // (an organ's second names in brackets after it, 市政府办公室(研究室、机关事务局), are no part of what makes it an organ)
  const issued = issuedBy(lines);
  // (a report's headline, 国务院明确…分工, names the organ the story is about, not one that signs the page)
  const picked = sig.issuer ?? placeOrgan ?? (labeledIssuer.length >= 2 && (looksLikeOrgan(labeledOrgan) || looksLikeOrgan(labeledOrgan.replace(BRACKET_TAIL, ''))) ? labeledIssuer : null) ?? (options.reportPage && REPORTED_ACT.test(title ?? '') ? null : titleOrg) ?? issued?.issuer ?? source ?? stampedSource(lines) ?? trailingSigner(lines);
  const issuer = firstOrgan(picked ? picked.replace(/^【[^】]*】|^[—\-]+/u, '') : null) ?? letterhead(lines) ?? siteOrgan(lines) ?? reporter(lines) ?? ledeIssuer(lines);
  const date = isoDate(labeled.date) ?? sig.date ?? isoDate(labeled.generated) ?? issued?.date ?? null;
  const yearOf = (raw: string | null | undefined) => {
    // a year in Chinese numerals (二〇二三年) reads as its digits
    const s = raw?.replace(/([〇零○OＯ一二三四五六七八九]{4})(?=\s*年)/gu, (y: string) => [...y].map((c) => CN_DIGIT[c]).join(''))
      // a vision's horizon (十四五规划和2035年远景目标) is not the year the tasks are for
      .replace(/\d{4}\s*年\s*远景/gu, '');
    // a range (2019-2020年) is for its first year
    // …and a year run into the title's next word (2022市食品安全…, 2022上半年…) is its year too
    // (a plan's far horizon, 十四五规划和2035年远景目标 / 到2035年, is not the year its tasks are for)
    for (const m of s ? s.matchAll(/(\d{4})(?:\s*[-—–~至到]\s*\d{4})?\s*年(?!远景)|[〔\[[((﹝〖](\d{4})[〕\]))﹞〗]|(?<!\d)((?:19|20)\d{2})(?=[上下]半年|[^\P{Script=Han}万亿千百元个人户家所项余多远年])/gu) : []) {
      if (/(?:到|至)\s*$/u.test(s!.slice(0, m.index))) continue;
      return Number(m[1] ?? m[2] ?? m[3]);
    }
    return null;
  };
  const year = plannedAfterReview(title) ?? yearOf(title) ?? yearOf(docNumber)
    // (a file with no title: the year its projects are named for outranks a signature in the December before)
    ?? (title ? null : projectYear(lines)) ?? (date ? Number(date.slice(0, 4)) : null)
    ?? (labeled.published ? Number(/(\d{4})/.exec(labeled.published)?.[1]) || null : null)
    ?? plannedYear(lines) ?? firstYear(lines) ?? sessionYear(lines) ?? startYear(lines) ?? lines.slice(0, 12).map(eraYear).find((y) => y)
    // (a page that states no year at all: the year its info bar posted it, 2016-11-29 11:54)
    ?? (Number(postedDate(lines, labeled.published)?.slice(0, 4)) || null);
  return { kind: hasTasks ? 'task-list' : 'other', title, docNumber, issuer, date, year };
}
