import type { CouponPromotion } from '../catalog';
import type { CatalogIndex, Timed } from './catalog-index';
import { applyReduction, baseFen, eligibleLines, remainingFen, type Ledger, type LedgerLine } from './ledger';
import { couponMessage } from './messages';
import type { AppliedPromotion, CouponRejection, CouponRejectionReason, Hint } from './types';
import { isActive } from './window';

interface Valid {
  position: number;
  code: string;
  promotion: CouponPromotion;
  lines: LedgerLine[];
  fen: number;
}

export interface CouponOutcome {
  applied: AppliedPromotion | null;
  appliedCode: string | null;
  rejected: CouponRejection[];
}

/**
 * Store coupons, at most one per order. Every entered code is checked (unknown, entered twice, not
 * started, expired, no eligible product in the cart, threshold not met). Of the valid ones the coupon that
 * takes most off applies, so the order codes were typed in never costs the shopper money (ties: the one
 * typed first); every other valid code is rejected with 'one-per-order'. A coupon whose threshold is not
 * met adds a hint when it would beat the applied one.
 */
export function applyCoupon(
  ledger: Ledger,
  index: CatalogIndex,
  codes: readonly unknown[],
  atMs: number,
  hints: Hint[],
): CouponOutcome {
  const rejections: { position: number; rejection: CouponRejection }[] = [];
  let position = 0;
  const reject = (code: string, reason: CouponRejectionReason, shortFen = 0, at = position) =>
    rejections.push({ position: at, rejection: { code, reason, message: couponMessage(reason, shortFen) } });
  const seen = new Set<string>();
  const valid: Valid[] = [];
  const unmet: { entry: Timed<CouponPromotion>; shortFen: number }[] = [];
  for (const raw of codes) {
    position += 1;
    const code = typeof raw === 'string' ? raw : String(raw);
    const normalized = code.trim().toUpperCase();
    const entry = index.couponsByCode.get(normalized);
    if (!entry) reject(code, 'unknown');
    else if (seen.has(normalized)) reject(code, 'duplicate');
    else {
      seen.add(normalized);
      const promotion = entry.promotion;
      const lines = eligibleLines(ledger, index.eligible.get(promotion.id));
      const base = baseFen(ledger, lines);
      if (!isActive(entry, atMs)) reject(code, atMs < entry.startMs ? 'not-started' : 'expired');
      else if (lines.length === 0) reject(code, 'no-eligible-products');
      else if (base < promotion.thresholdFen) {
        reject(code, 'threshold-not-met', promotion.thresholdFen - base);
        unmet.push({ entry, shortFen: promotion.thresholdFen - base });
      } else
        valid.push({
          position,
          code,
          promotion,
          lines,
          fen: Math.min(promotion.offFen, remainingFen(ledger, lines)),
        });
    }
  }
  let best: Valid | null = null;
  for (const candidate of valid) if (!best || candidate.fen > best.fen) best = candidate;
  for (const candidate of valid) {
    if (candidate === best) continue;
    reject(candidate.code, 'one-per-order', 0, candidate.position);
  }
  if (best && best.fen === 0) {
    reject(best.code, 'nothing-to-reduce', 0, best.position);
    best = null;
  }
  const rejected = rejections.sort((a, b) => a.position - b.position).map((entry) => entry.rejection);
  const appliedFen = best?.fen ?? 0;
  for (const { entry, shortFen } of unmet) {
    const saveFen = entry.promotion.offFen - appliedFen;
    if (saveFen > 0) {
      const { id, label } = entry.promotion;
      hints.push({ promotionId: id, kind: 'coupon', label, addFen: shortFen, saveFen });
    }
  }
  if (!best) return { applied: null, appliedCode: null, rejected };
  applyReduction(ledger, best.lines, best.promotion.id, best.fen);
  const { id, label } = best.promotion;
  return {
    applied: { promotionId: id, kind: 'coupon', fen: best.fen, label },
    appliedCode: best.code,
    rejected,
  };
}
