import type { Catalog } from '../catalog';
import { quote, type Hint } from '../pricing';
import type { CartLine } from './cart-lines';

/** A one-tap way to reach a threshold's next tier: add `qty` of a product. */
export interface TierSuggestion {
  productId: string;
  qty: number;
  /** How much the order total rises once the extra reduction is counted (can be negative). */
  addedFen: number;
}

const maxTry = 3;

/**
 * Finds the product (and quantity, up to three) that reaches a hint's next tier for the least extra money,
 * by re-quoting the cart with each candidate added: the engine, not this function, decides prices, so
 * multi-buys and caps are honoured. Returns null when no in-stock product reaches the tier.
 */
export function suggestForHint(
  catalog: Catalog,
  lines: readonly CartLine[],
  coupons: readonly string[],
  at: Date | string,
  hint: Hint,
): TierSuggestion | null {
  const base = quote({ catalog, lines, at, coupons });
  if (!base.ok) return null;
  const baseSaving = base.applied.find((applied) => applied.promotionId === hint.promotionId)?.fen ?? 0;
  let best: TierSuggestion | null = null;
  for (const product of catalog.products) {
    const inCart = lines.find((line) => line.productId === product.id)?.qty ?? 0;
    for (let qty = 1; qty <= maxTry && inCart + qty <= product.stock; qty += 1) {
      const candidate = lines.some((line) => line.productId === product.id)
        ? lines.map((line) => (line.productId === product.id ? { ...line, qty: line.qty + qty } : line))
        : [...lines, { productId: product.id, qty }];
      const next = quote({ catalog, lines: candidate, at, coupons });
      if (!next.ok) break;
      const saving = next.applied.find((applied) => applied.promotionId === hint.promotionId)?.fen ?? 0;
      if (saving < baseSaving + hint.saveFen) continue;
      const addedFen = next.totalFen - base.totalFen;
      if (!best || addedFen < best.addedFen) best = { productId: product.id, qty, addedFen };
      break;
    }
  }
  return best;
}
