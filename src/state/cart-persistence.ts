import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { sanitizeCartLines, type CartLine } from '../domain/cart/cart-lines';

/** Bump when the saved cart's shape changes, and teach `migrateCart` the old shape. */
export const cartStorageVersion = 1;
export const cartStorageKey = 'shelfsight.cart';

export interface PersistedCart {
  cartLines: CartLine[];
  cartRecovered?: boolean;
}

const recovered: StorageValue<PersistedCart> = {
  state: { cartLines: [], cartRecovered: true },
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

/**
 * Brings a saved cart of any known version to the current shape. Version 0 (the prototype) stored
 * `{ items: { [productId]: qty } }`; version 1 stores `{ cartLines: [{ productId, qty }] }`.
 */
export function migrateCart(state: object, version: number): PersistedCart | null {
  if (version === 0) {
    const items = (state as { items?: unknown }).items;
    if (typeof items !== 'object' || items === null) return null;
    const lines = sanitizeCartLines(Object.entries(items).map(([productId, qty]) => ({ productId, qty })));
    return lines ? { cartLines: lines } : null;
  }
  if (version === cartStorageVersion) {
    const lines = sanitizeCartLines((state as { cartLines?: unknown }).cartLines);
    return lines ? { cartLines: lines } : null;
  }
  return null;
}

/** localStorage-backed storage for zustand persist that never throws (private mode, quota, damage). */
export function createCartStorage(getStorage: () => Storage | undefined): PersistStorage<PersistedCart> {
  return {
    getItem: (name) => {
      try {
        return decodeSavedCart(getStorage()?.getItem(name) ?? null);
      } catch {
        return recovered;
      }
    },
    setItem: (name, value) => {
      try {
        getStorage()?.setItem(
          name,
          JSON.stringify({ state: { cartLines: value.state.cartLines }, version: value.version }),
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
