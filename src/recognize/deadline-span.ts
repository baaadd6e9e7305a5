// Does a span read as a 完成时限 wording? One implementation, in deadline.ts (with the due-date reading);
// asked of every name of every list, and of the same names by each item format: kept per document.
import { memo } from '../memo.js';
import { isDeadline } from './deadline.js';

export const isDeadlineSpan = memo(isDeadline);
