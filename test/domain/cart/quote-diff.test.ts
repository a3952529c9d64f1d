import { describe, expect, it } from 'vitest';
import { diffQuotes } from '../../../src/domain/cart/quote-diff';
import { restoreCart } from '../../../src/domain/cart/restore';
import { suggestForHint } from '../../../src/domain/cart/suggest';
import { quote, type Quote } from '../../../src/domain/pricing';
import { makeDemoCatalog } from '../../factories/catalog';

const lines = [
  { productId: 'aksu-apple', qty: 2 },
  { productId: 'kashgar-pomegranate', qty: 1 },
];
const quoteAt = (at: string, catalog = makeDemoCatalog()): Quote => {
  const result = quote({ catalog, lines, at });
  if (!result.ok) throw new Error('must quote');
  return result;
};

describe('re-quoting a cart when prices move', () => {
  it('reports nothing when the same cart prices the same', () => {
    expect(diffQuotes(quoteAt('2026-11-11T10:00:00+08:00'), quoteAt('2026-11-11T10:00:01+08:00'))).toBeNull();
  });

  it('explains a total that moved because a flash sale started at midnight', () => {
    // 10 Nov 23:59:59 the apples are at list price; at 11 Nov 00:00:00 the flash price starts.
    const change = diffQuotes(quoteAt('2026-11-10T23:59:59+08:00'), quoteAt('2026-11-11T00:00:00+08:00'));
    expect(change?.started.map((p) => p.promotionId)).toContain('apple-flash');
    expect(change?.afterFen).toBeLessThan(change?.beforeFen ?? 0);
    expect(change?.lines.map((line) => line.productId)).toContain('aksu-apple');
  });

  it('explains a total that moved because the catalog refreshed with a new price', () => {
    const refreshed = makeDemoCatalog();
    refreshed.products[1]!.priceFen = 8990;
    const change = diffQuotes(
      quoteAt('2026-11-11T10:00:00+08:00'),
      quoteAt('2026-11-11T10:00:00+08:00', refreshed),
    );
    expect(change?.lines).toEqual([expect.objectContaining({ productId: 'kashgar-pomegranate' })]);
  });
});

describe('cart hand-over', () => {
  it('drops unknown products and caps quantities by stock', () => {
    const catalog = makeDemoCatalog();
    catalog.products[0]!.stock = 3;
    const restored = restoreCart(
      catalog,
      [
        { productId: 'aksu-apple', qty: 10 },
        { productId: 'durian', qty: 1 },
      ],
      ['XJ15'],
    );
    expect(restored.lines).toEqual([{ productId: 'aksu-apple', qty: 3 }]);
    expect(restored.dropped).toEqual(['durian']);
    expect(restored.capped).toEqual(['aksu-apple']);
  });
});

describe('凑单 suggestions', () => {
  it('suggests a product that really reaches the next tier, checked by re-quoting', () => {
    const catalog = makeDemoCatalog();
    const at = '2026-11-11T10:00:00+08:00';
    const small = [{ productId: 'dried-apricots', qty: 2 }]; // ¥59.80, below 满199
    const base = quote({ catalog, lines: small, at });
    if (!base.ok) throw new Error('must quote');
    const hint = base.hints.find((h) => h.promotionId === 'store-199-20');
    expect(hint).toBeDefined();
    const suggestion = suggestForHint(catalog, small, [], at, hint!);
    expect(suggestion).not.toBeNull();
    const after = quote({
      catalog,
      lines: [...small, { productId: suggestion!.productId, qty: suggestion!.qty }],
      at,
    });
    expect(after.ok && after.applied.some((p) => p.promotionId === 'store-199-20')).toBe(true);
  });
});
