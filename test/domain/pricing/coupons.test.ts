import { describe, expect, it } from 'vitest';
import { lineOf, makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

const a = makeProduct({ id: 'a', priceFen: 1000 });
const b = makeProduct({ id: 'b', priceFen: 2000 });
// SAVE: ¥5 off ¥50; BIG: ¥12 off ¥100; BONLY: ¥3 off, b only, no minimum.
const catalog = makeCatalog(
  [a, b],
  [
    makePromotion('coupon', { id: 'save' }),
    makePromotion('coupon', { id: 'big', code: 'BIG', thresholdFen: 10_000, offFen: 1_200 }),
    makePromotion('coupon', { id: 'b-only', code: 'BONLY', thresholdFen: 0, offFen: 300, productIds: ['b'] }),
    makePromotion('coupon', {
      id: 'later',
      code: 'LATER',
      startsAt: '2026-12-01T00:00:00+08:00',
      endsAt: '2026-12-31T00:00:00+08:00',
    }),
  ],
);
const tenOfA = [{ productId: 'a', qty: 10 }];

describe('store coupons', () => {
  it('applies a valid code typed in lower case with spaces', () => {
    // ¥100 - ¥5 = ¥95.
    const result = quoteOk(catalog, tenOfA, { coupons: [' save '] });
    expect(result).toMatchObject({ totalFen: 9_500, appliedCoupon: ' save ', rejectedCoupons: [] });
  });

  it('rejects an unknown code with a reason in both languages', () => {
    const result = quoteOk(catalog, tenOfA, { coupons: ['NOPE'] });
    expect(result.rejectedCoupons).toEqual([
      { code: 'NOPE', reason: 'unknown', message: { 'zh-CN': '优惠券码无效', en: 'Unknown coupon code' } },
    ]);
  });

  it('rejects a coupon that has not started yet', () => {
    const result = quoteOk(catalog, tenOfA, { coupons: ['LATER'] });
    expect(result.rejectedCoupons).toEqual([expect.objectContaining({ reason: 'not-started' })]);
  });

  it('rejects a coupon at the instant it ends', () => {
    const result = quoteOk(catalog, tenOfA, { coupons: ['SAVE'], at: '2026-12-01T00:00:00+08:00' });
    expect(result.rejectedCoupons).toEqual([expect.objectContaining({ reason: 'expired' })]);
  });

  it('rejects a coupon below its threshold and says how much is missing', () => {
    // ¥40 of ¥50 → ¥10 short.
    const result = quoteOk(catalog, [{ productId: 'a', qty: 4 }], { coupons: ['SAVE'] });
    expect(result.rejectedCoupons).toEqual([
      {
        code: 'SAVE',
        reason: 'threshold-not-met',
        message: {
          'zh-CN': '还差¥10.00可用此券',
          en: 'Add ¥10.00 more of eligible products to use this coupon',
        },
      },
    ]);
    expect(result.hints).toEqual([
      expect.objectContaining({ promotionId: 'save', addFen: 1_000, saveFen: 500 }),
    ]);
  });

  it('rejects a product-specific coupon when no such product is in the cart', () => {
    const result = quoteOk(catalog, tenOfA, { coupons: ['BONLY'] });
    expect(result.rejectedCoupons).toEqual([expect.objectContaining({ reason: 'no-eligible-products' })]);
  });

  it('charges a product-specific coupon to its products only', () => {
    const result = quoteOk(catalog, [...tenOfA, { productId: 'b', qty: 1 }], { coupons: ['BONLY'] });
    expect(lineOf(result, 'b').orderDiscountFen).toBe(300);
    expect(lineOf(result, 'a').orderDiscountFen).toBe(0);
  });

  it('applies the best of several valid codes whatever the order they were typed in', () => {
    // ¥100: SAVE takes ¥5, BIG takes ¥12 → BIG applies, SAVE is rejected.
    for (const coupons of [
      ['SAVE', 'BIG'],
      ['BIG', 'SAVE'],
    ]) {
      const result = quoteOk(catalog, tenOfA, { coupons });
      expect(result.appliedCoupon).toBe('BIG');
      expect(result.totalFen).toBe(8_800);
      expect(result.rejectedCoupons).toEqual([
        expect.objectContaining({
          code: 'SAVE',
          reason: 'one-per-order',
          message: expect.objectContaining({ en: 'Only one store coupon per order' }),
        }),
      ]);
    }
  });

  it('rejects a code entered twice', () => {
    const result = quoteOk(catalog, tenOfA, { coupons: ['SAVE', 'save'] });
    expect(result.rejectedCoupons).toEqual([expect.objectContaining({ code: 'save', reason: 'duplicate' })]);
    expect(result.totalFen).toBe(9_500);
  });

  it('tests the coupon threshold before the store threshold takes its share', () => {
    // ¥100 with store 满100减60 → ¥40 left, but SAVE (满50) still sees ¥100 and applies: ¥35.
    const both = makeCatalog([a], [makePromotion('threshold', { offFen: 6_000 }), makePromotion('coupon')]);
    expect(quoteOk(both, tenOfA, { coupons: ['SAVE'] }).totalFen).toBe(3_500);
  });

  it('hints at a better coupon whose threshold is not met yet', () => {
    // ¥60: SAVE applies (¥5); BIG needs ¥40 more and would save ¥7 more than SAVE.
    const result = quoteOk(catalog, [{ productId: 'a', qty: 6 }], { coupons: ['SAVE', 'BIG'] });
    expect(result.appliedCoupon).toBe('SAVE');
    expect(result.hints).toEqual([
      expect.objectContaining({ promotionId: 'big', addFen: 4_000, saveFen: 700 }),
    ]);
  });
});
