import { useMemo } from 'react';
import type { CartLine } from '../domain/cart/cart-lines';
import { quote, type PricingError, type Quote } from '../domain/pricing';
import { useCartCoupons, useCartLines, useCatalog } from '../state/hooks';

/** A cart line the engine cannot price as it stands, and why. */
export interface CartProblem {
  productId: string;
  /** `unpriced`: the engine refused the whole cart (e.g. an amount too large); the line can still go. */
  kind: 'unknown-product' | 'exceeds-stock' | 'unpriced';
  /** Units still in stock (0 for unknown products). */
  available: number;
}

export interface CartQuote {
  /** The quote of every line that can be priced, or null while there is no catalog / an error. */
  quote: Quote | null;
  error: PricingError | null;
  /** Lines left out of the quote (product gone, not enough stock); shown with a fix. */
  problems: CartProblem[];
  /** The lines that were quoted. */
  lines: CartLine[];
  coupons: string[];
  at: Date;
}

/**
 * Quotes the shopper's cart with the pricing engine at `now` (to the second), leaving out lines the catalog
 * can no longer honour so one sold-out product never blanks the whole cart.
 */
export function useCartQuote(now: Date): CartQuote {
  const catalog = useCatalog();
  const cartLines = useCartLines();
  const coupons = useCartCoupons();
  const second = Math.floor(now.getTime() / 1000);
  return useMemo(() => {
    const at = new Date(second * 1000);
    const problems: CartProblem[] = [];
    const lines: CartLine[] = [];
    for (const line of cartLines) {
      const product = catalog?.products.find((p) => p.id === line.productId);
      if (!product) problems.push({ productId: line.productId, kind: 'unknown-product', available: 0 });
      else if (line.qty > product.stock) {
        problems.push({ productId: line.productId, kind: 'exceeds-stock', available: product.stock });
      } else lines.push(line);
    }
    if (!catalog) return { quote: null, error: null, problems, lines, coupons, at };
    const result = quote({ catalog, lines, at, coupons });
    return result.ok
      ? { quote: result, error: null, problems, lines, coupons, at }
      : { quote: null, error: result, problems, lines, coupons, at };
  }, [catalog, cartLines, coupons, second]);
}
