import { parseCatalog, type Catalog, type CatalogError } from '../domain/catalog';
import { fetchCatalogJson, type FetchFailure } from './catalog-fetch';
import { setAside } from './stored-value';

/**
 * Why the catalog on screen is not the freshly fetched one. `keptFrom`: when the catalog still shown was
 * saved (null: there is none, or it is the worker's copy of unknown age).
 */
export type CatalogNotice = { keptFrom: string | null } & (
  | { kind: 'invalid'; errors: CatalogError[] }
  | FetchFailure
  /** Only the service worker's cached copy was reached: these prices may be out of date. */
  | { kind: 'offline' }
);

export interface CatalogLoad {
  /** The catalog to show: the fresh one, else the last good one, else null. */
  catalog: Catalog | null;
  notice: CatalogNotice | null;
  /** The server's ETag of a valid catalog (for the next If-None-Match), when it sent one. */
  etag?: string | null;
  /** The store server's version number of that catalog (`X-Catalog-Version`), when it sent one. */
  version?: number | null;
  /** The server answered 304 to If-None-Match: the caller's catalog is still current (`catalog` is the saved copy). */
  notModified?: boolean;
}

export interface LoadCatalogOptions {
  fetcher?: typeof fetch;
  storage?: Storage | undefined;
  now?: () => Date;
  /** ETag of the catalog the caller already has: sent as If-None-Match so an unchanged catalog costs a 304. */
  etag?: string | null;
  /** Accept only a catalog of this store (a kiosk must not show another shop's prices). */
  storeId?: string | null;
  /** Where the last good copy is kept; each store of a store server keeps its own. */
  lastGoodKey?: string;
  /** How long the fetch may take, body included (default `catalogDeadlineMs`). */
  deadlineMs?: number;
}

export const defaultLastGoodKey = 'shelfsight.catalog.lastGood';
export { maxCatalogBytes } from './catalog-fetch';

interface SavedCatalog {
  savedAt: string;
  catalog: unknown;
}

/** The last good catalog saved on this device, and when; null when there is none (or it is damaged). */
export function readLastGood(
  storage: Storage | undefined,
  lastGoodKey: string,
): { catalog: Catalog; savedAt: string } | null {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(lastGoodKey);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedCatalog;
    const parsed = parseCatalog(saved.catalog);
    // A copy whose time is not an instant is damaged too: formatting that time would throw and blank the page.
    if (parsed.ok && typeof saved.savedAt === 'string' && Date.parse(saved.savedAt) >= 0) {
      return { catalog: parsed.catalog, savedAt: saved.savedAt };
    }
  } catch {
    // Unreadable: set aside below.
  }
  if (raw) setAside(storage, lastGoodKey, raw);
  return null;
}

function writeLastGood(storage: Storage | undefined, lastGoodKey: string, catalog: Catalog, now: Date): void {
  try {
    storage?.setItem(lastGoodKey, JSON.stringify({ savedAt: now.toISOString(), catalog }));
  } catch {
    // Quota or privacy mode: the app still works, it just cannot fall back offline.
  }
}

/**
 * Fetches and validates the catalog, within a deadline. A valid one replaces the saved last-good copy; an
 * unreachable, too large, broken or invalid one leaves the last good catalog in use and says which in a
 * notice; the worker's cached copy is shown with an `offline` notice. Never throws.
 * With `etag`, an unchanged catalog is answered 304 and comes back as `notModified` (the kiosk polls this
 * way); with `storeId`, a catalog of another store counts as invalid.
 */
export async function loadCatalog(
  url: string,
  {
    fetcher = fetch,
    storage = globalThis.localStorage,
    now = () => new Date(),
    etag = null,
    storeId = null,
    lastGoodKey = defaultLastGoodKey,
    deadlineMs,
  }: LoadCatalogOptions = {},
): Promise<CatalogLoad> {
  const fetched = await fetchCatalogJson(url, fetcher, etag, deadlineMs);
  if ('notModified' in fetched) {
    return {
      catalog: readLastGood(storage, lastGoodKey)?.catalog ?? null,
      notice: null,
      etag,
      notModified: true,
    };
  }
  if ('failure' in fetched) {
    const lastGood = readLastGood(storage, lastGoodKey);
    return {
      catalog: lastGood?.catalog ?? null,
      notice: { ...fetched.failure, keptFrom: lastGood?.savedAt ?? null },
    };
  }
  const { json, etag: responseEtag, version, offlineSince } = fetched;
  const parsed = parseCatalog(json);
  const errors = !parsed.ok
    ? parsed.errors
    : storeId && parsed.catalog.store.id !== storeId
      ? [{ path: 'store.id', message: `is ${parsed.catalog.store.id}, expected ${storeId}` }]
      : null;
  if (errors || !parsed.ok) {
    const lastGood = readLastGood(storage, lastGoodKey);
    return {
      catalog: lastGood?.catalog ?? null,
      notice: { kind: 'invalid', errors: errors ?? [], keptFrom: lastGood?.savedAt ?? null },
    };
  }
  if (offlineSince !== false) {
    // The worker's cached copy: shown, but not saved as if the server had just confirmed it.
    const keptFrom = offlineSince ?? readLastGood(storage, lastGoodKey)?.savedAt ?? null;
    return { catalog: parsed.catalog, notice: { kind: 'offline', keptFrom } };
  }
  writeLastGood(storage, lastGoodKey, parsed.catalog, now());
  return { catalog: parsed.catalog, notice: null, etag: responseEtag, version, notModified: false };
}
