import type { Database } from './db/connect';
import type { EventHub } from './events/hub';
import type { Logger } from './http/request-log';
import type { OrderService } from './orders/service';

/** What the routes are built over: one database, this process's event hub, a logger and a clock. */
export interface ServerDeps {
  database: Database;
  hub: EventHub;
  log: Logger;
  now: () => Date;
  /** Origins allowed to make state-changing requests besides our own (e.g. a TLS proxy's public address). */
  trustedOrigins: readonly string[];
  orders: OrderService;
  /** Seconds between keep-alive comments on event streams. */
  pingSeconds?: number;
}
