import { describe, expect, it } from 'vitest';
import { newStockShortfalls, stockShortfalls } from '../../../src/domain/cart/stock-change';

const stock: Record<string, number> = { 'aksu-apple': 2, 'hami-melon': 0, 'hotan-jujubes': 50 };
const stockOf = (id: string) => stock[id];

describe('cart stock shortfalls', () => {
  it('lists the lines above what is available, sold-out ones included, and not unknown products', () => {
    expect(
      stockShortfalls(
        [
          { productId: 'aksu-apple', qty: 3 },
          { productId: 'hami-melon', qty: 1 },
          { productId: 'hotan-jujubes', qty: 3 },
          { productId: 'gone', qty: 1 },
        ],
        stockOf,
      ),
    ).toEqual([
      { productId: 'aksu-apple', qty: 3, available: 2 },
      { productId: 'hami-melon', qty: 1, available: 0 },
    ]);
  });

  it('reports only shortfalls that are new or got worse since the last reading', () => {
    const before = [{ productId: 'aksu-apple', qty: 3, available: 2 }];
    expect(newStockShortfalls(before, before)).toEqual([]);
    expect(newStockShortfalls(before, [{ productId: 'aksu-apple', qty: 3, available: 0 }])).toEqual([
      { productId: 'aksu-apple', qty: 3, available: 0 },
    ]);
    expect(
      newStockShortfalls(before, [...before, { productId: 'hami-melon', qty: 1, available: 0 }]),
    ).toEqual([{ productId: 'hami-melon', qty: 1, available: 0 }]);
    expect(newStockShortfalls(before, [])).toEqual([]);
  });
});
