import { createHash } from 'node:crypto';
import type { Catalog } from '../../domain/catalog';
import type { Quote } from '../../domain/pricing';
import { describeOrderRefusal, type OrderRefusal } from '../../domain/order/refusal-messages';
import type { OrderRequest } from './service';

// What an order asks of the stock, worked out from its request and the engine's quote (pure, no database).

/** Tells a retry (same cart, same key) from a reused key with another cart. */
export function fingerprintOf(request: OrderRequest): string {
  const lines = [...request.lines].sort((a, b) => a.productId.localeCompare(b.productId) || a.qty - b.qty);
  const coupons = [...request.coupons].map((code) => code.trim().toUpperCase()).sort();
  const text = JSON.stringify({
    shopperId: request.shopperId,
    lines,
    coupons,
    total: request.expectedTotalFen,
  });
  return createHash('sha256').update(text).digest('base64url');
}

/** Flash units this quote takes from each capped flash promotion, and the per-shopper limits that apply. */
export function flashUnits(catalog: Catalog, result: Quote) {
  const capped = new Map(
    catalog.promotions.flatMap((promotion) =>
      promotion.kind === 'flash-price' && promotion.stockCap !== undefined
        ? [[promotion.id, promotion] as const]
        : [],
    ),
  );
  const flash: Record<string, number> = {};
  const limits: Record<string, number> = {};
  for (const line of result.lines) {
    for (const part of line.parts) {
      const promotion = part.promotionId ? capped.get(part.promotionId) : undefined;
      if (part.kind !== 'flash-price' || !promotion) continue;
      flash[promotion.id] = (flash[promotion.id] ?? 0) + part.units;
      // The per-order limit is also each shopper's limit across their open and paid orders (限购 N 件/人).
      if (promotion.perOrderLimit !== undefined) limits[promotion.id] = promotion.perOrderLimit;
    }
  }
  return { flash, limits };
}

const nameOf = (catalog: Catalog, id: { productId?: string; promotionId?: string }) =>
  id.productId
    ? catalog.products.find((product) => product.id === id.productId)?.name
    : catalog.promotions.find((promotion) => promotion.id === id.promotionId)?.label;

/** A refusal with its reason in both languages, naming the product or promotion. */
export function refusal(
  catalog: Catalog,
  code: OrderRefusal['code'],
  id: { productId?: string; promotionId?: string } = {},
): OrderRefusal {
  return { code, ...id, message: describeOrderRefusal(code, nameOf(catalog, id)) };
}

/** Capped flash promotions on the order's products that have fewer units left than the lines ask for. */
export function soldOutFlash(catalog: Catalog, request: OrderRequest, at: Date): OrderRefusal[] {
  const wanted = new Map(request.lines.map((line) => [line.productId, line.qty]));
  return catalog.promotions.flatMap((promotion) => {
    if (promotion.kind !== 'flash-price' || promotion.stockCap === undefined) return [];
    const active =
      Date.parse(promotion.startsAt) <= at.getTime() && at.getTime() < Date.parse(promotion.endsAt);
    const units = promotion.productIds.reduce((sum, id) => sum + (wanted.get(id) ?? 0), 0);
    const left = promotion.stockCap - (promotion.sold ?? 0);
    return active && units > 0 && left < Math.min(units, promotion.perOrderLimit ?? Infinity)
      ? [refusal(catalog, 'flash-sold-out', { promotionId: promotion.id })]
      : [];
  });
}
