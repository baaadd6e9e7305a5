// The index of a folder's review pages: one row per notice with its figures, failed files listed.
import { ASSIGNMENT_FIELDS } from '../model.js';
import { FIELD_HEADERS, type Failure } from './ledger-rows.js';
import { CSS } from './review-assets.js';
import { esc, pageHead } from './review.js';
import type { Notice } from '../schema.js';

export interface IndexEntry { notice: Notice; href: string; missing: number }

export function reviewIndex(entries: IndexEntry[], failed: Failure[]): string {
  const head = ['文件', '标题', '任务', '缺少字段', '警告', ...ASSIGNMENT_FIELDS.map((f) => FIELD_HEADERS[f])];
  const rows = entries.map(({ notice: n, href, missing }) => {
    const warnings = n.report.messages.filter((m) => m.severity !== 'info').length;
    const fields = ASSIGNMENT_FIELDS.map((f) => {
      const c = n.report.fields[f];
      return c ? `<td${c.found < c.expected ? ' class="missing"' : ''}>${c.found}/${c.expected}</td>` : '<td class="empty">—</td>';
    }).join('');
    return `<tr><td><a class="go" href="${esc(href)}">${esc(n.source.path)}</a></td><td>${esc(n.document.title ?? '')}</td>`
      + `<td>${n.tasks.length}</td><td${missing ? ' class="missing"' : ''}>${missing}</td><td>${warnings}</td>${fields}</tr>`;
  });
  const tasks = entries.reduce((s, e) => s + e.notice.tasks.length, 0);
  const failures = failed.length
    ? `<h2>未能读取的文件（${failed.length}）</h2><ul>${failed.map((f) => `<li>${esc(f.path)}：${esc(f.reason)}</li>`).join('')}</ul>`
    : '';
  return `${pageHead(`审阅：${entries.length} 个文件`, `${CSS}
body{display:block;padding:0 0 24px}.wrap{padding:8px 16px;background:#fff}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{padding:4px 6px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
th{background:#f6f8fa;position:sticky;top:0}`)}
<body>
<header><h1>审阅：${entries.length} 个文件，${tasks} 项任务</h1><p class="meta">每个文件一页：左侧原文，右侧任务，互相链接。</p></header>
<div class="wrap">
<table id="index"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${failures}
</div>
</body>
</html>
`;
}
