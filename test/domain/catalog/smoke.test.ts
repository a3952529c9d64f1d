import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../../src/domain/catalog';

describe('demo catalog', () => {
  it('passes the catalog schema', () => {
    const json: unknown = JSON.parse(readFileSync('public/catalog.json', 'utf8'));
    expect(parseCatalog(json)).toMatchObject({ ok: true });
  });
});
