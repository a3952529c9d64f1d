import { indexCatalog, type ItemPromotion } from './catalog-index';
import type { Catalog } from '../catalog';
import { flashUnitsAvailable } from './flash';
import { errorMessage } from './messages';
import { percentOffUnitFen, percentSaved } from './money';
import type { Badge, PromotionRef, UnitPriceResult } from './unit-price-types';
import { isActive, parseInstant } from './window';

function ref(promotion: ItemPromotion): PromotionRef {
  const { id, kind, label, startsAt, endsAt } = promotion;
  return { promotionId: id, kind, label, startsAt, endsAt };
}

function badge(promotion: ItemPromotion, listFen: number): Badge {
  const base = ref(promotion);
  switch (promotion.kind) {
    case 'flash-price': {
      const left = flashUnitsAvailable({ ...promotion, perOrderLimit: undefined });
      const unitsLeft = Number.isFinite(left) ? left : null;
      return {
        ...base,
        kind: 'flash-price',
        priceFen: promotion.priceFen,
        unitsLeft,
        perOrderLimit: promotion.perOrderLimit ?? null,
      };
    }
    case 'percent-off':
      return {
        ...base,
        kind: 'percent-off',
        percent: promotion.percent,
        priceFen: percentOffUnitFen(listFen, promotion.percent),
      };
    case 'multi-buy': {
      const groupUnitFen = Math.floor((listFen * promotion.pay * 2 + promotion.buy) / (promotion.buy * 2));
      return { ...base, kind: 'multi-buy', buy: promotion.buy, pay: promotion.pay, groupUnitFen };
    }
    case 'pre-sale': {
      const { presalePriceFen, depositFen, depositValueFen, balanceStartsAt, balanceEndsAt } = promotion;
      const balanceFen = presalePriceFen - depositValueFen;
      const finalFen = depositFen + balanceFen;
      return {
        ...base,
        kind: 'pre-sale',
        presalePriceFen,
        depositFen,
        depositValueFen,
        balanceFen,
        finalFen,
        balanceStartsAt,
        balanceEndsAt,
      };
    }
  }
}

/** What one unit costs under a badge right now, or null when the badge sets no single-unit price. */
function singleUnitFen(b: Badge): number | null {
  if (b.kind === 'flash-price') return b.unitsLeft === 0 || b.perOrderLimit === 0 ? null : b.priceFen;
  if (b.kind === 'percent-off') return b.priceFen;
  if (b.kind === 'pre-sale') return b.finalFen;
  return null;
}

const byId = (a: { promotionId: string }, b: { promotionId: string }) =>
  a.promotionId < b.promotionId ? -1 : 1;

/**
 * The price tag of a product at an instant: the best item-level price for one unit (multi-buys need more
 * units, so they only show as a badge), list price, saving, the promotion to count down, the next one
 * to announce, and a badge per active item-level promotion. Same rules as `quote` for one unit; order-level
 * promotions (thresholds, coupons, cross-store) are cart matters and never change a tag. Never throws.
 */
export function unitPrice(catalog: Catalog, productId: string, at: Date | string): UnitPriceResult {
  try {
    return priceTag(catalog, productId, at);
  } catch {
    // Only a catalog that bypassed parseCatalog can get here.
    return { ok: false, errors: [{ code: 'internal-error', message: errorMessage('internal-error') }] };
  }
}

function priceTag(catalog: Catalog, productId: string, at: Date | string): UnitPriceResult {
  const atMs = parseInstant(at);
  if (atMs === null)
    return { ok: false, errors: [{ code: 'invalid-at', message: errorMessage('invalid-at') }] };
  const index = typeof catalog === 'object' && catalog ? indexCatalog(catalog) : null;
  const product = index?.products.get(productId);
  if (!index || !product) {
    const message = errorMessage('unknown-product', String(productId));
    return { ok: false, errors: [{ code: 'unknown-product', message, productId: String(productId) }] };
  }
  const listFen = product.priceFen;
  const entries = index.itemByProduct.get(product.id) ?? [];
  const badges = entries
    .filter((entry) => isActive(entry, atMs))
    .map((entry) => badge(entry.promotion, listFen));
  const price = (b: Badge) => singleUnitFen(b) ?? listFen;
  badges.sort((a, b) => price(a) - price(b) || byId(a, b));
  const best = badges.find((b) => price(b) < listFen) ?? null;
  const unitFen = best ? price(best) : listFen;
  const shown: Badge | null = best ?? badges.find((b) => b.kind === 'multi-buy') ?? null;
  const active: PromotionRef | null = shown
    ? {
        promotionId: shown.promotionId,
        kind: shown.kind,
        label: shown.label,
        startsAt: shown.startsAt,
        endsAt: shown.endsAt,
      }
    : null;
  let next: PromotionRef | null = null;
  let nextMs = Infinity;
  for (const entry of entries) {
    const sooner =
      entry.startMs < nextMs || (entry.startMs === nextMs && next && entry.promotion.id < next.promotionId);
    if (entry.startMs > atMs && sooner) {
      next = ref(entry.promotion);
      nextMs = entry.startMs;
    }
  }
  return {
    ok: true,
    productId: product.id,
    listFen,
    unitFen,
    savedFen: listFen - unitFen,
    percentSaved: percentSaved(listFen, unitFen),
    active,
    endsAt: active?.endsAt ?? null,
    next,
    badges,
  };
}
