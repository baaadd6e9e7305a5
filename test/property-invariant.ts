// The invariants every parse keeps, whatever the input (used by test/property*.test.ts).
//
// 1. The parse ends in one of two ways: a document that satisfies the zod schema (the contract), or an
//    InputError (the one-line "cannot read this file" answer). Any other exception is a crash.
// 2. Nothing is dropped silently (SCHEMA.md, "The report"): every numbered item the segmenter saw is
//      a) a task — a task whose span starts where the item's marker line starts, or
//      b) reported — an `unparsed-item` or `missing-assignment` message at that same line:column, or
//      c) a heading — the next numbered item (with no break line in between) has another kind of
//         marker, so it can sit under this one (一、 over (一), (一) over 1., …); a heading becomes
//         a section of the tasks under it rather than a task of its own.
//    The items are those of segment() over the normalized document, built exactly as src/pipeline.ts
//    builds them. (c) is a necessary condition of being a heading, not a sufficient one: an item that
//    fails (a) and (b) and could not possibly be a heading is a silently dropped item. An item that a
//    later task names among its sections is a heading too (its tasks may be unlabelled paragraphs).
//    Unlabelled paragraphs count as well: every line but a key line (牵头单位:…) that ends in an
//    assignment ("推进戊工作(牵头单位:己)"), outside items or after the first such line of an item (the
//    item's own), lies in a task's span, has a message at its line, or is part of a heading's title.
// 3. Task ids are unique; every message and task position is 1-based and, for text and HTML, within
//    the decoded text's lines (docx positions count paragraphs and are only checked to be ≥ 1).
import { expect } from 'vitest';
import { decode } from '../src/decode/index.js';
import { InputError } from '../src/errors.js';
import { extract } from '../src/extract/index.js';
import { normalize } from '../src/normalize/index.js';
import { parseBytes } from '../src/pipeline.js';
import { Notice } from '../src/schema.js';
import { segment, type Item, type Unit } from '../src/segment/index.js';
import { endsWithAssignment } from '../src/segment/bare-items.js';
import { KEY_LINE } from '../src/assign/keys.js';

export type Outcome = { notice: Notice; error?: undefined } | { notice?: undefined; error: InputError };

/** Parses; returns the document or the InputError, and rethrows anything else (a crash). */
export async function outcome(bytes: Buffer, path: string): Promise<Outcome> {
  try {
    return { notice: await parseBytes(bytes, path) };
  } catch (e) {
    if (e instanceof InputError) return { error: e };
    throw e;
  }
}

/** The numbered items of the document, as the pipeline sees them, with whether each can be a heading. */
async function unitsOf(bytes: Buffer, path: string): Promise<Unit[]> {
  return segment(await normalize(await extract(decode(bytes, path))));
}

export async function numberedItems(bytes: Buffer, path: string): Promise<Array<{ item: Item; canHead: boolean }>> {
  const units = await unitsOf(bytes, path);
  const out: Array<{ item: Item; canHead: boolean }> = [];
  units.forEach((u, i) => {
    if (u.kind !== 'item') return;
    let canHead = false;
    for (let k = i + 1; k < units.length; k++) {
      const next = units[k];
      if (next.kind === 'break') break;
      if (next.kind !== 'item') continue;
      canHead = next.marker.type !== u.marker.type;
      break;
    }
    out.push({ item: u, canHead });
  });
  return out;
}

// (truncated: an item the file ends inside, reported at its line)
const ACCOUNTED = new Set(['unparsed-item', 'missing-assignment', 'truncated']);
const key = (p: { line: number | null; column: number | null }) => `${p.line}:${p.column}`;

/** Items neither a task, nor reported, nor possibly a heading: what the report silently dropped. */
export async function droppedItems(bytes: Buffer, path: string, notice: Notice): Promise<string[]> {
  const taskStarts = new Set(notice.tasks.map((t) => key(t.span.start)));
  const reported = new Set(notice.report.messages.filter((m) => ACCOUNTED.has(m.rule)).map(key));
  const dropped: string[] = [];
  const squash = (t: string) => t.replace(/\s+/g, '');
  const itemText = (item: Item) => squash([item.head, ...item.lines.map((l) => l.text)].join(''));
  const named = (item: Item) => !!item.marker.label && notice.tasks.some((t) => after(t.span.start, item.line.pos)
    && t.sections.some((s) => s.marker === item.marker.label && itemText(item).includes(squash(s.title).slice(0, 8))));
  for (const { item, canHead } of await numberedItems(bytes, path)) {
    const at = key(item.line.pos);
    if (taskStarts.has(at) || reported.has(at) || canHead || named(item)) continue;
    dropped.push(`${at} ${item.marker.label || '(bare)'} ${item.line.text.slice(0, 40)}`);
  }
  const inSpan = (p: { line: number; column: number }) => notice.tasks.some((t) => after(p, t.span.start) && after(t.span.end, p));
  const messaged = new Set(notice.report.messages.map((m) => m.line));
  // a heading's own assignment line is part of its title, a section of the tasks under it
  const titles = notice.tasks.flatMap((t) => t.sections.map((x) => squash(x.title)));
  // (a title never keeps the block it was assigned by: compare the text before a closing bracket)
  const heads = (text: string) => {
    const t = squash(text.replace(/[((][^()()]*[))]\s*$/u, '') || text).slice(0, 8);
    return titles.some((x) => x.includes(t));
  };
  for (const u of await unitsOf(bytes, path)) {
    // an item's first line that ends in an assignment is its own; the ones after it are other tasks
    const own = u.kind === 'item' ? [u.head, ...u.lines.map((l) => l.text)].findIndex(endsWithAssignment) : -1;
    const lines = u.kind === 'item' ? (own < 0 ? [] : u.lines.slice(own)) : u.kind === 'free' ? [u.line] : [];
    // a paragraph's message sits at its first line: the lines since the last one that ended in an assignment
    let since = 0;
    lines.forEach((l, i) => {
      const ends = !KEY_LINE.test(l.text) && endsWithAssignment(l.text);
      const reportedRun = lines.slice(since, i + 1).some((x) => messaged.has(x.pos.line));
      if (ends && !inSpan(l.pos) && !reportedRun && !heads(l.text)) dropped.push(`${key(l.pos)} (unlabelled) ${l.text.slice(0, 40)}`);
      if (ends) since = i + 1;
    });
  }
  return dropped;
}

/** a is at or after b (line, then column). */
const after = (a: { line: number | null; column: number | null }, b: { line: number | null; column: number | null }) =>
  (a.line ?? 0) > (b.line ?? 0) || ((a.line ?? 0) === (b.line ?? 0) && (a.column ?? 0) >= (b.column ?? 0));

/** Asserts invariants 1–3 on one input; returns the outcome for further checks. */
export async function expectInvariants(bytes: Buffer, path: string): Promise<Outcome> {
  const result = await outcome(bytes, path);
  if (result.error) {
    expect(result.error.message.length).toBeGreaterThan(0);
    expect(result.error.message).not.toContain('\n');
    return result;
  }
  const notice = result.notice;
  const checked = Notice.safeParse(notice);
  expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3))).toBe(true);
  expect(new Set(notice.tasks.map((t) => t.id)).size).toBe(notice.tasks.length);
  if (notice.source.format !== 'docx') {
    const lineCount = decode(bytes, path).text.split(/\r\n|\r|\n/).length;
    for (const t of notice.tasks) {
      expect(t.span.start.line).toBeLessThanOrEqual(lineCount);
      expect(t.span.end.line).toBeLessThanOrEqual(lineCount);
    }
    for (const m of notice.report.messages) if (m.line !== null) expect(m.line).toBeLessThanOrEqual(lineCount);
  }
  expect(await droppedItems(bytes, path, notice)).toEqual([]);
  return result;
}
