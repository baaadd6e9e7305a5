// The validator: completeness per field, and numbering over every item.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = (text: string) => parseBytes(Buffer.from(text), 'v.txt');

describe('validator', () => {
  it('reports a gap in the numbering at the item after it', async () => {
    const n = await parse('1.甲。(牵头单位:甲局)\n2.乙。(牵头单位:乙局)\n4.丁。(牵头单位:丁局)\n');
    const gap = n.report.messages.find((m) => m.rule === 'numbering-gap');
    expect(gap).toMatchObject({ line: 3, column: 1, taskId: 't3' });
  });
  it('reports a repeated number', async () => {
    const n = await parse('1.甲。(牵头单位:甲局)\n2.乙。(牵头单位:乙局)\n2.丙。(牵头单位:丙局)\n');
    expect(n.report.messages.some((m) => m.rule === 'duplicate-number' && m.line === 3)).toBe(true);
  });
  it('numbering restarting under a new heading is no gap', async () => {
    const n = await parse('一、甲\n1.甲。(牵头单位:甲局)\n2.乙。(牵头单位:乙局)\n二、乙\n1.丙。(牵头单位:丙局)\n');
    expect(n.report.messages.filter((m) => m.rule.startsWith('numbering') || m.rule === 'duplicate-number')).toEqual([]);
  });
  it('counts an occasional field only where it is used, a consistent one on every task', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${i + 1}.任务${i + 1}。(牵头单位:${i === 4 ? '' : '甲局'}${i < 3 ? ';配合单位:乙局' : ''})`);
    const n = await parse(lines.join('\n'));
    expect(n.report.fields.coUnits).toEqual({ expected: 3, found: 3 });
    expect(n.report.fields.leadUnits).toEqual({ expected: 10, found: 9 });
    expect(n.report.messages.filter((m) => m.rule === 'missing-lead-unit').map((m) => m.line)).toEqual([5]);
  });
  it('a notice without any leader is not missing leaders', async () => {
    const n = await parse('1.甲。(牵头单位:甲局)\n');
    expect(n.report.fields.leaders).toBeUndefined();
  });
});

describe('numbering with one-character markers', () => {
  it('reads ⑴ ⑵ ⑷ as 1 2 4 and reports the gap', async () => {
    const r = await parse('⑴推进甲。(牵头单位:区发改局)\n⑵推进乙。(牵头单位:区财政局)\n⑷推进丁。(牵头单位:区财政局)\n');
    expect(r.report.messages.filter((m) => m.rule === 'numbering-gap').map((m) => m.message)).toEqual(['numbering jumps from ⑵ to ⑷: 1 item(s) missing?']);
  });
});
