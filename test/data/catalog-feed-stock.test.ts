import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCatalogFeed, type EventSourceLike, type PollStatus } from '../../src/data/catalog-feed';
import type { LiveStock } from '../../src/domain/stock/live-stock';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

const api = '/api/stores/hualing-xinjiang-produce';
const level = (available: number) => ({ available, reserved: 0, sold: 800 - available });

/** The store server's catalog and stock endpoints in a function; `stockGate` holds the stock answer back. */
function fakeServer() {
  const server = {
    stock: { products: { 'aksu-apple': level(800) }, flash: {} } as LiveStock,
    stockStatus: 200,
    stockGate: null as Promise<void> | null,
    stockCalls: 0,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/stock')) {
        server.stockCalls += 1;
        const body = JSON.stringify(server.stock);
        await server.stockGate;
        return new Response(body, { status: server.stockStatus });
      }
      if (new Headers(init?.headers).get('if-none-match') === '"v1"')
        return new Response(null, { status: 304 });
      return new Response(JSON.stringify(makeCatalogJson()), {
        status: 200,
        headers: { etag: '"v1"', 'x-catalog-version': '1' },
      });
    }) as typeof fetch,
  };
  return server;
}

class FakeEvents implements EventSourceLike {
  static opened: FakeEvents[] = [];
  readyState = 0;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEvents.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = 2;
  }
  fire(type: string, data = '') {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
  open() {
    this.readyState = 1;
    this.fire('open');
  }
}

function setup({ stockUrl = `${api}/stock` as string | null } = {}) {
  const server = fakeServer();
  const received: { stock: LiveStock; full: boolean }[] = [];
  let status: PollStatus | null = null;
  const feed = createCatalogFeed({
    url: `${api}/catalog`,
    eventsUrl: `${api}/events`,
    stockUrl,
    openEvents: (url) => new FakeEvents(url),
    intervalMs: 60_000,
    storeId: null,
    fetcher: server.fetch,
    storage: memoryStorage(),
    watch: {},
    apply: () => {},
    applyStock: (stock, full) => received.push({ stock, full }),
    onStatus: (next) => (status = next),
  });
  return { server, received, feed, status: () => status! };
}

const settle = async () => {
  for (let i = 0; i < 8; i += 1) await new Promise((done) => setImmediate(done));
};

describe('catalog feed: live stock', () => {
  afterEach(() => {
    vi.useRealTimers();
    FakeEvents.opened = [];
  });

  it('loads the stock snapshot after the first catalog', async () => {
    const { server, received, feed, status } = setup();
    feed.start();
    await settle();
    expect(server.stockCalls).toBe(1);
    expect(received).toEqual([{ stock: server.stock, full: true }]);
    expect(status()).toMatchObject({ stock: 'ok' });
    feed.stop();
  });

  it('applies each stock event from the same stream as a delta', async () => {
    const { received, feed, status } = setup();
    feed.start();
    await settle();
    const events = FakeEvents.opened[0]!;
    expect(FakeEvents.opened).toHaveLength(1);
    events.open();
    events.fire('stock', JSON.stringify({ products: { 'aksu-apple': level(799) } }));
    expect(received.at(-1)).toEqual({
      stock: { products: { 'aksu-apple': level(799) }, flash: {} },
      full: false,
    });
    events.fire('stock', JSON.stringify({ flash: { 'apple-flash': { cap: 500, taken: 500, sold: 490 } } }));
    expect(received.at(-1)?.stock.flash).toEqual({ 'apple-flash': { cap: 500, taken: 500, sold: 490 } });
    expect(status()).toMatchObject({ stockEvents: 2, events: 'open' });
    feed.stop();
  });

  it('ignores a damaged stock event', async () => {
    const { received, feed } = setup();
    feed.start();
    await settle();
    const events = FakeEvents.opened[0]!;
    events.fire('stock', 'not json');
    events.fire('stock', JSON.stringify({ products: { 'aksu-apple': { available: -3 } } }));
    expect(received.slice(1)).toEqual([{ stock: { products: {}, flash: {} }, full: false }]);
    feed.stop();
  });

  it('lays deltas heard while the snapshot was in flight over it, so a later sale is not undone', async () => {
    const { server, received, feed } = setup();
    let release = () => {};
    server.stockGate = new Promise((done) => (release = done));
    feed.start();
    await settle();
    // The snapshot (800) was read before this sale, but arrives after its event.
    FakeEvents.opened[0]!.fire('stock', JSON.stringify({ products: { 'aksu-apple': level(797) } }));
    release();
    await settle();
    expect(received.map((entry) => [entry.full, entry.stock.products['aksu-apple']?.available])).toEqual([
      [false, 797],
      [true, 797],
    ]);
    feed.stop();
  });

  it('loads the snapshot again on polls while the stream is down, and not while it is open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { server, feed, status } = setup();
    feed.start();
    await settle();
    const events = FakeEvents.opened[0]!;
    events.open();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(server.stockCalls).toBe(1);
    events.readyState = 0;
    events.fire('error');
    await settle();
    expect(server.stockCalls).toBe(2);
    server.stockStatus = 503;
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(server.stockCalls).toBe(3);
    expect(status().stock).toBe('failed');
    feed.stop();
  });

  it('asks for no stock on static hosting', async () => {
    const { server, received, feed, status } = setup({ stockUrl: null });
    feed.start();
    await settle();
    expect(server.stockCalls).toBe(0);
    expect(received).toEqual([]);
    expect(status().stock).toBe('off');
    feed.stop();
  });
});
