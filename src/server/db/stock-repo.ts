import { and, eq, sql } from 'drizzle-orm';
import type { Catalog, CatalogError } from '../../domain/catalog';
import type { LiveStock } from '../../domain/stock/live-stock';
import type { AppDb } from './connect';
import { flashStock, productStock, type OrderStatus } from './schema';

type Tx = Parameters<Parameters<AppDb['transaction']>[0]>[0];

const rowsOf = (result: unknown): Record<string, unknown>[] =>
  (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);

/**
 * Carries a publish over to the live stock, inside the publishing transaction. A product's `stock` in the
 * catalog is the shelf count the merchant typed: only its change against the previous version moves the live
 * available count (so sales in between are kept); a new product starts at its `stock`. A capped flash
 * promotion keeps its sold and reserved counts whatever the catalog says; its cap follows the catalog, never
 * below what is already taken. Returns the refusals by catalog path (nothing is written then).
 */
export async function syncStockOnPublish(
  tx: Tx,
  storeId: string,
  previous: Catalog | null,
  next: Catalog,
): Promise<CatalogError[]> {
  const errors: CatalogError[] = [];
  const before = new Map((previous?.products ?? []).map((product) => [product.id, product.stock]));
  const rows = await tx.select().from(productStock).where(eq(productStock.storeId, storeId)).for('update');
  const live = new Map(rows.map((row) => [row.productId, row]));
  const productWrites: (() => Promise<unknown>)[] = [];
  next.products.forEach((product, index) => {
    const row = live.get(product.id);
    if (!row) {
      productWrites.push(() =>
        tx.insert(productStock).values({ storeId, productId: product.id, available: product.stock }),
      );
      return;
    }
    const delta = product.stock - (before.get(product.id) ?? product.stock);
    if (delta === 0) return;
    if (row.available + delta < 0) {
      errors.push({
        path: `products[${index}].stock`,
        message: `lowers the stock by ${-delta}, but only ${row.available} are free (${row.reserved} reserved, ${row.sold} sold)`,
      });
      return;
    }
    productWrites.push(() =>
      tx
        .update(productStock)
        .set({ available: sql`${productStock.available} + ${delta}` })
        .where(and(eq(productStock.storeId, storeId), eq(productStock.productId, product.id))),
    );
  });
  const flashRows = await tx.select().from(flashStock).where(eq(flashStock.storeId, storeId)).for('update');
  const flashLive = new Map(flashRows.map((row) => [row.promotionId, row]));
  const flashWrites: (() => Promise<unknown>)[] = [];
  next.promotions.forEach((promotion, index) => {
    if (promotion.kind !== 'flash-price' || promotion.stockCap === undefined) return;
    const row = flashLive.get(promotion.id);
    const cap = promotion.stockCap;
    if (!row) {
      const sold = Math.min(promotion.sold ?? 0, cap);
      flashWrites.push(() => tx.insert(flashStock).values({ storeId, promotionId: promotion.id, cap, sold }));
      return;
    }
    if (row.cap === cap) return;
    if (cap < row.sold + row.reserved) {
      errors.push({
        path: `promotions[${index}].stockCap`,
        message: `${cap} is below the ${row.sold + row.reserved} units already taken (${row.sold} sold, ${row.reserved} reserved)`,
      });
      return;
    }
    flashWrites.push(() =>
      tx
        .update(flashStock)
        .set({ cap })
        .where(and(eq(flashStock.storeId, storeId), eq(flashStock.promotionId, promotion.id))),
    );
  });
  if (errors.length > 0) return errors;
  for (const write of [...productWrites, ...flashWrites]) await write();
  return [];
}

/** The live stock of a store (or of some products and promotions only). */
export async function readStock(
  db: AppDb | Tx,
  storeId: string,
  only?: { products: string[]; flash: string[] },
): Promise<LiveStock> {
  if (only) return readSomeStock(db, storeId, only);
  const productRows = await db.select().from(productStock).where(eq(productStock.storeId, storeId));
  const flashRows = await db.select().from(flashStock).where(eq(flashStock.storeId, storeId));
  return liveStockOf(productRows, flashRows);
}

/**
 * Some products' and promotions' stock in one statement: the order path asks for it once per round trip
 * under a burst, so it is one query (not one per table) built without the query builder.
 */
async function readSomeStock(
  db: AppDb | Tx,
  storeId: string,
  { products, flash }: { products: string[]; flash: string[] },
): Promise<LiveStock> {
  const rows = rowsOf(
    await db.execute(sql`
      select 'p' as kind, product_id as id, available, reserved, sold, 0 as cap from product_stock
        where store_id = ${storeId} and product_id = any(${toTextArray(products)}::text[])
      union all
      select 'f', promotion_id, 0, reserved, sold, cap from flash_stock
        where store_id = ${storeId} and promotion_id = any(${toTextArray(flash)}::text[])`),
  ) as { kind: 'p' | 'f'; id: string; available: number; reserved: number; sold: number; cap: number }[];
  const productRows = rows.filter((row) => row.kind === 'p').map((row) => ({ ...row, productId: row.id }));
  const flashRows = rows.filter((row) => row.kind === 'f').map((row) => ({ ...row, promotionId: row.id }));
  return liveStockOf(productRows, flashRows);
}

/** A text[] literal (ids are catalog slugs, but quote them anyway). */
const toTextArray = (values: readonly string[]) =>
  `{${values.map((value) => `"${value.replace(/["\\]/gu, '\\$&')}"`).join(',')}}`;

type StockRow = { available: number; reserved: number; sold: number };

function liveStockOf(
  productRows: (StockRow & { productId: string })[],
  flashRows: (Omit<StockRow, 'available'> & { promotionId: string; cap: number })[],
): LiveStock {
  return {
    products: Object.fromEntries(
      productRows.map((row) => [
        row.productId,
        { available: Number(row.available), reserved: Number(row.reserved), sold: Number(row.sold) },
      ]),
    ),
    flash: Object.fromEntries(
      flashRows.map((row) => [
        row.promotionId,
        { cap: Number(row.cap), taken: Number(row.sold) + Number(row.reserved), sold: Number(row.sold) },
      ]),
    ),
  };
}

/** One order as the batch reservation takes it (see shelfsight_reserve in migrations/0002). */
export interface ReservationRequest {
  key: string;
  fingerprint: string;
  shopperId: string;
  products: Record<string, number>;
  flash: Record<string, number>;
  limits: Record<string, number>;
  quote: unknown;
  totalFen: number;
  catalogVersion: number;
  expiresAt: string;
}

export type ReservationResult =
  | { status: 'ok'; id: number }
  | { status: 'duplicate'; id: number; fingerprint: string }
  | {
      status: 'refused';
      reason: 'out-of-stock' | 'flash-sold-out' | 'shopper-limit';
      productId?: string;
      promotionId?: string;
    };

/**
 * Reserves a batch of orders of one store in one statement (its own transaction): one round trip and one
 * commit for the whole batch. Resolves only after PostgreSQL has committed, so no order is acknowledged and
 * then lost.
 */
export async function reserveBatch(
  db: AppDb,
  storeId: string,
  requests: ReservationRequest[],
  now: Date,
  channel: string,
): Promise<ReservationResult[]> {
  const result = await db.execute(
    sql`select shelfsight_reserve(${storeId}, ${JSON.stringify(requests)}::jsonb, ${now.toISOString()}::timestamptz, ${channel}) as results`,
  );
  const value = rowsOf(result)[0]?.results;
  return (typeof value === 'string' ? JSON.parse(value) : value) as ReservationResult[];
}

/** Pays, cancels or expires reserved orders; returns the ids that changed (others were not `reserved`). */
export async function settleOrders(
  db: AppDb,
  ids: number[],
  status: Exclude<OrderStatus, 'reserved'>,
  now: Date,
  by: string | null,
  channel: string,
): Promise<number[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(
    sql`select shelfsight_settle(${`{${ids.join(',')}}`}::bigint[], ${status}, ${now.toISOString()}::timestamptz, ${by}, ${channel}) as done`,
  );
  const value = rowsOf(result)[0]?.done;
  const list =
    typeof value === 'string'
      ? value.replace(/[{}]/gu, '').split(',').filter(Boolean)
      : ((value as (string | number)[] | null) ?? []);
  return list.map(Number);
}
