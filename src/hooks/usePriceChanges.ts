import { useEffect, useRef, useState } from 'react';
import type { CartLine } from '../domain/cart/cart-lines';
import { diffQuotes, type QuoteChange } from '../domain/cart/quote-diff';
import { newStockShortfalls, type StockShortfall } from '../domain/cart/stock-change';
import type { Quote } from '../domain/pricing';

/** What changed in the cart by itself: its price, and lines the live stock can no longer fill. */
export interface CartChange {
  price: QuoteChange | null;
  stock: StockShortfall[];
}

const cartKey = (lines: readonly CartLine[], coupons: readonly string[]) =>
  `${lines.map((line) => `${line.productId}*${line.qty}`).join(',')}|${coupons.join(',')}`;

interface Reading {
  key: string;
  quote: Quote | null;
  shortfalls: readonly StockShortfall[];
}

/**
 * Watches the cart. When the same lines and coupons re-price differently (a promotion window opened or
 * closed, the catalog refreshed, the flash units sold out) or a sale elsewhere leaves too few units for a
 * line, returns the change so the cart can explain it until dismissed. Changes the shopper made themselves
 * (quantities, coupons) are not reported.
 */
export function usePriceChanges(
  quote: Quote | null,
  coupons: readonly string[],
  cartLines: readonly CartLine[] = quote?.lines ?? [],
  shortfalls: readonly StockShortfall[] = [],
) {
  const previous = useRef<Reading | null>(null);
  const [change, setChange] = useState<CartChange | null>(null);
  const key = cartKey(cartLines, coupons);
  useEffect(() => {
    const before = previous.current;
    previous.current = { key, quote: quote ?? before?.quote ?? null, shortfalls };
    if (!before || before.key !== key) return;
    // A line that stock left out of the quote is explained by its stock entry; comparing totals of two
    // different sets of lines would call the missing line a price change ("¥79.80 → ¥0.00").
    const price =
      before.quote && quote && cartKey(before.quote.lines, []) === cartKey(quote.lines, [])
        ? diffQuotes(before.quote, quote)
        : null;
    const stock = newStockShortfalls(before.shortfalls, shortfalls);
    if (!price && stock.length === 0) return;
    setChange((shown) => ({
      price: price ?? shown?.price ?? null,
      stock: [
        ...(shown?.stock ?? []).filter((old) => !stock.some((entry) => entry.productId === old.productId)),
        ...stock,
      ],
    }));
  }, [quote, key, shortfalls]);
  return { change, dismiss: () => setChange(null) };
}
