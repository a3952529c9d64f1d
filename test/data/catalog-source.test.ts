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

  it('names each failure for what it is, keeping the last good catalog', async () => {
    const storage = memoryStorage();
    await loadCatalog('/c', { fetcher: respond(JSON.stringify(makeCatalogJson())), storage, now });
    const keptFrom = '2026-11-11T02:00:00.000Z';
    const cases: [typeof fetch, object][] = [
      [respond('{"schemaVersion":1,"products":[{"id"'), { kind: 'broken', keptFrom }],
      [respond('<html>Bad gateway</html>'), { kind: 'broken', keptFrom }],
      [respond('', 500), { kind: 'unreachable', reason: 'HTTP 500', keptFrom }],
      [respond(' '.repeat(maxCatalogBytes + 1)), { kind: 'too-large', limit: maxCatalogBytes, keptFrom }],
      [fail, { kind: 'unreachable', reason: 'Failed to fetch', keptFrom }],
    ];
    for (const [fetcher, notice] of cases) {
      const result = await loadCatalog('/c', { fetcher, storage, now });
      expect(result.catalog?.store.id).toBe('hualing-xinjiang-produce');
      expect(result.notice).toMatchObject(notice);
    }
  });

  it('gives up on a request that hangs, or a body that stalls, at its deadline', async () => {
    const storage = memoryStorage();
    await loadCatalog('/c', { fetcher: respond(JSON.stringify(makeCatalogJson())), storage, now });
    const hang = (() => new Promise<Response>(() => {})) as typeof fetch;
    const stall = (async () =>
      new Response(
        new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }),
      )) as typeof fetch;
    for (const fetcher of [hang, stall]) {
      const started = Date.now();
      const result = await loadCatalog('/c', { fetcher, storage, now, deadlineMs: 50 });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.catalog?.products).toHaveLength(8);
      expect(result.notice).toMatchObject({ kind: 'unreachable', reason: 'no answer within 0.05 s' });
    }
  });

  it("shows the worker's cached copy as offline, from when it was fetched, without resaving it", async () => {
    const storage = memoryStorage();
    await loadCatalog('/c', { fetcher: respond(JSON.stringify(makeCatalogJson())), storage, now });
    const cached = (async () =>
      new Response(JSON.stringify(makeCatalogJson()), {
        headers: { 'x-shelfsight-offline': '1', date: 'Wed, 11 Nov 2026 01:30:00 GMT' },
      })) as typeof fetch;
    const later = () => new Date('2026-11-11T05:00:00Z');
    const result = await loadCatalog('/c', { fetcher: cached, storage, now: later });
    expect(result.catalog?.products).toHaveLength(8);
    expect(result.notice).toEqual({ kind: 'offline', keptFrom: '2026-11-11T01:30:00.000Z' });
    const offline = await loadCatalog('/c', { fetcher: fail, storage, now: later });
    expect(offline.notice?.keptFrom).toBe('2026-11-11T02:00:00.000Z');
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
