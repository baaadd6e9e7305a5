// parse units and parse diff on the fixtures: a notice against a next-year version of it made here.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'fenjie-facts-'));
const haizhou = join(root, 'fixtures', 'haizhou-2022.txt');

/** Next year's notice: one target changed, one unit spelled out in full, task 13 gone, a new task 110. */
function nextYear(): string {
  const text = readFileSync(haizhou, 'utf8')
    .replace('1.地区生产总值增长7.5%', '1.地区生产总值增长6.5%左右')
    .replace('4.工业应税销售收入增长20%。(牵头领导:王从峰;牵头单位:区工信局)', '4.工业应税销售收入增长20%。(牵头领导:王从峰;牵头单位:区工业和信息化局)')
    .replace(/^13\..*$/m, '')
    .replace(/2022/g, '2023');
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => /^109\./.test(l));
  lines.splice(last + 1, 0, '', '110.建成海州区低空经济产业园,引进无人机企业5家。(牵头领导:王从峰;牵头单位:区发改局)');
  return lines.join('\n');
}

describe('parse diff', () => {
  const next = join(tmp, 'haizhou-2023.txt');
  writeFileSync(next, nextYear());

  it('carries over the matched tasks, with what changed; reports the added and dropped ones', async () => {
    const r = await cli(['diff', haizhou, next, '--json']);
    expect(r.code, r.err).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.summary).toMatchObject({ carried: 108, added: 1, dropped: 1 });
    expect(d.dropped.map((t: { number: string }) => t.number)).toEqual(['13']);
    expect(d.added[0].text).toMatch(/低空经济/);
    const gdp = d.carried.find((c: { from: { number: string } }) => c.from.number === '1');
    expect(gdp.changes.targets).toEqual([{ indicator: '地区生产总值', from: '7.5%', to: '6.5%左右' }]);
    // 区工信局 -> 区工业和信息化局 is one unit spelled two ways: no change.
    const t4 = d.carried.find((c: { from: { number: string } }) => c.from.number === '4');
    expect(t4.changes).toEqual({});
    const gx = d.units.find((u: { name: string }) => u.name === '区工业和信息化局');
    expect(gx.lead[1]).toBe(gx.lead[0] - 1); // task 13 was led by it
  });

  it('prints the readable form with --text', async () => {
    const r = await cli(['diff', haizhou, next, '--text']);
    expect(r.out).toMatch(/108 carried over \(\d+ changed\), 1 added, 1 dropped/);
    expect(r.out).toMatch(/target 地区生产总值: 7\.5% → 6\.5%左右/);
  });

  it('a notice against itself: everything carried over, nothing changed', async () => {
    const d = JSON.parse((await cli(['diff', haizhou, haizhou, '--json'])).out);
    expect(d.summary).toEqual({ carried: 109, changed: 0, added: 0, dropped: 0 });
    for (const u of d.units) expect(u.lead[0]).toBe(u.lead[1]);
  });

  it('a missing input: one line naming it, exit 1', async () => {
    const r = await cli(['diff', haizhou, join(tmp, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.txt: no such file/);
  });
});

describe('parse units', () => {
  it('lists each unit with its tasks per notice; notices of one place share their units', async () => {
    const next = join(tmp, 'haizhou-2023.txt');
    writeFileSync(next, nextYear());
    const r = await cli(['units', haizhou, next, join(root, 'fixtures', 'lishan-2023.txt')]);
    expect(r.code, r.err).toBe(0);
    const { notices, units } = JSON.parse(r.out);
    expect(notices).toBe(3);
    const gx = units.find((u: { name: string }) => u.name === '区工业和信息化局');
    expect(gx.place).toBe('海州区');
    expect(gx.aliases).toEqual(expect.arrayContaining(['区工信局', '工信局', '区工业和信息化局']));
    expect(gx.notices).toHaveLength(2);
    // 立山区's 区工信局 is another organ.
    const lishan = units.find((u: { place: string; aliases: string[] }) => u.place === '立山区' && u.aliases.includes('区工信局'));
    expect(lishan.notices).toHaveLength(1);
  });

  it('--csv: one row per unit, notice, role and task', async () => {
    const r = await cli(['units', haizhou, '--csv']);
    const rows = r.out.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('单位,别名,文件,年度,分工,任务,序号,任务内容,完成时限,截止日期');
    const doc = JSON.parse((await cli([haizhou])).out);
    const assignments = doc.tasks.reduce((n: number, t: { leadUnits: string[]; coUnits: string[] }) => n + t.leadUnits.length + t.coUnits.length, 0);
    expect(rows.length - 1).toBeLessThanOrEqual(assignments);
    expect(rows.length - 1).toBeGreaterThan(100);
  });

  it('reads fenjie JSON documents as well as notices; a JSON file that is no document fails alone', async () => {
    const json = join(tmp, 'haizhou.json');
    writeFileSync(json, (await cli([haizhou])).out);
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"a":1}');
    const r = await cli(['units', json, bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json: not a fenjie document/);
    expect(JSON.parse(r.out).notices).toBe(1);
  });

  it('in a folder, .json files that are no fenjie documents are left out, and said so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fenjie-units-'));
    writeFileSync(join(dir, 'haizhou.json'), (await cli([haizhou])).out);
    writeFileSync(join(dir, 'manifest.json'), '{"files":[]}');
    const r = await cli(['units', dir]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/left out 1 \.json file/);
    expect(JSON.parse(r.out).notices).toBe(1);
  });
});
