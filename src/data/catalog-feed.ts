import {
  defaultLastGoodKey,
  loadCatalog,
  readLastGood,
  type CatalogLoad,
  type CatalogNotice,
} from './catalog-source';
import { catalogDeadlineMs } from './catalog-fetch';
import type { CatalogFeedOptions, PollStatus, EventSourceLike, Watched } from './catalog-feed-types';

export type { CatalogFeedOptions, CatalogMeta, EventSourceLike, PollStatus } from './catalog-feed-types';
import { mergeLiveStock, parseLiveStock, type LiveStock } from '../domain/stock/live-stock';

export const kioskConfirmedKey = 'shelfsight.kiosk.confirmedAt';

export { offlineHeader } from './catalog-fetch';

const closed = 2; // EventSource.CLOSED: the browser gave up (HTTP error, wrong type) and will not retry.

function readConfirmed(storage: Storage | null, key: string | null): string | null {
  try {
    const saved = key ? (storage?.getItem(key) ?? null) : null;
    return saved && !Number.isNaN(Date.parse(saved)) ? saved : null;
  } catch {
    return null;
  }
}

function errorText(notice: CatalogNotice): string {
  if (notice.kind === 'invalid') {
    const first = notice.errors[0];
    return first ? `${first.path}: ${first.message}` : 'invalid';
  }
  if (notice.kind === 'too-large') return `larger than ${notice.limit} bytes`;
  if (notice.kind === 'broken') return `not JSON: ${notice.reason}`;
  return notice.kind === 'offline' ? 'offline: cached catalog' : notice.reason;
}

/** The dot's state for a notice: the server answered with something unusable, could not be reached, or only the worker's copy was. */
const stateOf = (notice: CatalogNotice): PollStatus['state'] =>
  notice.kind === 'offline' ? 'stale' : notice.kind === 'unreachable' ? 'unreachable' : 'invalid';

function readEvent(data: string): { version: number | null; etag: string | null } {
  try {
    const parsed = JSON.parse(data) as { version?: unknown; etag?: unknown };
    return {
      version: typeof parsed.version === 'number' ? parsed.version : null,
      etag: typeof parsed.etag === 'string' ? parsed.etag : null,
    };
  } catch {
    return { version: null, etag: null };
  }
}

const defaultOpenEvents = () =>
  typeof EventSource === 'undefined' ? null : (url: string): EventSourceLike => new EventSource(url);

const defaultWatch = (): Watched => ({
  window: typeof window === 'undefined' ? undefined : window,
  document: typeof document === 'undefined' ? undefined : document,
});

/**
 * The app's one catalog source. It loads the catalog, then keeps it current: on the store server, an
 * `event: catalog` whose ETag differs from ours triggers a refetch with If-None-Match (a publish reaches the
 * screen in well under a second); while the stream is down or absent (static hosting), it polls with
 * If-None-Match every `intervalMs`, so an unchanged catalog costs a 304. It also refreshes when the network
 * returns and when the page becomes visible. An invalid or unreachable catalog leaves the last good one in
 * place while the status says why. Only one fetch runs at a time.
 *
 * On the store server it also carries live stock (issue 15): the `…/stock` snapshot after the first catalog
 * (and after each poll while the stream is down), then each `event: stock` delta from the same stream.
 */
export function createCatalogFeed(options: CatalogFeedOptions) {
  const { url, intervalMs, storeId, apply, onStatus, load = loadCatalog, now = () => new Date() } = options;
  const storage = 'storage' in options ? options.storage : globalThis.localStorage;
  const confirmedKey = options.confirmedKey === undefined ? kioskConfirmedKey : options.confirmedKey;
  const openEvents = options.openEvents === undefined ? defaultOpenEvents() : options.openEvents;
  const eventsUrl = options.eventsUrl ?? null;
  const watch = options.watch ?? defaultWatch();
  const lastGood = options.lastGoodKey ? { lastGoodKey: options.lastGoodKey } : {};
  const fetcher = options.fetcher ?? ((input, init) => fetch(input, init));
  // A hung request gives up before the next poll is due, so a poll is never skipped for a stuck one.
  const deadlineMs = Math.min(catalogDeadlineMs, intervalMs);
  const stockUrl = options.stockUrl ?? null;
  const applyStock = options.applyStock ?? (() => {});
  let stockLoading: Promise<void> | null = null;
  let stockLoaded = false;
  // Deltas heard while a snapshot was in flight: laid over it when it lands, so nothing newer is undone.
  let heldDeltas: LiveStock | null = null;
  let etag: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let source: EventSourceLike | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const status: PollStatus = {
    state: 'loading',
    confirmedAt: readConfirmed(storage ?? null, confirmedKey),
    error: null,
    polls: 0,
    notModified: 0,
    applied: 0,
    events: eventsUrl && openEvents ? 'connecting' : 'off',
    eventsReceived: 0,
    version: null,
    etag: null,
    liveVersion: null,
    liveEtag: null,
    stock: stockUrl ? 'loading' : 'off',
    stockEvents: 0,
  };
  const report = () => onStatus({ ...status });
  const remember = (at: string) => {
    status.confirmedAt = at;
    try {
      if (confirmedKey) storage?.setItem(confirmedKey, at);
    } catch {
      // Not remembered across reloads; the dot then says "never confirmed" until the next good poll.
    }
  };
  const loadStock = (): Promise<void> => {
    if (!stockUrl) return Promise.resolve();
    stockLoading ??= (async () => {
      heldDeltas = null;
      try {
        const response = await fetcher(stockUrl, { cache: 'no-store', credentials: 'same-origin' });
        const snapshot = response.ok ? parseLiveStock(await response.json()) : null;
        if (!snapshot) throw new Error(`stock: HTTP ${response.status}`);
        applyStock(heldDeltas ? mergeLiveStock(snapshot, heldDeltas) : snapshot, true);
        stockLoaded = true;
        status.stock = 'ok';
      } catch {
        // The catalog's own counts (or the last live ones) stay on screen; the next poll tries again.
        status.stock = 'failed';
      } finally {
        heldDeltas = null;
        stockLoading = null;
        report();
      }
    })();
    return stockLoading;
  };

  const onStockEvent = (event: MessageEvent<string>) => {
    let delta: LiveStock | null;
    try {
      delta = parseLiveStock(JSON.parse(event.data));
    } catch {
      delta = null;
    }
    if (!delta) return;
    status.events = 'open';
    status.stockEvents += 1;
    if (stockLoading) heldDeltas = mergeLiveStock(heldDeltas, delta);
    applyStock(delta, false);
    report();
  };

  const settle = (result: CatalogLoad) => {
    status.polls += 1;
    if (result.notModified) {
      status.notModified += 1;
      Object.assign(status, { state: 'ok', error: null });
      remember(now().toISOString());
      return;
    }
    if (result.notice) {
      Object.assign(status, { state: stateOf(result.notice), error: errorText(result.notice) });
    } else {
      etag = result.etag ?? null;
      Object.assign(status, { state: 'ok', error: null, etag, version: result.version ?? null });
      // What we fetched is at least as new as any event heard before the fetch started.
      if (result.version != null && (status.liveVersion ?? 0) <= result.version) {
        Object.assign(status, { liveVersion: result.version, liveEtag: etag });
      }
      remember(now().toISOString());
    }
    status.applied += 1;
    apply(
      result.catalog,
      result.notice,
      result.notice ? { version: null, etag: null } : { version: status.version, etag },
    );
  };

  const poll = (): Promise<void> => {
    running ??= load(url, { fetcher, etag, storeId, now, storage, deadlineMs, ...lastGood })
      .then(settle)
      .then(() => {
        // Live stock follows the catalog: first after the first catalog, then on every poll while no
        // stream carries its events (an open stream sends each change, and a full snapshot on connect).
        if (status.state === 'ok' && (!stockLoaded || status.events !== 'open')) void loadStock();
      })
      .finally(() => {
        running = null;
        report();
        // An event arrived mid-fetch: that fetch may predate the publish it announced.
        if (again && status.liveEtag !== etag) void poll();
        again = false;
      });
    return running;
  };

  const onCatalogEvent = (event: MessageEvent<string>) => {
    const announced = readEvent(event.data);
    status.events = 'open';
    status.eventsReceived += 1;
    Object.assign(status, { liveVersion: announced.version, liveEtag: announced.etag });
    if (announced.etag !== null && announced.etag === etag) {
      if (status.state === 'ok') remember(now().toISOString());
      report();
      return;
    }
    if (running) again = true;
    else void poll();
    report();
  };

  const connect = () => {
    if (!eventsUrl || !openEvents) return;
    source?.close();
    const opened = openEvents(eventsUrl);
    source = opened;
    status.events = 'connecting';
    opened.addEventListener('open', () => {
      if (source !== opened) return;
      status.events = 'open';
      report();
    });
    opened.addEventListener('error', () => {
      if (source !== opened) return;
      const wasOpen = status.events === 'open';
      status.events = 'down';
      report();
      // Say at once whether the server is still reachable; after that, the interval polls.
      if (wasOpen) void poll();
    });
    opened.addEventListener('catalog', (event) => source === opened && onCatalogEvent(event));
    opened.addEventListener('stock', (event) => source === opened && onStockEvent(event));
  };

  const tick = () => {
    if (status.events === 'open') {
      // An open stream would have announced any change: the catalog on screen is still the live one.
      if (status.state === 'ok') remember(now().toISOString());
      report();
      return;
    }
    void poll();
    if (source && source.readyState === closed) connect();
  };
  const onOnline = () => {
    void poll();
    if (source && source.readyState === closed) connect();
  };
  const onVisible = () => {
    if (watch.document?.visibilityState === 'visible') void poll();
  };

  return {
    poll,
    loadStock,
    start() {
      // Draw from the last good copy at once; the fetch then replaces it (or explains why it could not).
      const saved = readLastGood(storage, options.lastGoodKey ?? defaultLastGoodKey);
      if (saved && (!storeId || saved.catalog.store.id === storeId)) {
        apply(saved.catalog, null, { version: null, etag: null });
      }
      void poll();
      connect();
      timer = setInterval(tick, intervalMs);
      watch.window?.addEventListener('online', onOnline);
      watch.document?.addEventListener('visibilitychange', onVisible);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      source?.close();
      source = null;
      watch.window?.removeEventListener('online', onOnline);
      watch.document?.removeEventListener('visibilitychange', onVisible);
    },
    status: () => ({ ...status }),
  };
}

export type CatalogFeed = ReturnType<typeof createCatalogFeed>;
