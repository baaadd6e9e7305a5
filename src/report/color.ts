// The colour level of an output, decided here because chalk alone ignores NO_COLOR.
// Order: --color / --no-color, then FORCE_COLOR (as Node itself ranks it), then NO_COLOR, then the terminal.
import { Chalk, type ChalkInstance } from 'chalk';

export type Level = 0 | 1 | 2 | 3;

function forced(value: string | undefined): Level | null {
  if (value === undefined) return null;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? (Math.min(n, 3) as Level) : 1;
}

function terminal(env: Record<string, string | undefined>): Level {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  return /256/.test(env.TERM ?? '') ? 2 : 1;
}

export function colorLevel(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): Level {
  if (flag === false) return 0;
  const force = forced(env.FORCE_COLOR);
  if (flag === true) return force || terminal(env);
  if (force !== null) return force;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminal(env);
}

export const chalkFor = (level: Level): ChalkInstance => new Chalk({ level });

export const plain = chalkFor(0);
