import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { sanitizeCartLines, type CartLine } from '../domain/cart/cart-lines';
import { setAside } from '../data/stored-value';

/** Bump when the saved cart's shape changes, and teach `migrateCart` the old shape. */
export const cartStorageVersion = 2;
export const cartStorageKey = 'shelfsight.cart';

export interface PersistedCart {
  cartLines: CartLine[];
  cartCoupons: string[];
  cartRecovered?: boolean;
}

const recovered: StorageValue<PersistedCart> = {
  state: { cartLines: [], cartCoupons: [], cartRecovered: true },
  version: cartStorageVersion,
};

/**
 * Reads the saved cart text. Anything unreadable (bad JSON, wrong shape, bad lines) becomes an empty cart
 * flagged `cartRecovered`, so the app shows a notice instead of crashing on damaged storage.
 */
export function decodeSavedCart(raw: string | null): StorageValue<PersistedCart> | null {
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return recovered;
  }
  if (typeof parsed !== 'object' || parsed === null) return recovered;
  const { state, version } = parsed as { state?: unknown; version?: unknown };
  if (!Number.isSafeInteger(version) || typeof state !== 'object' || state === null) return recovered;
  const migrated = migrateCart(state, version as number);
  return migrated ? { state: migrated, version: cartStorageVersion } : recovered;
}

function sanitizeCoupons(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((code) => typeof code === 'string' && /^[A-Z0-9]{1,20}$/.test(code))
    ? value.slice(0, 5)
    : null;
}

/**
 * Brings a saved cart of any known version to the current shape. Version 0 (the prototype) stored
 * `{ items: { [productId]: qty } }`; version 1 `{ cartLines: [{ productId, qty }] }`; version 2 adds
 * `cartCoupons: string[]`.
 */
export function migrateCart(state: object, version: number): PersistedCart | null {
  if (version === 0) {
    const items = (state as { items?: unknown }).items;
    if (typeof items !== 'object' || items === null) return null;
    const lines = sanitizeCartLines(Object.entries(items).map(([productId, qty]) => ({ productId, qty })));
    return lines ? { cartLines: lines, cartCoupons: [] } : null;
  }
  if (version === 1 || version === 2) {
    const lines = sanitizeCartLines((state as { cartLines?: unknown }).cartLines);
    const coupons = version === 1 ? [] : sanitizeCoupons((state as { cartCoupons?: unknown }).cartCoupons);
    return lines && coupons ? { cartLines: lines, cartCoupons: coupons } : null;
  }
  return null;
}

/** localStorage-backed storage for zustand persist that never throws (private mode, quota, damage). */
export function createCartStorage(getStorage: () => Storage | undefined): PersistStorage<PersistedCart> {
  return {
    getItem: (name) => {
      try {
        const raw = getStorage()?.getItem(name) ?? null;
        const saved = decodeSavedCart(raw);
        // Kept under `<name>.damaged`, so emptying a damaged cart loses nothing.
        if (saved === recovered) setAside(getStorage(), name, raw!);
        return saved;
      } catch {
        return recovered;
      }
    },
    setItem: (name, value) => {
      try {
        getStorage()?.setItem(
          name,
          JSON.stringify({
            state: { cartLines: value.state.cartLines, cartCoupons: value.state.cartCoupons },
            version: value.version,
          }),
        );
      } catch {
        // Storage full or blocked: the cart still works for this visit.
      }
    },
    removeItem: (name) => {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // Nothing to do: storage is unavailable.
      }
    },
  };
}
