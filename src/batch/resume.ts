// --skip-existing: which inputs a previous run already converted. A JSON file counts only when it is a
// complete document of this input (an empty or cut-off file, or another input's document, does not),
// under either of the names the input's JSON can have, so that a name clash appearing between runs
// (b.html added beside b.txt) does not convert b.txt a second time as b.txt.json.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Input } from './inputs.js';
import { namesFor } from './targets.js';

async function holds(file: string, input: Input): Promise<boolean> {
  let doc: { schemaVersion?: unknown; source?: { path?: unknown } };
  try {
    doc = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return false;
  }
  return !!doc && doc.schemaVersion === 1 && doc.source?.path === input.path;
}

/** The planned target first, then the input's other name unless another input is to be written there. */
export async function convertedBefore(input: Input, target: string, outDir: string, targets: Set<string>): Promise<boolean> {
  if (await holds(target, input)) return true;
  for (const name of namesFor(input)) {
    const other = join(outDir, name);
    if (other !== target && !targets.has(other) && (await holds(other, input))) return true;
  }
  return false;
}
