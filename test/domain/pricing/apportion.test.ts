import { describe, expect, it } from 'vitest';
import { apportion } from '../../../src/domain/pricing';

describe('apportion (largest remainder)', () => {
  it('splits exactly in proportion when it divides evenly', () => {
    expect(apportion(600, [100, 200, 300])).toEqual([100, 200, 300]);
  });

  it('gives the leftover fen to the largest remainders', () => {
    // 100 over 1:1:1 → 33.33 each → 33, 33, 33 + 1 to the first (equal remainders: lowest index).
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // 10 over 1:2:4 → 1.43, 2.86, 5.71 → floors 1, 2, 5; remainders .43 .86 .71 → 1, 3, 6.
    expect(apportion(10, [1, 2, 4])).toEqual([1, 3, 6]);
  });

  it('gives nothing to zero-weight lines and nothing at all for a zero total', () => {
    expect(apportion(5, [0, 10, 0])).toEqual([0, 5, 0]);
    expect(apportion(0, [3, 4])).toEqual([0, 0]);
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    const shares = apportion(big, [big / 2, big / 2]);
    expect(shares[0]! + shares[1]!).toBe(big);
  });
});
