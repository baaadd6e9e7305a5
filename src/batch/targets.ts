// Where each input's JSON goes under --out: notices/a/b.html -> out/a/b.json (mirrored tree).
import { join, relative, resolve } from 'node:path';
import { shown, UsageError } from '../errors.js';
import { inside, type Input } from './inputs.js';

const stripExt = (rel: string) => rel.replace(/\.[^./]+$/, '');

/** Both names an input's JSON can have: b.json, or b.txt.json when another input would share b.json. */
export const namesFor = (input: Input) => [`${stripExt(input.rel)}.json`, `${input.rel}.json`];

/**
 * One output path per input, in input order. When two inputs would share a name (b.txt and b.html in
 * one folder) both keep their extension (b.txt.json, b.html.json). Names are compared without case,
 * as on macOS and Windows file systems. Every target lies inside `outDir` and is no input
 * (`outReal`: the real path of `outDir`, so a link is seen through).
 */
export function planOutputs(inputs: Input[], outDir: string, outReal = resolve(outDir)): string[] {
  const count = (names: string[]) => {
    const m = new Map<string, number>();
    for (const n of names) m.set(n.toLowerCase(), (m.get(n.toLowerCase()) ?? 0) + 1);
    return m;
  };
  const plain = inputs.map((i) => namesFor(i)[0]);
  const clashes = count(plain);
  const names = inputs.map((i, k) => ((clashes.get(plain[k].toLowerCase()) ?? 0) > 1 ? namesFor(i)[1] : plain[k]));
  const final = count(names);
  const inputSet = new Set(inputs.flatMap((i) => [i.abs, ...(i.real ? [i.real] : [])]));
  const owner = new Map<string, string>();
  return names.map((name, k) => {
    const target = join(outDir, name);
    const real = join(outReal, name);
    if (!inside(real, outReal) || relative(outReal, real).startsWith('..')) throw new UsageError(`${shown(inputs[k].path)} would be written outside --out ${shown(outDir)}`);
    const key = name.toLowerCase();
    if ((final.get(key) ?? 0) > 1) {
      const first = owner.get(key);
      if (first) throw new UsageError(`${shown(first)} and ${shown(inputs[k].path)} would both be written to ${shown(target)}: convert them in separate runs`);
      owner.set(key, inputs[k].path);
    }
    if (inputSet.has(resolve(target)) || inputSet.has(real)) throw new UsageError(`${shown(target)} is an input: it would be overwritten`);
    return target;
  });
}
