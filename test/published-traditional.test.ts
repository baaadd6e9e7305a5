// Traditional script: detection (Big5 pages, Taiwan and Hong Kong variants), conversion to simplified
// with protected place names, positions kept, and pinyin inserted by mirror sites removed.
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../src/model.js';
import { normalize } from '../src/normalize/index.js';
import { stripPinyin } from '../src/normalize/pinyin.js';
import { loadConverter, looksTraditional } from '../src/normalize/traditional.js';
import { parseBytes } from '../src/pipeline.js';

const doc = (texts: string[]): DocModel => ({
  format: 'text', blocks: texts.map((text, i) => ({ kind: 'line', text, pos: { line: i + 1, column: 3 } })), meta: { title: '國務院辦公廳關於落實分工的通知' },
  script: 'simplified', messages: [],
});

describe('detection', () => {
  it('traditional text is detected, simplified text is not (a 繁體版 link does not count)', () => {
    expect(looksTraditional('國務院辦公廳關於落實中共中央國務院關於全面深化農村改革加快推進農業現代化若干意見有關政策措施分工的通知')).toBe(true);
    expect(looksTraditional('國務院辦公廳關于貫徹落實就業若干政策措施的實施意見各鎮人民政府街道辦事處')).toBe(true);
    expect(looksTraditional('简体版 繁體版 信息无障碍 首页 专题中心 广东省人民政府关于印发2021年省政府工作报告重点任务分工方案的通知')).toBe(false);
    expect(looksTraditional('乾安县人民政府关于著力推进重点工作于是后来的安排')).toBe(false); // 乾 著 於 後 are simplified too
    expect(looksTraditional('短文本')).toBe(false);
  });
});

describe('conversion', () => {
  it('Taiwan and Hong Kong variants both convert; 著力 becomes 着力; protected names stay', async () => {
    const t2s = await loadConverter();
    expect(t2s('爲了裏面綫路衞生啓動羣衆')).toBe('为了里面线路卫生启动群众');
    expect(t2s('為了裡面線路衛生啟動群眾')).toBe('为了里面线路卫生启动群众');
    expect(t2s('著力推進 著名 顯著 著作權')).toBe('着力推进 著名 显著 著作权');
    expect(t2s('乾安縣 乾縣 乾陵 乾淨')).toBe('乾安县 乾县 乾陵 干净');
  });
  it('normalize converts lines, table cells and page metadata, and keeps positions', async () => {
    const d = doc(['一、關於發展和改革委員會的職責', '1.著力推進農業現代化。(牽頭單位:農業部、發展改革委)']);
    d.blocks.push({ kind: 'table', pos: { line: 3, column: 1 }, rows: [[{ text: '牽頭單位', pos: { line: 3, column: 5 } }]] });
    const n = await normalize(d);
    expect(n.script).toBe('traditional');
    expect(n.blocks.map((b) => (b.kind === 'line' ? [b.text, b.pos] : [b.rows[0][0].text, b.rows[0][0].pos]))).toEqual([
      ['一、关于发展和改革委员会的职责', { line: 1, column: 3 }],
      ['1.着力推进农业现代化。(牵头单位:农业部、发展改革委)', { line: 2, column: 3 }],
      ['牵头单位', { line: 3, column: 5 }],
    ]);
    expect(n.meta.title).toBe('国务院办公厅关于落实分工的通知');
  });
  it('a traditional UTF-8 text notice gives simplified tasks', async () => {
    const text = '國務院辦公廳關於落實重點工作分工的通知\n一、推進農業現代化\n1.加強農田水利建設。(牽頭單位:水利部、農業部)\n';
    const notice = await parseBytes(Buffer.from(text), 'a.txt');
    expect(notice.source.script).toBe('traditional');
    expect(notice.tasks.map((t) => [t.text, t.leadUnits, t.sections.map((s) => s.title)]))
      .toEqual([['加强农田水利建设。', ['水利部', '农业部'], ['推进农业现代化']]]);
  });
});

describe('pinyin from mirror sites', () => {
  it('removes pinyin after characters, toned or (on such a line) toneless', () => {
    expect(stripPinyin('國家發(fā)改委和財(cái)政部')).toBe('國家發改委和財政部');
    expect(stripPinyin('抓(zhuā)好(hǎo)落实(luò shí)的(de)工作')).toBe('抓好落实的工作');
    expect(stripPinyin('绿(lǜ)色(sè)发展')).toBe('绿色发展');
  });
  it('keeps ordinary parentheses', () => {
    for (const s of ['发展(a)和(km)', '面积(平方公里)', '第(1)条', '区财政局(国资办)', '(fā)开头', 'PM2.5(pm)浓度']) expect(stripPinyin(s)).toBe(s);
  });
  it('end to end: a mirror page with pinyin parses like the clean text', async () => {
    const clean = await parseBytes(Buffer.from('一、重点工作\n1.加快发展改革。(牵头单位:区发改委)\n'), 'a.txt');
    const mirror = await parseBytes(Buffer.from('一、重(zhòng)点工作\n1.加快发(fā)展(zhǎn)改革。(牵头单位:区发(fā)改委)\n'), 'a.txt');
    expect(mirror.tasks.map((t) => [t.text, t.leadUnits, t.sections])).toEqual(clean.tasks.map((t) => [t.text, t.leadUnits, t.sections]));
  });
});
