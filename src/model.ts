// The document model shared by every stage after `extract`.
import type { Message } from './schema.js';

export interface Pos { line: number; column: number }

/** One line of text, with the place its first character has in the decoded source. */
export interface TextLine {
  kind: 'line'; text: string; pos: Pos;
  /** Set by a segment reader that knows the line opens a task (a labelled record's first field). */
  opensTask?: boolean;
}

export interface Cell { text: string; pos: Pos }

/** A table after merged cells are expanded: every row has one cell per column. */
export interface TableBlock {
  kind: 'table'; rows: Cell[][]; pos: Pos;
  /** The file ends inside the last row (a page cut off there): that row is reported, not read as a task. */
  cutOff?: boolean;
}

export type Block = TextLine | TableBlock;

export interface DocModel {
  format: 'text' | 'html' | 'docx' | 'doc' | 'rtf' | 'xlsx' | 'xls' | 'pdf' | 'ofd';
  blocks: Block[];
  /** Metadata found outside the body (HTML <meta>, info-disclosure header tables), by label. */
  meta: Record<string, string>;
  script: 'simplified' | 'traditional';
  messages: Message[];
}

export interface Decoded {
  text: string; encoding: string; format: DocModel['format']; bytes: Buffer;
  /** Findings of the decoder (replaced bytes), passed on into DocModel.messages. */
  messages?: Message[];
}

export function msg(
  severity: Message['severity'], rule: string, pos: Pos | null, message: string,
  extra: { taskId?: string; field?: string } = {},
): Message {
  return { severity, rule, taskId: extra.taskId ?? null, field: extra.field ?? null,
    line: pos?.line ?? null, column: pos?.column ?? null, message };
}

export const ASSIGNMENT_FIELDS = ['leaders', 'leadUnits', 'coUnits', 'deadline'] as const;
export type AssignmentField = (typeof ASSIGNMENT_FIELDS)[number];
