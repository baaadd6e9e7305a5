// Real notices' tasks rendered as the text forms task tables take on real pages (one cell a line, "|" rows,
// tab- or space-separated rows, cells run together on document-sharing pages), each under the notice's own
// preamble (title, 文号, first paragraph). The expected output of a rendering is the notice's own expected
// tasks, so every form is judged on real task text, real unit lists and real names, not made-up ones.
//
//   node bench/table-renderings.mjs [--out DIR] [--form NAME] [--verbose]
// writes DIR/<form>/<notice>.txt and DIR/<form>/expected/<notice>.json, parses each with dist/, and scores
// every form with ../shared/tools/score.mjs (the parser's outputs are written beside the inputs, so the
// scorer reads them instead of starting a CLI per file).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// Header words real notices use (SCHEMA.md and the corpus), one picked per notice and form.
export const VOCAB = {
  number: ['序号', '编号'],
  task: ['重点任务', '工作任务', '主要任务', '目标任务', '工作内容', '具体任务'],
  named: [['项目名称', '建设内容'], ['项目名称', '主要内容'], ['实事名称', '实事内容']],
  leaders: ['牵头领导', '责任领导', '分管领导', '市领导'],
  lead: ['牵头单位', '主办单位', '牵头部门', '责任单位'], // 责任单位 leads only beside a 配合 column
  only: ['责任单位', '责任主体', '责任科室'], // the one units column of a notice without 牵头
  leadAlone: ['牵头单位', '主办单位', '牵头部门'],
  co: ['配合单位', '协办单位', '协同单位', '参与单位'],
  deadline: ['完成时限', '完成时间', '时间节点', '时间进度', '进度安排'],
  remark: ['推进情况', '完成情况', '进展情况', '备注'],
  category: ['类别', '项目类别'],
};
// Progress / remark cells: not task text (SCHEMA: progress, plan and remark columns are not text).
const REMARKS = ['已完成', '按序时推进', '已完成年度目标任务的60%。', '正在推进,预计年底前完成。', '', '达到序时进度'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

/** Every expected file of dev, holdout and holdout2 whose tasks have units, with its .txt. */
export function notices() {
  const dirs = [
    [join(root, 'fixtures', 'expected'), (j) => j.input.startsWith('../real/')],
    [join(root, 'fixtures', 'holdout', 'expected'), () => true],
    [join(root, 'fixtures', 'holdout2', 'expected'), () => true],
  ];
  const out = [];
  for (const [dir, keep] of dirs) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (!keep(expected) || !expected.tasks?.some((t) => t.leadUnits.length || t.coUnits.length)) continue;
      const text = readFileSync(join(dir, expected.input), 'utf8');
      out.push({ name: f.replace(/\.json$/, ''), expected, text });
    }
  }
  return out;
}

function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0;
  return h;
}
const pick = (list, key) => list[hash(key) % list.length];

/** The notice's own first paragraph: its first prose line (ends a sentence or opens a list), not a task. */
export function preamble(n) {
  const doc = n.expected.document ?? {};
  const tasks = n.expected.tasks.map((t) => t.text.slice(0, 12));
  const lines = n.text.split('\n').map((l) => l.trim());
  const para = lines.find((l) => l.length >= 30 && l.length <= 400 && /[。::]$/.test(l) && !/[|\t【】]/.test(l)
    && !/^[(（]?[一二三四五六七八九十\d]+[、.．)）]/.test(l) && !tasks.some((t) => l.includes(t)));
  // (a metadata value given as a list means any one of them is right: the page prints the first)
  const first = (v) => (Array.isArray(v) ? v[0] : v);
  return [first(doc.title), first(doc.docNumber), para].filter(Boolean);
}

const join_ = (names) => names.join('、');

/** The notice's tasks as a table: header cells, body rows (a section row is [title] alone, flagged). */
export function table(n, form, opts = {}) {
  const tasks = n.expected.tasks;
  const key = `${n.name}/${form}`;
  const has = (f) => tasks.some((t) => (Array.isArray(t[f]) ? t[f].length : t[f]));
  const cols = [];
  const category = opts.category && tasks.some((t) => t.sections?.length);
  if (category) cols.push({ label: pick(VOCAB.category, key), cell: (t) => t.sections.at(-1) ?? '', merge: true });
  // (a table whose rows carry no numbers has no 序号 column)
  if (has('number')) cols.push({ label: pick(VOCAB.number, key), cell: (t) => t.number ?? '', merge: true });
  if (has('title')) {
    const [a, b] = pick(VOCAB.named, key);
    cols.push({ label: a, cell: (t) => t.title ?? '', merge: true }, { label: b, cell: (t) => t.text });
  } else cols.push({ label: pick(VOCAB.task, key), cell: (t) => t.text });
  if (has('leaders')) cols.push({ label: pick(VOCAB.leaders, key), cell: (t) => join_(t.leaders) });
  const lead = has('leadUnits'), co = has('coUnits');
  // (opts.mergeUnits: the first units cell merged over consecutive rows of one section that share it, printed once)
  const units = opts.mergeUnits ? 'units' : undefined;
  if (lead && co) {
    cols.push({ label: pick(VOCAB.lead, key), cell: (t) => join_(t.leadUnits), merge: units }, { label: pick(VOCAB.co, key), cell: (t) => join_(t.coUnits) });
  } else if (lead) cols.push({ label: pick(VOCAB.leadAlone, key), cell: (t) => join_(t.leadUnits), merge: units });
  else cols.push({ label: pick(VOCAB.only, key), cell: (t) => join_(t.coUnits), merge: units });
  if (has('deadline')) cols.push({ label: pick(VOCAB.deadline, key), cell: (t) => t.deadline ?? '' });
  if (opts.remark) cols.push({ label: pick(VOCAB.remark, key), cell: (t, i) => REMARKS[(hash(key) + i) % REMARKS.length] });

  const rows = [];
  let section = null, s = 0;
  tasks.forEach((t, i) => {
    const sec = t.sections?.at(-1) ?? null;
    if (!category && sec && sec !== section) rows.push({ heading: `${CN[s++ % CN.length]}、${sec}` });
    const prev = i > 0 ? tasks[i - 1] : null;
    rows.push({
      cells: cols.map((c) => {
        const v = c.cell(t, i);
        // a merged cell (category, a number or name over sub-rows; units over rows of one section) appears once
        if (opts.noMerge) return v;
        if (c.merge === 'units') return prev && v && c.cell(prev, i - 1) === v && (prev.sections?.at(-1) ?? null) === sec ? '' : v;
        return c.merge && prev && v && c.cell(prev, i - 1) === v && (c.label === cols[0].label || prev.number === t.number) ? '' : v;
      }),
    });
    section = sec;
  });
  return { header: cols.map((c) => c.label), rows };
}

const pad = (key) => ' '.repeat(2 + (hash(key) % 3));
/** Each form: how a table's rows become lines (header broken over two lines where the form says so). */
export const FORMS = {
  'stacked': { render: (t) => cellLines(t, (c) => c) },
  'stacked-blank': { render: (t) => cellLines(t, (c) => c).flatMap((l) => [l, '']) },
  'stacked-pipe': { render: (t) => cellLines(t, (c) => `${c} |`, true) },
  'stacked-broken-header': { render: (t) => cellLines(t, (c) => c, false, true) },
  'stacked-remark': { render: (t) => cellLines(t, (c) => c), opts: { remark: true } },
  'stacked-category': { render: (t) => cellLines(t, (c) => c), opts: { category: true } },
  'stacked-merged-units': { render: (t) => cellLines(t, (c) => c), opts: { mergeUnits: true } },
  // rotated: each column a run of lines, its label then every row's cell ("/" where it is empty), the category a column
  'stacked-rotated': { render: (t) => rotatedLines(t), opts: { category: true, noMerge: true } },
  'piped': { render: (t) => rowLines(t, (r) => `| ${r.join(' | ')} |`) },
  'piped-bare': { render: (t) => rowLines(t, (r) => `${r.join(' | ')} |`) },
  'piped-remark': { render: (t) => rowLines(t, (r) => `| ${r.join(' | ')} |`), opts: { remark: true } },
  'piped-category': { render: (t) => rowLines(t, (r) => `| ${r.join(' | ')} |`), opts: { category: true } },
  'tabbed': { render: (t) => rowLines(t, (r) => r.join('\t')) },
  'spaced': { render: (t, key) => rowLines(t, (r) => r.join(pad(key))) },
  'spaced-remark': { render: (t, key) => rowLines(t, (r) => r.join(pad(key))), opts: { remark: true } },
  'glued-rows': { render: (t) => rowLines(t, (r) => r.join('')) },
  'glued-line': { render: (t) => [rowLines(t, (r) => r.join('')).join('')] },
};

function rowLines(t, line) {
  return [line(t.header), ...t.rows.map((r) => (r.heading ? line([r.heading]) : line(r.cells)))];
}
function rotatedLines(t) {
  const body = t.rows.filter((r) => !r.heading);
  return t.header.flatMap((h, c) => [h, ...body.map((r) => r.cells[c] || '/')]);
}
function cellLines(t, cell, keepEmpty = false, breakHeader = false) {
  const head = t.header.flatMap((h) => (breakHeader && h.length === 4 && /(单位|领导|时限|时间|任务)$/.test(h) ? [h.slice(0, 2), h.slice(2)] : [h]));
  const body = t.rows.flatMap((r) => (r.heading ? [r.heading] : r.cells.filter((c) => keepEmpty || c)));
  return [...head, ...body].map((c) => (c ? cell(c) : '|'));
}

/** One rendering: its text and expected file (the notice's tasks, sections kept to the innermost). */
export function render(n, form) {
  const f = FORMS[form];
  const t = table(n, form, f.opts);
  const text = `${[...preamble(n), ...f.render(t, `${n.name}/${form}`)].join('\n')}\n`;
  const doc = n.expected.document ?? {};
  const document = { kind: doc.kind };
  for (const k of ['title', 'docNumber']) if (doc[k]) document[k] = doc[k];
  const tasks = n.expected.tasks.map((x) => ({
    number: x.number, sections: x.sections?.length ? [x.sections.at(-1)] : [], title: x.title, text: x.text,
    leaders: x.leaders, leadUnits: x.leadUnits, coUnits: x.coUnits, deadline: x.deadline,
  }));
  return { text, expected: { input: `../${n.name}.txt`, document, tasks } };
}

async function main(argv) {
  const arg = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const out = arg('--out', '/tmp/table-renderings');
  const forms = argv.includes('--form') ? [arg('--form')] : Object.keys(FORMS);
  const { parseBytes } = await import(join(root, 'dist', 'pipeline.js'));
  const all = notices();
  const results = [];
  for (const form of forms) {
    const dir = join(out, form);
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    mkdirSync(join(dir, 'expected'), { recursive: true });
    for (const n of all) {
      const r = render(n, form);
      writeFileSync(join(dir, `${n.name}.txt`), r.text);
      writeFileSync(join(dir, 'expected', `${n.name}.json`), `${JSON.stringify(r.expected, null, 2)}\n`);
      const notice = await parseBytes(Buffer.from(r.text), `${n.name}.txt`);
      writeFileSync(join(dir, `${n.name}.out.json`), JSON.stringify(notice));
    }
    const files = readdirSync(join(dir, 'expected')).map((f) => join(dir, 'expected', f));
    const cmd = 'out() { cat "${1%.txt}.out.json"; }; out';
    const res = execFileSync(process.execPath, [join(root, '..', 'shared', 'tools', 'score.mjs'), ...(argv.includes('--verbose') ? ['--verbose'] : []), '--cmd', cmd, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (argv.includes('--verbose')) writeFileSync(join(dir, 'score.txt'), res);
    const last = res.trim().split('\n').at(-1);
    results.push([form, last]);
    console.log(`${form.padEnd(24)} ${last}`);
  }
  return results;
}

if (process.argv[1] && basename(process.argv[1]) === 'table-renderings.mjs') await main(process.argv.slice(2));
