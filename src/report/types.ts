import type { ChalkInstance } from 'chalk';
import type { CheckResults } from '../check/types.js';

export interface ReportOptions {
  /** Colours for the stylish reporter; the others never colour. */
  chalk?: ChalkInstance;
  /** List errors only (warnings still count). */
  quiet?: boolean;
}

export type Reporter = (results: CheckResults, options?: ReportOptions) => string;
