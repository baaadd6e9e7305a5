// Reporters: pure functions from check results to the text printed (or written with --output-file).
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { Reporter, ReportOptions } from './types.js';

export const reporters = { stylish, json, junit, github } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof reporters;
export const REPORTER_NAMES = Object.keys(reporters) as ReporterName[];
