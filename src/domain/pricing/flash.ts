import type { FlashPricePromotion } from '../catalog';
import type { Timed } from './catalog-index';
import type { ItemLine } from './item-options';

/** Units a flash promotion can still sell in this order: the store-wide cap left, and the per-order limit. */
export function flashUnitsAvailable(promotion: FlashPricePromotion): number {
  const capLeft =
    promotion.stockCap === undefined ? Infinity : Math.max(0, promotion.stockCap - (promotion.sold ?? 0));
  return Math.min(capLeft, promotion.perOrderLimit ?? Infinity);
}

/**
 * Hands out flash-price units. Both the stock cap and the per-order limit count across every product a
 * flash promotion lists. Promotions go cheapest first; within one, units go to the lines that save most
 * per unit against their own uncapped price (ties: product id), so the split is deterministic and
 * independent of line order. Units beyond cap or limit keep the line's uncapped price (percent-off,
 * pre-sale or list). A flash price no cheaper than that is ignored.
 */
export function allocateFlash(flash: Map<Timed<FlashPricePromotion>, ItemLine[]>): void {
  const promotions = [...flash.keys()].sort(
    (a, b) => a.promotion.priceFen - b.promotion.priceFen || (a.promotion.id < b.promotion.id ? -1 : 1),
  );
  for (const entry of promotions) {
    const promotion = entry.promotion;
    let left = flashUnitsAvailable(promotion);
    const lines = (flash.get(entry) ?? [])
      .filter((item) => promotion.priceFen < item.unlimited.unitFen)
      .sort(
        (a, b) =>
          b.unlimited.unitFen - a.unlimited.unitFen || (a.line.product.id < b.line.product.id ? -1 : 1),
      );
    for (const item of lines) {
      if (left <= 0) break;
      const units = Math.min(left, item.line.qty - item.flashUnits);
      if (units <= 0) continue;
      item.flash.push({ promotionId: promotion.id, unitFen: promotion.priceFen, units });
      item.flashUnits += units;
      left -= units;
    }
  }
}
