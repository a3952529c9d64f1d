import type { Catalog } from '../catalog';

/** Shopper-visible text in both supported locales. */
export interface Localized {
  'zh-CN': string;
  en: string;
}

/** Promotions that set the price of individual units. */
export type ItemLevelKind = 'flash-price' | 'percent-off' | 'multi-buy' | 'pre-sale';
/** Promotions that take an amount off the order once item-level prices are known. */
export type OrderLevelKind = 'threshold' | 'coupon' | 'cross-store';

/** One cart line as the shopper entered it. Lines with the same product are merged. */
export interface CartLineInput {
  productId: string;
  qty: number;
}

export interface QuoteInput {
  catalog: Catalog;
  lines: readonly CartLineInput[];
  /** The instant to price at: a Date, or an ISO-8601 date-time string with an offset (`Z` or `+08:00`). */
  at: Date | string;
  /** Coupon codes as the shopper typed them (case and surrounding spaces are ignored). */
  coupons?: readonly string[];
}

/** How some units of a line were priced at item level (`promotionId: null` = list price). */
export interface LinePart {
  promotionId: string | null;
  kind: ItemLevelKind | 'list';
  units: number;
  /** What these units cost after the item-level price (pre-sale: deposit + balance). */
  fen: number;
  /** Part of `fen` paid now as pre-sale deposit; 0 for everything but pre-sale. */
  depositFen: number;
}

export interface QuoteLine {
  productId: string;
  qty: number;
  /** List price of one unit. */
  unitListFen: number;
  listFen: number;
  itemDiscountFen: number;
  orderDiscountFen: number;
  /** listFen - itemDiscountFen - orderDiscountFen; never below zero. */
  payFen: number;
  payNowFen: number;
  payLaterFen: number;
  parts: LinePart[];
  /** The share of each order-level reduction this line carries. */
  orderDiscounts: { promotionId: string; fen: number }[];
}

export interface AppliedPromotion {
  promotionId: string;
  kind: ItemLevelKind | OrderLevelKind;
  /** What this promotion saved on this order, fen (always > 0). */
  fen: number;
  label: Localized;
}

/** 凑单 hint: adding `addFen` of eligible products reaches the next tier and saves `saveFen` more. */
export interface Hint {
  promotionId: string;
  kind: OrderLevelKind;
  label: Localized;
  addFen: number;
  saveFen: number;
}

export type CouponRejectionReason =
  | 'unknown'
  | 'duplicate'
  | 'not-started'
  | 'expired'
  | 'no-eligible-products'
  | 'threshold-not-met'
  | 'one-per-order'
  /** Valid, but the eligible lines are already free. */
  | 'nothing-to-reduce';

export interface CouponRejection {
  /** The code as the shopper typed it. */
  code: string;
  reason: CouponRejectionReason;
  message: Localized;
}

/** A successful price quote. Money is integer fen; every line's payFen sums exactly to totalFen. */
export interface Quote {
  ok: true;
  /** The instant priced, ISO-8601 UTC. */
  at: string;
  /** Merged lines, sorted by productId so the quote never depends on the order lines were added. */
  lines: QuoteLine[];
  listFen: number;
  itemDiscountFen: number;
  orderDiscountFen: number;
  totalFen: number;
  /** Paid at checkout: everything except pre-sale balances. payNowFen + payLaterFen = totalFen. */
  payNowFen: number;
  /** Pre-sale balances (尾款) due in their balance windows. */
  payLaterFen: number;
  applied: AppliedPromotion[];
  hints: Hint[];
  /** The coupon code that applied (as typed), or null. */
  appliedCoupon: string | null;
  rejectedCoupons: CouponRejection[];
}

export type PricingErrorCode =
  | 'invalid-input'
  | 'invalid-at'
  | 'unknown-product'
  | 'invalid-quantity'
  | 'exceeds-stock'
  | 'amount-too-large'
  | 'internal-error';

export interface PricingIssue {
  code: PricingErrorCode;
  message: Localized;
  /** Index into the input lines, when the problem belongs to one line. */
  lineIndex?: number;
  productId?: string;
}

/** Bad input never throws: it comes back as every problem found, like `parseCatalog`. */
export interface PricingError {
  ok: false;
  errors: PricingIssue[];
}

export type QuoteResult = Quote | PricingError;
