import type { Database } from '../db/connect';

/** What travels on a store's event stream. Stock events join this union with the orders work. */
export type StoreEvent = { storeId: string; type: 'catalog'; version: number; etag: string };

/** `closing`: the server is shutting down; the stream should end so the process can exit. */
type Subscriber = (event: StoreEvent | 'closing') => void;

function parseEvent(payload: string): StoreEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<StoreEvent>;
    return typeof value.storeId === 'string' && value.type === 'catalog' && typeof value.version === 'number'
      ? (value as StoreEvent)
      : null;
  } catch {
    return null;
  }
}

/**
 * Fans store events out to this process's open event streams. Events arrive only through the database's
 * LISTEN/NOTIFY (even our own publishes), so every server process on one PostgreSQL sees every publish, and
 * an event is never sent before its transaction committed.
 */
export async function createEventHub(database: Database) {
  const subscribers = new Map<string, Set<Subscriber>>();
  const dispatch = (payload: string) => {
    const event = parseEvent(payload);
    if (!event) return;
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
    /** Open streams, by store (for logs and tests). */
    count: (storeId: string) => subscribers.get(storeId)?.size ?? 0,
    /** Ends every open stream (SIGTERM) and stops listening. */
    async close() {
      for (const set of subscribers.values()) for (const subscriber of set) subscriber('closing');
      subscribers.clear();
      await unlisten();
    },
  };
}

export type EventHub = Awaited<ReturnType<typeof createEventHub>>;
