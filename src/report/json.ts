// The whole results object, for scripts and dashboards.
import type { CheckResults } from '../check/types.js';

export const json = (results: CheckResults): string => `${JSON.stringify(results, null, 2)}\n`;
