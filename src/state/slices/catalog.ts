import type { StateCreator } from 'zustand';
import type { Catalog } from '../../domain/catalog';
import type { CatalogNotice } from '../../data/catalog-source';
import type { ShelfsightState } from '../store';

export type CatalogStatus = 'loading' | 'ready' | 'failed';

export interface CatalogSlice {
  catalog: Catalog | null;
  catalogStatus: CatalogStatus;
  /** A non-blocking message about the catalog (invalid update, offline) while the last good one stays. */
  catalogNotice: CatalogNotice | null;
  setCatalog: (catalog: Catalog | null, notice: CatalogNotice | null) => void;
  dismissCatalogNotice: () => void;
}

export const createCatalogSlice: StateCreator<ShelfsightState, [], [], CatalogSlice> = (set) => ({
  catalog: null,
  catalogStatus: 'loading',
  catalogNotice: null,
  setCatalog: (catalog, notice) =>
    set((state) => {
      const next = catalog ?? state.catalog;
      return { catalog: next, catalogStatus: next ? 'ready' : 'failed', catalogNotice: notice };
    }),
  dismissCatalogNotice: () => set({ catalogNotice: null }),
});
