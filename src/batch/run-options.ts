// What every many-file run (a batch conversion, a check) is told about reading and scheduling.
import type { ChalkInstance } from 'chalk';
import type { Io } from './io.js';

export interface RunOptions {
  inputs: string[];
  include?: string[];
  exclude?: string[];
  jobs: number;
  encoding?: string;
  maxBytes?: number;
  timeoutMs: number | null;
  progress: boolean;
  chalk: ChalkInstance;
  io: Io;
}
