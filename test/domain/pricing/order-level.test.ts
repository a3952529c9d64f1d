import { describe, expect, it } from 'vitest';
import { lineOf, makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

const a = makeProduct({ id: 'a', priceFen: 1000 });
const b = makeProduct({ id: 'b', priceFen: 2000 });
const c = makeProduct({ id: 'c', priceFen: 3000 });

describe('store threshold (满减)', () => {
  const once = makeCatalog([a, b, c], [makePromotion('threshold', { thresholdFen: 10_000, offFen: 1_000 })]);

  it('takes the reduction when the base reaches the threshold exactly', () => {
    // 10 × ¥10 = ¥100 ≥ ¥100 → ¥10 off.
    expect(quoteOk(once, [{ productId: 'a', qty: 10 }]).totalFen).toBe(9_000);
  });

  it('does nothing one fen below the threshold', () => {
    const catalog = makeCatalog([makeProduct({ id: 'a', priceFen: 9_999 })], [makePromotion('threshold')]);
    expect(quoteOk(catalog, [{ productId: 'a', qty: 1 }]).orderDiscountFen).toBe(0);
  });

  it('repeats for every full threshold (每满300减40)', () => {
    // ¥650 → two full ¥300 → ¥80 off.
    const catalog = makeCatalog(
      [a],
      [makePromotion('threshold', { thresholdFen: 30_000, offFen: 4_000, repeat: true })],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 65 }]).orderDiscountFen).toBe(8_000);
  });

  it('stops a repeating threshold at maxOffFen', () => {
    // ¥1000 → 3 × ¥40 = ¥120, capped at ¥100.
    const catalog = makeCatalog(
      [a],
      [makePromotion('threshold', { thresholdFen: 30_000, offFen: 4_000, repeat: true, maxOffFen: 10_000 })],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 100 }]).orderDiscountFen).toBe(10_000);
  });

  it('counts only the listed products towards the threshold and charges the reduction to them only', () => {
    // Eligible: b only. 5 × ¥20 = ¥100 → ¥10 off, all on b; a pays in full.
    const catalog = makeCatalog([a, b], [makePromotion('threshold', { productIds: ['b'] })]);
    const result = quoteOk(catalog, [
      { productId: 'a', qty: 20 },
      { productId: 'b', qty: 5 },
    ]);
    expect(lineOf(result, 'b').orderDiscountFen).toBe(1_000);
    expect(lineOf(result, 'a').orderDiscountFen).toBe(0);
  });

  it('tests the threshold after item-level discounts', () => {
    // 12 × ¥10 at 20% off = ¥96 < ¥100 → no threshold.
    const catalog = makeCatalog(
      [a],
      [makePromotion('threshold'), makePromotion('percent-off', { percent: 20 })],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 12 }])).toMatchObject({
      totalFen: 9_600,
      orderDiscountFen: 0,
    });
  });

  it('applies only the best of several store thresholds', () => {
    // ¥200: 满100减10 and 满200减25 → only ¥25.
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('threshold', { id: 't10' }),
        makePromotion('threshold', { id: 't25', thresholdFen: 20_000, offFen: 2_500 }),
      ],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 20 }]);
    expect(result.applied).toEqual([expect.objectContaining({ promotionId: 't25', fen: 2_500 })]);
  });
});

describe('cross-store (跨店满减)', () => {
  it('repeats over every product, up to maxOffFen', () => {
    // ¥20 × 50 = ¥1000 → 3 × ¥40 = ¥120, capped at ¥100.
    const catalog = makeCatalog([b], [makePromotion('cross-store', { maxOffFen: 10_000 })]);
    expect(quoteOk(catalog, [{ productId: 'b', qty: 50 }]).orderDiscountFen).toBe(10_000);
  });
});

describe('stacking order-level reductions', () => {
  it('tests every threshold against the same base, not after the other reductions', () => {
    // Base ¥300. Store 满300减40 → ¥260 left, but cross-store still sees ¥300 → another ¥40 → ¥220.
    const catalog = makeCatalog(
      [c],
      [
        makePromotion('threshold', { thresholdFen: 30_000, offFen: 4_000 }),
        makePromotion('cross-store', { thresholdFen: 30_000, offFen: 4_000 }),
      ],
    );
    expect(quoteOk(catalog, [{ productId: 'c', qty: 10 }]).totalFen).toBe(22_000);
  });

  it('applies store threshold, then coupon, then cross-store', () => {
    const catalog = makeCatalog(
      [c],
      [makePromotion('cross-store'), makePromotion('coupon'), makePromotion('threshold')],
    );
    const result = quoteOk(catalog, [{ productId: 'c', qty: 10 }], { coupons: ['SAVE'] });
    expect(result.applied.map((entry) => entry.kind)).toEqual(['threshold', 'coupon', 'cross-store']);
    // ¥300 - ¥10 - ¥5 - ¥40 = ¥245.
    expect(result.totalFen).toBe(24_500);
  });

  it('caps each reduction at what is still to pay, so a zero-total order is possible', () => {
    // ¥3 order, a no-minimum ¥50 coupon takes ¥3; nothing else can go below zero.
    const catalog = makeCatalog(
      [makeProduct({ id: 'a', priceFen: 300 })],
      [
        makePromotion('coupon', { thresholdFen: 0, offFen: 5_000 }),
        makePromotion('cross-store', { thresholdFen: 100, offFen: 100 }),
      ],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 1 }], { coupons: ['SAVE'] });
    expect(result).toMatchObject({ totalFen: 0, orderDiscountFen: 300 });
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'coupon', fen: 300 })]);
    expect(lineOf(result, 'a').payFen).toBe(0);
  });

  it('apportions a reduction to lines by largest remainder, summing exactly', () => {
    // ¥10 off ¥60 over a ¥10, b ¥20, c ¥30: exact shares 166.67, 333.33, 500 → floors 166, 333, 500 (999);
    // the leftover fen goes to the largest remainder (a) → 167, 333, 500.
    const catalog = makeCatalog(
      [a, b, c],
      [makePromotion('threshold', { thresholdFen: 6_000, offFen: 1_000 })],
    );
    const result = quoteOk(
      catalog,
      ['a', 'b', 'c'].map((productId) => ({ productId, qty: 1 })),
    );
    expect(result.lines.map((line) => line.orderDiscountFen)).toEqual([167, 333, 500]);
    expect(result.lines.reduce((sum, line) => sum + line.payFen, 0)).toBe(result.totalFen);
  });

  it('explains each line’s share of every reduction', () => {
    const catalog = makeCatalog(
      [a],
      [makePromotion('threshold'), makePromotion('cross-store', { thresholdFen: 10_000, offFen: 500 })],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 10 }]);
    expect(lineOf(result, 'a').orderDiscounts).toEqual([
      { promotionId: 'threshold', fen: 1_000 },
      { promotionId: 'cross-store', fen: 500 },
    ]);
  });
});
