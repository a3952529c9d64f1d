import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { ServerConfig } from './config';
import { openDatabase, type Database } from './db/connect';
import { createEventHub } from './events/hub';
import { jsonLogger, type Logger } from './http/request-log';
import { ensureDemoStore } from './seed';
import { loadTls } from './tls';
import { createOrderService } from './orders/service';

/** How often unpaid orders past their expiry are ended and their units returned. */
const sweepMs = 10_000;

export interface RunningServer {
  url: string;
  database: Database;
  /** The first start's owner login, when this start created the demo store. */
  firstOwner: { storeId: string; username: string; password: string } | null;
  close(): Promise<void>;
}

/**
 * Opens the database (migrating it), creates the demo store on the very first start, and listens. `close`
 * stops accepting connections, ends event streams, lets requests in flight finish (5 s at most) and closes
 * the database, in that order.
 */
export async function startServer(
  config: ServerConfig,
  { log = jsonLogger }: { log?: Logger } = {},
): Promise<RunningServer> {
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    schema: config.databaseSchema,
  });
  const firstOwner = await ensureDemoStore(database);
  const hub = await createEventHub(database);
  const tls = config.plainHttp ? null : await loadTls(config);
  const now = () => new Date();
  const orders = createOrderService({
    database,
    now,
    onCatalogChange: (forget) => hub.onAny((event) => event.type === 'catalog' && forget(event.storeId)),
  });
  // Every process sweeps; an order is settled once whoever gets to it (shelfsight_settle), so that is safe.
  const sweeper = setInterval(() => {
    orders.expireDue().then(
      (expired) => expired > 0 && log({ msg: 'orders-expired', count: expired }),
      (error: unknown) =>
        log({ msg: 'sweep-failed', error: error instanceof Error ? error.message : String(error) }),
    );
  }, sweepMs);
  sweeper.unref();
  const app = createApp(
    { database, hub, log, now, orders, trustedOrigins: config.trustedOrigins },
    { distDir: config.distDir, defaultStoreId: config.defaultStoreId, tls: Boolean(tls) },
  );
  const server = await new Promise<ReturnType<typeof serve>>((ready) => {
    const started = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
      },
      () => ready(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `${tls ? 'https' : 'http'}://${shownHost}:${port}`;
  log({ msg: 'listening', url, database: database.kind, store: config.defaultStoreId });
  let closing: Promise<void> | null = null;
  return {
    url,
    database,
    firstOwner,
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        const closed = new Promise<void>((done) => server.close(() => done()));
        await hub.close();
        const forced = setTimeout(
          () => (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(),
          5000,
        );
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        await closed;
        clearTimeout(forced);
        await database.close();
        log({ msg: 'stopped' });
      })();
      return closing;
    },
  };
}
