import { describe, expect, it } from 'vitest';
import { lineOf, makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

// Every product is ¥10.00 (1000 fen) unless a test says otherwise.
const a = makeProduct({ id: 'a' });
const b = makeProduct({ id: 'b', priceFen: 2000 });

describe('item level: list price', () => {
  it('charges the list price when no promotion applies', () => {
    const result = quoteOk(makeCatalog([a]), [{ productId: 'a', qty: 3 }]);
    expect(result).toMatchObject({ listFen: 3000, itemDiscountFen: 0, totalFen: 3000, applied: [] });
  });
});

describe('item level: percent-off', () => {
  it('rounds the discounted unit price half up to the fen, per unit', () => {
    // 1010 × 85% = 858.5 → 859 per unit (half up), × 3 = 2577. 999 × 85% = 849.15 → 849.
    const catalog = makeCatalog(
      [makeProduct({ id: 'a', priceFen: 1010 }), makeProduct({ id: 'b', priceFen: 999 })],
      [makePromotion('percent-off', { productIds: ['a', 'b'], percent: 15 })],
    );
    const result = quoteOk(catalog, [
      { productId: 'a', qty: 3 },
      { productId: 'b', qty: 1 },
    ]);
    expect(lineOf(result, 'a').payFen).toBe(2577);
    expect(lineOf(result, 'b').payFen).toBe(849);
  });

  it('uses the deepest of several percent-offs, never both', () => {
    // 20% and 30% off ¥10: 700 each (not 1000 × 0.8 × 0.7 = 560).
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('percent-off', { id: 'p20', percent: 20 }),
        makePromotion('percent-off', { id: 'p30', percent: 30 }),
      ],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 2 }]);
    expect(result.totalFen).toBe(1400);
    expect(result.applied).toEqual([expect.objectContaining({ promotionId: 'p30', fen: 600 })]);
  });
});

describe('item level: flash-price', () => {
  it('charges the flash price for every unit when there is no cap or limit', () => {
    const catalog = makeCatalog([a], [makePromotion('flash-price', { priceFen: 500 })]);
    expect(quoteOk(catalog, [{ productId: 'a', qty: 4 }]).totalFen).toBe(2000);
  });

  it('charges the flash price only up to the stock cap left', () => {
    // Cap 10, 7 sold → 3 left. 5 units: 3 × 500 + 2 × 1000 (list) = 3500.
    const catalog = makeCatalog(
      [a],
      [makePromotion('flash-price', { priceFen: 500, stockCap: 10, sold: 7 })],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 5 }]);
    expect(result.totalFen).toBe(3500);
    expect(lineOf(result, 'a').parts).toEqual([
      { promotionId: 'flash-price', kind: 'flash-price', units: 3, fen: 1500, depositFen: 0 },
      { promotionId: null, kind: 'list', units: 2, fen: 2000, depositFen: 0 },
    ]);
  });

  it('prices units beyond the per-order limit at the next-best price (percent-off)', () => {
    // Limit 2 at 500; the other 3 units get 20% off: 2 × 500 + 3 × 800 = 3400.
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('flash-price', { priceFen: 500, perOrderLimit: 2 }),
        makePromotion('percent-off', { percent: 20 }),
      ],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 5 }]).totalFen).toBe(3400);
  });

  it('sells at the next-best price once the flash cap is sold out', () => {
    const catalog = makeCatalog([a], [makePromotion('flash-price', { priceFen: 500, stockCap: 5, sold: 5 })]);
    expect(quoteOk(catalog, [{ productId: 'a', qty: 2 }]).totalFen).toBe(2000);
  });

  it('shares the per-order limit across the products of one flash promotion, biggest saving first', () => {
    // Limit 3 at 500 over a (¥10) and b (¥20): b saves 1500/unit, a 500 → b gets 2, a gets 1.
    // b: 2 × 500 = 1000; a: 500 + 1000 = 1500; total 2500.
    const catalog = makeCatalog(
      [a, b],
      [makePromotion('flash-price', { productIds: ['a', 'b'], priceFen: 500, perOrderLimit: 3 })],
    );
    const result = quoteOk(catalog, [
      { productId: 'a', qty: 2 },
      { productId: 'b', qty: 2 },
    ]);
    expect(lineOf(result, 'b').payFen).toBe(1000);
    expect(lineOf(result, 'a').payFen).toBe(1500);
  });

  it('ignores a flash price that is not cheaper than the percent-off price', () => {
    // Flash 900 vs 20% off = 800: every unit takes 800.
    const catalog = makeCatalog(
      [a],
      [makePromotion('flash-price', { priceFen: 900 }), makePromotion('percent-off', { percent: 20 })],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 2 }]);
    expect(result.totalFen).toBe(1600);
    expect(result.applied.map((entry) => entry.promotionId)).toEqual(['percent-off']);
  });
});
