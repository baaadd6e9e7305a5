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
}

/** A format whose assignments sit with numbered items in running text. */
export interface ItemFormat {
  kind: 'item';
  meta: FormatMeta;
  /** 0..1: how much of the document looks like this format. */
  detect(units: Unit[]): number;
  parseItem(item: Item): ItemParse | null;
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
