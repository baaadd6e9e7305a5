// Does a span read as a 完成时限 wording? One implementation, in deadline.ts (with the due-date reading).
export { isDeadline as isDeadlineSpan } from './deadline.js';
