import { describe, expect, it } from 'vitest';
import { encodeOrderCode, type OrderPayload } from '../../../src/domain/order/order-code';
import { orderCodeFromScan } from '../../../src/domain/order/scanned-order-code';
import { encodeServerOrderCode } from '../../../src/domain/order/server-order-code';

const makePayload = (partial: Partial<OrderPayload> = {}): OrderPayload => ({
  storeId: 'hualing-xinjiang-produce',
  catalogUpdatedAt: '2026-11-01T01:00:00.000Z',
  quotedAt: '2026-11-11T02:00:00.000Z',
  lines: [{ productId: 'aksu-apple', qty: 2 }],
  coupons: [],
  totalFen: 3980,
  ...partial,
});
const signed = encodeServerOrderCode('hualing-xinjiang-produce', 42, 'abcdefghijklmnop_-1234567890ABCD');
const local = encodeOrderCode(makePayload());

describe('order code from a camera scan', () => {
  it('takes the code out of a counter link on any origin, with or without a store prefix', () => {
    expect(orderCodeFromScan(`https://shop.example:8443/counter#o=${signed}`)).toBe(signed);
    expect(orderCodeFromScan(`http://127.0.0.1:4173/s/other-store/counter#o=${local}`)).toBe(local);
    expect(orderCodeFromScan(`  https://shop.example/counter/#o=${encodeURIComponent(signed)}\n`)).toBe(
      signed,
    );
  });

  it('hands over a damaged code from a counter link, so the counter can explain it', () => {
    expect(orderCodeFromScan('https://shop.example/counter#o=2.x.y.forged.0')).toBe('2.x.y.forged.0');
  });

  it('accepts a bare signed or local order code', () => {
    expect(orderCodeFromScan(signed)).toBe(signed);
    expect(orderCodeFromScan(` ${local} `)).toBe(local);
  });

  it('ignores shelf labels, other links and bare text that is no well-formed order code', () => {
    expect(orderCodeFromScan('https://shop.example/p/aksu-apple?shelf=A-01')).toBeNull();
    expect(orderCodeFromScan(`https://evil.example/pay?o=${signed}`)).toBeNull();
    expect(orderCodeFromScan(`https://shop.example/kiosk#o=${signed}`)).toBeNull();
    expect(orderCodeFromScan(`${signed.slice(0, -1)}x`)).toBeNull();
    expect(orderCodeFromScan('hello')).toBeNull();
    expect(orderCodeFromScan('')).toBeNull();
  });
});
