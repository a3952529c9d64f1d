import type { CatalogIndex } from './catalog-index';
import type { CouponOutcome } from './coupons';
import type { Ledger, LedgerLine } from './ledger';
import type { AppliedPromotion, Hint, ItemLevelKind, Quote, QuoteLine } from './types';

function toQuoteLine(entry: LedgerLine): QuoteLine {
  const { line, parts, amountFen } = entry.priced;
  const payFen = amountFen - entry.orderDiscountFen;
  let balanceFen = 0;
  for (const part of parts) if (part.kind === 'pre-sale') balanceFen += part.fen - part.depositFen;
  // Order-level reductions come off the pre-sale balance first (the platform deducts them from 尾款);
  // only what exceeds it reduces what is paid now, which never drops below the deposits.
  const payLaterFen = Math.max(0, balanceFen - entry.orderDiscountFen);
  return {
    productId: line.product.id,
    qty: line.qty,
    unitListFen: line.product.priceFen,
    listFen: line.listFen,
    itemDiscountFen: line.listFen - amountFen,
    orderDiscountFen: entry.orderDiscountFen,
    payFen,
    payNowFen: payFen - payLaterFen,
    payLaterFen,
    parts,
    orderDiscounts: entry.orderDiscounts,
  };
}

function itemLevelApplied(index: CatalogIndex, lines: readonly QuoteLine[]): AppliedPromotion[] {
  const saved = new Map<string, { kind: ItemLevelKind; fen: number }>();
  for (const line of lines) {
    for (const part of line.parts) {
      if (part.promotionId === null || part.kind === 'list') continue;
      const fen = part.units * line.unitListFen - part.fen;
      const entry = saved.get(part.promotionId);
      if (entry) entry.fen += fen;
      else saved.set(part.promotionId, { kind: part.kind, fen });
    }
  }
  const applied: AppliedPromotion[] = [];
  for (const [promotionId, { kind, fen }] of saved) {
    const promotion = index.promotions.get(promotionId);
    if (promotion && fen > 0) applied.push({ promotionId, kind, fen, label: promotion.label });
  }
  return applied.sort((a, b) => (a.promotionId < b.promotionId ? -1 : 1));
}

/** Assembles the public quote: per-line amounts, totals, and what applied (item level first, by id). */
export function summarize(
  ledger: Ledger,
  index: CatalogIndex,
  atMs: number,
  order: { applied: AppliedPromotion[]; hints: Hint[]; coupon: CouponOutcome },
): Quote {
  const lines = ledger.lines.map(toQuoteLine);
  const totals = {
    listFen: 0,
    itemDiscountFen: 0,
    orderDiscountFen: 0,
    totalFen: 0,
    payNowFen: 0,
    payLaterFen: 0,
  };
  for (const line of lines) {
    totals.listFen += line.listFen;
    totals.itemDiscountFen += line.itemDiscountFen;
    totals.orderDiscountFen += line.orderDiscountFen;
    totals.totalFen += line.payFen;
    totals.payNowFen += line.payNowFen;
    totals.payLaterFen += line.payLaterFen;
  }
  return {
    ok: true,
    at: new Date(atMs).toISOString(),
    lines,
    ...totals,
    applied: [...itemLevelApplied(index, lines), ...order.applied],
    hints: order.hints,
    appliedCoupon: order.coupon.appliedCode,
    rejectedCoupons: order.coupon.rejected,
  };
}
