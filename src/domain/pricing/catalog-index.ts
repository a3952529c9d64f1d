import type {
  Catalog,
  CouponPromotion,
  CrossStorePromotion,
  FlashPricePromotion,
  MultiBuyPromotion,
  PercentOffPromotion,
  PreSalePromotion,
  Product,
  Promotion,
  ThresholdPromotion,
} from '../catalog';
import type { WindowMs } from './window';

/** A promotion with its window parsed once, and its product list de-duplicated. */
export type Timed<P> = WindowMs & { promotion: P };

export type ItemPromotion = FlashPricePromotion | PercentOffPromotion | MultiBuyPromotion | PreSalePromotion;

export interface CatalogIndex {
  products: Map<string, Product>;
  promotions: Map<string, Promotion>;
  /** Item-level promotions listing each product, in catalog order. */
  itemByProduct: Map<string, Timed<ItemPromotion>[]>;
  thresholds: Timed<ThresholdPromotion>[];
  /** Cross-store promotions always repeat; the flag lets them share the threshold code. */
  crossStore: Timed<CrossStorePromotion & { repeat: true }>[];
  couponsByCode: Map<string, Timed<CouponPromotion>>;
  /** Distinct listed products of thresholds and coupons (`null` = every product). */
  eligible: Map<string, ReadonlySet<string> | null>;
}

// The catalog is immutable once parsed, so the index is built once per catalog object and shared by every
// quote and price tag: a quote then never scans promotions that do not list its products.
const cache = new WeakMap<Catalog, CatalogIndex>();

function timed<P extends { startsAt: string; endsAt: string }>(promotion: P): Timed<P> {
  return { promotion, startMs: Date.parse(promotion.startsAt), endMs: Date.parse(promotion.endsAt) };
}

function build(catalog: Catalog): CatalogIndex {
  const index: CatalogIndex = {
    products: new Map(catalog.products.map((product) => [product.id, product])),
    promotions: new Map(catalog.promotions.map((promotion) => [promotion.id, promotion])),
    itemByProduct: new Map(),
    thresholds: [],
    crossStore: [],
    couponsByCode: new Map(),
    eligible: new Map(),
  };
  for (const promotion of catalog.promotions) {
    switch (promotion.kind) {
      case 'threshold':
        index.thresholds.push(timed(promotion));
        index.eligible.set(promotion.id, promotion.productIds ? new Set(promotion.productIds) : null);
        break;
      case 'coupon':
        // First one wins if a hand-made catalog repeats a code (the schema rejects that).
        if (!index.couponsByCode.has(promotion.code))
          index.couponsByCode.set(promotion.code, timed(promotion));
        index.eligible.set(promotion.id, promotion.productIds ? new Set(promotion.productIds) : null);
        break;
      case 'cross-store':
        index.crossStore.push(timed({ ...promotion, repeat: true as const }));
        break;
      default: {
        const entry = timed(promotion);
        for (const productId of new Set(promotion.productIds)) {
          const list = index.itemByProduct.get(productId);
          if (list) list.push(entry);
          else index.itemByProduct.set(productId, [entry]);
        }
      }
    }
  }
  return index;
}

/** The pricing index of a catalog, built on first use and cached for the catalog object's lifetime. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = build(catalog);
    cache.set(catalog, index);
  }
  return index;
}
