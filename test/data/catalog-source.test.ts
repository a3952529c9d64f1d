import { describe, expect, it } from 'vitest';
import { loadCatalog, maxCatalogBytes } from '../../src/data/catalog-source';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
const fail = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;
const now = () => new Date('2026-11-11T02:00:00Z');

describe('loadCatalog', () => {
  it('uses a valid catalog and remembers it as the last good one', async () => {
    const storage = memoryStorage();
    const result = await loadCatalog('/catalog.json', {
      fetcher: respond(JSON.stringify(makeCatalogJson())),
      storage,
      now,
    });
    expect(result.notice).toBeNull();
    expect(result.catalog?.products).toHaveLength(8);
    const offline = await loadCatalog('/catalog.json', { fetcher: fail, storage, now });
    expect(offline.catalog?.products).toHaveLength(8);
    expect(offline.notice).toMatchObject({ kind: 'unreachable', keptFrom: '2026-11-11T02:00:00.000Z' });
  });

  it('keeps the last good catalog when the new one is invalid, and names the bad field', async () => {
    const storage = memoryStorage();
    await loadCatalog('/c', { fetcher: respond(JSON.stringify(makeCatalogJson())), storage, now });
    const broken = makeCatalogJson();
    broken.products[0]!.priceFen = 'cheap';
    const result = await loadCatalog('/c', { fetcher: respond(JSON.stringify(broken)), storage, now });
    expect(result.catalog?.products[0]?.priceFen).toBe(6990);
    expect(result.notice?.kind).toBe('invalid');
    if (result.notice?.kind === 'invalid') expect(result.notice.errors[0]?.path).toBe('products[0].priceFen');
  });

  it('treats bad JSON, HTTP errors and oversized files as unreachable, keeping the last good catalog', async () => {
    const storage = memoryStorage();
    await loadCatalog('/c', { fetcher: respond(JSON.stringify(makeCatalogJson())), storage, now });
    for (const fetcher of [
      respond('{not json'),
      respond('', 500),
      respond(' '.repeat(maxCatalogBytes + 1)),
    ]) {
      const result = await loadCatalog('/c', { fetcher, storage, now });
      expect(result.catalog?.store.id).toBe('hualing-xinjiang-produce');
      expect(result.notice?.kind).toBe('unreachable');
    }
  });

  it('has no catalog to show when the first load fails and nothing was saved', async () => {
    const result = await loadCatalog('/c', { fetcher: fail, storage: memoryStorage(), now });
    expect(result.catalog).toBeNull();
    expect(result.notice).toMatchObject({ kind: 'unreachable', keptFrom: null });
  });

  it('ignores a damaged saved copy', async () => {
    const storage = memoryStorage({
      'shelfsight.catalog.lastGood': '{"savedAt":"x","catalog":{"products":3}}',
    });
    const result = await loadCatalog('/c', { fetcher: fail, storage, now });
    expect(result.catalog).toBeNull();
  });
});
