// Where each input's JSON goes under --out: notices/a/b.html -> out/a/b.json (mirrored tree).
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Input } from './inputs.js';

const stripExt = (rel: string) => rel.replace(/\.[^./]+$/, '');

/**
 * One output path per input, in input order. When two inputs would share a name (b.txt and b.html in
 * one folder) both keep their extension (b.txt.json, b.html.json). Names are compared without case,
 * as on macOS and Windows file systems.
 */
export function planOutputs(inputs: Input[], outDir: string): string[] {
  const count = (names: string[]) => {
    const m = new Map<string, number>();
    for (const n of names) m.set(n.toLowerCase(), (m.get(n.toLowerCase()) ?? 0) + 1);
    return m;
  };
  const plain = inputs.map((i) => `${stripExt(i.rel)}.json`);
  const clashes = count(plain);
  const names = inputs.map((i, k) => ((clashes.get(plain[k].toLowerCase()) ?? 0) > 1 ? `${i.rel}.json` : plain[k]));
  const final = count(names);
  const inputSet = new Set(inputs.map((i) => i.abs));
  const owner = new Map<string, string>();
  return names.map((name, k) => {
    const target = join(outDir, name);
    const key = name.toLowerCase();
    if ((final.get(key) ?? 0) > 1) {
      const first = owner.get(key);
      if (first) throw new UsageError(`${first} and ${inputs[k].path} would both be written to ${target}: convert them in separate runs`);
      owner.set(key, inputs[k].path);
    }
    if (inputSet.has(resolve(target))) throw new UsageError(`${target} is an input: it would be overwritten`);
    return target;
  });
}
