// Linear HTML extraction on the shape that was quadratic (issue 13): a <p> of 256k characters whose
// source breaks lines every few characters (every break read the end of the growing line), and the
// same text in a <pre> (every line mapped its position from the start of the text node). No timing:
// the extractor counts the characters it handles (flowWork), compared on n and 4n.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { flowWork } from '../src/extract/html-flow.js';

const body = (chars: number) => Array.from({ length: chars / 8 }, (_, i) => `推进工作${String(i % 1000).padStart(3, '0')}\n`).join('');

function run(html: string) {
  flowWork.chars = 0;
  const doc = extractHtml(html);
  return { work: flowWork.chars, doc };
}

describe('HTML flow is linear', () => {
  it('a <p> of 256k characters broken every 8: 4× the input, ~4× the work, one line of 4× the text', () => {
    const small = run(`<html><body><p>${body(64000)}</p></body></html>`);
    const big = run(`<html><body><p>${body(256000)}</p></body></html>`);
    expect(big.doc.blocks).toHaveLength(1);
    const text = (d: typeof big) => (d.doc.blocks[0].kind === 'line' ? d.doc.blocks[0].text : '');
    // each source break (after a digit) becomes one space; the last one is trimmed
    expect(text(big).length).toBe(256000 - 1);
    expect(text(big).length + 1).toBe(4 * (text(small).length + 1));
    expect(small.work).toBeGreaterThan(64000 / 2);
    expect(big.work / small.work).toBeLessThan(4.5);
  });
  it('the same text in a <pre>: one line per source line, positions in one pass', () => {
    const small = run(`<html><body><pre>${body(64000)}</pre></body></html>`);
    const big = run(`<html><body><pre>${body(256000)}</pre></body></html>`);
    expect(big.doc.blocks.length).toBe(256000 / 8);
    expect(big.doc.blocks.length).toBe(4 * small.doc.blocks.length);
    const last = big.doc.blocks[big.doc.blocks.length - 1];
    expect(last).toMatchObject({ kind: 'line', text: '推进工作999', pos: { line: 256000 / 8, column: 1 } });
    expect(big.work / small.work).toBeLessThan(4.5);
  });
});
