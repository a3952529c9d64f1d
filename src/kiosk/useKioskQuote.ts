import { useMemo } from 'react';
import type { CartLine } from '../domain/cart/cart-lines';
import { quote, type Quote } from '../domain/pricing';
import { useCatalog } from '../state/hooks';
import { useKiosk } from './useKiosk';

export interface KioskQuote {
  quote: Quote | null;
  /** The lines quoted: products the catalog still sells, capped at their stock. */
  lines: CartLine[];
}

/**
 * Quotes the kiosk cart with the pricing engine at `now` (to the second). A catalog refresh that removes a
 * product or lowers its stock shrinks the kiosk cart to what can still be sold rather than failing it.
 */
export function useKioskQuote(now: Date): KioskQuote {
  const catalog = useCatalog();
  const cartLines = useKiosk((state) => state.lines);
  const second = Math.floor(now.getTime() / 1000);
  return useMemo(() => {
    if (!catalog) return { quote: null, lines: [] };
    const lines: CartLine[] = [];
    for (const line of cartLines) {
      const stock = catalog.products.find((product) => product.id === line.productId)?.stock ?? 0;
      if (stock > 0) lines.push({ productId: line.productId, qty: Math.min(line.qty, stock) });
    }
    if (lines.length === 0) return { quote: null, lines };
    const result = quote({ catalog, lines, at: new Date(second * 1000) });
    return { quote: result.ok ? result : null, lines };
  }, [catalog, cartLines, second]);
}
