// scripts/han-class.mjs: the bundle's \p{Script=Han} written as ranges must match exactly what it did.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script (plain ES module, no types)
import { classBody, hanRanges, rewriteHanLiterals, rewritePattern } from '../scripts/han-class.mjs';
import { parseAst } from 'rolldown/parseAst';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const body: string = classBody(hanRanges());

describe('han-class (bundle step)', () => {
  it('the ranges match \\p{Script=Han} on every code point', () => {
    const han = /^\p{Script=Han}$/u;
    const ranges = new RegExp(`^[${body}]$`, 'u');
    for (let c = 0; c <= 0x10ffff; c++) {
      const s = String.fromCodePoint(c);
      if (han.test(s) !== ranges.test(s)) expect(c.toString(16)).toBe('agreeing');
    }
  });

  it('rewrites a pattern outside and inside classes, and nothing else', () => {
    const cases: Array<[string, string]> = [
      ['^\\p{Script=Han}+$', 'u'],
      ['[\\p{Script=Han} \\u3000]{1,3}x', 'u'],
      ['[^\\p{Script=Han}A-Z]', 'gu'],
      ['(?<=\\p{Script=Han})[((]', 'u'],
      ['[a\\\\p{Script=Han}]', 'u'], // a backslash, then the characters p{Script=Han}
      ['[\\]\\p{Script=Han}]|\\P{Script=Han}', 'u'],
    ];
    const subjects = ['中文', '中 文', 'A', 'ab', '〇', '𠀀x', '\ud840', ' \u3000x', '中(', 'a\\p{Script=Han}', ']', 'é', '、'];
    for (const [pattern, flags] of cases) {
      const out: string = rewritePattern(pattern, body);
      if (pattern.includes('\\\\p')) expect(out).toBe(pattern);
      const a = new RegExp(pattern, flags);
      const b = new RegExp(out, flags);
      for (const s of subjects) expect([pattern, s, s.match(b)?.[0] ?? null]).toEqual([pattern, s, s.match(a)?.[0] ?? null]);
    }
    expect(rewritePattern('[\\p{Script=Han}]', body)).toBe(`[${body}]`);
    expect(rewritePattern('\\p{Script=Han}', body)).toBe(`[${body}]`);
  });

  it('rewrites regex literals with the u flag only, never strings', () => {
    const code = 'const a = /^\\p{Script=Han}$/u; const b = "\\\\p{Script=Han}"; const c = /\\p{Script=Han}/iu; const d = /中/;';
    const out: string = rewriteHanLiterals(code, parseAst, body);
    expect(out).toContain(`const a = /^[${body}]$/u;`);
    expect(out).toContain('const b = "\\\\p{Script=Han}";');
    expect(out).toContain('const c = /\\p{Script=Han}/iu;');
    expect(rewriteHanLiterals('const d = /中/u;', parseAst, body)).toBeNull();
  });
});

const bundleDir = join(import.meta.dirname, '..', 'dist', 'bundle');
describe.runIf(existsSync(join(bundleDir, 'manifest.json')))('the built bundle', () => {
  it('records its Unicode version, and each chunk\'s .u16 is the same text as the chunk', () => {
    const manifest = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8'));
    expect(manifest.unicode).toBe(process.versions.unicode);
    expect(manifest.u16).toBe(true);
    const chunks = readdirSync(bundleDir).filter((f) => f.endsWith('.cjs'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const f of chunks) expect(readFileSync(join(bundleDir, `${f}.u16`), 'utf16le') === readFileSync(join(bundleDir, f), 'utf8')).toBe(true);
  });
});
