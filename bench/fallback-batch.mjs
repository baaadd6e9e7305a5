// Fallback batch for bench/run.mjs while the CLI has no `parse DIR --out OUT`: one `node bin/parse.js
// FILE` process per file, JOBS at a time, each writing OUT/<relative path>.json.
// node bench/fallback-batch.mjs CLI DIR OUT JOBS
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const [cli, dir, out, jobsArg] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && !d.name.endsWith('.json'))
  .map((d) => join(d.parentPath ?? d.path, d.name));
let next = 0, failed = 0;
async function lane() {
  while (next < files.length) {
    const f = files[next++];
    const target = join(out, relative(dir, f).replace(/\.[^./]+$/, '.json'));
    mkdirSync(dirname(target), { recursive: true });
    const fd = openSync(target, 'w');
    const code = await new Promise((resolve) => spawn(process.execPath, [cli, f], { stdio: ['ignore', fd, 'ignore'] }).on('exit', resolve));
    closeSync(fd);
    if (code !== 0) failed++;
  }
}
await Promise.all(Array.from({ length: Math.max(1, Number(jobsArg) || 1) }, lane));
process.exitCode = failed ? 1 : 0;
