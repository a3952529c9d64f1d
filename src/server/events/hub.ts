import type { Database } from '../db/connect';
import type { LiveStock } from '../../domain/stock/live-stock';

/** What travels on a store's event stream: a new catalog version, or changed stock (`full`: reload it all). */
export type StoreEvent =
  | { storeId: string; type: 'catalog'; version: number; etag: string }
  | ({ storeId: string; type: 'stock'; full?: boolean } & Partial<LiveStock>);

/** `closing`: the server is shutting down; the stream should end so the process can exit. */
type Subscriber = (event: StoreEvent | 'closing') => void;

function parseEvent(payload: string): StoreEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<StoreEvent>;
    if (typeof value.storeId !== 'string') return null;
    if (value.type === 'catalog' && typeof value.version === 'number') return value as StoreEvent;
    if (value.type === 'stock') return value as StoreEvent;
    return null;
  } catch {
    return null;
  }
}

/**
 * Fans store events out to this process's open event streams. Events arrive only through the database's
 * LISTEN/NOTIFY (even our own publishes and sales), so every server process on one PostgreSQL sees every
 * change, and an event is never sent before its transaction committed.
 */
export async function createEventHub(database: Database) {
  const subscribers = new Map<string, Set<Subscriber>>();
  const everyStore = new Set<(event: StoreEvent) => void>();
  const dispatch = (payload: string) => {
    const event = parseEvent(payload);
    if (!event) return;
    for (const listener of everyStore) listener(event);
    for (const subscriber of subscribers.get(event.storeId) ?? []) subscriber(event);
  };
  const unlisten = await database.listen(dispatch);
  return {
    /** Calls `subscriber` for each event of the store until the returned function is called. */
    subscribe(storeId: string, subscriber: Subscriber): () => void {
      const set = subscribers.get(storeId) ?? new Set();
      set.add(subscriber);
      subscribers.set(storeId, set);
      return () => {
        set.delete(subscriber);
        if (set.size === 0) subscribers.delete(storeId);
      };
    },
    /** Calls `listener` for every event of every store (caches that must forget a store's catalog). */
    onAny(listener: (event: StoreEvent) => void): () => void {
      everyStore.add(listener);
      return () => everyStore.delete(listener);
    },
    /** Open streams, by store (for logs and tests). */
    count: (storeId: string) => subscribers.get(storeId)?.size ?? 0,
    /** Ends every open stream (SIGTERM) and stops listening. */
    async close() {
      for (const set of subscribers.values()) for (const subscriber of set) subscriber('closing');
      subscribers.clear();
      everyStore.clear();
      await unlisten();
    },
  };
}

export type EventHub = Awaited<ReturnType<typeof createEventHub>>;
