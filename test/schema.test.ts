// The zod schema is the source of truth: the published JSON Schema must be generated from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Notice, noticeJsonSchema } from '../src/schema.js';

describe('schema', () => {
  it('schemas/notice.schema.json is up to date (regenerate: npm run schema)', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'notice.schema.json'), 'utf8'));
    expect(published).toEqual(noticeJsonSchema());
  });
  it('keeps the contract field names of SCHEMA.md', () => {
    const s = noticeJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'source', 'document', 'tasks', 'report']));
    expect(Object.keys(s.properties.document.properties!)).toEqual(['kind', 'title', 'docNumber', 'issuer', 'date', 'year', 'units']);
  });
  it('rejects a document that breaks the contract', () => {
    expect(() => Notice.parse({ schemaVersion: 2 })).toThrow();
  });
});
