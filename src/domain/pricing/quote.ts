import type { ThresholdPromotion } from '../catalog';
import { indexCatalog, type CatalogIndex, type Timed } from './catalog-index';
import { applyCoupon } from './coupons';
import { priceItems } from './item-level';
import { openLedger, type Ledger } from './ledger';
import { errorMessage } from './messages';
import { applyBestTier } from './order-level';
import { summarize } from './summary';
import type { AppliedPromotion, Hint, QuoteInput, QuoteResult } from './types';
import { validateInput } from './validate';

function applyOrderLevel(ledger: Ledger, index: CatalogIndex, atMs: number, codes: readonly unknown[]) {
  const hints: Hint[] = [];
  const applied: AppliedPromotion[] = [];
  // Rule 3: store threshold, then store coupon, then cross-store; each capped by what is left to pay.
  const thresholds: readonly Timed<ThresholdPromotion>[] = index.thresholds;
  const store = applyBestTier(ledger, index, thresholds, 'threshold', atMs, hints);
  if (store) applied.push(store);
  const coupon = applyCoupon(ledger, index, codes, atMs, hints);
  if (coupon.applied) applied.push(coupon.applied);
  const crossStore = applyBestTier(ledger, index, index.crossStore, 'cross-store', atMs, hints);
  if (crossStore) applied.push(crossStore);
  hints.sort((a, b) => a.addFen - b.addFen || (a.promotionId < b.promotionId ? -1 : 1));
  return { hints, applied, coupon };
}

/**
 * Prices a cart at an instant: the one pricing function behind price tags, the cart, the kiosk and the
 * merchant preview. Stacking, in order:
 *
 * 1. Item level: each unit gets the single best of its product's active flash-price, percent-off,
 *    multi-buy and pre-sale prices (they never stack).
 * 2. Every threshold (store threshold, coupon, cross-store) is tested against the same base: its eligible
 *    lines after item-level prices (pre-sale: pre-sale price less the deposit expansion).
 * 3. Reductions apply in order: the best store threshold, the best entered store coupon (one per order),
 *    the best cross-store promotion; each is capped by what its lines still have to pay. Pre-sale
 *    deposits are paid already, so reductions come off the balance (尾款).
 * 4. Each reduction is apportioned to its eligible lines by largest remainder; lines sum to the total.
 * 5. Hints tell how much more reaches each threshold's next tier, and what it saves.
 *
 * Never throws and never returns NaN: bad input (unknown product, non-positive or fractional quantity,
 * more than stock, an unparsable or offset-less `at`) comes back as `{ ok: false, errors }`.
 *
 * @example
 * const result = quote({ catalog, lines: [{ productId: 'aksu-apple', qty: 2 }], at: new Date() });
 * if (result.ok) console.log(result.totalFen);
 */
export function quote(input: QuoteInput): QuoteResult {
  try {
    if (typeof input !== 'object' || input === null || typeof input.catalog !== 'object' || !input.catalog) {
      return {
        ok: false,
        errors: [{ code: 'invalid-input', message: errorMessage('invalid-input', 'catalog') }],
      };
    }
    const index = indexCatalog(input.catalog);
    const valid = validateInput(index, input.lines, input.at);
    if (!valid.ok) return valid;
    const priced = priceItems(index, valid.lines, valid.atMs);
    const ledger = openLedger(priced, valid.byProduct);
    const codes: readonly unknown[] = Array.isArray(input.coupons) ? input.coupons : [];
    const { hints, applied, coupon } = applyOrderLevel(ledger, index, valid.atMs, codes);
    return summarize(ledger, index, valid.atMs, { applied, hints, coupon });
  } catch {
    // A safety net for a catalog that bypassed parseCatalog; the engine itself has no throwing paths.
    return { ok: false, errors: [{ code: 'internal-error', message: errorMessage('internal-error') }] };
  }
}
