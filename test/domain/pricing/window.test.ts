import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/domain/pricing';
import { makeCatalog, makeProduct, makePromotion, quoteOk } from './factories';

// 20% off, active [2026-11-11T00:00:00+08:00, 2026-11-12T00:00:00+08:00).
const catalog = makeCatalog(
  [makeProduct({ id: 'a' })],
  [
    makePromotion('percent-off', {
      startsAt: '2026-11-11T00:00:00+08:00',
      endsAt: '2026-11-12T00:00:00+08:00',
    }),
  ],
);
const totalAt = (at: Date | string) => quoteOk(catalog, [{ productId: 'a', qty: 1 }], { at }).totalFen;

describe('promotion windows [startsAt, endsAt)', () => {
  it('is active at the start instant', () => {
    expect(totalAt('2026-11-11T00:00:00+08:00')).toBe(800);
  });

  it('is inactive one millisecond before the start', () => {
    expect(totalAt('2026-11-10T23:59:59.999+08:00')).toBe(1_000);
  });

  it('is active one millisecond before the end', () => {
    expect(totalAt('2026-11-11T23:59:59.999+08:00')).toBe(800);
  });

  it('is not active at the instant it ends (00:00:00)', () => {
    expect(totalAt('2026-11-12T00:00:00+08:00')).toBe(1_000);
  });

  it('reads a Date and any offset as the same absolute instant', () => {
    // 2026-11-10T16:00Z = 2026-11-11T00:00+08:00 = 2026-11-11T02:00+10:00.
    expect(totalAt(new Date('2026-11-10T16:00:00Z'))).toBe(800);
    expect(totalAt('2026-11-11T02:00:00+10:00')).toBe(800);
    expect(totalAt('2026-11-10T15:59:59Z')).toBe(1_000);
  });

  it('refuses a date-time without an offset, which would depend on the device time zone', () => {
    const result = quote({ catalog, lines: [{ productId: 'a', qty: 1 }], at: '2026-11-11T10:00:00' });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'invalid-at' }] });
  });
});
