import type { Catalog } from '../domain/catalog';
import type { LiveStock } from '../domain/stock/live-stock';
import type { CatalogNotice, loadCatalog } from './catalog-source';

/** What the staff status dot (and the studio's version line) knows about the catalog. */
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
  /** The store server's event stream: `off` (static hosting, or no EventSource), else its connection. */
  events: 'off' | 'connecting' | 'open' | 'down';
  /** `catalog` events received since start. */
  eventsReceived: number;
  /** Version and ETag of the catalog on screen, when the server named them. */
  version: number | null;
  etag: string | null;
  /** The store's live version as last heard (an event may announce it before the new catalog arrives). */
  liveVersion: number | null;
  liveEtag: string | null;
  /** Live stock on the store server: `off` without one, else whether the last snapshot load worked. */
  stock: 'off' | 'loading' | 'ok' | 'failed';
  /** `stock` events (deltas) received since start. */
  stockEvents: number;
}

/** Version and ETag of an applied catalog (both null on static hosting without ETags). */
export interface CatalogMeta {
  version: number | null;
  etag: string | null;
}

/** The part of `EventSource` the feed uses, so tests can hand in a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** `online` comes from the window, `visibilitychange` from the document; both optional (tests, workers). */
export interface Watched {
  window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  document?:
    (Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { visibilityState: string }) | undefined;
}

export interface CatalogFeedOptions {
  /** Same-origin catalog URL: `/api/stores/<id>/catalog` on the store server, `catalog.json` without it. */
  url: string;
  /** The store server's event stream; null on static hosting (polling only). */
  eventsUrl?: string | null;
  /** Poll interval while there is no event stream (and how often an open stream counts as confirmation). */
  intervalMs: number;
  storeId: string | null;
  /** Receives every catalog to show (fresh or last good) with the notice that explains it. */
  apply: (catalog: Catalog | null, notice: CatalogNotice | null, meta: CatalogMeta) => void;
  onStatus: (status: PollStatus) => void;
  load?: typeof loadCatalog;
  fetcher?: typeof fetch;
  now?: () => Date;
  /** Remembers when the server last confirmed the catalog, so a reload while offline can still say it. */
  storage?: Storage | undefined;
  /** Key for that memory; null: not remembered (only the kiosk's dot needs it). */
  confirmedKey?: string | null;
  /** Key of the last good catalog (one per store on a store server). */
  lastGoodKey?: string;
  /** The store server's live stock (`…/stock`); null or absent on static hosting. */
  stockUrl?: string | null;
  /**
   * Receives live stock: `full` for a snapshot from `stockUrl` (replaces what was known), else an
   * `event: stock` delta with only the entries that changed.
   */
  applyStock?: (stock: LiveStock, full: boolean) => void;
  /** Opens the event stream; defaults to `EventSource` where the browser has one. */
  openEvents?: ((url: string) => EventSourceLike) | null;
  watch?: Watched;
}
