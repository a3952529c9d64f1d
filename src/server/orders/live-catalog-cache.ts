import { parseCatalog, type Catalog } from '../../domain/catalog';
import { findLiveEtag, findLiveVersion } from '../db/catalog-repo';
import type { AppDb } from '../db/connect';
import { reservationMinutes } from './order-repo';

/** A catalog is trusted for this long at most (events clear it sooner; this covers a lost LISTEN). */
const catalogCacheMs = 2000;

export interface LiveCatalog {
  at: number;
  version: number;
  catalog: Catalog;
  /** The store's reservation time, read with the catalog. */
  minutes: number;
}

/**
 * Each store's live catalog, parsed once per version for the order path. Past the cache time only the live
 * version number is read again (one small query, shared by every order waiting on it): parsing a store's
 * catalog costs far more than an order. A publish (`onCatalogChange`) forgets the store at once, and a load
 * that started before it does not cache what it read.
 */
export function createLiveCatalogCache(
  db: AppDb,
  onCatalogChange?: (listener: (storeId: string) => void) => void,
) {
  const catalogs = new Map<string, LiveCatalog>();
  const loading = new Map<string, Promise<LiveCatalog | null>>();
  const generations = new Map<string, number>();
  onCatalogChange?.((storeId) => {
    catalogs.delete(storeId);
    loading.delete(storeId);
    generations.set(storeId, (generations.get(storeId) ?? 0) + 1);
  });

  async function load(storeId: string, cached: LiveCatalog | undefined): Promise<LiveCatalog | null> {
    const generation = generations.get(storeId) ?? 0;
    const keep = (entry: LiveCatalog) => {
      if ((generations.get(storeId) ?? 0) === generation) catalogs.set(storeId, entry);
      return entry;
    };
    const [current, minutes] = await Promise.all([
      cached ? findLiveEtag(db, storeId) : null,
      reservationMinutes(db, storeId),
    ]);
    if (cached && current?.version === cached.version) return keep({ ...cached, at: Date.now(), minutes });
    const live = await findLiveVersion(db, storeId);
    const parsed = live ? parseCatalog(JSON.parse(live.catalogJson)) : null;
    if (!live || !parsed?.ok) return null;
    return keep({ at: Date.now(), version: live.version, catalog: parsed.catalog, minutes });
  }

  return async function liveCatalog(storeId: string): Promise<LiveCatalog | null> {
    const cached = catalogs.get(storeId);
    if (cached && Date.now() - cached.at < catalogCacheMs) return cached;
    let pending = loading.get(storeId);
    if (!pending) {
      const started = load(storeId, cached).finally(() => {
        if (loading.get(storeId) === started) loading.delete(storeId);
      });
      pending = started;
      loading.set(storeId, pending);
    }
    return pending;
  };
}
