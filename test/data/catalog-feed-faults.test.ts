import { describe, expect, it } from 'vitest';
import { createCatalogFeed, type PollStatus } from '../../src/data/catalog-feed';
import type { CatalogNotice } from '../../src/data/catalog-source';
import type { Catalog } from '../../src/domain/catalog';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

const savedCopy = () =>
  memoryStorage({
    'shelfsight.catalog.lastGood': JSON.stringify({
      savedAt: '2026-11-11T01:00:00.000Z',
      catalog: makeCatalogJson(),
    }),
  });

/** A fetcher that hangs (ignoring any abort) until `release`, then answers with the catalog. */
function hangingServer() {
  const server = {
    hang: true,
    calls: 0,
    body: JSON.stringify(makeCatalogJson()),
    fetch: (async () => {
      server.calls += 1;
      if (server.hang) return new Promise<Response>(() => {});
      return new Response(server.body, { status: 200 });
    }) as typeof fetch,
  };
  return server;
}

function feedOver(server: ReturnType<typeof hangingServer>, intervalMs: number, storage = savedCopy()) {
  const applied: { catalog: Catalog | null; notice: CatalogNotice | null }[] = [];
  let status: PollStatus | null = null;
  const feed = createCatalogFeed({
    url: '/catalog.json',
    intervalMs,
    storeId: null,
    fetcher: server.fetch,
    storage,
    apply: (catalog, notice) => applied.push({ catalog, notice }),
    onStatus: (next) => (status = next),
    watch: {},
  });
  return { feed, applied, status: () => status };
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('catalog feed under network faults', () => {
  it('draws the last good copy at once while the first fetch hangs, then the answer when it comes', async () => {
    const server = hangingServer();
    const { feed, applied } = feedOver(server, 60_000);
    feed.start();
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ notice: null });
    expect(applied[0]?.catalog?.products).toHaveLength(8);
    feed.stop();
  });

  it('gives up on a hung poll before the next is due, polls again and recovers when the fault ends', async () => {
    const server = hangingServer();
    const { feed, status, applied } = feedOver(server, 150);
    feed.start();
    await wait(400);
    expect(server.calls).toBeGreaterThanOrEqual(2);
    expect(status()).toMatchObject({ state: 'unreachable', error: 'no answer within 0.15 s' });
    expect(applied.at(-1)?.notice).toMatchObject({
      kind: 'unreachable',
      keptFrom: '2026-11-11T01:00:00.000Z',
    });
    server.hang = false;
    await wait(400);
    expect(status()).toMatchObject({ state: 'ok', error: null });
    expect(applied.at(-1)?.notice).toBeNull();
    feed.stop();
  });

  it('says an invalid catalog is invalid and keeps nothing it does not have', async () => {
    const server = hangingServer();
    server.hang = false;
    server.body = '{"schemaVersion":1}';
    const { feed, status, applied } = feedOver(server, 60_000, memoryStorage());
    await feed.poll();
    expect(status()).toMatchObject({ state: 'invalid' });
    expect(applied.at(-1)).toMatchObject({ catalog: null, notice: { kind: 'invalid', keptFrom: null } });
  });
});
