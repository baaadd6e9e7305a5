// A page scraped flat (every line of the notice joined by spaces) parses like the notice itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/index.js';
import { parseBytes } from '../src/pipeline.js';

const fixtures = ['haizhou-2022', 'haicheng-2023', 'caidian-2023', 'guangdong-2021', 'xialu-2020', 'lishan-2023', 'tongxiang-2020', 'gangcheng-2021-yingshang'];

describe('flat pages', () => {
  for (const name of fixtures) {
    it(`${name}: same tasks and metadata when scraped onto one line`, async () => {
      const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', `${name}.txt`), 'utf8');
      const flat = text.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
      const a = await parseBytes(Buffer.from(text), `${name}.txt`);
      const b = await parseBytes(Buffer.from(flat), `${name}-flat.txt`);
      expect(b.tasks.length).toBe(a.tasks.length);
      expect(compare({ document: a.document, tasks: a.tasks }, b).differences).toEqual([]);
      expect(b.tasks.every((t) => t.span.start.line === 1)).toBe(true);
    });
  }
});
