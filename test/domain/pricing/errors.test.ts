import { describe, expect, it } from 'vitest';
import { quote, type QuoteInput } from '../../../src/domain/pricing';
import { AT, makeCatalog, makeProduct } from './factories';

const catalog = makeCatalog([makeProduct({ id: 'a', stock: 5 }), makeProduct({ id: 'b' })]);
const run = (lines: unknown, at: unknown = AT) => quote({ catalog, lines, at } as QuoteInput);

describe('bad input', () => {
  it('reports an unknown product with its line index', () => {
    expect(
      run([
        { productId: 'b', qty: 1 },
        { productId: 'zzz', qty: 1 },
      ]),
    ).toEqual({
      ok: false,
      errors: [
        {
          code: 'unknown-product',
          lineIndex: 1,
          message: { 'zh-CN': '商品不存在：zzz', en: 'Unknown product "zzz"' },
        },
      ],
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity, '2', null, 2 ** 53])('rejects quantity %s', (qty) => {
    expect(run([{ productId: 'a', qty }])).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid-quantity' }],
    });
  });

  it('rejects more than the stock, counting merged lines together', () => {
    // 3 + 3 = 6 > 5 in stock.
    const result = run([
      { productId: 'a', qty: 3 },
      { productId: 'a', qty: 3 },
    ]);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'exceeds-stock', productId: 'a', lineIndex: 0 }],
    });
  });

  it.each([new Date(Number.NaN), 'yesterday', '', 42, null])('rejects the instant %s', (at) => {
    expect(run([], at)).toMatchObject({ ok: false, errors: [{ code: 'invalid-at' }] });
  });

  it('reports every problem at once', () => {
    const result = run(
      [
        { productId: 'zzz', qty: 1 },
        { productId: 'b', qty: 0 },
      ],
      'soon',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.code)).toEqual([
        'invalid-at',
        'unknown-product',
        'invalid-quantity',
      ]);
  });

  it('never throws on garbage', () => {
    expect(run(null)).toMatchObject({ ok: false, errors: [{ code: 'invalid-input' }] });
    expect(run([null, 7, 'x'])).toMatchObject({ ok: false });
    expect(quote(null as unknown as QuoteInput)).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid-input' }],
    });
    expect(quote({ catalog, lines: [], at: AT, coupons: [42] } as unknown as QuoteInput)).toMatchObject({
      ok: true,
    });
  });

  it('prices an empty cart at zero', () => {
    expect(run([])).toMatchObject({ ok: true, lines: [], totalFen: 0, payNowFen: 0, payLaterFen: 0 });
  });
});
