import type { StateCreator } from 'zustand';
import type { Catalog } from '../../domain/catalog';
import type { CatalogNotice } from '../../data/catalog-source';
import type { CatalogMeta } from '../../data/catalog-feed-types';
import { withLiveStock } from './stock';
import type { ShelfsightState } from '../store';

export type CatalogStatus = 'loading' | 'ready' | 'failed';

export interface CatalogSlice {
  /** The catalog as published (the studio edits this); shopper screens use `pricedCatalog` (slices/stock). */
  catalog: Catalog | null;
  catalogStatus: CatalogStatus;
  /** A non-blocking message about the catalog (invalid update, offline) while the last good one stays. */
  catalogNotice: CatalogNotice | null;
  /** Store-server version and ETag of `catalog`; null when unknown (static hosting, a last good copy). */
  catalogMeta: CatalogMeta | null;
  /** The store's live version as last announced by the server's events (may be ahead of `catalog`). */
  liveVersion: CatalogMeta | null;
  setCatalog: (catalog: Catalog | null, notice: CatalogNotice | null, meta?: CatalogMeta | null) => void;
  setLiveVersion: (live: CatalogMeta | null) => void;
  dismissCatalogNotice: () => void;
}

const sameMeta = (a: CatalogMeta | null, b: CatalogMeta | null) =>
  a?.version === b?.version && a?.etag === b?.etag;

export const createCatalogSlice: StateCreator<ShelfsightState, [], [], CatalogSlice> = (set) => ({
  catalog: null,
  catalogStatus: 'loading',
  catalogNotice: null,
  catalogMeta: null,
  liveVersion: null,
  setCatalog: (catalog, notice, meta = null) =>
    set((state) => {
      const next = catalog ?? state.catalog;
      // A fallback copy keeps whatever we knew about the catalog already on screen.
      const catalogMeta = notice || !catalog ? state.catalogMeta : meta;
      return {
        catalog: next,
        pricedCatalog: withLiveStock(next, state.liveStock),
        catalogStatus: next ? 'ready' : 'failed',
        catalogNotice: notice,
        catalogMeta,
      };
    }),
  setLiveVersion: (live) =>
    set((state) => (sameMeta(state.liveVersion, live) ? state : { liveVersion: live })),
  dismissCatalogNotice: () => set({ catalogNotice: null }),
});
