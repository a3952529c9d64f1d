import type { Catalog } from '../catalog';
import { unitPrice } from '../pricing';

/** What a printed shelf label says about a product's price. */
export interface LabelPrice {
  /** The price one unit sells for at the instant (the promotion price when one is active). */
  priceFen: number;
  listFen: number;
  /** The promotion that sets the price, with its window; null prints the list price alone. */
  promotion: { label: { 'zh-CN': string; en: string }; startsAt: string; endsAt: string } | null;
}

/**
 * The price block of a shelf label at `at` (the merchant's "preview at" instant, e.g. Double Eleven midnight,
 * so labels can be printed before the sale starts). Comes from the pricing engine's `unitPrice`; null for a
 * product the catalog does not have.
 */
export function labelPrice(catalog: Catalog, productId: string, at: Date | string): LabelPrice | null {
  const price = unitPrice(catalog, productId, at);
  if (!price.ok) return null;
  const active = price.active;
  return {
    priceFen: price.unitFen,
    listFen: price.listFen,
    promotion: active ? { label: active.label, startsAt: active.startsAt, endsAt: active.endsAt } : null,
  };
}

/** Default shelf ids in catalog order (`A-01`, `A-02`, ...), until a catalog names real shelves. */
export function defaultShelfId(index: number): string {
  return `A-${String(index + 1).padStart(2, '0')}`;
}
