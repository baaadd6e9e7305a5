// Real notices under meaning-preserving variations that published pages show and that are not about tables
// (bench/table-renderings.mjs does tables): punctuation widths, spaced names, a space after a key or none,
// hard-wrapped lines, blank lines, CRLF, key synonyms, numbering styles, traditional script, page furniture.
// Each perturbation maps a notice's text and its own expected file to a new text and the expected file that
// follows from it, so every variation is judged on real notices, not made-up ones.
//
//   node bench/perturbations.mjs [--out DIR] [--only NAME,NAME] [--dist DIR] [--verbose]
// writes DIR/<name>/<notice>.txt and DIR/<name>/expected/<notice>.json, parses each with dist/, and scores
// every perturbation with ../shared/tools/score.mjs (outputs are written beside the inputs, as the table
// bench does). `original` is the notices unperturbed: the figure to compare the others with.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every expected file of dev and the four holdout sets that has tasks, with its text. */
export function notices() {
  const dirs = [
    [join(root, 'fixtures', 'expected'), (j) => j.input.startsWith('../real/')],
    ...['holdout', 'holdout2', 'holdout3', 'holdout4'].map((s) => [join(root, 'fixtures', s, 'expected'), () => true]),
  ];
  const out = [];
  for (const [dir, keep] of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (!keep(expected) || !expected.tasks?.length) continue;
      const file = join(dir, expected.input);
      if (!file.endsWith('.txt') || !existsSync(file)) continue; // text notices only: the variations are textual
      out.push({ name: `${basename(dirname(dir))}-${f.replace(/\.json$/, '')}`, expected, text: readFileSync(file, 'utf8').replace(/\r\n?/g, '\n') });
    }
  }
  return out;
}

export function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}
const pick = (list, key) => list[hash(key) % list.length];
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const same = (n) => n.expected;
const mapTasks = (n, f) => ({ ...n.expected, tasks: n.expected.tasks.map(f) });

// Keys of assignment blocks and label lines (SCHEMA.md), for the key-spacing perturbations.
const KEYS = '(?:牵头|配合|责任|主办|协办|参与|协同|共同责任)(?:单位|部门)|(?:牵头|责任|分管|包抓|联系)(?:市|县|区)?领导|完成时限|完成时间|时间节点|时间安排|责任人';

// Synonym groups SCHEMA.md lists: the first of a group is swapped for another of the same group.
const SYNONYMS = [
  ['牵头单位', ['牵头部门', '主办单位']],
  ['配合单位', ['协办单位', '参与单位']],
  ['责任单位', ['责任部门']],
  ['完成时限', ['完成时间', '时间节点']],
];

const WIDTH = [34, 38, 40]; // CJK characters a line of an A4 PDF page holds (3 cm margins, 16 pt 仿宋)

/** Lines longer than the page width broken at it (not table rows: a row is not reflowed by a page). */
function wrap(text, width) {
  return text.split('\n').flatMap((line) => {
    if (line.length <= width || /[|\t\u2500-\u257f]|\S {2,}\S/.test(line)) return [line];
    // a character with its pinyin annotation (發(fā), a ruby page's copy) is one character on the page
    const chars = line.match(/[\s\S](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))?/gu);
    if (chars.length <= width) return [line];
    const parts = [];
    for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
    return parts;
  }).join('\n');
}

// A notice laid out as a table (one cell a line, rows of cells, box drawing): a page width does not reflow its
// cells the way it reflows prose (a cell wraps inside its column), so the wrapping perturbations leave it out.
const tabular = (n) => /table|cell|pipe|rows|box|column/.test(`${n.name} ${n.expected.class ?? ''}`);
// A notice scraped flat (paragraphs run together on long lines, as HTML or document-sharing pages give them):
// never set on a page of fixed width, so not wrapped either.
const flatText = (n) => /runon|run-on|flat|oneline|together|sharing/.test(`${n.name} ${n.expected.class ?? ''}`)
  || n.text.split('\n').some((l) => l.length > 200 && (l.match(/[\s。;]\d{1,2}[、.]\S/gu) ?? []).length >= 2);

/** Page furniture: a page number (or a running header) line every `every` lines, wherever it falls. */
function pages(text, key, every = 30) {
  // (a bare number alone on a line is left out: in a table of one cell a line it is a row's number)
  const form = pick(['dash', 'page', 'of'], key);
  const lines = text.split('\n');
  const total = Math.ceil(lines.length / every);
  const out = [];
  let p = 1;
  lines.forEach((l, i) => {
    out.push(l);
    if ((i + 1) % every === 0 && i + 1 < lines.length) {
      p++;
      const line = form === 'dash' ? `— ${p - 1} —` : form === 'page' ? `- ${p - 1} -` : form === 'of' ? `第 ${p - 1} 页 共 ${total} 页` : `${p - 1}`;
      out.push(line);
    }
  });
  return out.join('\n');
}

// Numbering styles of task lines, as printed at the start of a line; `label` is what SCHEMA.md calls the
// number (the label as printed, without its trailing 、 . .).
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
export const STYLES = {
  'dot': { re: /^(\s*)(\d{1,2})[.\uff0e](?![\d%])\s*/, make: (d) => `${d}.`, label: (d) => d },
  'comma': { re: /^(\s*)(\d{1,2})、\s*/, make: (d) => `${d}、`, label: (d) => d },
  'paren': { re: /^(\s*)[(\uff08](\d{1,2})[)\uff09]\s*/, make: (d) => `\uff08${d}\uff09`, label: (d) => `(${d})` },
  'circled': { re: new RegExp(`^(\\s*)([${CIRCLED}])\\s*`), make: (d) => CIRCLED[d - 1], label: (d) => CIRCLED[d - 1], digit: (c) => String(CIRCLED.indexOf(c) + 1) },
};
const STYLE_NAMES = Object.keys(STYLES);
const digitOf = (style, m) => (STYLES[style].digit ? STYLES[style].digit(m) : m);
const labelDigit = (num) => {
  if (num == null) return null;
  const s = String(num).normalize('NFKC');
  const m = s.match(/^\(?(\d{1,2})\)?$/);
  return m ? m[1] : null;
};

/** The style the notice's numbered tasks are printed in: the style of most line-start labels whose number a task has. */
function taskStyle(n) {
  const nums = new Set(n.expected.tasks.map((t) => labelDigit(t.number)).filter(Boolean));
  const counts = Object.fromEntries(STYLE_NAMES.map((s) => [s, 0]));
  for (const line of n.text.split('\n')) for (const s of STYLE_NAMES) {
    const m = line.match(STYLES[s].re);
    if (m && nums.has(digitOf(s, m[2]))) counts[s]++;
  }
  const best = STYLE_NAMES.sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] ? { style: best, counts } : null;
}

/** Task labels of one style rewritten in another the notice does not use (so no two levels merge). */
function renumber(n, key) {
  const found = taskStyle(n);
  if (!found) return null;
  const { style, counts } = found;
  const free = STYLE_NAMES.filter((s) => s !== style && !counts[s]);
  // the notice's own text must not use the target style anywhere at a line start either
  // (in a table, sub-rows numbered (1) ① head their row's name as a section, 1. 1、 take it as a title: the
  // annotations tell the two apart, so a table's labels change only within one of the two kinds)
  const kind = (s) => (s === 'dot' || s === 'comma' ? 'dot' : 'paren');
  const unused = free.filter((s) => !n.text.split('\n').some((l) => STYLES[s].re.test(l)) && (!tabular(n) || kind(s) === kind(style)));
  if (!unused.length) return null;
  const target = pick(unused, key);
  const from = STYLES[style], to = STYLES[target];
  // a label of the style printed inside a line too (…扣1分。 3.制定…) would stay as it was beside relabelled
  // ones, a mix no page prints: such a notice is left out
  const inner = new RegExp(`[\\s。;;]${from.re.source.replace('^(\\s*)', '')}`, 'u');
  if (n.text.split('\n').some((l) => inner.test(l.trim()))) return null;
  const lines = n.text.split('\n');
  const starts = []; // [line index, digit] of each relabelled line
  const text = lines.map((line, i) => {
    const m = line.match(from.re);
    if (!m) return line;
    const d = digitOf(style, m[2]);
    if (target === 'circled' && Number(d) > CIRCLED.length) return line;
    starts.push([i, d]);
    return `${m[1]}${to.make(d)}${line.slice(m[0].length)}`;
  }).join('\n');
  // a task takes the new label only where its own line was relabelled: the line with its digit that holds the
  // start of its title or text (a label printed inside a line, after another item, is left as it was)
  const flat = (s) => String(s ?? '').replace(/\s+/g, '');
  const expected = mapTasks(n, (t) => {
    const d = labelDigit(t.number);
    if (!d || from.label(d).normalize('NFKC') !== String(t.number).normalize('NFKC')) return t;
    const heads = [t.title, t.text].filter(Boolean).map((x) => flat(x).slice(0, 8));
    const own = starts.some(([i, e]) => e === d && heads.some((h) => flat(lines.slice(i, i + 3).join('')).includes(h)));
    return own ? { ...t, number: to.label(d) } : t;
  });
  // a notice whose tasks are mostly numbered inside run-on lines is no test of a line's label
  const numbered = n.expected.tasks.filter((t) => labelDigit(t.number)).length;
  const moved = expected.tasks.filter((t, i) => t.number !== n.expected.tasks[i].number).length;
  if (moved < 3 || moved < numbered / 2) return null;
  return { text, expected, note: `${style}->${target}` };
}

let cn2t;
function traditional(text) {
  if (!cn2t) {
    const require = createRequire(join(root, 'package.json'));
    const { Converter } = require('opencc-js/cn2t');
    cn2t = Converter({ from: 'cn', to: 'tw' });
  }
  return cn2t(text);
}

const foldTitle = (s) => String(s ?? '').normalize('NFKC').replace(/\s+/gu, '').replace(/[。.]$/u, '');
const TOP_HEADING = /^(\s*)([一二三四五六七八九十]{1,3}[、.．])\s*(.+?)\s*$/u;
/**
 * The notice's top-level headings (一、… on lines of their own, each a section of its expected tasks) rewritten
 * as pages print them when a list's numbering is lost: `make` gives the new line from the title. Null when the
 * notice has no such heading (or is a table, whose rows are not headings on lines of their own).
 */
function rewriteHeadings(n, make) {
  if (tabular(n)) return null;
  const titles = new Set(n.expected.tasks.flatMap((t) => (t.sections ?? []).map((x) => foldTitle(typeof x === 'string' ? x : x?.title))));
  let changed = false;
  const text = n.text.split('\n').map((l) => {
    const m = TOP_HEADING.exec(l);
    if (!m || !titles.has(foldTitle(m[3]))) return l;
    changed = true;
    return m[1] + make(m[3].replace(/[。.]$/u, ''));
  }).join('\n');
  return changed ? { text, expected: same(n) } : null;
}

/** Each perturbation: (notice, key) -> { text, expected } or null (does not apply to this notice). */
export const PERTURBATIONS = {
  'original': (n) => ({ text: n.text, expected: same(n) }),
  // brackets, colons and semicolons printed full-width where the notice has them ASCII, and the reverse
  'punct-fullwidth': (n) => ({ text: n.text.replace(/:/g, '\uff1a').replace(/\(/g, '\uff08').replace(/\)/g, '\uff09').replace(/;/g, '\uff1b'), expected: same(n) }),
  'punct-ascii': (n) => ({ text: n.text.replace(/\uff1a/g, ':').replace(/\uff08/g, '(').replace(/\uff09/g, ')').replace(/\uff1b/g, ';'), expected: same(n) }),
  // leaders' names padded to the width of three characters (张  三, 张　三) or spaced letter by letter
  'spaced-names': (n, key) => {
    const names = [...new Set(n.expected.tasks.flatMap((t) => t.leaders ?? []))].filter((x) => /^[\u4e00-\u9fff]{2,3}$/.test(x));
    // (not in a table whose cells a run of spaces parts: there a spaced name is two cells to any reader)
    if (!names.length || tabular(n)) return null;
    const gap = pick([' ', '  ', '\u3000'], key);
    let text = n.text;
    for (const x of names.sort((a, b) => b.length - a.length)) {
      text = text.replace(new RegExp(`(?<![\\u4e00-\\u9fff])${esc(x)}(?![\\u4e00-\\u9fff])|(?<=[、,\uff0c:\uff1a;\uff1b(\uff08 ])${esc(x)}(?=[、,\uff0c;\uff1b)\uff09。\\s]|$)`, 'gmu'), [...x].join(x.length === 2 ? gap : ' '));
    }
    return text === n.text ? null : { text, expected: same(n) };
  },
  // a key's colon followed by a space, or the space a notice has there taken away
  'key-space': (n) => {
    const text = n.text.replace(new RegExp(`(${KEYS})([:\uff1a])[ \\u3000]*(?=\\S)`, 'gu'), '$1$2 ');
    return text === n.text ? null : { text, expected: same(n) };
  },
  'key-nospace': (n) => {
    const text = n.text.replace(new RegExp(`(${KEYS})[ \\u3000]*([:\uff1a])[ \\u3000]+`, 'gu'), '$1$2');
    return text === n.text ? null : { text, expected: same(n) };
  },
  // lines broken at a page width, as PDFs and pages copied from them are
  'wrapped': (n, key) => {
    if (tabular(n) || flatText(n)) return null;
    const text = wrap(n.text, pick(WIDTH, key));
    return text === n.text ? null : { text, expected: same(n) };
  },
  // paragraphs indented by two ideographic spaces, as pages copied from Word or a browser are
  'indented': (n) => ({ text: n.text.split('\n').map((l) => (l.trim() && !/[|\t]/.test(l) ? `\u3000\u3000${l.trimStart()}` : l)).join('\n'), expected: same(n) }),
  'blank-lines-added': (n) => ({ text: n.text.split('\n').map((l) => l.trimEnd()).join('\n\n').replace(/\n{3,}/g, '\n\n'), expected: same(n) }),
  'blank-lines-removed': (n) => {
    const text = n.text.replace(/\n[ \t\u3000]*(?=\n)/g, '');
    return text === n.text ? null : { text, expected: same(n) };
  },
  'crlf': (n) => ({ text: n.text.replace(/\n/g, '\r\n'), expected: same(n) }),
  'synonyms': (n, key) => {
    // a word swapped everywhere, in headings and task text too, and so in the expected file's strings
    const swap = (s) => { if (typeof s !== 'string') return s; for (const [word, alts] of SYNONYMS) s = s.replaceAll(word, pick(alts, `${key}/${word}`)); return s; };
    const text = swap(n.text);
    if (text === n.text) return null;
    const e = mapTasks(n, (t) => ({ ...t, text: swap(t.text), title: swap(t.title), sections: (t.sections ?? []).map(swap), leadUnits: t.leadUnits.map(swap), coUnits: t.coUnits.map(swap) }));
    const doc = e.document ? { ...e.document, title: Array.isArray(e.document.title) ? e.document.title.map(swap) : swap(e.document.title) } : e.document;
    return { text, expected: { ...e, document: doc } };
  },
  'numbering': (n, key) => renumber(n, key),
  // the names after a unit key parted by full-width commas instead of 、 (牵头单位:市发改委,市财政局)
  'unit-commas': (n) => {
    const text = n.text.replace(new RegExp(`((?:${KEYS}):)([^()()\\[\\]【】;;。\\n]+)`, 'gu'), (m, k, v) => k + v.replace(/、/g, '\uff0c'));
    return text === n.text ? null : { text, expected: same(n) };
  },
  // the notice in traditional script: the expected output stays simplified (SCHEMA.md, source.script)
  'traditional': (n) => ({ text: traditional(n.text), expected: same(n) }),
  // page numbers or a bare page-number line every 30 lines, wherever they fall (mid-paragraph too)
  'page-furniture': (n, key) => ({ text: pages(n.text, key), expected: same(n) }),
  // the two together, as a PDF's text is: wrapped at the page width and cut by page numbers
  'wrapped-paged': (n, key) => (tabular(n) || flatText(n) ? null : { text: pages(wrap(n.text, pick(WIDTH, key)), key, 32), expected: same(n) }),
  // the top-level headings' markers lost (一、重点工作 → 重点工作), or printed as a dash (——重点工作)
  'headings-unmarked': (n) => rewriteHeadings(n, (t) => t),
  'headings-dashed': (n) => rewriteHeadings(n, (t) => `——${t}`),
};

/** One perturbation of one notice: { text, expected } with the expected file's own input, or null. */
export function perturb(n, name) {
  const r = PERTURBATIONS[name](n, `${n.name}/${name}`);
  if (!r) return null;
  return { ...r, expected: { ...r.expected, input: `../${n.name}.txt` } };
}

async function main(argv) {
  const arg = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const out = arg('--out', '/tmp/perturbations');
  const names = argv.includes('--only') ? arg('--only').split(',') : Object.keys(PERTURBATIONS);
  // (--dist DIR: another build's pipeline, to measure a before)
  const { parseBytes } = await import(join(arg('--dist', join(root, 'dist')), 'pipeline.js'));
  const all = notices();
  const results = [];
  const score = (files) => execFileSync(process.execPath, [join(root, '..', 'shared', 'tools', 'score.mjs'), ...(argv.includes('--verbose') ? ['--verbose'] : []), '--cmd', 'out() { cat "${1%.txt}.out.json"; }; out', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const base = join(out, 'original');
  if (!names.includes('original') && !existsSync(base)) names.unshift('original');
  for (const name of names) {
    const dir = join(out, name);
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    mkdirSync(join(dir, 'expected'), { recursive: true });
    let applied = 0;
    for (const n of all) {
      const r = perturb(n, name);
      if (!r) continue;
      applied++;
      writeFileSync(join(dir, `${n.name}.txt`), r.text);
      writeFileSync(join(dir, 'expected', `${n.name}.json`), `${JSON.stringify(r.expected, null, 2)}\n`);
      const notice = await parseBytes(Buffer.from(r.text), `${n.name}.txt`);
      writeFileSync(join(dir, `${n.name}.out.json`), JSON.stringify(notice));
    }
    const listed = readdirSync(join(dir, 'expected'));
    const res = score(listed.map((f) => join(dir, 'expected', f)));
    if (argv.includes('--verbose')) writeFileSync(join(dir, 'score.txt'), res);
    const last = res.trim().split('\n').at(-1);
    // the same notices unperturbed, for a fair before
    const was = name === 'original' ? last : score(listed.map((f) => join(base, 'expected', f))).trim().split('\n').at(-1);
    const f1 = (s) => s.match(/F1[^\d]*([\d.]+)/i)?.[1] ?? s;
    results.push([name, applied, last, was]);
    console.log(`${name.padEnd(20)} ${String(applied).padStart(3)}  ${f1(last).padStart(6)}  (unperturbed ${f1(was)})  ${last}`);
  }
  return results;
}

if (process.argv[1] && basename(process.argv[1]) === 'perturbations.mjs') await main(process.argv.slice(2));
