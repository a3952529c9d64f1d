import type { Catalog } from '../catalog';

/** A product's live units on the store server: free to order, held by unpaid orders, and sold. */
export interface ProductStockLevel {
  available: number;
  reserved: number;
  sold: number;
}

/** A capped flash promotion's live count: `taken` (reserved + sold) never exceeds `cap`. */
export interface FlashStockLevel {
  cap: number;
  taken: number;
  sold: number;
}

export interface LiveStock {
  products: Record<string, ProductStockLevel>;
  flash: Record<string, FlashStockLevel>;
}

/**
 * The catalog as the pricing engine must see it right now: each product's `stock` is what is still free to
 * order and each capped flash promotion's `sold` is what is taken (so `stockCap - sold` is what is left at the
 * flash price). The server prices orders with it and every screen shows it, so a shopper and the counter see
 * the same numbers. Entries the catalog does not have are ignored; with nothing to change the catalog itself
 * comes back (and untouched products stay the same objects), so memoised selectors do not re-render.
 */
export function overlayLiveStock<C extends Catalog | null>(catalog: C, live: LiveStock | null): C {
  if (!catalog || !live) return catalog;
  let changed = false;
  const products = catalog.products.map((product) => {
    const level = live.products[product.id];
    if (!level || level.available === product.stock) return product;
    changed = true;
    return { ...product, stock: level.available };
  });
  const promotions = catalog.promotions.map((promotion) => {
    if (promotion.kind !== 'flash-price') return promotion;
    const level = live.flash[promotion.id];
    if (!level || (level.taken === (promotion.sold ?? 0) && level.cap === promotion.stockCap))
      return promotion;
    changed = true;
    return { ...promotion, stockCap: level.cap, sold: level.taken };
  });
  return changed ? { ...catalog, products, promotions } : catalog;
}

/** Applies a stock event's changed entries over what is known (a new object; entries not named stay). */
export function mergeLiveStock(base: LiveStock | null, change: LiveStock): LiveStock {
  return {
    products: { ...base?.products, ...change.products },
    flash: { ...base?.flash, ...change.flash },
  };
}

const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the server's stock JSON (snapshot or event), keeping only well-formed entries; null if it is no object. */
export function parseLiveStock(json: unknown): LiveStock | null {
  if (!isRecord(json)) return null;
  const products: LiveStock['products'] = {};
  const flash: LiveStock['flash'] = {};
  for (const [id, level] of Object.entries(isRecord(json.products) ? json.products : {})) {
    if (isRecord(level) && count(level.available) && count(level.reserved) && count(level.sold)) {
      products[id] = { available: level.available, reserved: level.reserved, sold: level.sold };
    }
  }
  for (const [id, level] of Object.entries(isRecord(json.flash) ? json.flash : {})) {
    if (isRecord(level) && count(level.cap) && count(level.taken) && count(level.sold)) {
      flash[id] = { cap: level.cap, taken: level.taken, sold: level.sold };
    }
  }
  return { products, flash };
}
