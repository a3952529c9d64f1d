import type { ItemLevelKind, Localized, PricingError } from './types';

/** An item-level promotion as a price tag refers to it. */
export interface PromotionRef {
  promotionId: string;
  kind: ItemLevelKind;
  label: Localized;
  startsAt: string;
  /** For countdowns: the instant the promotion stops (exclusive). */
  endsAt: string;
}

/** What a price tag needs to draw a badge for each active item-level promotion of the product. */
export type Badge = PromotionRef &
  (
    | {
        kind: 'flash-price';
        priceFen: number;
        /** Units the store can still sell at the flash price, null = no cap. 0 = sold out. */
        unitsLeft: number | null;
        perOrderLimit: number | null;
      }
    | { kind: 'percent-off'; percent: number; priceFen: number }
    | {
        kind: 'multi-buy';
        buy: number;
        pay: number;
        /** Average unit price in a full group, rounded half up ("3 for 2": 2/3 of list). */
        groupUnitFen: number;
      }
    | {
        kind: 'pre-sale';
        presalePriceFen: number;
        depositFen: number;
        depositValueFen: number;
        /** Due in the balance window: presalePriceFen - depositValueFen. */
        balanceFen: number;
        /** What one unit costs in all: depositFen + balanceFen. */
        finalFen: number;
        balanceStartsAt: string;
        balanceEndsAt: string;
      }
  );

/** The price tag of one product at an instant. */
export interface UnitPrice {
  ok: true;
  productId: string;
  listFen: number;
  /** The best item-level price for a single unit now (pre-sale: deposit + balance). */
  unitFen: number;
  savedFen: number;
  /** Whole percent saved, rounded half up. */
  percentSaved: number;
  /** The promotion that sets `unitFen`, or an active multi-buy when only that applies; null otherwise. */
  active: PromotionRef | null;
  /** `active.endsAt`, for countdowns; null when nothing is active. */
  endsAt: string | null;
  /** The item-level promotion for this product that starts soonest after the instant ("starts in"). */
  next: PromotionRef | null;
  /** Every active item-level promotion of the product, best price first. */
  badges: Badge[];
}

export type UnitPriceResult = UnitPrice | PricingError;
