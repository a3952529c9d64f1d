import { useMemo } from 'react';
import type { Catalog } from '../domain/catalog';
import { unitPrice, type Badge } from '../domain/pricing';
import { useCatalog } from '../state/hooks';

/** What a price display needs; every number comes from the pricing engine's `unitPrice`. */
export interface PriceView {
  priceFen: number;
  listFen: number;
  savePercent: number;
  badges: Badge[];
  /** When the price-setting promotion ends (for countdowns), or null. */
  endsAt: string | null;
  /** When the next promotion for this product starts, or null. */
  nextStartsAt: string | null;
}

/**
 * The current price of one unit of a product, or null if the product is unknown. `catalogOverride` prices
 * from another catalog than the live one (the merchant studio previews its draft).
 */
export function usePriceView(
  productId: string,
  now: Date,
  catalogOverride?: Catalog | null,
): PriceView | null {
  const liveCatalog = useCatalog();
  const catalog = catalogOverride ?? liveCatalog;
  // Re-price only when the second changes: windows open and close on whole instants.
  const second = Math.floor(now.getTime() / 1000);
  return useMemo(() => {
    if (!catalog) return null;
    const price = unitPrice(catalog, productId, new Date(second * 1000));
    if (!price.ok) return null;
    return {
      priceFen: price.unitFen,
      listFen: price.listFen,
      savePercent: price.percentSaved,
      badges: price.badges,
      endsAt: price.endsAt,
      nextStartsAt: price.next?.startsAt ?? null,
    };
  }, [catalog, productId, second]);
}
