// Issue 9, bounds per file (text, items, XML and HTML elements, output, messages) and one rule for
// empty files (no bytes, or only white space) — each a clear input error, never gigabytes or a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { extractHtml } from '../src/extract/html.js';
import { MAX_ELEMENTS as MAX_HTML_ELEMENTS } from '../src/extract/html-dom.js';
import { MAX_ELEMENTS, parseXml } from '../src/extract/xml.js';
import { capMessages, checkOutput, MAX_ITEMS, MAX_LINES, MAX_MESSAGES, MAX_OUTPUT_CHARS, MAX_TEXT_CHARS } from '../src/limits.js';
import { msg } from '../src/model.js';
import { parseBytes } from '../src/pipeline.js';
import type { Task } from '../src/schema.js';
import { cli } from './helpers/cli.js';

const fails = async (p: Promise<unknown>, message: RegExp) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(InputError);
  expect((e as Error).message).toMatch(message);
};

describe('item 9: bounds per file', () => {
  it(`more than ${MAX_ITEMS} numbered items is an input error`, async () => {
    const text = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `${(i % 900) + 1}.a`).join('\n');
    await fails(parseBytes(Buffer.from(text), 'x.txt'), /too many numbered items \(20,001, limit 20,000\)/);
  });

  it(`more than ${MAX_LINES} lines is an input error before they are normalized and segmented`, async () => {
    await fails(parseBytes(Buffer.from(`${'甲\n'.repeat(MAX_LINES)}甲`), 'x.txt'), /too many lines \(200,001 lines/);
  });

  it('more text than the limit is an input error before it is parsed', async () => {
    await fails(parseBytes(Buffer.alloc(MAX_TEXT_CHARS + 1, 'a'), 'x.txt'), /too much text/);
  });

  it('an XML part with more elements than the limit is refused', () => {
    const xml = `<a>${'<b/>'.repeat(MAX_ELEMENTS + 1)}</a>`;
    expect(() => parseXml(xml, 'word/document.xml')).toThrow(/more than 1,000,000 XML elements/);
  });

  it('an HTML page with more elements than the limit is refused before parsing', () => {
    expect(() => extractHtml(`<html><body>${'<p>甲</p>'.repeat(MAX_HTML_ELEMENTS + 1)}</body></html>`)).toThrow(/more than 200,000 HTML elements/);
  });

  it('tasks whose JSON would be too large are refused (sections repeat in every task)', () => {
    const heading = { marker: '一', title: '甲'.repeat(1 << 20) };
    const task = { text: '推进工作', title: null, sections: [heading], leaders: [], leadUnits: [], coUnits: [] } as unknown as Task;
    const under = Array.from({ length: Math.floor(MAX_OUTPUT_CHARS / (1 << 20)) - 1 }, () => task);
    expect(() => checkOutput(under)).not.toThrow();
    expect(() => checkOutput([...under, task, task])).toThrow(/output would be too large/);
  });

  it('messages past the limit are counted in one message, not listed', () => {
    const many = Array.from({ length: MAX_MESSAGES + 5 }, (_, i) => msg('warning', 'numbering-gap', { line: i + 1, column: 1 }, 'gap'));
    const kept = capMessages(many);
    expect(kept).toHaveLength(MAX_MESSAGES + 1);
    expect(kept.at(-1)).toMatchObject({ rule: 'messages-truncated', message: expect.stringMatching(/^5 more messages/) });
  });
});

describe('item 20: one rule for empty files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fenjie-empty-'));
  const files: Record<string, Buffer> = {
    'zero.txt': Buffer.alloc(0), 'spaces.txt': Buffer.from(' \n\t\r\n  \n'), 'bom.txt': Buffer.from('\uFEFF'),
    'ideographic.txt': Buffer.from('\u3000\u3000\n\u3000'), 'bom-spaces.html': Buffer.from('\uFEFF<html><body> \u3000 </body></html>'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  for (const name of Object.keys(files)) {
    it(`${name}: exit 1, "empty file"`, async () => {
      const r = await cli([join(dir, name)]);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(new RegExp(`^parse: ${join(dir, name).replace(/[.]/g, '\\.')}: empty file`));
    });
  }
});
