import type { Product, PromotionKind } from '../catalog';
import { priceCeilingFen } from './price-floor';
import type { DraftPromotion } from './draft-types';

export interface TemplateOptions {
  /** The product the merchant is looking at; item-level kinds start on it. */
  product: Product;
  /** Window start, ISO with offset; the window lasts one day. */
  startsAt: string;
  /** Ids already in the catalog; the new id avoids them. */
  takenIds: ReadonlySet<string>;
}

const dayMs = 24 * 60 * 60 * 1000;

/** `base`, or `base-2`, `base-3`, ... whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function plusDays(iso: string, days: number): string {
  const ms = Date.parse(iso) + days * dayMs;
  // Written on the store's clock (+08:00), the way the catalog writes every instant.
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A new, valid promotion of `kind` with defaults a merchant can start from: a one-day window from
 * `startsAt`, the current product, and prices that already pass the price floor (10% under the 30-day low).
 */
export function promotionTemplate(kind: PromotionKind, options: TemplateOptions): DraftPromotion {
  const { product, startsAt, takenIds } = options;
  const endsAt = plusDays(startsAt, 1);
  const id = uniqueId(
    kind === 'coupon' || kind === 'threshold' || kind === 'cross-store' ? kind : `${product.id}-${kind}`,
    takenIds,
  );
  const base = { id, kind, label: { 'zh-CN': '双11优惠', en: 'Double Eleven offer' }, startsAt, endsAt };
  const ceiling = priceCeilingFen(product.lowest30DayFen);
  switch (kind) {
    case 'flash-price':
      return {
        ...base,
        productIds: [product.id],
        priceFen: ceiling,
        stockCap: 100,
        sold: 0,
        perOrderLimit: 2,
      };
    case 'percent-off':
      return { ...base, productIds: [product.id], percent: 20 };
    case 'multi-buy':
      return { ...base, productIds: [product.id], buy: 3, pay: 2 };
    case 'threshold':
      return { ...base, thresholdFen: 19900, offFen: 2000, repeat: false };
    case 'coupon':
      // Codes are unique among coupons; the id's number keeps the code unique alongside it.
      return { ...base, code: `D11${id.replace(/\D/g, '')}`, thresholdFen: 10000, offFen: 1000 };
    case 'cross-store':
      return { ...base, thresholdFen: 30000, offFen: 4000 };
    case 'pre-sale': {
      const deposit = Math.max(100, Math.floor(ceiling / 10 / 100) * 100);
      return {
        ...base,
        productIds: [product.id],
        presalePriceFen: ceiling,
        depositFen: deposit,
        depositValueFen: deposit * 2,
        endsAt: plusDays(startsAt, 10),
        balanceStartsAt: plusDays(startsAt, 10),
        balanceEndsAt: plusDays(startsAt, 13),
      };
    }
  }
}
