import { defaultLastGoodKey } from './catalog-source';

/** Where a page of this store gets its catalog: the store server's API and events, or the static file. */
export interface CatalogEndpoints {
  url: string;
  eventsUrl: string | null;
  /** The store server's live stock; null on static hosting (the catalog's own counts stand). */
  stockUrl: string | null;
  lastGoodKey: string | undefined;
}

/**
 * The catalog endpoints for a store context: `/api/stores/<id>/catalog`, `/events` and `/stock` on the store
 * server (each store keeps its own last good copy), `staticUrl` (`catalog.json`) without it.
 */
export function catalogEndpoints(
  context: { mode: 'server' | 'static'; storeId: string | null },
  staticUrl: string,
): CatalogEndpoints {
  if (context.mode !== 'server' || !context.storeId) {
    return { url: staticUrl, eventsUrl: null, stockUrl: null, lastGoodKey: undefined };
  }
  const api = `/api/stores/${encodeURIComponent(context.storeId)}`;
  return {
    url: `${api}/catalog`,
    eventsUrl: `${api}/events`,
    stockUrl: `${api}/stock`,
    lastGoodKey: `${defaultLastGoodKey}:${context.storeId}`,
  };
}
