import { describe, expect, it } from 'vitest';
import { makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

const a = makeProduct({ id: 'a', priceFen: 1000 });

describe('hints (凑单)', () => {
  it('tells how much more reaches a threshold and what it saves', () => {
    // ¥91.10 of ¥100 → add ¥8.90 to save ¥10.
    const catalog = makeCatalog([makeProduct({ id: 'a', priceFen: 9_110 })], [makePromotion('threshold')]);
    const result = quoteOk(catalog, [{ productId: 'a', qty: 1 }]);
    expect(result.hints).toEqual([
      expect.objectContaining({ promotionId: 'threshold', addFen: 890, saveFen: 1_000 }),
    ]);
  });

  it('points a repeating threshold at its next tier', () => {
    // ¥650 with 每满300减40 → add ¥250 to reach ¥900 and save another ¥40.
    const catalog = makeCatalog([a], [makePromotion('cross-store')]);
    const result = quoteOk(catalog, [{ productId: 'a', qty: 65 }]);
    expect(result.hints).toEqual([
      expect.objectContaining({ kind: 'cross-store', addFen: 25_000, saveFen: 4_000 }),
    ]);
  });

  it('gives no hint once a threshold is at its best', () => {
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('threshold'),
        makePromotion('cross-store', { thresholdFen: 10_000, offFen: 1_000, maxOffFen: 1_000 }),
      ],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 10 }]).hints).toEqual([]);
  });

  it('caps the hinted saving at maxOffFen', () => {
    // ¥200 with 每满100减10 up to ¥25: next tier ¥300 would give ¥30, capped at ¥25 → saves ¥5 more.
    const catalog = makeCatalog(
      [a],
      [makePromotion('cross-store', { thresholdFen: 10_000, offFen: 1_000, maxOffFen: 2_500 })],
    );
    expect(quoteOk(catalog, [{ productId: 'a', qty: 20 }]).hints).toEqual([
      expect.objectContaining({ addFen: 10_000, saveFen: 500 }),
    ]);
  });
});

describe('hints with several store thresholds', () => {
  it('hints the extra saving of a bigger tier over the one already applied', () => {
    // ¥250: 满199减20 applies. 满299减30 is ¥49 away and saves only ¥10 more (one store threshold per order).
    const catalog = makeCatalog(
      [makeProduct({ id: 'a', priceFen: 25_000 })],
      [
        makePromotion('threshold', { id: 't199', thresholdFen: 19_900, offFen: 2_000 }),
        makePromotion('threshold', { id: 't299', thresholdFen: 29_900, offFen: 3_000 }),
      ],
    );
    const result = quoteOk(catalog, [{ productId: 'a', qty: 1 }]);
    expect(result.hints).toEqual([
      expect.objectContaining({ promotionId: 't299', addFen: 4_900, saveFen: 1_000 }),
    ]);
  });
});
