import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createCartSlice, type CartSlice } from './slices/cart';
import { createCatalogSlice, type CatalogSlice } from './slices/catalog';
import { createSelectionSlice, type SelectionSlice } from './slices/selection';
import { createStockSlice, type StockSlice } from './slices/stock';
import { createUiSlice, type UiSlice } from './slices/ui';
import {
  cartStorageKey,
  cartStorageVersion,
  createCartStorage,
  type PersistedCart,
} from './cart-persistence';

export type ShelfsightState = CatalogSlice & StockSlice & CartSlice & SelectionSlice & UiSlice;

/**
 * Builds a fresh store. Only the cart is persisted (versioned); the catalog has its own last-good cache,
 * and selection and locale start fresh. Tests pass their own storage.
 */
export function createShelfsightStore(getStorage: () => Storage | undefined = () => globalThis.localStorage) {
  return createStore<ShelfsightState>()(
    persist(
      (...args) => ({
        ...createCatalogSlice(...args),
        ...createStockSlice(...args),
        ...createCartSlice(...args),
        ...createSelectionSlice(...args),
        ...createUiSlice(...args),
      }),
      {
        name: cartStorageKey,
        version: cartStorageVersion,
        // decodeSavedCart migrates old versions itself, so persist's own migrate never runs.
        storage: createCartStorage(getStorage),
        partialize: (state): PersistedCart => ({
          cartLines: state.cartLines,
          cartCoupons: state.cartCoupons,
        }),
      },
    ),
  );
}

export type ShelfsightStore = ReturnType<typeof createShelfsightStore>;

/** The app's one store. Components reach it only through the hooks in `hooks.ts`. */
export const shelfsightStore = createShelfsightStore();
