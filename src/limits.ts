// Per-file bounds, so that one hostile or runaway file fails alone with a clear message instead of
// taking gigabytes (or ending in "Invalid string length"). Far above any published notice: the
// largest ones hold a few hundred tasks and a few hundred thousand characters.
import { InputError } from './errors.js';
import { msg } from './model.js';
import type { Message, Task } from './schema.js';

/** Characters of text after extraction (the HTML source has its own limit of the same size). */
export const MAX_TEXT_CHARS = 16 * 1024 * 1024;
/** Lines and table rows after extraction, checked before the slower stages run on them. */
export const MAX_LINES = 200_000;
/** Numbered items (candidate tasks) in one file. */
export const MAX_ITEMS = 20_000;
/** Report messages listed; the rest are counted in one `messages-truncated` message. */
export const MAX_MESSAGES = 10_000;
/** Characters of task text the JSON would hold (sections repeat in every task under them). */
export const MAX_OUTPUT_CHARS = 64 * 1024 * 1024;

const m = (n: number) => `${(n / 1048576).toFixed(1)} M`;

export function checkText(chars: number): void {
  if (chars > MAX_TEXT_CHARS) throw new InputError(`too much text (${m(chars)} characters, limit ${m(MAX_TEXT_CHARS)}): not a notice`);
}

export function checkLines(lines: number): void {
  if (lines > MAX_LINES) throw new InputError(`too many lines (${lines.toLocaleString('en-US')} lines and table rows, limit ${MAX_LINES.toLocaleString('en-US')}): not a notice`);
}

export function checkItems(items: number): void {
  if (items > MAX_ITEMS) throw new InputError(`too many numbered items (${items.toLocaleString('en-US')}, limit ${MAX_ITEMS.toLocaleString('en-US')}): not a notice`);
}

/** The text the tasks would put in the JSON, counted before it is written. */
export function checkOutput(tasks: Task[]): void {
  let chars = 0;
  for (const t of tasks) {
    chars += t.text.length + (t.title?.length ?? 0) + 200;
    for (const s of t.sections) chars += s.title.length + (s.marker?.length ?? 0);
    for (const list of [t.leaders, t.leadUnits, t.coUnits]) for (const x of list) chars += x.length;
    if (chars > MAX_OUTPUT_CHARS) throw new InputError(`the output would be too large (more than ${m(MAX_OUTPUT_CHARS)} characters of tasks; ${tasks.length.toLocaleString('en-US')} tasks): not a notice`);
  }
}

/** At most MAX_MESSAGES messages (sorted by place), then one that counts the rest. */
export function capMessages(messages: Message[]): Message[] {
  if (messages.length <= MAX_MESSAGES) return messages;
  const rest = messages.length - MAX_MESSAGES;
  const kept = messages.slice(0, MAX_MESSAGES);
  kept.push(msg('warning', 'messages-truncated', null, `${rest.toLocaleString('en-US')} more messages not listed (at most ${MAX_MESSAGES.toLocaleString('en-US')} per file)`));
  return kept;
}
