import { Pool } from 'undici';
import { sql } from 'drizzle-orm';
import type { Catalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import type { Database } from '../../src/server/db/connect';

/**
 * A flash-sale burst over real HTTP and the checker that judges it: shared by the concurrency and crash tests
 * (test/server/flash-sale.test.ts) and the flash bench (test/bench/flash-burst.ts), so the numbers a bench
 * reports are the ones the tests hold to.
 */

export interface BurstOptions {
  /** Server base URLs; shoppers are dealt to them in turn. */
  urls: string[];
  storeId: string;
  productId: string;
  /** Units each shopper asks for. */
  qty: number;
  /** The total the shopper's cart shows (the flash price × qty). */
  expectedTotalFen: number;
  shoppers: number;
  /** Requests in flight at once per server (each its own keep-alive connection). */
  connectionsPerServer: number;
  /** Shopper ids are `${prefix}-${n}`; idempotency keys derive from them. */
  prefix?: string;
  /** Called after each answer (the crash test kills a server part-way). */
  onAnswer?: (answered: number) => void;
}

export interface BurstAnswer {
  shopperId: string;
  key: string;
  server: number;
  /** Units asked for. */
  units: number;
  /** HTTP status, or 0 when the request got no answer (connection refused or reset). */
  status: number;
  orderId?: number;
  errorCode?: string;
  /** Refusal reason codes the server gave. */
  reasons?: string[];
  latencyMs: number;
  /** When the answer came, in ms since the burst began. */
  doneAtMs: number;
}

export interface BurstRun {
  answers: BurstAnswer[];
  wallMs: number;
}

/** Sends one order per shopper, `connectionsPerServer` at a time per server, and records every answer. */
export async function runBurst(options: BurstOptions): Promise<BurstRun> {
  const prefix = options.prefix ?? `burst${Date.now().toString(36)}`;
  const pools = options.urls.map(
    (url) => new Pool(url, { connections: options.connectionsPerServer, pipelining: 1 }),
  );
  const answers: BurstAnswer[] = [];
  const queues = options.urls.map(() => [] as number[]);
  for (let n = 0; n < options.shoppers; n += 1) queues[n % options.urls.length]!.push(n);
  const started = performance.now();

  async function send(server: number, n: number) {
    const shopperId = `${prefix}-${n}`;
    const key = `k-${shopperId}`;
    const sent = performance.now();
    const answer: BurstAnswer = {
      shopperId,
      key,
      server,
      units: options.qty,
      status: 0,
      latencyMs: 0,
      doneAtMs: 0,
    };
    try {
      const response = await pools[server]!.request({
        method: 'POST',
        path: `/api/stores/${options.storeId}/orders`,
        headers: {
          origin: options.urls[server]!,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify({
          shopperId,
          lines: [{ productId: options.productId, qty: options.qty }],
          coupons: [],
          expectedTotalFen: options.expectedTotalFen,
        }),
      });
      answer.status = response.statusCode;
      const body = (await response.body.json()) as {
        order?: { id: number };
        error?: { code: string; reasons?: { code: string }[] };
      };
      if (body.order) answer.orderId = body.order.id;
      if (body.error) {
        answer.errorCode = body.error.code;
        answer.reasons = (body.error.reasons ?? []).map((reason) => reason.code);
      }
    } catch {
      answer.status = 0;
    }
    answer.latencyMs = performance.now() - sent;
    answer.doneAtMs = performance.now() - started;
    answers.push(answer);
    options.onAnswer?.(answers.length);
  }

  await Promise.all(
    queues.flatMap((queue, server) =>
      Array.from({ length: options.connectionsPerServer }, async () => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) await send(server, n);
      }),
    ),
  );
  const wallMs = performance.now() - started;
  await Promise.all(pools.map((pool) => pool.destroy()));
  return { answers, wallMs };
}

export interface FlashVerdict {
  /** Units in orders the server acknowledged (2xx). */
  acknowledgedUnits: number;
  acknowledgedOrders: number;
  /** The promotion's row: units taken (sold + reserved) and its cap. */
  taken: number;
  cap: number;
  /** Units taken by the live (reserved or paid) orders in the table, plus what was sold before the burst. */
  takenByOrders: number;
  /** Units past the cap, by the row or by the orders, whichever is worse (must be 0). */
  oversold: number;
  /** Acknowledged orders that are not in the database (must be 0). */
  lost: number;
  /** Answers that were neither an order nor a refusal with a stock reason (5xx, no answer, other 4xx). */
  unexplained: BurstAnswer[];
  /** Product stock rows whose available + reserved + sold differs from the start. */
  productDrift: number;
}

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);

/** Refusals the sale may answer with once the units run out, each naming why. */
const stockRefusals = new Set(['flash-sold-out', 'price-changed', 'out-of-stock', 'shopper-limit']);

/**
 * Judges a burst against the database: never more units than the cap (counted both from the promotion's row
 * and from the orders themselves, so a lost update on the counter is caught too), every acknowledged order
 * stored, every other answer a refusal with a reason.
 */
export async function checkFlashSale(
  database: Database,
  sale: {
    storeId: string;
    productId: string;
    promotionId: string;
    /** Units sold before the burst (the catalog's `sold`). */
    soldBefore: number;
    /** The product's available + reserved + sold before the burst. */
    productTotal: number;
  },
  answers: BurstAnswer[],
  { allowNoAnswer = false } = {},
): Promise<FlashVerdict> {
  const { db } = database;
  const acknowledged = answers.filter((answer) => answer.status === 200 || answer.status === 201);
  const flashRow = rowsOf(
    await db.execute(
      sql`select cap, sold, reserved from flash_stock where store_id = ${sale.storeId} and promotion_id = ${sale.promotionId}`,
    ),
  )[0]!;
  const cap = Number(flashRow.cap);
  const taken = Number(flashRow.sold) + Number(flashRow.reserved);
  const live = rowsOf(
    await db.execute(
      sql`select id, coalesce((reservation->'flash'->>${sale.promotionId})::int, 0) as units from orders
          where store_id = ${sale.storeId} and status in ('reserved', 'paid')`,
    ),
  );
  const stored = new Set(
    rowsOf(await db.execute(sql`select id from orders where store_id = ${sale.storeId}`)).map((row) =>
      Number(row.id),
    ),
  );
  const takenByOrders = sale.soldBefore + live.reduce((sum, row) => sum + Number(row.units), 0);
  const productRow = rowsOf(
    await db.execute(
      sql`select available + reserved + sold as total, available from product_stock where store_id = ${sale.storeId} and product_id = ${sale.productId}`,
    ),
  )[0]!;
  return {
    acknowledgedOrders: acknowledged.length,
    acknowledgedUnits: acknowledged.reduce((sum, answer) => sum + answer.units, 0),
    taken,
    cap,
    takenByOrders,
    oversold: Math.max(0, taken - cap, takenByOrders - cap),
    lost: acknowledged.filter((answer) => answer.orderId === undefined || !stored.has(answer.orderId)).length,
    unexplained: answers.filter(
      (answer) =>
        !(answer.status === 200 || answer.status === 201) &&
        !(answer.status === 409 && stockRefusals.has(answer.errorCode ?? '')) &&
        !(allowNoAnswer && answer.status === 0),
    ),
    productDrift: Number(productRow.total) !== sale.productTotal || Number(productRow.available) < 0 ? 1 : 0,
  };
}

/**
 * The demo store on the night of a flash sale that is on now (whatever today's date): the apples' flash price
 * with `cap` units of which `sold` are gone, and `stock` apples on the shelf.
 */
export function flashSaleCatalog(
  base: Catalog,
  { cap, sold, stock, now = new Date() }: { cap: number; sold: number; stock: number; now?: Date },
): Catalog {
  const catalog = structuredClone(base);
  const flash = catalog.promotions.find((promotion) => promotion.id === flashPromotionId);
  if (flash?.kind !== 'flash-price') throw new Error('the demo catalog has no apple flash sale');
  flash.startsAt = new Date(now.getTime() - 3_600_000).toISOString();
  flash.endsAt = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  flash.stockCap = cap;
  flash.sold = sold;
  catalog.products.find((product) => product.id === flashProductId)!.stock = stock;
  return catalog;
}

export const flashProductId = 'aksu-apple';
export const flashPromotionId = 'apple-flash';

/** What a shopper's cart shows for `qty` of a product now (the same engine as the app). */
export function cartTotalFen(catalog: Catalog, productId: string, qty: number, at = new Date()): number {
  const result = quote({ catalog, lines: [{ productId, qty }], at, coupons: [] });
  if (!result.ok) throw new Error(`the flash cart does not quote: ${result.errors[0]?.code}`);
  return result.totalFen;
}
