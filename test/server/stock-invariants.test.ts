import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import { overlayLiveStock } from '../../src/domain/stock/live-stock';
import { readStock } from '../../src/server/db/stock-repo';
import { createStoreWithCatalog } from '../../src/server/seed';
import { databaseKinds, makeStoreCatalog, startTestServer, type TestServer } from './harness';

// Random interleavings of reserve / pay / expire / cancel over several products with little stock, run
// against the real order service and database: after every step the stock adds up, the flash cap holds and
// the counters agree with the orders themselves.

const products = ['aksu-apple', 'kashgar-pomegranate', 'paper-shell-walnuts'] as const;
const flashLimit = 3;

/** A store with so little stock that a few orders collide: 9 apples (flash: 6 of 8 left, 3 each), 5, 4. */
function tightCatalog(storeId: string): Catalog {
  const catalog = makeStoreCatalog(storeId);
  const stock: Record<string, number> = {
    'aksu-apple': 9,
    'kashgar-pomegranate': 5,
    'paper-shell-walnuts': 4,
  };
  for (const product of catalog.products) product.stock = stock[product.id] ?? product.stock;
  const flash = catalog.promotions.find((promotion) => promotion.id === 'apple-flash')!;
  if (flash.kind !== 'flash-price') throw new Error('no apple flash sale');
  Object.assign(flash, { stockCap: 8, sold: 2, perOrderLimit: flashLimit });
  return catalog;
}

type Action =
  | { kind: 'order'; shopper: number; lines: { product: number; qty: number }[] }
  | { kind: 'pay' | 'cancel'; pick: number }
  | { kind: 'expire'; minutes: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('order' as const),
      shopper: fc.integer({ min: 0, max: 2 }),
      lines: fc.uniqueArray(
        fc.record({ product: fc.integer({ min: 0, max: 2 }), qty: fc.integer({ min: 1, max: 3 }) }),
        { minLength: 1, maxLength: 3, selector: (line) => line.product },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('expire' as const), minutes: fc.integer({ min: 0, max: 40 }) }),
  },
);
/** Steps of 1–4 actions that run at the same time. */
const steps = fc.array(fc.array(action, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

const rowsOf = (result: unknown) =>
  (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);

describe.each(databaseKinds)('stock invariants under random interleavings on %s', (kind) => {
  let server: TestServer;
  let stores = 0;
  const seen = { created: 0, stockRefusals: 0, paid: 0 };
  beforeAll(async () => {
    server = await startTestServer(kind);
    server.now.value = new Date('2026-11-11T10:00:00+08:00');
  });
  afterAll(() => server.close());

  async function checkInvariants(storeId: string, catalog: Catalog) {
    const stock = await readStock(server.database.db, storeId);
    const orders = rowsOf(
      await server.database.db.execute(
        sql`select status, shopper_id, reservation from orders where store_id = ${storeId}`,
      ),
    ).map((row) => ({
      status: String(row.status),
      shopper: String(row.shopper_id),
      reservation: (typeof row.reservation === 'string' ? JSON.parse(row.reservation) : row.reservation) as {
        products: Record<string, number>;
        flash: Record<string, number>;
      },
    }));
    const sum = (status: string, pick: (r: (typeof orders)[number]['reservation']) => number | undefined) =>
      orders.filter((o) => o.status === status).reduce((total, o) => total + (pick(o.reservation) ?? 0), 0);
    for (const id of products) {
      const initial = catalog.products.find((product) => product.id === id)!.stock;
      const row = stock.products[id]!;
      expect(row.available, `${id} available`).toBeGreaterThanOrEqual(0);
      expect(row.available + row.reserved + row.sold, `${id}: available + reserved + sold`).toBe(initial);
      expect(row.reserved, `${id} reserved = open orders`).toBe(sum('reserved', (r) => r.products[id]));
      expect(row.sold, `${id} sold = paid orders`).toBe(sum('paid', (r) => r.products[id]));
    }
    const flash = stock.flash['apple-flash']!;
    expect(flash.taken, 'flash taken ≤ cap').toBeLessThanOrEqual(flash.cap);
    expect(flash.sold - 2, 'flash sold = paid flash units').toBe(sum('paid', (r) => r.flash['apple-flash']));
    expect(flash.taken - flash.sold, 'flash reserved = open flash units').toBe(
      sum('reserved', (r) => r.flash['apple-flash']),
    );
    const perShopper = new Map<string, number>();
    for (const order of orders.filter((o) => o.status === 'reserved' || o.status === 'paid'))
      perShopper.set(
        order.shopper,
        (perShopper.get(order.shopper) ?? 0) + (order.reservation.flash['apple-flash'] ?? 0),
      );
    for (const [shopper, units] of perShopper)
      expect(units, `${shopper}'s flash units`).toBeLessThanOrEqual(flashLimit);
  }

  it('keeps sold ≤ cap, stock ≥ 0 and stock + reserved + sold = initial for every product', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const storeId = `prop-${kind}-${(stores += 1)}`;
        const catalog = tightCatalog(storeId);
        await createStoreWithCatalog(server.database, catalog);
        const placed: number[] = [];
        const run = async (step: Action) => {
          if (step.kind === 'order') {
            const lines = step.lines.map((line) => ({ productId: products[line.product]!, qty: line.qty }));
            // The total the shopper's cart shows on the stock of a moment ago (it may have moved since).
            const live = overlayLiveStock(catalog, await readStock(server.database.db, storeId));
            const shown = quote({ catalog: live, lines, at: server.now.value, coupons: [] });
            const outcome = await server.orders.place(
              storeId,
              `key-${storeId}-${placed.length}-${Math.random()}`,
              {
                shopperId: `shopper-${step.shopper}`,
                lines,
                coupons: [],
                expectedTotalFen: shown.ok ? shown.totalFen : 0,
              },
            );
            if (outcome.kind === 'created') {
              placed.push(outcome.order.id);
              seen.created += 1;
            } else if (outcome.kind === 'refused' && outcome.code !== 'price-changed')
              seen.stockRefusals += 1;
            else expect(['refused', 'quote-refused']).toContain(outcome.kind);
          } else if (step.kind === 'expire') {
            server.now.value = new Date(server.now.value.getTime() + step.minutes * 60_000);
            await server.orders.expireDue();
          } else if (placed.length > 0) {
            const id = placed[step.pick % placed.length]!;
            const settled = await server.orders.settle(
              storeId,
              id,
              step.kind === 'pay' ? 'paid' : 'cancelled',
              'cashier',
            );
            if (settled?.changed && step.kind === 'pay') seen.paid += 1;
          }
        };
        for (const group of plan) {
          await Promise.all(group.map(run));
          await checkInvariants(storeId, catalog);
        }
      }),
      { numRuns: kind === 'postgres' ? 40 : 25 },
    );
    // The runs reached what they are about: orders made, paid, and refused for want of stock.
    expect(seen.created).toBeGreaterThan(20);
    expect(seen.paid).toBeGreaterThan(5);
    expect(seen.stockRefusals).toBeGreaterThan(3);
  });
});
