// What a notice format plugin is. A new format is a new folder under src/formats plus its cases.
import type { Assignment } from '../assign/parse.js';
import type { Pos, TableBlock } from '../model.js';
import type { Message } from '../schema.js';
import type { Item, Unit } from '../segment/index.js';

export interface FormatMeta { id: string; description: string }

/** One numbered item read as a task by a format. */
export interface ItemParse {
  parser: string;
  title: string | null;
  text: string;
  assignment: Assignment;
  /** How many of item.lines belong to the task; the rest are free lines again. */
  consumed: number;
  end: Pos;
  messages: Message[];
  /** The assignment is a sentence in the text's own voice (…,由X、Y等负责。), not a block set apart from it. */
  narrated?: boolean;
}

/** A format whose assignments sit with numbered items in running text. */
export interface ItemFormat {
  kind: 'item';
  meta: FormatMeta;
  /**
   * 0..1: how much of the document looks like this format: the share of its items parseItem reads
   * (shareParsed). Assemble ranks item formats by that share, counted as it reads (src/assemble/choose.ts).
   */
  detect(units: Unit[]): number;
  /**
   * The item read as a task, or null. With a limit the caller wants only a parse that consumes at most
   * that many lines: the format may stop reading there and answer null (any parse it returns is still
   * the one it returns without the limit).
   */
  parseItem(item: Item, limit?: number): ItemParse | null;
}

/** One table row read as a task. */
export interface RowTask {
  number: string | null;
  title: string | null;
  text: string;
  assignment: Assignment;
  /** Full-width rows above this one that name its sections, outermost first. */
  sections: Array<{ marker: string | null; title: string }>;
  start: Pos;
  end: Pos;
}

export interface TableFormat {
  kind: 'table';
  meta: FormatMeta;
  detect(units: Unit[]): number;
  /** Null when the table is not a task table (no task column or no assignment column). */
  parseTable(table: TableBlock): { tasks: RowTask[]; messages: Message[] } | null;
}

export type Format = ItemFormat | TableFormat;
