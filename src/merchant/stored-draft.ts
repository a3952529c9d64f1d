import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { promotionKinds } from '../domain/catalog';
import type { DraftCatalog } from '../domain/merchant';
import type { CatalogMeta } from '../data/catalog-feed-types';
import { setAside } from '../data/stored-value';

/** What survives a reload: the draft, what it was last saved as, and the server version it is based on. */
export interface PersistedStudio {
  draft: DraftCatalog | null;
  savedJson: string | null;
  dirtySince: string | null;
  base: CatalogMeta | null;
}

// A draft may hold what was typed (an empty name, "12.3" in a price field), so only the shape the studio
// renders is checked here; the catalog schema reports the rest as field errors, as it does while typing.
// Checked by hand, entry by entry: zod here would regroup the shop's shared chunks (a bigger first download),
// and collecting an error per entry of a huge damaged list overflows its stack.
type Shape = Record<string, unknown>;
const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const isLocalized = (value: unknown) =>
  isObject(value) &&
  [value['zh-CN'], value.en].every((text) => text === undefined || typeof text === 'string');
const kinds = new Set<unknown>(promotionKinds);
const isProduct = (value: unknown) =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.model === 'string' &&
  [value.name, value.origin, value.unit].every(isLocalized);
const isPromotion = (value: unknown) =>
  isObject(value) && typeof value.id === 'string' && kinds.has(value.kind);

function isDraft(value: unknown): value is DraftCatalog {
  if (!isObject(value) || !isObject(value.store)) return false;
  const { store, products, promotions } = value as Shape & { store: Shape };
  return (
    typeof store.id === 'string' &&
    isLocalized(store.name) &&
    isLocalized(store.address) &&
    Array.isArray(products) &&
    products.every(isProduct) &&
    Array.isArray(promotions) &&
    promotions.every(isPromotion)
  );
}

const orNull = <T>(value: unknown, accept: (value: unknown) => value is T): T | null =>
  accept(value) ? value : null;
const isString = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));
const isBase = (value: unknown): value is CatalogMeta =>
  isObject(value) &&
  (value.version === null || typeof value.version === 'number') &&
  (value.etag === null || typeof value.etag === 'string');

/** Parses a saved studio's text; null for anything the studio could not render (bad JSON, nulls, wrong types). */
export function parseSavedStudio(raw: string): StorageValue<PersistedStudio> | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(json) || typeof json.version !== 'number' || !isObject(json.state)) return null;
  const { draft, savedJson, dirtySince, base } = json.state;
  if (draft !== null && !isDraft(draft)) return null;
  // Bookkeeping that is wrong or missing (an older save) resets to "nothing saved yet".
  return {
    version: json.version,
    state: {
      draft,
      savedJson: orNull(savedJson, isString),
      dirtySince: orNull(dirtySince, isInstant),
      base: orNull(base, isBase),
    },
  };
}

/**
 * Storage for the studio's persist middleware: a saved draft is checked on read, and a damaged one is set
 * aside under `<key>.damaged` (the studio then starts from the published catalog and says so). Never throws.
 */
export function createDraftStorage(getStorage: () => Storage | undefined): PersistStorage<PersistedStudio> {
  return {
    getItem: (name) => {
      const storage = getStorage();
      let raw: string | null | undefined;
      try {
        raw = storage?.getItem(name);
      } catch {
        return null;
      }
      if (raw == null) return null;
      const saved = parseSavedStudio(raw);
      if (!saved) setAside(storage, name, raw);
      return saved;
    },
    setItem: (name, value) => {
      try {
        getStorage()?.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked: the draft lives for this visit only.
      }
    },
    removeItem: (name) => {
      try {
        getStorage()?.removeItem(name);
      } catch {
        // Storage unavailable: nothing to remove.
      }
    },
  };
}
