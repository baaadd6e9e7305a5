// Traditional script, decided per run of blocks (issue 9 item 21) with a code-point table (issue 13):
// short traditional notices and traditional parts after a long simplified one are converted, a
// simplified page with a 繁體版 link is not, the table agrees with the regular expression it replaced,
// and opencc is called once per document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../src/model.js';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('opencc-js/t2cn', async (importOriginal) => {
  const mod = await importOriginal<{ Converter: (o: object) => (s: string) => string }>();
  return { ...mod, Converter: (o: object) => { const c = mod.Converter(o); return (s: string) => { calls.n++; return c(s); }; } };
});

const { looksTraditional, toSimplified } = await import('../src/normalize/traditional.js');
const { parseBytes } = await import('../src/pipeline.js');

const root = join(import.meta.dirname, '..');
const line = (text: string, i = 0): Block => ({ kind: 'line', text, pos: { line: i + 1, column: 1 } });

// The check as it was, with regular expressions: the table must count the same.
const TRAD_RE = /[們個為爲這來國發會關對與經過長時實現頭將點問題區縣廳辦責單領導務業進設計劃條處統績監測組織總體層級應範開資濟維護環衛衞職參聯機構質價報農產産東車書買賣電話樂學習氣醫藥貸議論讓許說請讀變從還邊運達選鄉鎮觀覺際據標準備積極強優歲項類顧風飛館島齊龍萬營貿豐嚴財負貨費賽軍輕較載輸遠適鄰鐵銀鋼錢錄門間陽陰隊隨險難靈韓頁順須預顏願養餘馬驗黨廣濟審權義錯計劃線綫勞動護歷戰擴傳協園圍團圖場壓嚴執療監術規視親誌證識議財貧資幹廢廠構標歸彙]/gu;
const byRegex = (text: string) => {
  const sample = text.slice(0, 20000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 20 && (sample.match(TRAD_RE)?.length ?? 0) / han >= 0.05;
};

describe('the script check by code-point table', () => {
  it('agrees with the regular expressions on random mixes (astral Han, radicals, lone surrogates, the 20 000 cut)', () => {
    const pieces = ['國', '发', '這', '个', '𠀋', '𪚥', '⺀', '〇', '々', '豈', 'a', ' ', '\ud840', '\udc00', '。', '㐀'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 300 }), fc.nat(19990), (parts, pad) => {
      const text = parts.join('');
      expect(looksTraditional(text)).toBe(byRegex(text));
      const cut = 'x'.repeat(pad) + text; // the sample boundary falls anywhere, inside surrogate pairs too
      expect(looksTraditional(cut)).toBe(byRegex(cut));
    }), { numRuns: 300 });
  });
  it('agrees on every fixture text', () => {
    for (const f of ['guowuyuan-2022-jiedu-trad.txt', 'haizhou-2022.txt', 'guangdong-2021.txt', 'tinghu-2020-report.txt']) {
      const text = readFileSync(join(root, 'fixtures', f), 'utf8');
      expect(looksTraditional(text)).toBe(byRegex(text));
    }
  });
});

describe('decided per run of blocks', () => {
  it('a traditional notice under 20 Han characters is converted', async () => {
    const notice = await parseBytes(Buffer.from('1.推進工作(牽頭單位:區發改局)\n'), 'a.txt');
    expect(notice.source.script).toBe('traditional');
    expect(notice.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['推进工作', ['区发改局']]]);
  });
  it('a traditional part after 20 000 simplified characters is converted, the simplified part left as it is', async () => {
    const simplified = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8');
    const head = simplified.repeat(Math.ceil(21000 / simplified.length));
    const tail = ['國務院辦公廳關於落實重點工作分工的通知', '1.加強農田水利建設,推進農業現代化。(牽頭單位:水利部、農業部)'];
    const blocks = [...head.split('\n').map(line), ...tail.map(line)];
    const out = await toSimplified(blocks, { title: '標題' });
    expect(out).not.toBeNull();
    const texts = out!.blocks.map((b) => (b.kind === 'line' ? b.text : ''));
    expect(texts.slice(-2)).toEqual(['国务院办公厅关于落实重点工作分工的通知', '1.加强农田水利建设,推进农业现代化。(牵头单位:水利部、农业部)']);
    expect(texts.slice(0, -2)).toEqual(head.split('\n'));
    expect(out!.script).toBe('simplified');
    expect(out!.meta).toEqual({ title: '標題' }); // the document is simplified: its metadata is not touched
  });
  it('a simplified page with a 繁體版 link or a traditional name is not converted', async () => {
    const page = ['简体版 繁體版 信息无障碍 首页', '广东省人民政府关于印发2021年省政府工作报告重点任务分工方案的通知', '各地级以上市人民政府,省政府各部门、各直属机构:',
      '现将《2021年省政府工作报告重点任务分工方案》印发给你们,请认真组织实施。'];
    expect(await toSimplified(page.map(line), {})).toBeNull();
  });
  it('a traditional document converts whole, metadata too, through one converter call', async () => {
    const text = readFileSync(join(root, 'fixtures', 'guowuyuan-2022-jiedu-trad.txt'), 'utf8');
    const blocks = text.split('\n').map(line);
    blocks.push({ kind: 'table', pos: { line: 999, column: 1 }, rows: [[{ text: '牽頭單位', pos: { line: 999, column: 1 } }, { text: '國務院辦公廳\n發展改革委', pos: { line: 999, column: 9 } }]] });
    await toSimplified([line('國務院辦公廳關於落實重點工作分工的通知加強農田水利建設')], {}); // loads the converter
    calls.n = 0;
    const out = await toSimplified(blocks, { title: '國務院辦公廳', source: '發展改革委' });
    expect(calls.n).toBe(2); // one Taiwan pass and one Hong Kong pass over the whole document
    expect(out!.script).toBe('traditional');
    expect(out!.meta).toEqual({ title: '国务院办公厅', source: '发展改革委' });
    const table = out!.blocks[out!.blocks.length - 1];
    expect(table.kind === 'table' && table.rows[0].map((c) => c.text)).toEqual(['牵头单位', '国务院办公厅\n发展改革委']);
    expect(out!.blocks.length).toBe(blocks.length);
  });
});
