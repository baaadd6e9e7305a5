// The registry of notice formats. To add one: a folder with index.ts (+ cases.ts), and a line here.
import { assignmentLines } from './assignment-lines/index.js';
import { inlineAssignment } from './inline-assignment/index.js';
import { proseAssignment } from './prose-assignment/index.js';
import { table } from './table/index.js';
import type { Format, ItemFormat, TableFormat } from './types.js';

export const formats: Format[] = [inlineAssignment, assignmentLines, proseAssignment, table];

export const itemFormats = (): ItemFormat[] => formats.filter((f): f is ItemFormat => f.kind === 'item');
export const tableFormats = (): TableFormat[] => formats.filter((f): f is TableFormat => f.kind === 'table');
