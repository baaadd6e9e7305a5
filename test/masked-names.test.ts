// Names a published copy masked (***, ×××, ****分局) are names as written.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

const parse = (text: string) => parseBytes(Buffer.from(text), 'm.txt');

describe('masked names (a published copy hid them)', () => {
  it('a 责任人 line of masked names gives one leader a mask, repeats kept; a group line after sub-items gives them to each', async () => {
    const n = await parse('一、宣传报道\n1.开展专题宣传。每月刊发2篇。\n责任人:***、×××\n2.组织系列报道\n(1)报道项目进展。\n(2)报道典型经验。\n责任人:李明、***、***\n');
    expect(n.tasks.map((t) => [t.number, t.leaders])).toEqual([
      ['1', ['***', '×××']],
      ['(1)', ['李明', '***', '***']],
      ['(2)', ['李明', '***', '***']],
    ]);
  });
});
