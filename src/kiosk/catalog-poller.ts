import { loadCatalog, type CatalogLoad, type CatalogNotice } from '../data/catalog-source';
import type { Catalog } from '../domain/catalog';

/** What the staff status dot shows about the catalog. */
export interface PollStatus {
  /** `ok`: the server answered with a valid (or unchanged) catalog; `stale`: only a cached copy was reached. */
  state: 'loading' | 'ok' | 'stale' | 'invalid' | 'unreachable';
  /** Last time the server confirmed the catalog on screen (ISO), or null. */
  confirmedAt: string | null;
  /** Short reason for staff when state is not ok. */
  error: string | null;
  polls: number;
  notModified: number;
  applied: number;
}

export interface CatalogPollerOptions {
  url: string;
  intervalMs: number;
  storeId: string | null;
  /** Receives every catalog to show (fresh or last good) with the notice that explains it. */
  apply: (catalog: Catalog | null, notice: CatalogNotice | null) => void;
  onStatus: (status: PollStatus) => void;
  load?: typeof loadCatalog;
  fetcher?: typeof fetch;
  now?: () => Date;
  /** Remembers when the server last confirmed the catalog, so a reload while offline can still say it. */
  storage?: Storage | undefined;
}

const confirmedKey = 'shelfsight.kiosk.confirmedAt';

/** Our service worker marks a catalog it served from its cache because the network failed (see sw.ts). */
export const offlineHeader = 'x-shelfsight-offline';

function readConfirmed(storage: Storage | null): string | null {
  try {
    const saved = storage?.getItem(confirmedKey) ?? null;
    return saved && !Number.isNaN(Date.parse(saved)) ? saved : null;
  } catch {
    return null;
  }
}

function errorText(notice: CatalogNotice): string {
  if (notice.kind === 'unreachable') return notice.reason;
  const first = notice.errors[0];
  return first ? `${first.path}: ${first.message}` : 'invalid';
}

/**
 * Polls the catalog with If-None-Match every `intervalMs`: an unchanged catalog costs a 304, a new valid one
 * is applied at once (no reload), and an invalid or unreachable one leaves the last good catalog in place
 * while the status says why. Only one poll runs at a time.
 */
export function createCatalogPoller(options: CatalogPollerOptions) {
  const { url, intervalMs, storeId, apply, onStatus, load = loadCatalog, now = () => new Date() } = options;
  const storage = 'storage' in options ? options.storage : globalThis.localStorage;
  const remember = (at: string) => {
    status.confirmedAt = at;
    try {
      storage?.setItem(confirmedKey, at);
    } catch {
      // Not remembered across reloads; the dot then says "never confirmed" until the next good poll.
    }
  };
  const baseFetch = options.fetcher ?? ((input, init) => fetch(input, init));
  let etag: string | null = null;
  let fromCache = false;
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const status: PollStatus = {
    state: 'loading',
    confirmedAt: readConfirmed(storage ?? null),
    error: null,
    polls: 0,
    notModified: 0,
    applied: 0,
  };
  const fetcher: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    fromCache = response.headers.get(offlineHeader) === '1';
    return response;
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
      Object.assign(status, { state: result.notice.kind, error: errorText(result.notice) });
    } else if (fromCache) {
      Object.assign(status, { state: 'stale', error: 'offline: cached catalog' });
    } else {
      etag = result.etag ?? null;
      Object.assign(status, { state: 'ok', error: null });
      remember(now().toISOString());
    }
    status.applied += 1;
    apply(result.catalog, result.notice);
  };

  const poll = (): Promise<void> => {
    running ??= load(url, { fetcher, etag, storeId, now, storage })
      .then(settle)
      .finally(() => {
        running = null;
        onStatus({ ...status });
      });
    return running;
  };

  return {
    poll,
    start() {
      void poll();
      timer = setInterval(() => void poll(), intervalMs);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
    status: () => ({ ...status }),
  };
}

export type CatalogPoller = ReturnType<typeof createCatalogPoller>;
