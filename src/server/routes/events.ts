import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { findLiveVersion } from '../db/catalog-repo';
import { readStock } from '../db/stock-repo';
import type { StoreEvent } from '../events/hub';
import type { AppEnv } from '../http/env';
import type { ServerDeps } from '../deps';

/**
 * `/api/stores/:storeId/events`: Server-Sent Events. The first event is the live catalog version, so a client
 * that reconnects after a gap catches up at once; then one event per publish, from any server process. A
 * comment every 15 s keeps proxies and phone networks from closing an idle stream.
 */
export function eventRoutes(deps: ServerDeps) {
  const { database, hub, pingSeconds = 15 } = deps;
  return new Hono<AppEnv>().get('/', (c) => {
    const storeId = c.req.param('storeId')!;
    c.header('Cache-Control', 'no-cache, no-transform');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: StoreEvent[] = [];
      let wake: (() => void) | null = null;
      let closing = false;
      const unsubscribe = hub.subscribe(storeId, (event) => {
        if (event === 'closing') closing = true;
        else queue.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      try {
        const live = await findLiveVersion(database.db, storeId);
        await stream.writeSSE({
          retry: 2000,
          event: 'catalog',
          data: JSON.stringify({ version: live?.version ?? 0, etag: live?.etag ?? null }),
        });
        // The second event is the whole live stock, so a screen that reconnects is right at once.
        await stream.writeSSE({
          event: 'stock',
          data: JSON.stringify(await readStock(database.db, storeId)),
        });
        while (!stream.aborted && !closing) {
          // Events that came while we were writing are already queued: send them before sleeping again.
          if (queue.length === 0) {
            const timer = setTimeout(() => wake?.(), pingSeconds * 1000);
            await new Promise<void>((resolve) => (wake = resolve));
            clearTimeout(timer);
            wake = null;
            if (stream.aborted || closing) break;
            if (queue.length === 0) await stream.write(': ping\n\n');
          }
          for (const event of queue.splice(0)) {
            if (event.type === 'catalog') {
              await stream.writeSSE({
                event: 'catalog',
                data: JSON.stringify({ version: event.version, etag: event.etag }),
              });
            } else {
              const stock = event.full
                ? await readStock(database.db, storeId)
                : { products: event.products ?? {}, flash: event.flash ?? {} };
              await stream.writeSSE({ event: 'stock', data: JSON.stringify(stock) });
            }
          }
        }
      } finally {
        unsubscribe();
      }
    });
  });
}
