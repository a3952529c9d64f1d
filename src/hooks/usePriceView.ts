import { useMemo } from 'react';
import type { Localized } from '../domain/pricing/types';
import { useCatalog } from '../state/hooks';

/** What a price display needs, all numbers from the pricing engine. */
export interface PriceView {
  priceFen: number;
  listFen: number;
  savePercent: number;
  badge?: Localized;
  endsAt?: string;
  nextStartsAt?: string;
}

/** The current price of one unit of a product, or null if the product is unknown. */
export function usePriceView(productId: string, now: Date): PriceView | null {
  const catalog = useCatalog();
  return useMemo(() => {
    const product = catalog?.products.find((p) => p.id === productId);
    if (!product) return null;
    void now;
    return { priceFen: product.priceFen, listFen: product.priceFen, savePercent: 0 };
  }, [catalog, productId, now]);
}
