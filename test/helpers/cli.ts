// Running the command line in this process (from the TypeScript sources), with its output captured.
import type { Io } from '../../src/batch/io.js';
import { main } from '../../src/cli/index.js';

export interface Ran { code: number; out: string; err: string }

export async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Ran> {
  let out = '', err = '';
  const io: Io = {
    out: { write: (s: string) => { out += s; return true; } },
    err: { write: (s: string) => { err += s; return true; } },
    env: { ...env },
  };
  const code = await main(['node', 'parse', ...args], io);
  return { code, out, err };
}
