// The flow: decode -> extract -> normalize -> segment -> formats (assemble) -> validate -> Notice.
import { createHash } from 'node:crypto';
import { assemble } from './assemble/index.js';
import { decode } from './decode/index.js';
import { InputError } from './errors.js';
import { extract } from './extract/index.js';
import { itemFormats, tableFormats } from './formats/index.js';
import { addFacts } from './facts/index.js';
import { capMessages, checkItems, checkLines, checkOutput, checkText } from './limits.js';
import { extractDocument } from './metadata/index.js';
import { forgetAnswers } from './memo.js';
import { readsAsReading } from './recognize/reading.js';
import { readsAsReport } from './recognize/report-page.js';
import { msg } from './model.js';
import { normalize } from './normalize/index.js';
import type { Notice } from './schema.js';
import { segment } from './segment/index.js';
import { completeness, numbering } from './validate/index.js';

export interface ParseOptions { encoding?: string }

export async function parseBytes(bytes: Buffer, path: string, options: ParseOptions = {}): Promise<Notice> {
  forgetAnswers(); // answers kept for the last document (src/memo.ts)
  const decoded = decode(bytes, path, options.encoding);
  checkText(decoded.text.length);
  const extracted = await extract(decoded);
  checkLines(extracted.blocks.reduce((n, b) => n + (b.kind === 'line' ? 1 : b.rows.length), 0));
  const doc = await normalize(extracted);
  const lines: string[] = []; // each line's text, each table row's cells joined (a loop: flatMap made an array a line)
  for (const b of doc.blocks) {
    if (b.kind === 'line') lines.push(b.text);
    else for (const r of b.rows) lines.push(r.map((c) => c.text).join(' '));
  }
  // One rule for empty files: no bytes, or nothing but white space (BOM, U+3000 …), is an input error.
  if (!lines.some((l) => l.trim())) throw new InputError('empty file (no text, only white space)');
  checkText(lines.reduce((n, l) => n + l.length, 0));
  const units = segment(doc);
  checkItems(units.reduce((n, u) => n + (u.kind === 'item' ? 1 : 0), 0));
  const reportPage = readsAsReport(lines);
  const assembled = assemble(units, itemFormats(), tableFormats(), lines.join('\n'), { reportPage });
  const { messages, parsers } = assembled;
  let { tasks, numbered } = assembled;
  // (a notice whose only task the page cut off inside its assignment still assigns: a task list with no task read)
  let document = extractDocument(lines, doc.meta, tasks.length > 0 || assembled.cutOff > 0, { reportPage });
  if (tasks.length && readsAsReading(document.title, lines)) {
    // a policy reading describes the tasks of a notice; it assigns none of them
    messages.push(msg('info', 'reading', tasks[0].span.start, `the page reads as a policy reading: ${tasks.length} item(s) with names are described, not assigned, and are not read as tasks`));
    tasks = [];
    numbered = [];
    document = { ...document, kind: 'other' };
  }
  checkOutput(tasks);
  const facts = addFacts(tasks, document); // task.due, milestones, targets; document.units (src/facts)
  const { fields, messages: missing } = completeness(tasks);
  const all = [...doc.messages, ...messages, ...missing, ...numbering(numbered), ...facts];
  if (!tasks.length && document.kind === 'task-list') {
    all.unshift(msg('info', 'no-tasks', null, 'every task the file assigns is cut off at its end: none is read'));
  } else if (!tasks.length) {
    all.unshift(msg('info', 'no-tasks', null, 'no task assignments found (no 牵头/责任 fields, no task table): the file reads as a report or a policy reading, not a task list'));
  }
  all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const listed = capMessages(all);
  // Typed against the zod schema; the schema itself (zod) loads only where it is needed, not per parse.
  return {
    schemaVersion: 1 as const,
    source: {
      path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length,
      encoding: decoded.encoding, format: decoded.format, script: doc.script,
    },
    document,
    tasks,
    report: { parsers, messages: listed, fields },
  };
}
