// Page metadata outside the body: the 信息公开 header table (索引号, 发布机构, 成文日期, 文号, 标题 …)
// and <meta> tags (ArticleTitle, PubDate, ContentSource). Keys are those src/metadata understands.
import { cellsOf, elements, type HElement, rowsOf, squash, textOf } from './html-dom.js';

type Key = 'title' | 'docNumber' | 'issuer' | 'date' | 'generated' | 'source' | 'published';

/** Labels of info-disclosure header tables; null: a label we recognise but do not keep. */
const LABELS: Record<string, Key | null> = {
  标题: 'title', 名称: 'title', 文件名称: 'title', 信息名称: 'title',
  文号: 'docNumber', 发文字号: 'docNumber', 文件编号: 'docNumber', 发文号: 'docNumber',
  发布机构: 'issuer', 发文机关: 'issuer', 发文单位: 'issuer', 制发机关: 'issuer', 发文机构: 'issuer', 发布单位: 'issuer', 公开责任部门: 'issuer',
  成文日期: 'date', 发文日期: 'date', 成文时间: 'date', 生成日期: 'generated',
  发布日期: 'published', 发布时间: 'published', 公开日期: 'published', 公开时间: 'published',
  信息来源: 'source', 来源: 'source',
  索引号: null, 主题分类: null, 分类: null, 主题词: null, 关键词: null, 时效: null, 有效性: null, 效力状态: null, 体裁分类: null,
  组配分类: null, 服务对象分类: null, 公开方式: null, 公开范围: null, 生效日期: null, 废止日期: null, 所属机构: null, 文件分类: null,
  信息分类: null, 主题: null, 体裁: null, 内容概述: null, 统一编号: null, 实施日期: null, 发布文号: 'docNumber',
};
// Traditional forms of the characters in those labels.
const FOLD: Record<string, string> = { 標: '标', 題: '题', 稱: '称', 號: '号', 發: '发', 佈: '布', 機: '机', 構: '构', 單: '单',
  關: '关', 時: '时', 間: '间', 來: '来', 類: '类', 詞: '词', 鍵: '键', 效: '效', 體: '体', 組: '组', 務: '务', 對: '对', 象: '象',
  開: '开', 範: '范', 圍: '围', 屬: '属', 資: '资', 訊: '讯', 內: '内', 容: '容', 概: '概', 述: '述', 統: '统', 編: '编', 實: '实',
  責: '责', 門: '门', 廢: '废', 態: '态', 製: '制' };

const fold = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '').replace(/./gu, (c) => FOLD[c] ?? c);
const LABEL_AT = new RegExp(`^(${Object.keys(LABELS).sort((a, b) => b.length - a.length).join('|')})[::]?`, 'u');

/** The label a cell starts with (folded), and the value printed after it in the same cell. */
function labelOf(cell: string): { label: string; rest: string } | null {
  const f = fold(cell);
  const m = LABEL_AT.exec(f);
  if (!m) return null;
  const rest = f.slice(m[0].length);
  // "标题" alone, or "标题:value"; a longer run of text is a sentence, not a label
  if (rest && !/[::]/u.test(f.slice(m[1].length, m[1].length + 1))) return null;
  // value as printed: cut the label off the original text
  let seen = 0, i = 0;
  const orig = cell.trim();
  while (i < orig.length && seen < m[0].length) { if (!/[\s\u00a0\u3000]/.test(orig[i])) seen++; i++; }
  return { label: m[1], rest: rest ? squash(orig.slice(i)) : '' };
}

const cellTexts = (table: HElement) => rowsOf(table).map((r) => cellsOf(r).map((c) => squash(textOf(c))));

/** An info-disclosure header table: two or more labels, a few rows, no task-table columns. */
export function isInfoTable(table: HElement): boolean {
  const rows = cellTexts(table);
  if (!rows.length || rows.length > 16) return false;
  const labels = new Set<string>();
  for (const row of rows) for (const c of row) { const l = labelOf(c); if (l) labels.add(l.label); }
  // a task table's header cells (牵头单位, 完成时限 …) rule it out; values may contain such words
  const taskHeader = rows.flat().some((c) => c.length <= 8 && /牵头|责任|配合|时限|任务|序号/u.test(c));
  return labels.size >= 2 && !taskHeader;
}

function readInfoTable(table: HElement, out: Partial<Record<Key, string>>): void {
  for (const row of cellTexts(table)) {
    for (let i = 0; i < row.length; i++) {
      const l = labelOf(row[i]);
      if (!l) continue;
      let value = l.rest;
      if (!value && i + 1 < row.length && !labelOf(row[i + 1])) value = row[++i];
      const key = LABELS[l.label];
      if (key && value && !out[key]) out[key] = value;
    }
  }
}

const META_NAMES: Record<string, Key> = { articletitle: 'title', pubdate: 'published', contentsource: 'source' };

/** Metadata from the page: header tables first, then <meta> tags for what they leave open. */
export function readPageMeta(root: HElement, infoTables: HElement[]): Record<string, string> {
  const out: Partial<Record<Key, string>> = {};
  for (const t of infoTables) readInfoTable(t, out);
  for (const el of elements(root)) {
    if (el.name !== 'meta') continue;
    const key = META_NAMES[(el.attribs.name ?? '').toLowerCase()];
    const value = squash(el.attribs.content ?? '');
    if (key && value && !out[key]) out[key] = value;
  }
  return out as Record<string, string>;
}
