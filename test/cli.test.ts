// The single-file command: JSON on stdout, one clear stderr line and a distinct exit code for bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const run = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'parse.js'), ...args], { encoding: 'utf8', cwd: root });
const tmp = mkdtempSync(join(tmpdir(), 'fenjie-cli-'));

describe('parse FILE', () => {
  it('prints one schema-v1 JSON document and exits 0', () => {
    const r = run('fixtures/haizhou-2022.txt');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.tasks.length).toBeGreaterThan(100);
    expect(doc.source.path).toBe('fixtures/haizhou-2022.txt');
  });

  it('a work report with no assignments: kind other, no tasks, a message, exit 0', () => {
    const r = run('fixtures/tinghu-2020-report.txt');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.document.kind).toBe('other');
    expect(doc.tasks).toEqual([]);
    expect(doc.report.messages[0].rule).toBe('no-tasks');
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(tmp, 'nope.txt'), /nope\.txt: no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['an empty file', () => { const f = join(tmp, 'empty.txt'); writeFileSync(f, ''); return f; }, /empty\.txt: empty file/],
    ['a binary file', () => { const f = join(tmp, 'bin.txt'); writeFileSync(f, Buffer.from([0, 1, 2, 3, 0xff, 0, 0x10])); return f; }, /bin\.txt: binary file/],
    ['undecodable bytes', () => { const f = join(tmp, 'junk.txt'); writeFileSync(f, Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x80, 0x81, 0xc0, 0x20].concat(Array(50).fill(0x80)))); return f; }, /junk\.txt: cannot decode/],
  ];
  for (const [name, make, pattern] of bad) {
    it(`${name}: one line on stderr naming the file and the cause, exit 1, nothing on stdout`, () => {
      const r = run(make());
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('usage errors exit 2', () => {
    expect(run('--no-such-option').status).toBe(2);
  });

  it('schema prints the JSON Schema', () => {
    const r = run('schema');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toMatch(/json-schema/);
  });
});
