import { describe, expect, it } from 'vitest';
import {
  maxLineQty,
  mergeCartLines,
  sanitizeCartLines,
  setLineQty,
} from '../../../src/domain/cart/cart-lines';

describe('cart lines', () => {
  it('merges repeated products into one line, keeping first-seen order', () => {
    expect(
      mergeCartLines([
        { productId: 'b', qty: 1 },
        { productId: 'a', qty: 2 },
        { productId: 'b', qty: 3 },
      ]),
    ).toEqual([
      { productId: 'b', qty: 4 },
      { productId: 'a', qty: 2 },
    ]);
  });

  it('removes a line when its quantity is set to zero', () => {
    expect(setLineQty([{ productId: 'a', qty: 2 }], 'a', 0)).toEqual([]);
  });

  it('caps a line at the per-line maximum', () => {
    expect(setLineQty([], 'a', 1000)).toEqual([{ productId: 'a', qty: maxLineQty }]);
  });

  it('rejects lists with any invalid line', () => {
    expect(sanitizeCartLines([{ productId: 'a', qty: 1 }, { productId: 'b' }])).toBeNull();
    expect(sanitizeCartLines({ productId: 'a', qty: 1 })).toBeNull();
  });
});
