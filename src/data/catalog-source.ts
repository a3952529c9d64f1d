import { parseCatalog, type Catalog, type CatalogError } from '../domain/catalog';

/** Why the catalog on screen is not the freshly fetched one. */
export type CatalogNotice =
  | { kind: 'invalid'; errors: CatalogError[]; keptFrom: string | null }
  | { kind: 'unreachable'; reason: string; keptFrom: string | null };

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
}

export const defaultLastGoodKey = 'shelfsight.catalog.lastGood';
/** Catalogs larger than this are refused before parsing (a kiosk must not choke on a bad upload). */
export const maxCatalogBytes = 2_000_000;

interface SavedCatalog {
  savedAt: string;
  catalog: unknown;
}

function readLastGood(
  storage: Storage | undefined,
  lastGoodKey: string,
): { catalog: Catalog; savedAt: string } | null {
  try {
    const raw = storage?.getItem(lastGoodKey);
    if (!raw) return null;
    const saved = JSON.parse(raw) as SavedCatalog;
    const parsed = parseCatalog(saved.catalog);
    return parsed.ok ? { catalog: parsed.catalog, savedAt: saved.savedAt } : null;
  } catch {
    return null;
  }
}

function writeLastGood(storage: Storage | undefined, lastGoodKey: string, catalog: Catalog, now: Date): void {
  try {
    storage?.setItem(lastGoodKey, JSON.stringify({ savedAt: now.toISOString(), catalog }));
  } catch {
    // Quota or privacy mode: the app still works, it just cannot fall back offline.
  }
}

const notModified = Symbol('not-modified');

async function fetchCatalogJson(
  url: string,
  fetcher: typeof fetch,
  etag: string | null,
): Promise<{ json: unknown; etag: string | null; version: number | null } | typeof notModified> {
  // With our own validator the HTTP cache must stay out of the way, or a 304 would never reach us.
  const response = await fetcher(url, {
    cache: etag ? 'no-store' : 'no-cache',
    credentials: 'same-origin',
    ...(etag ? { headers: { 'If-None-Match': etag } } : {}),
  });
  if (etag && response.status === 304) return notModified;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > maxCatalogBytes) throw new Error(`catalog larger than ${maxCatalogBytes} bytes`);
  const version = Number(response.headers.get('x-catalog-version'));
  return {
    json: JSON.parse(text) as unknown,
    etag: response.headers.get('etag'),
    version: Number.isSafeInteger(version) && version > 0 ? version : null,
  };
}

/**
 * Fetches and validates the catalog. A valid one replaces the saved last-good copy; an invalid or
 * unreachable one leaves the last good catalog in use and explains why in a notice. Never throws.
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
  }: LoadCatalogOptions = {},
): Promise<CatalogLoad> {
  let json: unknown;
  let responseEtag: string | null;
  let version: number | null;
  try {
    const fetched = await fetchCatalogJson(url, fetcher, etag);
    if (fetched === notModified) {
      return {
        catalog: readLastGood(storage, lastGoodKey)?.catalog ?? null,
        notice: null,
        etag,
        notModified: true,
      };
    }
    json = fetched.json;
    responseEtag = fetched.etag;
    version = fetched.version;
  } catch (error) {
    const lastGood = readLastGood(storage, lastGoodKey);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      catalog: lastGood?.catalog ?? null,
      notice: { kind: 'unreachable', reason, keptFrom: lastGood?.savedAt ?? null },
    };
  }
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
  writeLastGood(storage, lastGoodKey, parsed.catalog, now());
  return { catalog: parsed.catalog, notice: null, etag: responseEtag, version, notModified: false };
}
