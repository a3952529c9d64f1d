import { describe, expect, it } from 'vitest';
import { AT, lineOf, makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

// Every product is ¥10.00 (1000 fen) unless a test says otherwise.
const a = makeProduct({ id: 'a' });

describe('item level: multi-buy', () => {
  const catalog = makeCatalog([a], [makePromotion('multi-buy', { buy: 3, pay: 2 })]);

  it.each([
    [2, 2000], // no complete group
    [3, 2000], // 3 for 2
    [4, 3000], // one group + one at list
    [6, 4000], // two groups
  ])('charges %i units of a 3-for-2 product %i fen', (qty, total) => {
    expect(quoteOk(catalog, [{ productId: 'a', qty }]).totalFen).toBe(total);
  });

  it('makes the cheapest units free when products are mixed', () => {
    // Units by price: a a b b c c (1000, 1000, 600, 600, 300, 300). Groups [a a b] [b c c]:
    // one b and one c are free → 3800 - 900 = 2900.
    const mixed = makeCatalog(
      [a, makeProduct({ id: 'b', priceFen: 600 }), makeProduct({ id: 'c', priceFen: 300 })],
      [makePromotion('multi-buy', { productIds: ['a', 'b', 'c'] })],
    );
    const result = quoteOk(
      mixed,
      ['a', 'b', 'c'].map((productId) => ({ productId, qty: 2 })),
    );
    expect(result.totalFen).toBe(2900);
    expect(lineOf(result, 'b').itemDiscountFen).toBe(600);
    expect(lineOf(result, 'c').itemDiscountFen).toBe(300);
  });

  it('picks percent-off over multi-buy when that is cheaper for the shopper', () => {
    // 3 units: 50% off = 1500 beats 3 for 2 = 2000.
    const both = makeCatalog(
      [a],
      [makePromotion('multi-buy'), makePromotion('percent-off', { percent: 50 })],
    );
    expect(quoteOk(both, [{ productId: 'a', qty: 3 }]).totalFen).toBe(1500);
  });

  it('gives units outside a complete group the percent-off price', () => {
    // 4 units, 3 for 2 and 20% off: one group (2000) + one unit at 800 = 2800 (all at 20% off: 3200).
    const both = makeCatalog(
      [a],
      [makePromotion('multi-buy'), makePromotion('percent-off', { percent: 20 })],
    );
    expect(quoteOk(both, [{ productId: 'a', qty: 4 }]).totalFen).toBe(2800);
  });

  it('completes a group with flash units when that is cheaper', () => {
    // Flash 500, limit 2; 3 for 2; 4 units. No group: 2 × 500 + 2 × 1000 = 3000.
    // One group of 3 (2000) + 1 unit at flash 500 = 2500 → 2500.
    const both = makeCatalog(
      [a],
      [makePromotion('multi-buy'), makePromotion('flash-price', { priceFen: 500, perOrderLimit: 2 })],
    );
    expect(quoteOk(both, [{ productId: 'a', qty: 4 }]).totalFen).toBe(2500);
  });

  it('keeps a deeply discounted product out of a mixed multi-buy', () => {
    // a: 50% off; b: list. 3 for 2 over both, 3 of each. a at 500 × 3 = 1500, b grouped = 2000 → 3500
    // (all grouped: 4000; no multi-buy: 4500).
    const pool = makeCatalog(
      [a, makeProduct({ id: 'b' })],
      [makePromotion('multi-buy', { productIds: ['a', 'b'] }), makePromotion('percent-off', { percent: 50 })],
    );
    const result = quoteOk(pool, [
      { productId: 'a', qty: 3 },
      { productId: 'b', qty: 3 },
    ]);
    expect(result.totalFen).toBe(3500);
  });

  it('prices huge quantities arithmetically', () => {
    const big = makeCatalog([makeProduct({ id: 'a', stock: 9_000_000 })], [makePromotion('multi-buy')]);
    // 9,000,000 units = 3,000,000 groups × 2000 fen.
    expect(quoteOk(big, [{ productId: 'a', qty: 9_000_000 }], { at: AT }).totalFen).toBe(6_000_000_000);
  });
});
