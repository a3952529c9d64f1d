import { useSyncExternalStore } from 'react';
import type { ServerOrder } from '../data/order-api';
import { storeContext } from '../data/store-context';

const key = () => `shelfsight.order.active:${storeContext.storeId ?? ''}`;
const listeners = new Set<() => void>();
let cached: { raw: string | null; order: ServerOrder | null } = { raw: null, order: null };

function read(): ServerOrder | null {
  let raw: string | null;
  try {
    raw = globalThis.localStorage?.getItem(key()) ?? null;
  } catch {
    raw = null;
  }
  if (raw === cached.raw) return cached.order;
  let order: ServerOrder | null;
  try {
    const parsed = JSON.parse(raw ?? 'null') as Partial<ServerOrder> | null;
    order =
      parsed && typeof parsed.code === 'string' && typeof parsed.expiresAt === 'string'
        ? (parsed as ServerOrder)
        : null;
  } catch {
    order = null;
  }
  cached = { raw, order };
  return order;
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
  return useSyncExternalStore(subscribe, read, () => null);
}
