import type { Catalog, Promotion } from '../catalog';
import { percentOffUnitFen } from '../pricing';

/** A promotion price that is not a real Double Eleven discount against the 30-day reference price. */
export interface PriceFloorWarning {
  promotionId: string;
  /** Index into `catalog.promotions`, so the editor can point at the promotion. */
  promotionIndex: number;
  productId: string;
  productName: { 'zh-CN': string; en: string };
  /** What one unit costs under the promotion (multi-buy: the average unit price in a full group). */
  priceFen: number;
  lowest30DayFen: number;
  /** The highest compliant price: 10% below the reference, rounded down to the fen. */
  ceilingFen: number;
}

/** Required discount against the lowest price of the last 30 days, in tenths (9 = at most 90%). */
const maxTenths = 9;

/** The highest price that is at least 10% below `lowest30DayFen`, exact in integer fen. */
export function priceCeilingFen(lowest30DayFen: number): number {
  return Math.floor((lowest30DayFen * maxTenths) / 10);
}

/** One unit's price under an item-level promotion, or null for order-level kinds (thresholds, coupons). */
export function promotionUnitFen(promotion: Promotion, listFen: number): number | null {
  switch (promotion.kind) {
    case 'flash-price':
      return promotion.priceFen;
    case 'percent-off':
      return percentOffUnitFen(listFen, promotion.percent);
    case 'multi-buy':
      // Same rounding as the price tag's group price (half up).
      return Math.floor((listFen * promotion.pay * 2 + promotion.buy) / (promotion.buy * 2));
    case 'pre-sale':
      return promotion.depositFen + promotion.presalePriceFen - promotion.depositValueFen;
    default:
      return null;
  }
}

/**
 * Checks every item-level promotion of a validated catalog against the price floor: a Double Eleven price
 * must be at least 10% below the product's reference lowest 30-day price (`lowest30DayFen`). Returns one
 * warning per promotion and product that fails, naming both and the numbers, in catalog order. Order-level
 * promotions (thresholds, coupons, cross-store) set no unit price and are not checked.
 */
export function checkPriceFloor(catalog: Catalog): PriceFloorWarning[] {
  const products = new Map(catalog.products.map((product) => [product.id, product]));
  const warnings: PriceFloorWarning[] = [];
  catalog.promotions.forEach((promotion, promotionIndex) => {
    if (!('productIds' in promotion) || !promotion.productIds) return;
    for (const productId of promotion.productIds) {
      const product = products.get(productId);
      if (!product) continue;
      const priceFen = promotionUnitFen(promotion, product.priceFen);
      if (priceFen === null) continue;
      const ceilingFen = priceCeilingFen(product.lowest30DayFen);
      if (priceFen <= ceilingFen) continue;
      warnings.push({
        promotionId: promotion.id,
        promotionIndex,
        productId,
        productName: product.name,
        priceFen,
        lowest30DayFen: product.lowest30DayFen,
        ceilingFen,
      });
    }
  });
  return warnings;
}
