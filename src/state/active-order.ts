import { useSyncExternalStore } from 'react';
import type { ServerOrder } from '../data/order-api';
import { storeContext } from '../data/store-context';
import { setAside } from '../data/stored-value';

const key = () => `shelfsight.order.active:${storeContext.storeId ?? ''}`;
const listeners = new Set<() => void>();
let cached: { raw: string | null; order: ServerOrder | null } = { raw: null, order: null };

/** The shopper's open order as stored now (a damaged copy is set aside and reads as none). */
export function activeOrder(): ServerOrder | null {
  let raw: string | null;
  try {
    raw = globalThis.localStorage?.getItem(key()) ?? null;
  } catch {
    raw = null;
  }
  if (raw === cached.raw) return cached.order;
  let order: ServerOrder | null = null;
  try {
    const parsed: unknown = JSON.parse(raw ?? 'null');
    if (isStoredOrder(parsed)) order = parsed;
  } catch {
    // not JSON: set aside below
  }
  // A damaged copy would blank the cart's order panel on every load: keep its text aside, show no order.
  if (raw !== null && !order) setAside(globalThis.localStorage, key(), raw);
  cached = { raw, order };
  return order;
}

const safeFen = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isDate = (value: unknown) => typeof value === 'string' && Number.isFinite(Date.parse(value));

/** What the order panel reads of a stored order, each field of the type it draws with. */
function isStoredOrder(value: unknown): value is ServerOrder {
  const order = value as Partial<ServerOrder> | null;
  return (
    typeof order === 'object' &&
    order !== null &&
    (typeof order.id === 'string' || typeof order.id === 'number') &&
    typeof order.shortCode === 'string' &&
    typeof order.code === 'string' &&
    typeof order.status === 'string' &&
    Array.isArray(order.lines) &&
    safeFen(order.totalFen) &&
    safeFen(order.payNowFen) &&
    safeFen(order.payLaterFen) &&
    isDate(order.expiresAt)
  );
}

/**
 * The order this shopper placed and has not finished with (store server only), kept in localStorage so a
 * reload, or a phone that slept in a pocket, still shows its counter QR. Null when there is none.
 */
export function setActiveOrder(order: ServerOrder | null): void {
  try {
    if (order) globalThis.localStorage?.setItem(key(), JSON.stringify(order));
    else globalThis.localStorage?.removeItem(key());
  } catch {
    // Not kept across reloads; the panel still shows until the page goes.
    cached = { raw: order ? JSON.stringify(order) : null, order };
  }
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The shopper's open order, or null. */
export function useActiveOrder(): ServerOrder | null {
  return useSyncExternalStore(subscribe, activeOrder, () => null);
}
