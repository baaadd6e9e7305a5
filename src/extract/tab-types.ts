// Types the readers of positioned and tab-separated text share.
export type { Block, Cell, Pos, TableBlock, TextLine } from '../model.js';
import type { Message } from '../schema.js';

/** Where a reader puts the findings it reports (DocModel.messages). */
export interface Msgs { messages: Message[] }
