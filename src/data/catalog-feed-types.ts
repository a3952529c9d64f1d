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
