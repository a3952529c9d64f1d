import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogNotice } from '../../src/data/catalog-source';
import type { Catalog } from '../../src/domain/catalog';
import {
  createCatalogFeed,
  offlineHeader,
  type CatalogMeta,
  type EventSourceLike,
  type PollStatus,
} from '../../src/data/catalog-feed';
import { makeCatalogJson } from '../factories/catalog';
import { memoryStorage } from '../state/memory-storage';

/** A store server in a function: answers If-None-Match with 304 while the body is unchanged. */
function fakeServer() {
  const server = {
    body: JSON.stringify(makeCatalogJson()),
    etag: '"v1"',
    version: 1,
    down: false,
    offlineCopy: false,
    seen: [] as (string | null)[],
    fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
      const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
      server.seen.push(ifNoneMatch);
      if (server.down) throw new TypeError('Failed to fetch');
      if (ifNoneMatch === server.etag) return new Response(null, { status: 304 });
      const headers: Record<string, string> = {
        etag: server.etag,
        'x-catalog-version': String(server.version),
      };
      if (server.offlineCopy) headers[offlineHeader] = '1';
      return new Response(server.body, { status: 200, headers });
    }) as typeof fetch,
  };
  return server;
}

/** An EventSource the test drives: `emit` sends an `event: catalog`, `fail` drops the connection. */
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
  private fire(type: string, data = '') {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
  open() {
    this.readyState = 1;
    this.fire('open');
  }
  emit(version: number, etag: string) {
    this.fire('catalog', JSON.stringify({ version, etag }));
  }
  fail(closed = false) {
    this.readyState = closed ? 2 : 0;
    this.fire('error');
  }
}

function setup(storeId: string | null = null, events = false) {
  const server = fakeServer();
  const applied: { catalog: Catalog | null; notice: CatalogNotice | null; meta: CatalogMeta }[] = [];
  let status: PollStatus | null = null;
  const poller = createCatalogFeed({
    url: '/catalog.json',
    eventsUrl: events ? '/api/stores/hualing-xinjiang-produce/events' : null,
    openEvents: events ? (url) => new FakeEvents(url) : null,
    intervalMs: 60_000,
    storeId,
    fetcher: server.fetch,
    storage: memoryStorage(),
    now: () => new Date('2026-11-11T02:00:00Z'),
    apply: (catalog, notice, meta) => applied.push({ catalog, notice, meta }),
    onStatus: (next) => (status = next),
  });
  return { server, applied, poller, status: () => status! };
}

/** Lets the fake fetch (real Response bodies need real I/O turns) and the feed's promise chains run. */
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((done) => setImmediate(done));
};
/** Fake intervals only: Response bodies are read on real event-loop turns. */
const fakeIntervals = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });

describe('catalog feed: polling', () => {
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
    expect(applied.at(-1)?.meta).toEqual({ version: 1, etag: '"v2"' });
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

describe('catalog feed: store server events', () => {
  afterEach(() => {
    vi.useRealTimers();
    FakeEvents.opened = [];
  });

  it('refetches with If-None-Match when an event announces another ETag, and not when it is ours', async () => {
    fakeIntervals();
    const { server, applied, poller, status } = setup(null, true);
    poller.start();
    await settle();
    const events = FakeEvents.opened[0]!;
    expect(events.url).toBe('/api/stores/hualing-xinjiang-produce/events');
    events.open();
    events.emit(1, '"v1"');
    await settle();
    expect(server.seen).toEqual([null]);
    expect(status()).toMatchObject({ events: 'open', version: 1, liveVersion: 1, eventsReceived: 1 });

    const cheaper = makeCatalogJson();
    cheaper.products[0]!.priceFen = 5990;
    server.body = JSON.stringify(cheaper);
    server.etag = '"v2"';
    server.version = 2;
    events.emit(2, '"v2"');
    await settle();
    expect(server.seen).toEqual([null, '"v1"']);
    expect(applied.at(-1)?.catalog?.products[0]?.priceFen).toBe(5990);
    expect(status()).toMatchObject({ version: 2, etag: '"v2"', liveVersion: 2 });
    poller.stop();
  });

  it('does not poll while the stream is open, and polls at the interval while it is down', async () => {
    fakeIntervals();
    const { server, poller, status } = setup(null, true);
    poller.start();
    await settle();
    const events = FakeEvents.opened[0]!;
    events.open();
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(server.seen).toHaveLength(1);
    // Dropped: one poll at once to tell staff whether the server is there, then the interval.
    events.fail();
    await settle();
    expect(status().events).toBe('down');
    expect(server.seen).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(server.seen).toHaveLength(4);
    // The browser reconnects by itself; the server's hello event matches: polling stops again.
    events.open();
    events.emit(1, '"v1"');
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(server.seen).toHaveLength(4);
    poller.stop();
  });

  it('reopens a stream the browser gave up on at the next poll', async () => {
    fakeIntervals();
    const { poller } = setup(null, true);
    poller.start();
    await settle();
    FakeEvents.opened[0]!.fail(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEvents.opened).toHaveLength(2);
    poller.stop();
    expect(FakeEvents.opened[1]!.readyState).toBe(2);
  });

  it('fetches again after a fetch that was running when an event announced a newer version', async () => {
    const { server, applied, poller } = setup(null, true);
    poller.start();
    const events = FakeEvents.opened[0]!;
    events.open();
    // The first load is in flight while the publish happens.
    const cheaper = makeCatalogJson();
    cheaper.products[0]!.priceFen = 5990;
    server.body = JSON.stringify(cheaper);
    server.etag = '"v2"';
    events.emit(2, '"v2"');
    await settle();
    await settle();
    expect(applied.at(-1)?.catalog?.products[0]?.priceFen).toBe(5990);
    poller.stop();
  });

  it('counts an open stream as confirmation, so the staff dot does not age while nothing changes', async () => {
    fakeIntervals();
    let clock = Date.parse('2026-11-11T02:00:00Z');
    const server = fakeServer();
    let status: PollStatus | null = null;
    const feed = createCatalogFeed({
      url: '/api/stores/s/catalog',
      eventsUrl: '/api/stores/s/events',
      openEvents: (url) => new FakeEvents(url),
      intervalMs: 60_000,
      storeId: null,
      fetcher: server.fetch,
      storage: memoryStorage(),
      now: () => new Date(clock),
      apply: () => {},
      onStatus: (next) => (status = next),
    });
    feed.start();
    await settle();
    FakeEvents.opened[0]!.open();
    clock += 10 * 60_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(status!.confirmedAt).toBe('2026-11-11T02:10:00.000Z');
    feed.stop();
  });

  it('refreshes when the network returns and when the page becomes visible', async () => {
    const server = fakeServer();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    const feed = createCatalogFeed({
      url: '/catalog.json',
      intervalMs: 60_000,
      storeId: null,
      fetcher: server.fetch,
      storage: memoryStorage(),
      openEvents: null,
      watch: { window: win, document: doc },
      apply: () => {},
      onStatus: () => {},
    });
    feed.start();
    await settle();
    win.dispatchEvent(new Event('online'));
    await settle();
    doc.dispatchEvent(new Event('visibilitychange'));
    await settle();
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(server.seen).toEqual([null, '"v1"', '"v1"']);
    feed.stop();
    win.dispatchEvent(new Event('online'));
    await settle();
    expect(server.seen).toHaveLength(3);
  });
});
