// The library: parse a notice's bytes into one schema-v1 document.
export { parseBytes, type ParseOptions } from './pipeline.js';
export { parseFile } from './read.js';
export { Notice, Task, Message, noticeJsonSchema } from './schema.js';
export { InputError, UsageError } from './errors.js';
