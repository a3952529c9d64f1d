import type { PaidOrder } from '../domain/order/order-csv';
import { setAside } from './stored-value';

export const orderLogKey = 'shelfsight.counter.orders';
const maxOrders = 2000;

// Checked by hand, not with zod: zod in this chunk would split it out of the shop's first download.
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isText = (value: unknown) => typeof value === 'string' && value.length <= 2000;
/** An instant as the counter writes it (`toISOString`), or any ISO date-time with an offset. */
const isInstant = (value: unknown) =>
  isText(value) &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value as string) &&
  !Number.isNaN(Date.parse(value as string));
const isLine = (line: unknown) => {
  const { productId, qty, payFen } = (line ?? {}) as Record<string, unknown>;
  return isText(productId) && isCount(qty) && isCount(payFen);
};

/** One logged order as the counter wrote it; anything else in the log is damage, not an order. */
function isPaidOrder(value: unknown): value is PaidOrder {
  const order = (value ?? {}) as Record<string, unknown>;
  return (
    typeof value === 'object' &&
    isText(order.shortCode) &&
    isText(order.code) &&
    isInstant(order.paidAt) &&
    isInstant(order.quotedAt) &&
    isCount(order.totalFen) &&
    Array.isArray(order.lines) &&
    order.lines.every(isLine) &&
    Array.isArray(order.coupons) &&
    order.coupons.every(isText)
  );
}

/**
 * The counter's local log of paid orders (this device only). Each entry is checked against the shape the
 * counter writes; damaged entries (bad dates, null lines, wrong types) are dropped from the log, whose raw
 * text is kept under `shelfsight.counter.orders.damaged` (see stored-value.ts, which the counter's notice reads).
 */
export function readOrderLog(storage: Storage | undefined = globalThis.localStorage): PaidOrder[] {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(orderLogKey);
  } catch {
    return [];
  }
  if (raw == null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const entries = Array.isArray(parsed) ? parsed : null;
  const orders = (entries ?? []).filter(isPaidOrder);
  if (!entries || orders.length < entries.length) {
    setAside(storage, orderLogKey, raw);
    writeOrderLog(orders, storage);
  }
  return orders;
}

export function writeOrderLog(
  orders: readonly PaidOrder[],
  storage: Storage | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(orderLogKey, JSON.stringify(orders.slice(-maxOrders)));
    return true;
  } catch {
    return false;
  }
}
