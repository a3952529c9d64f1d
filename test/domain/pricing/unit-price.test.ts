import { describe, expect, it } from 'vitest';
import { unitPrice } from '../../../src/domain/pricing';
import { AT, makeCatalog, makeProduct, makePromotion } from './factories';

const a = makeProduct({ id: 'a', priceFen: 6_990 });

describe('unitPrice (price tags)', () => {
  it('shows the best single-unit price with the percent saved, rounded half up', () => {
    // ¥69.90 → ¥49.90 saves ¥20.00 = 28.6% → 29%.
    const catalog = makeCatalog(
      [a],
      [makePromotion('flash-price', { priceFen: 4_990, endsAt: '2026-11-12T00:00:00+08:00' })],
    );
    expect(unitPrice(catalog, 'a', AT)).toMatchObject({
      ok: true,
      listFen: 6_990,
      unitFen: 4_990,
      savedFen: 2_000,
      percentSaved: 29,
      active: { promotionId: 'flash-price', kind: 'flash-price' },
      endsAt: '2026-11-12T00:00:00+08:00',
    });
  });

  it('falls back to percent-off when the flash sale is sold out, and says it is sold out', () => {
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('flash-price', { priceFen: 4_990, stockCap: 10, sold: 10 }),
        makePromotion('percent-off'),
      ],
    );
    const tag = unitPrice(catalog, 'a', AT);
    // 6990 × 80% = 5592.
    expect(tag).toMatchObject({ unitFen: 5_592, percentSaved: 20, active: { kind: 'percent-off' } });
    if (tag.ok)
      expect(tag.badges.find((badge) => badge.kind === 'flash-price')).toMatchObject({ unitsLeft: 0 });
  });

  it('shows a multi-buy as a badge without changing the single-unit price', () => {
    // 3 for 2 on ¥69.90: a full group averages ¥46.60 per unit.
    const catalog = makeCatalog([a], [makePromotion('multi-buy')]);
    expect(unitPrice(catalog, 'a', AT)).toMatchObject({
      unitFen: 6_990,
      percentSaved: 0,
      active: { kind: 'multi-buy' },
      badges: [{ kind: 'multi-buy', buy: 3, pay: 2, groupUnitFen: 4_660 }],
    });
  });

  it('shows the pre-sale deposit, its value and the final price', () => {
    // Pre-sale ¥8, deposit ¥1 worth ¥3 → balance ¥5, final ¥6.
    const catalog = makeCatalog([makeProduct({ id: 'a' })], [makePromotion('pre-sale')]);
    expect(unitPrice(catalog, 'a', AT)).toMatchObject({
      unitFen: 600,
      badges: [{ kind: 'pre-sale', depositFen: 100, depositValueFen: 300, balanceFen: 500, finalFen: 600 }],
    });
  });

  it('announces the next promotion that starts for the product', () => {
    const catalog = makeCatalog(
      [a],
      [
        makePromotion('flash-price', {
          id: 'd12',
          startsAt: '2026-12-12T00:00:00+08:00',
          endsAt: '2026-12-13T00:00:00+08:00',
        }),
        makePromotion('percent-off', { id: 'soon', startsAt: '2026-11-20T00:00:00+08:00' }),
      ],
    );
    expect(unitPrice(catalog, 'a', AT)).toMatchObject({
      unitFen: 6_990,
      active: null,
      endsAt: null,
      next: { promotionId: 'soon', startsAt: '2026-11-20T00:00:00+08:00' },
    });
  });

  it('returns a typed error for an unknown product or a bad instant', () => {
    const catalog = makeCatalog([a]);
    expect(unitPrice(catalog, 'zzz', AT)).toMatchObject({ ok: false, errors: [{ code: 'unknown-product' }] });
    expect(unitPrice(catalog, 'a', 'not a time')).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid-at' }],
    });
  });
});
