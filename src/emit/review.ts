// The review page: one self-contained HTML file per notice with the source text on the left and the
// tasks on the right, linked both ways; missing fields and report messages shown where they are.
import { ASSIGNMENT_FIELDS } from '../model.js';
import type { Message } from '../schema.js';
import { FIELD_HEADERS } from './ledger-rows.js';
import { CSS, SCRIPT } from './review-assets.js';
import type { ReviewModel, ReviewTask, SourceItem } from './review-model.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

const SEVERITY: Record<Message['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

function messageHtml(m: Message): string {
  const at = m.line === null ? '' : ` ${m.line}:${m.column ?? 1}`;
  return `<div class="msg ${m.severity}" data-rule="${esc(m.rule)}"><b>${SEVERITY[m.severity]} ${esc(m.rule)}</b>${esc(at)} ${esc(m.message)}</div>`;
}

function backLinks(item: SourceItem, numbers: Map<string, string>): string {
  return item.tasks.map((id) => `<a class="back-link" href="#task-${esc(id)}" data-task="${esc(id)}" title="任务 ${esc(numbers.get(id) ?? id)}">→${esc(numbers.get(id) ?? id)}</a>`).join('');
}

function sourceHtml(model: ReviewModel): string {
  const numbers = new Map(model.tasks.map((t) => [t.task.id, t.task.number ?? t.task.id]));
  const out: string[] = [];
  let openTable: number | null = null;
  const where = (it: SourceItem) => `${it.pos.line}:${it.pos.column}`;
  for (const it of model.items) {
    const cls = `src${it.tasks.length ? ' intask' : ''}`;
    if (it.cells) {
      if (openTable !== it.table) {
        if (openTable !== null) out.push('</table>');
        out.push('<table class="srctab">');
        openTable = it.table ?? null;
      }
      out.push(`<tr class="${cls}" id="${it.id}"><td class="ln"><a class="ln" href="#${it.id}" title="${where(it)}">${it.pos.line}</a></td>`
        + `${it.cells.map((c) => `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}${c.above ? ' class="dup" title="合并单元格（同上）"' : ''}>${esc(c.text)}</td>`).join('')}`
        + `<td class="back">${backLinks(it, numbers)}</td></tr>`);
      const width = it.cells.reduce((n, c) => n + c.span, 0);
      if (it.messages.length) out.push(`<tr><td></td><td colspan="${width + 1}">${it.messages.map(messageHtml).join('')}</td></tr>`);
      continue;
    }
    if (openTable !== null) { out.push('</table>'); openTable = null; }
    out.push(`<div class="${cls}" id="${it.id}"><a class="ln" href="#${it.id}" title="${where(it)}">${it.pos.line}</a>`
      + `<span class="tx">${esc(it.text ?? '')}</span><span class="back">${backLinks(it, numbers)}</span></div>`);
    out.push(...it.messages.map(messageHtml));
  }
  if (openTable !== null) out.push('</table>');
  return out.join('\n');
}

const LIST_FIELDS = ['leaders', 'leadUnits', 'coUnits'] as const;

/** The parsed deadline (`task.due`), when the document carries it. */
const dueOf = (t: ReviewTask) => (t.task as ReviewTask['task'] & { due?: string | null }).due ?? null;

function fieldCell(t: ReviewTask, field: (typeof ASSIGNMENT_FIELDS)[number]): string {
  const value = field === 'deadline' ? t.task.deadline ?? '' : t.task[field].join('、');
  const due = field === 'deadline' ? dueOf(t) : null;
  if (due && value && !t.missing.has(field)) return `<td data-field="${field}">${esc(value)}<div class="due">${esc(due)}</div></td>`;
  if (t.missing.has(field)) return `<td class="missing" data-field="${field}" title="校验：缺少${FIELD_HEADERS[field]}">${value ? esc(value) : '未提取'}</td>`;
  return value ? `<td data-field="${field}">${esc(value)}</td>` : `<td class="empty" data-field="${field}">—</td>`;
}

const sectionPath = (t: ReviewTask) => t.task.sections.map((s) => `${s.marker ? `${s.marker} ` : ''}${s.title}`).join(' / ');

/** Task rows under a heading row each time the section path changes. */
function taskRows(tasks: ReviewTask[]): string {
  const out: string[] = [];
  let last: string | null = null;
  for (const t of tasks) {
    const path = sectionPath(t);
    if (path !== last && path) out.push(`<tr class="group"><td colspan="7">${esc(path)}</td></tr>`);
    last = path;
    out.push(taskRow(t));
  }
  return out.join('\n');
}

function taskRow(t: ReviewTask): string {
  const { task } = t;
  const text = `${task.title ? `<b>${esc(task.title)}</b><br>` : ''}${esc(task.text)}`;
  const rules = t.messages.filter((m) => m.severity !== 'info').map((m) => `<span class="rule" title="${esc(m.message)}">${esc(m.rule)}</span>`).join('');
  const issue = t.missing.size || rules ? ' data-issue' : '';
  return `<tr class="task" id="task-${esc(task.id)}" data-items="${t.items.join(' ')}" data-units="${esc(JSON.stringify(t.units))}"${issue}>`
    + `<td><a class="go" href="#${t.items[0] ?? ''}" title="原文 ${task.span.start.line}:${task.span.start.column}–${task.span.end.line}:${task.span.end.column}">${esc(task.number ?? task.id)}</a></td>`
    + `<td>${text}${rules ? `<div>${rules}</div>` : ''}</td>`
    + `${ASSIGNMENT_FIELDS.map((f) => fieldCell(t, f)).join('')}`
    + `<td class="pos">${task.span.start.line}:${task.span.start.column}</td></tr>`;
}

function stats(model: ReviewModel): string {
  const { notice } = model;
  const chips: string[] = [`<span class="chip">${notice.tasks.length} 项任务</span>`];
  for (const f of ASSIGNMENT_FIELDS) {
    const c = notice.report.fields[f];
    if (c) chips.push(`<span class="chip${c.found < c.expected ? ' bad' : ''}" title="有 / 应有">${FIELD_HEADERS[f]} ${c.found}/${c.expected}</span>`);
  }
  const warnings = notice.report.messages.filter((m) => m.severity !== 'info').length;
  const infos = notice.report.messages.length - warnings;
  chips.push(`<span class="chip${warnings ? ' warning' : ''}">${warnings} 条警告</span><span class="chip">${infos} 条提示</span>`);
  return chips.join('');
}

export interface PageOptions { index?: string | null }

export function reviewPage(model: ReviewModel, options: PageOptions = {}): string {
  const { notice } = model;
  const d = notice.document;
  const title = d.title ?? notice.source.path;
  const meta = [d.docNumber, d.issuer, d.date, `${notice.source.path}（${notice.source.format}，${notice.source.encoding}）`].filter(Boolean).map((s) => esc(s!)).join(' · ');
  const options_ = model.units.map((u) => `<option value="${esc(u.unit)}">${esc(u.unit)}（${u.tasks}）</option>`).join('');
  const head = LIST_FIELDS.map((f) => FIELD_HEADERS[f]);
  const back = options.index ? `<a href="${esc(options.index)}">← 全部文件</a> · ` : '';
  return `${pageHead(`审阅：${title}`, CSS)}
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${back}${meta}</p>
<div class="bar"><span>${stats(model)}</span>
<label>单位 <select id="unit"><option value="">全部单位</option>${options_}</select></label>
<label><input type="checkbox" id="issues"> 只看有问题的任务</label>
<span>显示 <span id="shown">${notice.tasks.length} / ${notice.tasks.length}</span></span></div>
${model.general.map(messageHtml).join('\n')}
</header>
<main>
<section class="pane" id="source"><h2>原文（行号为源文件中的位置）</h2>
${sourceHtml(model) || '<p class="none">（没有可显示的文字）</p>'}
</section>
<section class="pane" id="tasks"><h2>任务（点击一行跳到原文）</h2>
${notice.tasks.length ? `<table><thead><tr><th>编号</th><th>任务</th>${head.map((h) => `<th>${h}</th>`).join('')}<th>${FIELD_HEADERS.deadline}</th><th>位置</th></tr></thead>
<tbody>
${taskRows(model.tasks)}
</tbody></table>` : '<p class="none">没有找到任务分工（见上方提示）。</p>'}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The head of a self-contained review page: no script, font or style from anywhere else. */
export function pageHead(title: string, css: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fenjie">
<title>${esc(title)}</title>
<style>${css}</style>
</head>`;
}
