// The results of `parse check`: what the reporters print. Plain data, JSON-serialisable.
import type { Counts, Difference } from '../compare/index.js';

export interface Problem {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  line: number | null;
  column: number | null;
  /** The check this problem fails (a JUnit test case), e.g. "read", "tasks", "required leadUnits", "expected leadUnits". */
  check: string | null;
}

export interface Score extends Counts { precision: number; recall: number; f1: number }
export interface Ratio { expected: number; found: number; ratio: number }

export interface FileResult {
  path: string;
  /** Why the file could not be read or parsed; null when it was. */
  error: string | null;
  kind: 'task-list' | 'other' | null;
  tasks: number;
  fields: Record<string, { expected: number; found: number }>;
  /** The expected file compared against, when there was one. */
  expected: string | null;
  scores: Record<string, Score> | null;
  differences: Array<Difference & { line: number | null; column: number | null }>;
  /** The checks applied to this file (each a JUnit test case); failed ones have problems. */
  checks: string[];
  problems: Problem[];
}

/** Thresholds applied to each file (inside the worker). */
export interface FileGates {
  require: string[];
  allowEmpty: boolean;
  /** Each compared field of each file must reach this F1. */
  minF1: number;
}

/** Thresholds applied to the whole run. */
export interface RunGates {
  /** Overall completeness (found / expected over every assignment field of every file). */
  minCompleteness: number | null;
  minFieldCompleteness: Record<string, number>;
  /** More warnings than this fail the run; null: no limit. */
  maxWarnings: number | null;
}

export type Gates = FileGates & RunGates;

export interface Totals {
  files: number;
  failed: number;
  noTasks: number;
  tasks: number;
  errors: number;
  warnings: number;
  completeness: { overall: Ratio | null; fields: Record<string, Ratio> };
  /** Per-field precision / recall over every compared file; null without --expected. */
  scores: Record<string, Score> | null;
  /** Whether --expected was given; then `compared` files were compared with their expected file. */
  withExpected: boolean;
  compared: number;
  withoutExpected: number;
}

export interface CheckResults {
  ok: boolean;
  gates: Gates;
  files: FileResult[];
  totals: Totals;
  /** Thresholds of the whole run that were missed. */
  problems: Problem[];
}
