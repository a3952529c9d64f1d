import { and, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { AppDb } from '../db/connect';
import { orders, stores, type OrderStatus } from '../db/schema';

export type OrderRow = typeof orders.$inferSelect;

export async function findOrder(db: AppDb, storeId: string, id: number): Promise<OrderRow | null> {
  const [row] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.storeId, storeId), eq(orders.id, id)));
  return row ?? null;
}

/** Orders by idempotency key, for many keys in one query (the refusals of a burst, one read per round trip). */
export async function findOrdersByKeys(db: AppDb, storeId: string, keys: string[]): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(and(eq(orders.storeId, storeId), inArray(orders.idempotencyKey, keys)));
}

export async function listOrders(
  db: AppDb,
  storeId: string,
  filter: { status?: OrderStatus; from?: Date; to?: Date; limit: number },
) {
  return db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.storeId, storeId),
        filter.status ? eq(orders.status, filter.status) : undefined,
        filter.from ? gte(orders.createdAt, filter.from) : undefined,
        filter.to ? lt(orders.createdAt, filter.to) : undefined,
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(filter.limit);
}

/** Reserved orders past their expiry, oldest first (the sweeper ends them). */
export async function findExpiredOrders(db: AppDb, now: Date, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, 'reserved'), lte(orders.expiresAt, now)))
    .orderBy(orders.expiresAt)
    .limit(limit);
  return rows.map((row) => row.id);
}

/** The store's HMAC secret for order codes, made once (the first writer wins, everyone reads the same). */
export async function orderSecret(db: AppDb, storeId: string, fresh: string): Promise<string> {
  await db
    .update(stores)
    .set({ orderSecret: fresh })
    .where(and(eq(stores.id, storeId), sql`${stores.orderSecret} is null`));
  const [row] = await db
    .select({ secret: stores.orderSecret, minutes: stores.reservationMinutes })
    .from(stores)
    .where(eq(stores.id, storeId));
  return row!.secret!;
}

export async function reservationMinutes(db: AppDb, storeId: string): Promise<number> {
  const [row] = await db
    .select({ minutes: stores.reservationMinutes })
    .from(stores)
    .where(eq(stores.id, storeId));
  return row?.minutes ?? 30;
}
