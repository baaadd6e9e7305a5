// The library: parse a notice's bytes into one schema-v1 document.
export { parseBytes, type ParseOptions } from './pipeline.js';
export { parseFile } from './read.js';
export { Notice, Task, Message, noticeJsonSchema } from './schema.js';
export { InputError, UsageError } from './errors.js';
// Facts (issue 12): due dates, targets, year over year, the unit index across notices.
export { isDeadline, parseDue, type Due, type DueKind } from './recognize/deadline.js';
export { findTargets } from './facts/targets.js';
export { diffNotices, type Diff } from './facts/diff.js';
export { unitReport, type UnitReportEntry } from './facts/unit-report.js';
