// Tests that run the command line need dist/ built from the current sources: build it once per run.
// Type errors do not stop the build (tsc still emits); test/typecheck.test.ts fails on them instead.
// Then the bundle bin/parse.js runs (scripts/bundle.mjs, src/bundle.cts), as `npm run build` makes it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'ignore' });
  spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'ignore' });
}
