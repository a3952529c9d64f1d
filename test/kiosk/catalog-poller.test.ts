import { describe, expect, it } from 'vitest';
import type { CatalogNotice } from '../../src/data/catalog-source';
import type { Catalog } from '../../src/domain/catalog';
import { createCatalogPoller, offlineHeader, type PollStatus } from '../../src/kiosk/catalog-poller';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

/** A store server in a function: answers If-None-Match with 304 while the body is unchanged. */
function fakeServer() {
  const server = {
    body: JSON.stringify(makeCatalogJson()),
    etag: '"v1"',
    down: false,
    offlineCopy: false,
    seen: [] as (string | null)[],
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
      server.seen.push(ifNoneMatch);
      if (server.down) throw new TypeError('Failed to fetch');
      if (ifNoneMatch === server.etag) return new Response(null, { status: 304 });
      const headers: Record<string, string> = { etag: server.etag };
      if (server.offlineCopy) headers[offlineHeader] = '1';
      return new Response(server.body, { status: 200, headers });
    }) as typeof fetch,
  };
  return server;
}

function setup(storeId: string | null = null) {
  const server = fakeServer();
  const applied: { catalog: Catalog | null; notice: CatalogNotice | null }[] = [];
  let status: PollStatus | null = null;
  const poller = createCatalogPoller({
    url: '/catalog.json',
    intervalMs: 60_000,
    storeId,
    fetcher: server.fetch,
    storage: memoryStorage(),
    now: () => new Date('2026-11-11T02:00:00Z'),
    apply: (catalog, notice) => applied.push({ catalog, notice }),
    onStatus: (next) => (status = next),
  });
  return { server, applied, poller, status: () => status! };
}

describe('catalog poller', () => {
  it('asks with If-None-Match after the first load and applies nothing while the catalog is unchanged', async () => {
    const { server, applied, poller, status } = setup();
    await poller.poll();
    await poller.poll();
    expect(server.seen).toEqual([null, '"v1"']);
    expect(applied).toHaveLength(1);
    expect(status()).toMatchObject({
      state: 'ok',
      polls: 2,
      notModified: 1,
      confirmedAt: '2026-11-11T02:00:00.000Z',
    });
  });

  it('applies a changed catalog at once', async () => {
    const { server, applied, poller } = setup();
    await poller.poll();
    const cheaper = makeCatalogJson();
    cheaper.products[0]!.priceFen = 5990;
    server.body = JSON.stringify(cheaper);
    server.etag = '"v2"';
    await poller.poll();
    expect(applied.at(-1)?.catalog?.products[0]?.priceFen).toBe(5990);
  });

  it('keeps the last good catalog and reports the error for an invalid or unreachable one', async () => {
    const { server, applied, poller, status } = setup();
    await poller.poll();
    const broken = makeCatalogJson();
    broken.products[0]!.priceFen = 'cheap';
    server.body = JSON.stringify(broken);
    server.etag = '"v3"';
    await poller.poll();
    expect(applied.at(-1)?.catalog?.products[0]?.priceFen).toBe(6990);
    expect(status()).toMatchObject({
      state: 'invalid',
      error: expect.stringContaining('products[0].priceFen'),
    });
    server.down = true;
    await poller.poll();
    expect(status()).toMatchObject({ state: 'unreachable', error: 'Failed to fetch' });
    // The good catalog's ETag is kept: once the server is fixed, an unchanged catalog is a 304 again.
    expect(server.seen.at(-1)).toBe('"v1"');
  });

  it("refuses another store's catalog when the kiosk is bound to a store", async () => {
    const { applied, poller, status } = setup('another-shop');
    await poller.poll();
    expect(status()).toMatchObject({ state: 'invalid', error: expect.stringContaining('store.id') });
    expect(applied[0]?.catalog).toBeNull();
  });

  it("marks a catalog served from the service worker's cache as stale, not confirmed", async () => {
    const { server, applied, poller, status } = setup();
    server.offlineCopy = true;
    await poller.poll();
    expect(applied[0]?.catalog?.products).toHaveLength(8);
    expect(status()).toMatchObject({ state: 'stale', confirmedAt: null });
  });
});
