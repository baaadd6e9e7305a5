// The review page in a real browser (headless Chromium over the DevTools protocol): every task row is
// there, clicking a task scrolls its source line into view and back, the unit filter filters, the page
// asks for nothing over the network; a screenshot goes to test-output/review.png.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../src/schema.js';
import { Browser, findChromium, type Page } from './helpers/cdp.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'fenjie-review-browser-'));
const chromium = findChromium();
// .ci/run installs Chromium and sets FENJIE_REQUIRE_BROWSER: there a missing browser fails instead of skipping.
const required = !!process.env.FENJIE_REQUIRE_BROWSER;
if (!chromium && !required) console.warn('review-browser: no chromium on PATH, browser test skipped');
it.runIf(!chromium && required)('Chromium is on PATH (FENJIE_REQUIRE_BROWSER is set)', () => {
  expect(chromium, 'apt-get install -y chromium').not.toBeNull();
});

interface Rect { top: number; bottom: number; left: number; right: number; x: number; y: number }

describe.skipIf(!chromium)('review page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let notice: Notice;
  let damaged: string;
  const requests: string[] = [];
  let url: string;

  beforeAll(async () => {
    // A published notice with one task's lead unit cut out, so the page has a missing field to show.
    const lines = readFileSync(join(root, 'fixtures', 'haizhou-2022.txt'), 'utf8').split('\n');
    const k = lines.findIndex((l, i) => i > lines.length / 3 && /;牵头单位:[^;)]+/.test(l) && /^\d+\./.test(l));
    damaged = lines[k].match(/^\d+/)![0];
    lines[k] = lines[k].replace(/;牵头单位:[^;)]+/, '');
    writeFileSync(join(tmp, 'haizhou-2022.txt'), lines.join('\n'));
    // The built command, run where the notice is, so the page names it as a user would.
    const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), ...args], { cwd: tmp, encoding: 'utf8' });
    const parsed = run('haizhou-2022.txt');
    expect(parsed.status).toBe(0);
    notice = JSON.parse(parsed.stdout);
    const out = join(tmp, 'review.html');
    const r = run('review', 'haizhou-2022.txt', '-o', 'review.html');
    expect(r.status, r.stderr).toBe(0);
    url = pathToFileURL(out).href;
    browser = await Browser.launch(chromium!);
    page = await browser.page(1400, 900);
    page.on('Network.requestWillBeSent', (p) => requests.push((p.request as { url: string }).url));
    await page.goto(url);
  }, 30_000);

  afterAll(async () => { await browser?.close(); });

  const frame = () => page.eval('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
  const rect = (selector: string) => page.eval<Rect | null>(`(() => { const e = document.querySelector(${JSON.stringify(selector)}); if (!e) return null;
    const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
  /** Inside its scrolling pane's visible box and inside the window. */
  const visible = (selector: string, pane: string) => page.eval<boolean>(`(() => {
    const e = document.querySelector(${JSON.stringify(selector)}), p = document.querySelector(${JSON.stringify(pane)});
    if (!e || !p) return false; const r = e.getBoundingClientRect(), q = p.getBoundingClientRect();
    return r.top >= q.top && r.bottom <= q.bottom && r.top >= 0 && r.bottom <= innerHeight; })()`);
  const taskItems = (id: string) => page.eval<string[]>(`document.getElementById('task-${id}').dataset.items.split(' ')`);

  it('shows every task row, in order, and every missing field the validator reported', async () => {
    const ids = await page.eval<string[]>(`[...document.querySelectorAll('tr.task')].map((r) => r.id.slice(5))`);
    expect(ids).toEqual(notice.tasks.map((t) => t.id));
    expect(ids.length).toBeGreaterThan(100);
    const missing = notice.report.messages.filter((m) => m.rule.startsWith('missing-') && m.taskId && m.field);
    expect(missing.length).toBeGreaterThan(0);
    const cells = await page.eval<string[]>(`[...document.querySelectorAll('td.missing')].map((c) => c.closest('tr').id.slice(5) + ':' + c.dataset.field)`);
    expect(cells.sort()).toEqual(missing.map((m) => `${m.taskId}:${m.field}`).sort());
    expect(await page.eval<number>(`document.querySelectorAll('.msg').length`)).toBe(notice.report.messages.length);
  });

  it('clicking a task scrolls its source line into view, highlighted; its back link returns to the task', async () => {
    const last = notice.tasks.at(-1)!;
    const [first] = await taskItems(last.id);
    expect(await visible(`#${first}`, '#source')).toBe(false);
    await page.eval(`document.getElementById('task-${last.id}').scrollIntoView({ block: 'center' })`);
    await frame();
    const at = (await rect(`#task-${last.id} td:nth-child(2)`))!;
    await page.click(at.x, at.y);
    await frame();
    expect(await visible(`#${first}`, '#source')).toBe(true);
    expect(await page.eval(`document.getElementById('${first}').classList.contains('hit')`)).toBe(true);
    expect(await page.eval(`document.querySelector('#${first}').textContent.includes(${JSON.stringify(last.text.slice(0, 8))})`)).toBe(true);
    expect(await page.eval('location.hash')).toBe(`#task-${last.id}`);

    // Back: the first task's link beside its source line.
    const t1 = notice.tasks[0];
    const [s1] = await taskItems(t1.id);
    await page.eval(`document.getElementById('${s1}').scrollIntoView({ block: 'center' })`);
    await frame();
    expect(await visible(`#task-${t1.id}`, '#tasks')).toBe(false);
    const link = (await rect(`#${s1} a.back-link[data-task="${t1.id}"]`))!;
    await page.click(link.x, link.y);
    await frame();
    expect(await visible(`#task-${t1.id}`, '#tasks')).toBe(true);
    expect(await page.eval(`document.getElementById('task-${t1.id}').classList.contains('hit')`)).toBe(true);
  });

  it('the unit filter keeps exactly the tasks that name the unit', async () => {
    const count = new Map<string, number>();
    for (const t of notice.tasks) for (const u of new Set([...t.leadUnits, ...t.coUnits])) count.set(u, (count.get(u) ?? 0) + 1);
    const [unit, n] = [...count].sort((a, b) => b[1] - a[1])[0];
    const shown = async (value: string) => {
      await page.eval(`(() => { const s = document.getElementById('unit'); s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); })()`);
      return page.eval<number>(`[...document.querySelectorAll('tr.task')].filter((r) => r.offsetParent !== null).length`);
    };
    expect(await shown(unit)).toBe(n);
    expect(n).toBeLessThan(notice.tasks.length);
    expect(await shown('')).toBe(notice.tasks.length);
  });

  it('a notice published as an HTML table: clicking a task scrolls to its table row', async () => {
    const src = join(root, 'fixtures', 'published', 'caidian-2023.table.html');
    const out = join(tmp, 'table.html');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), 'review', src, '-o', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const doc: Notice = JSON.parse(spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), src], { encoding: 'utf8' }).stdout);
    const tab = await browser.page(1400, 900);
    await tab.goto(pathToFileURL(out).href);
    const ids = await tab.eval<string[]>(`[...document.querySelectorAll('tr.task')].map((r) => r.id.slice(5))`);
    expect(ids).toEqual(doc.tasks.map((t) => t.id));
    const last = doc.tasks.at(-1)!;
    const first = await tab.eval<string>(`document.getElementById('task-${last.id}').dataset.items.split(' ')[0]`);
    expect(await tab.eval(`document.getElementById('${first}').tagName`)).toBe('TR');
    await tab.eval(`document.getElementById('task-${last.id}').scrollIntoView({ block: 'center' })`);
    const at = await tab.eval<{ x: number; y: number }>(`(() => { const r = document.querySelector('#task-${last.id} td:nth-child(2)').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
    await tab.click(at.x, at.y);
    await tab.eval('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
    expect(await tab.eval<boolean>(`(() => { const r = document.getElementById('${first}').getBoundingClientRect(), q = document.getElementById('source').getBoundingClientRect();
      return r.top >= q.top && r.bottom <= q.bottom; })()`)).toBe(true);
    expect(await tab.eval(`document.getElementById('${first}').textContent.includes(${JSON.stringify(last.text.slice(0, 8))})`)).toBe(true);
    await tab.close();
  });

  it('loads nothing but itself, and leaves a screenshot in test-output/', async () => {
    // The damaged task selected: its source line highlighted, its missing lead unit shaded.
    const task = notice.tasks.find((t) => t.number === damaged)!;
    await page.eval(`document.getElementById('task-${task.id}').scrollIntoView({ block: 'center' })`);
    await frame();
    const at = (await rect(`#task-${task.id} td:nth-child(2)`))!;
    await page.click(at.x, at.y);
    await frame();
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    mkdirSync(join(root, 'test-output'), { recursive: true });
    writeFileSync(join(root, 'test-output', 'review.png'), png);
    expect(requests).toEqual([url]);
  });
});
