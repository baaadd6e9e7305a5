// Double-spaced text: a blank line after every line (pages copied from some viewers and mirrors).
// There a single blank line says nothing and a paragraph break shows as three; the text reads as it
// would without the doubling: every run of blanks one shorter, halved (1 -> 0, 3 -> 1, 5 -> 2).
import type { Block } from '../model.js';
import { cleanText } from './index.js';

const MIN_GAPS = 3;

const isBlank = (b: Block) => b.kind === 'line' && !cleanText(b.text).trim();

export function undoubleSpace(blocks: Block[]): Block[] {
  // a double-spaced copy of double-spaced text reads as that text, and then as the text without blanks
  for (let i = 0; i < 3; i++) {
    const out = undoubleOnce(blocks);
    if (out === blocks) break;
    blocks = out;
  }
  return blocks;
}

function undoubleOnce(blocks: Block[]): Block[] {
  const gaps: number[] = [];
  let run = 0, seen = false;
  for (const b of blocks) {
    if (isBlank(b)) { run++; continue; }
    if (seen) gaps.push(run);
    seen = true; run = 0;
  }
  // every pair of neighbouring lines apart (no line followed directly by another) by an odd run of
  // blanks, as doubling makes them: a text of its own with one- and two-line gaps is left as it is
  if (gaps.length < MIN_GAPS || gaps.some((g) => g % 2 === 0)) return blocks;
  const out: Block[] = [];
  let blanks: Block[] = [];
  for (const b of blocks) {
    if (isBlank(b)) { blanks.push(b); continue; }
    out.push(...blanks.slice(0, Math.floor((blanks.length - 1) / 2)));
    blanks = [];
    out.push(b);
  }
  out.push(...blanks);
  return out;
}
