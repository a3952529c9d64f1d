import type { StateCreator } from 'zustand';
import type { Catalog } from '../../domain/catalog';
import { mergeLiveStock, overlayLiveStock, type LiveStock } from '../../domain/stock/live-stock';
import type { ShelfsightState } from '../store';

export interface StockSlice {
  /** The store server's live counts (null on static hosting, or before the first snapshot). */
  liveStock: LiveStock | null;
  /**
   * The catalog every shopper screen prices with: `catalog` with `liveStock` laid over it by the same pure
   * function the server prices orders with (`overlayLiveStock`). The very object `catalog` while there is no
   * live stock (static hosting), so nothing re-renders for it.
   */
  pricedCatalog: Catalog | null;
  /** `full`: a snapshot that replaces what was known; otherwise a delta with only the entries that changed. */
  applyLiveStock: (stock: LiveStock, full: boolean) => void;
}

/** The one place the app lays live stock over its catalog. */
export const withLiveStock = (catalog: Catalog | null, stock: LiveStock | null): Catalog | null =>
  overlayLiveStock(catalog, stock);

export const createStockSlice: StateCreator<ShelfsightState, [], [], StockSlice> = (set) => ({
  liveStock: null,
  pricedCatalog: null,
  applyLiveStock: (stock, full) =>
    set((state) => {
      const liveStock = full ? stock : mergeLiveStock(state.liveStock, stock);
      return { liveStock, pricedCatalog: withLiveStock(state.catalog, liveStock) };
    }),
});
