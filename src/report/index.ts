// Reporters: pure functions from check results to the text printed (or written with --output-file).
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { stylish } from './stylish.js';
import type { ReporterName } from './names.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportOptions } from './types.js';

export { REPORTER_NAMES, type ReporterName } from './names.js';

export const reporters = { stylish, json, junit, github } satisfies Record<ReporterName, Reporter>;
