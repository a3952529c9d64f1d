import { decodeServerOrderCode, orderIdForShortCode } from '../../domain/order/server-order-code';
import type { Catalog } from '../../domain/catalog';
import type { OrderRefusal } from '../../domain/order/refusal-messages';
import { quote, type PricingIssue, type Quote } from '../../domain/pricing';
import { overlayLiveStock, type LiveStock } from '../../domain/stock/live-stock';
import type { Database } from '../db/connect';
import {
  readStock,
  reserveBatch,
  settleOrders,
  type ReservationRequest,
  type ReservationResult,
} from '../db/stock-repo';
import { createGroupCommit } from './group-commit';
import { createLiveCatalogCache } from './live-catalog-cache';
import { orderView, type OrderView, type StoredQuote } from './order-view';
import { fingerprintOf, flashUnits, refusal, soldOutFlash } from './reservation-terms';
import { findExpiredOrders, findOrder, findOrdersByKeys, orderSecret, type OrderRow } from './order-repo';
import { newOrderSecret, signOrderCode, verifyOrderSignature } from './signing';

export interface OrderRequest {
  shopperId: string;
  lines: { productId: string; qty: number }[];
  coupons: string[];
  expectedTotalFen: number;
}

export type PlaceOutcome =
  | { kind: 'created' | 'replayed'; order: OrderView }
  | { kind: 'key-reused' }
  | { kind: 'no-catalog' }
  | { kind: 'quote-refused'; errors: PricingIssue[] }
  | { kind: 'refused'; code: OrderRefusal['code']; reasons: OrderRefusal[]; quote?: Quote };

interface StockWanted {
  products: string[];
  flash: string[];
}

/**
 * Orders on the store server: re-quoted with the same engine at the server's clock on the live stock, then
 * reserved in batches (group commit, see shelfsight_reserve), paid, cancelled or expired. Idempotent by the
 * client's key. Never trusts a total from the client: it only compares it, to refuse an order whose price moved.
 */
export function createOrderService({
  database,
  now,
  onCatalogChange,
  reserve = reserveBatch,
}: {
  database: Database;
  now: () => Date;
  onCatalogChange?: (listener: (storeId: string) => void) => void;
  /** How a batch is reserved; only the tests' deliberately naive control replaces it. */
  reserve?: typeof reserveBatch;
}) {
  const { db, channel } = database;
  const secrets = new Map<string, string>();
  const batchers = new Map<
    string,
    ReturnType<typeof createGroupCommit<ReservationRequest, ReservationResult & { createdAt: Date }>>
  >();
  const stockReaders = new Map<string, ReturnType<typeof createGroupCommit<StockWanted, LiveStock>>>();
  const keyReaders = new Map<string, ReturnType<typeof createGroupCommit<string, OrderRow | null>>>();
  const liveCatalog = createLiveCatalogCache(db, onCatalogChange);

  /**
   * The live stock of some products and promotions, read by one query for every order that asks while the
   * previous read is on its way (so under a burst it is one read per round trip, and each order still sees
   * stock read after it arrived).
   */
  function stockReaderFor(storeId: string) {
    let reader = stockReaders.get(storeId);
    if (!reader) {
      reader = createGroupCommit<StockWanted, LiveStock>(async (batch) => {
        const products = [...new Set(batch.flatMap((wanted) => wanted.products))];
        const flash = [...new Set(batch.flatMap((wanted) => wanted.flash))];
        const stock = await readStock(db, storeId, { products, flash });
        return batch.map(() => stock);
      });
      stockReaders.set(storeId, reader);
    }
    return reader;
  }

  /** Orders by idempotency key, one query for every refusal that asks while the previous one is out. */
  function keyReaderFor(storeId: string) {
    let reader = keyReaders.get(storeId);
    if (!reader) {
      reader = createGroupCommit<string, OrderRow | null>(async (keys) => {
        const rows = await findOrdersByKeys(db, storeId, [...new Set(keys)]);
        const byKey = new Map(rows.map((row) => [row.idempotencyKey, row]));
        return keys.map((key) => byKey.get(key) ?? null);
      });
      keyReaders.set(storeId, reader);
    }
    return reader;
  }

  async function secretOf(storeId: string) {
    let secret = secrets.get(storeId);
    if (!secret) {
      secret = await orderSecret(db, storeId, newOrderSecret());
      secrets.set(storeId, secret);
    }
    return secret;
  }

  function batcherFor(storeId: string) {
    let batcher = batchers.get(storeId);
    if (!batcher) {
      batcher = createGroupCommit<ReservationRequest, ReservationResult & { createdAt: Date }>(
        async (batch) => {
          const createdAt = now();
          const results = await reserve(db, storeId, batch, createdAt, channel);
          return results.map((result) => ({ ...result, createdAt }));
        },
      );
      batchers.set(storeId, batcher);
    }
    return batcher;
  }

  // Every order of a batch gets the same stock read: one overlaid catalog (and so one engine index, which
  // the engine caches per catalog object) for all of them instead of one per order.
  const overlays = new WeakMap<LiveStock, { base: Catalog; catalog: Catalog }>();
  function overlaid(base: Catalog, stock: LiveStock): Catalog {
    const known = overlays.get(stock);
    if (known?.base === base) return known.catalog;
    const catalog = overlayLiveStock(base, stock);
    overlays.set(stock, { base, catalog });
    return catalog;
  }

  async function view(storeId: string, row: OrderRow): Promise<OrderView> {
    return orderView(row, signOrderCode(await secretOf(storeId), storeId, row.id), now());
  }

  return {
    async place(storeId: string, key: string, request: OrderRequest): Promise<PlaceOutcome> {
      const fingerprint = fingerprintOf(request);
      // A retry of an order already made is answered with it, whatever the stock or prices are now. On the
      // way to a new order shelfsight_reserve spots retries itself, so only a refusal has to look first.
      const replayOr = async (outcome: PlaceOutcome): Promise<PlaceOutcome> => {
        const existing = await keyReaderFor(storeId).submit(key);
        if (!existing) return outcome;
        return existing.fingerprint === fingerprint
          ? { kind: 'replayed', order: await view(storeId, existing) }
          : { kind: 'key-reused' };
      };
      const live = await liveCatalog(storeId);
      if (!live) return replayOr({ kind: 'no-catalog' });
      const at = now();
      const productIds = [...new Set(request.lines.map((line) => line.productId))];
      const flashIds = live.catalog.promotions
        .filter((p) => p.kind === 'flash-price' && p.productIds.some((id) => productIds.includes(id)))
        .map((p) => p.id);
      const catalog = overlaid(
        live.catalog,
        await stockReaderFor(storeId).submit({ products: productIds, flash: flashIds }),
      );
      const result = quote({ catalog, lines: request.lines, at, coupons: request.coupons });
      if (!result.ok) {
        const short = result.errors.filter((error) => error.code === 'exceeds-stock');
        return replayOr(
          short.length > 0
            ? {
                kind: 'refused',
                code: 'out-of-stock',
                reasons: short.map((error) =>
                  refusal(catalog, 'out-of-stock', { productId: error.productId! }),
                ),
              }
            : { kind: 'quote-refused', errors: result.errors },
        );
      }
      if (result.totalFen !== request.expectedTotalFen) {
        return replayOr({
          kind: 'refused',
          code: 'price-changed',
          reasons: [refusal(catalog, 'price-changed'), ...soldOutFlash(catalog, request, at)],
          quote: result,
        });
      }
      const { flash, limits } = flashUnits(catalog, result);
      const stored: StoredQuote = {
        lines: result.lines,
        totalFen: result.totalFen,
        payNowFen: result.payNowFen,
        payLaterFen: result.payLaterFen,
        applied: result.applied,
        appliedCoupon: result.appliedCoupon,
        coupons: request.coupons,
      };
      const reservation = {
        products: Object.fromEntries(result.lines.map((line) => [line.productId, line.qty])),
        flash,
      };
      const expiresAt = new Date(at.getTime() + live.minutes * 60_000);
      const reserved = await batcherFor(storeId).submit({
        key,
        fingerprint,
        shopperId: request.shopperId,
        ...reservation,
        limits,
        quote: stored,
        totalFen: result.totalFen,
        catalogVersion: live.version,
        expiresAt: expiresAt.toISOString(),
      });
      if (reserved.status === 'refused') {
        const id = reserved.productId
          ? { productId: reserved.productId }
          : { promotionId: reserved.promotionId! };
        return { kind: 'refused', code: reserved.reason, reasons: [refusal(catalog, reserved.reason, id)] };
      }
      if (reserved.status === 'duplicate') {
        const row = await findOrder(db, storeId, reserved.id);
        return row && reserved.fingerprint === fingerprint
          ? { kind: 'replayed', order: await view(storeId, row) }
          : { kind: 'key-reused' };
      }
      // The row as shelfsight_reserve wrote it (committed before this line runs): no read back needed.
      const row: OrderRow = {
        id: reserved.id,
        storeId,
        idempotencyKey: key,
        fingerprint,
        shopperId: request.shopperId,
        status: 'reserved',
        quote: stored,
        reservation,
        totalFen: result.totalFen,
        catalogVersion: live.version,
        createdAt: reserved.createdAt,
        expiresAt,
        paidAt: null,
        paidBy: null,
        closedAt: null,
      };
      return { kind: 'created', order: await view(storeId, row) };
    },

    /** Finds an order from what the counter scanned or typed, checking a code's signature. */
    async lookup(
      storeId: string,
      input: string,
    ): Promise<
      { kind: 'found'; order: OrderView } | { kind: 'bad-code' | 'bad-signature' | 'unknown-order' }
    > {
      const decoded = decodeServerOrderCode(input);
      let id: number | null;
      if (decoded.ok) {
        const { value } = decoded;
        if (
          value.storeId !== storeId ||
          !verifyOrderSignature(await secretOf(storeId), value.signed, value.signature)
        )
          return { kind: 'bad-signature' };
        id = value.orderId;
      } else {
        id = orderIdForShortCode(input);
      }
      if (id === null) return { kind: 'bad-code' };
      const row = await findOrder(db, storeId, id);
      return row ? { kind: 'found', order: await view(storeId, row) } : { kind: 'unknown-order' };
    },

    async order(storeId: string, id: number) {
      const row = await findOrder(db, storeId, id);
      return row ? view(storeId, row) : null;
    },

    view,

    /** Pays or cancels one order; `changed` is false when it was no longer reserved (or, paying, had expired). */
    async settle(storeId: string, id: number, status: 'paid' | 'cancelled', by: string) {
      const row = await findOrder(db, storeId, id);
      if (!row) return null;
      const changed = (await settleOrders(db, [id], status, now(), by, channel)).length === 1;
      return { changed, order: await view(storeId, (await findOrder(db, storeId, id))!) };
    },

    /** Ends every reserved order past its expiry and returns its units (any process may run it). */
    async expireDue(limit = 500): Promise<number> {
      const ids = await findExpiredOrders(db, now(), limit);
      return (await settleOrders(db, ids, 'expired', now(), null, channel)).length;
    },

    batches: (storeId: string) => batchers.get(storeId)?.batches() ?? 0,
  };
}

export type OrderService = ReturnType<typeof createOrderService>;
