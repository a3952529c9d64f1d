import type { Catalog } from '../catalog';
import { maxLineQty, mergeCartLines, type CartLine } from './cart-lines';

export interface RestoredCart {
  lines: CartLine[];
  coupons: string[];
  /** Product ids in the link that this catalog does not sell (left out, reported to the shopper). */
  dropped: string[];
  /** Product ids whose quantity was lowered to the stock or the per-line maximum. */
  capped: string[];
}

/**
 * Turns cart lines that arrived from outside (a link, another device, the kiosk) into a cart this catalog
 * can honour: unknown products dropped, quantities capped by stock and the per-line maximum. The input is
 * data only; nothing in it is executed or trusted beyond these checks.
 */
export function restoreCart(
  catalog: Catalog,
  lines: readonly CartLine[],
  coupons: readonly string[],
): RestoredCart {
  const dropped: string[] = [];
  const capped: string[] = [];
  const kept: CartLine[] = [];
  for (const line of mergeCartLines(lines)) {
    const product = catalog.products.find((p) => p.id === line.productId);
    if (!product || product.stock === 0) {
      dropped.push(line.productId);
      continue;
    }
    const qty = Math.min(line.qty, product.stock, maxLineQty);
    if (qty < line.qty) capped.push(line.productId);
    kept.push({ productId: line.productId, qty });
  }
  return { lines: kept, coupons: coupons.slice(0, 5), dropped, capped };
}
