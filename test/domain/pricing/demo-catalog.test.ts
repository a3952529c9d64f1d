import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../src/domain/catalog';
import { unitPrice } from '../../../src/domain/pricing';
import { lineOf, quoteOk } from './factories';

const parsed = parseCatalog(JSON.parse(readFileSync('public/catalog.json', 'utf8')));
if (!parsed.ok) throw new Error('demo catalog is invalid');
const catalog = parsed.catalog;
const AT = '2026-11-11T10:00:00+08:00';

describe('demo catalog on Double Eleven, 10:00 Urumqi', () => {
  it('prices a Double Eleven basket exactly', () => {
    // Apples: 5 at flash ¥49.90 (per-order limit) + 2 at list ¥69.90 = ¥389.30.
    // Jujubes: 3 for 2 + 1 at list = 3 × ¥59.90 = ¥179.70. Pomegranate 20% off: ¥63.92.
    // Gift box pre-sale: ¥159 - (¥50 - ¥20) = ¥129 (¥20 now, ¥109 later).
    // Base ¥761.92 → store 满199减20 (¥20), XJ15 (¥15), cross-store 2 × ¥40 (¥80): ¥115 off → ¥646.92.
    const result = quoteOk(
      catalog,
      [
        { productId: 'aksu-apple', qty: 7 },
        { productId: 'hotan-jujubes', qty: 4 },
        { productId: 'double-eleven-gift-box', qty: 1 },
        { productId: 'kashgar-pomegranate', qty: 1 },
      ],
      { at: AT, coupons: ['xj15'] },
    );
    expect(result).toMatchObject({
      listFen: 100_780,
      itemDiscountFen: 24_588,
      orderDiscountFen: 11_500,
      totalFen: 64_692,
    });
    expect(result.applied.map((entry) => [entry.promotionId, entry.fen])).toEqual([
      ['apple-flash', 10_000],
      ['gift-box-presale', 7_000],
      ['jujube-3-for-2', 5_990],
      ['pomegranate-20-off', 1_598],
      ['store-199-20', 2_000],
      ['coupon-xj15', 1_500],
      ['platform-300-40', 8_000],
    ]);
    // The gift box's share of the reductions (¥16.90) comes off its ¥109 balance.
    expect(lineOf(result, 'double-eleven-gift-box')).toMatchObject({ payNowFen: 2_000, payLaterFen: 9_210 });
    expect(result.payNowFen + result.payLaterFen).toBe(result.totalFen);
    // ¥761.92 → ¥900 for the third ¥40.
    expect(result.hints).toEqual([
      expect.objectContaining({ promotionId: 'platform-300-40', addFen: 13_808, saveFen: 4_000 }),
    ]);
  });

  it('shows the price tags shoppers see on the day', () => {
    expect(unitPrice(catalog, 'aksu-apple', AT)).toMatchObject({ unitFen: 4_990, percentSaved: 29 });
    expect(unitPrice(catalog, 'hami-melon', AT)).toMatchObject({
      unitFen: 3_990,
      next: { promotionId: 'melon-double-twelve', startsAt: '2026-12-12T00:00:00+08:00' },
    });
  });

  it('sells the gift box at list price once its deposit window closes', () => {
    const result = quoteOk(catalog, [{ productId: 'double-eleven-gift-box', qty: 1 }], {
      at: '2026-12-01T00:00:00+08:00',
    });
    // ¥199 list; store 满199减20 → ¥179.
    expect(result).toMatchObject({ totalFen: 17_900, payLaterFen: 0 });
  });

  it('starts the Double Twelve melon flash sale with its per-order limit of 2', () => {
    const result = quoteOk(catalog, [{ productId: 'hami-melon', qty: 3 }], {
      at: '2026-12-12T00:00:00+08:00',
    });
    // 2 × ¥29.90 + ¥39.90 = ¥99.70.
    expect(lineOf(result, 'hami-melon').payFen).toBe(9_970);
  });
});
