import { parseCatalog, type Catalog, type CatalogError } from '../domain/catalog';

/** Why the catalog on screen is not the freshly fetched one. */
export type CatalogNotice =
  | { kind: 'invalid'; errors: CatalogError[]; keptFrom: string | null }
  | { kind: 'unreachable'; reason: string; keptFrom: string | null };

export interface CatalogLoad {
  /** The catalog to show: the fresh one, else the last good one, else null. */
  catalog: Catalog | null;
  notice: CatalogNotice | null;
}

const lastGoodKey = 'shelfsight.catalog.lastGood';
/** Catalogs larger than this are refused before parsing (a kiosk must not choke on a bad upload). */
export const maxCatalogBytes = 2_000_000;

interface SavedCatalog {
  savedAt: string;
  catalog: unknown;
}

function readLastGood(storage: Storage | undefined): { catalog: Catalog; savedAt: string } | null {
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

function writeLastGood(storage: Storage | undefined, catalog: Catalog, now: Date): void {
  try {
    storage?.setItem(lastGoodKey, JSON.stringify({ savedAt: now.toISOString(), catalog }));
  } catch {
    // Quota or privacy mode: the app still works, it just cannot fall back offline.
  }
}

async function fetchCatalogJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  const response = await fetcher(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  if (text.length > maxCatalogBytes) throw new Error(`catalog larger than ${maxCatalogBytes} bytes`);
  return JSON.parse(text) as unknown;
}

/**
 * Fetches and validates the catalog. A valid one replaces the saved last-good copy; an invalid or
 * unreachable one leaves the last good catalog in use and explains why in a notice. Never throws.
 */
export async function loadCatalog(
  url: string,
  { fetcher = fetch, storage = globalThis.localStorage, now = () => new Date() } = {},
): Promise<CatalogLoad> {
  let json: unknown;
  try {
    json = await fetchCatalogJson(url, fetcher);
  } catch (error) {
    const lastGood = readLastGood(storage);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      catalog: lastGood?.catalog ?? null,
      notice: { kind: 'unreachable', reason, keptFrom: lastGood?.savedAt ?? null },
    };
  }
  const parsed = parseCatalog(json);
  if (!parsed.ok) {
    const lastGood = readLastGood(storage);
    return {
      catalog: lastGood?.catalog ?? null,
      notice: { kind: 'invalid', errors: parsed.errors, keptFrom: lastGood?.savedAt ?? null },
    };
  }
  writeLastGood(storage, parsed.catalog, now());
  return { catalog: parsed.catalog, notice: null };
}
