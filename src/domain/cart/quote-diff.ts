import type { AppliedPromotion, Quote } from '../pricing';

/** How a cart's quote moved between two pricings of the same lines and coupons. */
export interface QuoteChange {
  beforeFen: number;
  afterFen: number;
  /** Lines whose amount changed. */
  lines: { productId: string; beforeFen: number; afterFen: number }[];
  /** Promotions that now apply and did not before (a window opened, a catalog added one). */
  started: AppliedPromotion[];
  /** Promotions that applied before and no longer do (a window closed, stock ran out). */
  ended: AppliedPromotion[];
}

/**
 * Compares two quotes of the same cart and explains the difference, so the cart can highlight what changed
 * and why instead of silently showing a new total. Returns null when nothing a shopper pays changed.
 */
export function diffQuotes(before: Quote, after: Quote): QuoteChange | null {
  const beforeLines = new Map(before.lines.map((line) => [line.productId, line.payFen]));
  const lines = after.lines
    .map((line) => ({
      productId: line.productId,
      beforeFen: beforeLines.get(line.productId) ?? 0,
      afterFen: line.payFen,
    }))
    .filter((line) => line.beforeFen !== line.afterFen);
  const beforeIds = new Set(before.applied.map((promotion) => promotion.promotionId));
  const afterIds = new Set(after.applied.map((promotion) => promotion.promotionId));
  const started = after.applied.filter((promotion) => !beforeIds.has(promotion.promotionId));
  const ended = before.applied.filter((promotion) => !afterIds.has(promotion.promotionId));
  if (
    before.totalFen === after.totalFen &&
    lines.length === 0 &&
    started.length === 0 &&
    ended.length === 0
  ) {
    return null;
  }
  return { beforeFen: before.totalFen, afterFen: after.totalFen, lines, started, ended };
}
