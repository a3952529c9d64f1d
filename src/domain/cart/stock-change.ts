/** A cart line the live stock can no longer honour in full. */
export interface StockShortfall {
  productId: string;
  /** Units in the cart. */
  qty: number;
  /** Units the store can still sell (0: sold out). */
  available: number;
}

/**
 * The cart lines that stock can no longer fill: every line whose quantity is above what is available
 * (`stockOf` returns undefined for a product the catalog no longer has; those are not stock shortfalls).
 */
export function stockShortfalls(
  lines: readonly { productId: string; qty: number }[],
  stockOf: (productId: string) => number | undefined,
): StockShortfall[] {
  return lines.flatMap((line) => {
    const available = stockOf(line.productId);
    return available !== undefined && line.qty > available
      ? [{ productId: line.productId, qty: line.qty, available }]
      : [];
  });
}

/**
 * What got worse between two readings of the same cart: shortfalls that are new, or where even fewer units
 * are left than before. The cart tells the shopper about these (a sale elsewhere took the units) instead of
 * silently moving a line out of the total.
 */
export function newStockShortfalls(
  before: readonly StockShortfall[],
  after: readonly StockShortfall[],
): StockShortfall[] {
  const previous = new Map(before.map((entry) => [entry.productId, entry.available]));
  return after.filter((entry) => {
    const was = previous.get(entry.productId);
    return was === undefined || entry.available < was;
  });
}
