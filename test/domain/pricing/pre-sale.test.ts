import { describe, expect, it } from 'vitest';
import { lineOf, makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

// List ¥10. Pre-sale ¥8, deposit ¥1 worth ¥3 → balance ¥5, final price ¥6 per unit.
// Deposit window: November 2026; balance window: 1–10 December.
const a = makeProduct({ id: 'a' });
const presale = makePromotion('pre-sale');

describe('pre-sale with deposit expansion (定金膨胀)', () => {
  it('splits the price into deposits paid now and balances paid later', () => {
    const result = quoteOk(makeCatalog([a], [presale]), [{ productId: 'a', qty: 2 }]);
    expect(result).toMatchObject({ listFen: 2_000, totalFen: 1_200, payNowFen: 200, payLaterFen: 1_000 });
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'pre-sale', fen: 800 })]);
  });

  it('charges ordinary lines in full now', () => {
    const b = makeProduct({ id: 'b', priceFen: 500 });
    const result = quoteOk(makeCatalog([a, b], [presale]), [
      { productId: 'a', qty: 1 },
      { productId: 'b', qty: 1 },
    ]);
    expect(result).toMatchObject({ totalFen: 1_100, payNowFen: 600, payLaterFen: 500 });
  });

  it('tests thresholds against the final price and takes reductions off the balance', () => {
    // 2 units: base 2 × ¥6 = ¥12 ≥ ¥10 → ¥1 off the balance: now ¥2, later ¥9.
    const catalog = makeCatalog(
      [a],
      [presale, makePromotion('threshold', { thresholdFen: 1_000, offFen: 100 })],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 2 }]);
    expect(result).toMatchObject({ totalFen: 1_100, payNowFen: 200, payLaterFen: 900 });
  });

  it('never takes the deposit back, however large the reduction', () => {
    // A no-minimum ¥50 coupon can take at most the ¥5 balance: the ¥1 deposit stays.
    const catalog = makeCatalog([a], [presale, makePromotion('coupon', { thresholdFen: 0, offFen: 5_000 })]);
    const result = quoteOk(catalog, [{ productId: 'a', qty: 1 }], { coupons: ['SAVE'] });
    expect(result).toMatchObject({ totalFen: 100, payNowFen: 100, payLaterFen: 0, orderDiscountFen: 500 });
  });

  it('is active from the first instant of its deposit window', () => {
    const result = quoteOk(makeCatalog([a], [presale]), [{ productId: 'a', qty: 1 }], {
      at: '2026-11-01T00:00:00+08:00',
    });
    expect(result.payNowFen).toBe(100);
  });

  it('sells at the list price once the deposit window has closed, even in the balance window', () => {
    // New orders cannot join a pre-sale whose deposits are closed; they buy at the everyday price.
    const result = quoteOk(makeCatalog([a], [presale]), [{ productId: 'a', qty: 1 }], {
      at: '2026-12-01T00:00:00+08:00',
    });
    expect(result).toMatchObject({ totalFen: 1_000, payNowFen: 1_000, payLaterFen: 0, applied: [] });
  });

  it('lets a cheaper flash price win over the pre-sale for the units it covers', () => {
    // Flash ¥5 for 1 unit; the second unit takes the pre-sale (¥1 now + ¥5 later).
    const catalog = makeCatalog(
      [a],
      [presale, makePromotion('flash-price', { priceFen: 500, perOrderLimit: 1 })],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 2 }]);
    expect(result).toMatchObject({ totalFen: 1_100, payNowFen: 600, payLaterFen: 500 });
    expect(lineOf(result, 'a').parts.map((part) => part.kind)).toEqual(['flash-price', 'pre-sale']);
  });
});
