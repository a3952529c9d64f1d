import { useEffect, useRef, useState } from 'react';
import { diffQuotes, type QuoteChange } from '../domain/cart/quote-diff';
import type { Quote } from '../domain/pricing';

const cartKey = (quote: Quote, coupons: readonly string[]) =>
  `${quote.lines.map((line) => `${line.productId}*${line.qty}`).join(',')}|${coupons.join(',')}`;

/**
 * Watches the cart's quote. When the same lines and coupons re-price differently (a promotion window opened
 * or closed, the catalog refreshed), returns the change so the cart can highlight it until dismissed.
 * Changes the shopper made themselves (quantities, coupons) are not reported.
 */
export function usePriceChanges(quote: Quote | null, coupons: readonly string[]) {
  const previous = useRef<{ key: string; quote: Quote } | null>(null);
  const [change, setChange] = useState<QuoteChange | null>(null);
  useEffect(() => {
    if (!quote) return;
    const key = cartKey(quote, coupons);
    const before = previous.current;
    previous.current = { key, quote };
    if (!before || before.key !== key) return;
    const diff = diffQuotes(before.quote, quote);
    if (diff) setChange(diff);
  }, [quote, coupons]);
  return { change, dismiss: () => setChange(null) };
}
