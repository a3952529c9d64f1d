import { maxLineQty } from '../../../src/domain/cart/cart-lines';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeOrderCode,
  encodeOrderCode,
  maxOrderCodeLength,
  shortCodeOf,
  type OrderPayload,
} from '../../../src/domain/order/order-code';
import { crc32 } from '../../../src/domain/order/checksum';

const makePayload = (partial: Partial<OrderPayload> = {}): OrderPayload => ({
  storeId: 'hualing-xinjiang-produce',
  catalogUpdatedAt: '2026-11-01T01:00:00.000Z',
  quotedAt: '2026-11-11T02:00:00.000Z',
  lines: [
    { productId: 'aksu-apple', qty: 2 },
    { productId: 'hotan-jujubes', qty: 3 },
    { productId: 'double-eleven-gift-box', qty: 1 },
  ],
  coupons: ['XJ15'],
  totalFen: 39470,
  ...partial,
});

describe('order code', () => {
  it('round-trips a cart with its coupons, total and quote instant', () => {
    const payload = makePayload();
    const decoded = decodeOrderCode(encodeOrderCode(payload));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.payload).toEqual({
      ...payload,
      lines: [...payload.lines].sort((a, b) => a.productId.localeCompare(b.productId)),
    });
  });

  it('is the same code whatever order the lines were added in', () => {
    const a = makePayload();
    const b = makePayload({ lines: [...a.lines].reverse() });
    expect(encodeOrderCode(a)).toBe(encodeOrderCode(b));
  });

  it('reads the code out of a counter URL fragment', () => {
    const code = encodeOrderCode(makePayload());
    const decoded = decodeOrderCode(`https://store.example/counter#o=${code}`);
    expect(decoded.ok).toBe(true);
  });

  it('calls a link with a malformed escape a damaged code instead of throwing', () => {
    for (const link of ['/counter#o=%', '/cart#o=%E0%A4%A', 'https://store.example/shop#o=ab%zz', '#o=%%%']) {
      expect(decodeOrderCode(link), link).toEqual({ ok: false, problem: 'format' });
    }
  });

  it("refuses an order with no lines or a line over the cart stepper's 99, even with a matching checksum", () => {
    const empty = encodeOrderCode(makePayload({ lines: [] }));
    expect(decodeOrderCode(empty)).toEqual({ ok: false, problem: 'invalid' });
    const many = encodeOrderCode(makePayload({ lines: [{ productId: 'aksu-apple', qty: 120 }] }));
    expect(decodeOrderCode(many)).toEqual({ ok: false, problem: 'invalid' });
    const most = encodeOrderCode(makePayload({ lines: [{ productId: 'aksu-apple', qty: maxLineQty }] }));
    expect(decodeOrderCode(most).ok).toBe(true);
  });

  it('detects a changed quantity, total or coupon (checksum)', () => {
    const code = encodeOrderCode(makePayload());
    for (const tampered of [
      code.replace('aksu-apple*2', 'aksu-apple*9'),
      code.replace('XJ15', 'XJ99'),
      code.replace(`.${(39470).toString(36)}.`, `.${(100).toString(36)}.`),
    ]) {
      expect(tampered).not.toBe(code);
      expect(decodeOrderCode(tampered)).toEqual({ ok: false, problem: 'checksum' });
    }
  });

  it('detects truncation, foreign text and other versions', () => {
    const code = encodeOrderCode(makePayload());
    expect(decodeOrderCode(code.slice(0, 40))).toMatchObject({ ok: false });
    expect(decodeOrderCode('https://evil.example/?x=1')).toEqual({ ok: false, problem: 'format' });
    expect(decodeOrderCode(`2${code.slice(1)}`)).toEqual({ ok: false, problem: 'version' });
    expect(decodeOrderCode('   ')).toEqual({ ok: false, problem: 'empty' });
  });

  it('rejects a well-formed code whose fields are unsafe even if its checksum matches', () => {
    const body = '1.hualing-xinjiang-produce.abc.abd.<script>*1..1';
    expect(decodeOrderCode(`${body}.${crc32(body).toString(36)}`)).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses oversized input before parsing it', () => {
    expect(decodeOrderCode('1.'.repeat(maxOrderCodeLength))).toEqual({ ok: false, problem: 'too-long' });
  });

  it('keeps a full demo cart short enough for a QR code a phone can scan from a screen', () => {
    const ids = [
      'aksu-apple',
      'kashgar-pomegranate',
      'hami-melon',
      'turpan-raisins',
      'hotan-jujubes',
      'paper-shell-walnuts',
      'dried-apricots',
      'double-eleven-gift-box',
    ];
    const code = encodeOrderCode(makePayload({ lines: ids.map((productId) => ({ productId, qty: 99 })) }));
    expect(code.length).toBeLessThanOrEqual(300);
  });

  it('shows the same short code on both sides', () => {
    const code = encodeOrderCode(makePayload());
    const decoded = decodeOrderCode(code);
    expect(decoded.ok && decoded.shortCode).toBe(shortCodeOf(code));
    expect(shortCodeOf(code)).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
  });

  it('round-trips any valid cart (one to eight lines; property)', () => {
    const line = fc.record({
      productId: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
      qty: fc.integer({ min: 1, max: maxLineQty }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(line, { selector: (l) => l.productId, minLength: 1, maxLength: 8 }),
        fc.uniqueArray(fc.stringMatching(/^[A-Z0-9]{3,8}$/), { maxLength: 2 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (lines, coupons, totalFen) => {
          const decoded = decodeOrderCode(encodeOrderCode(makePayload({ lines, coupons, totalFen })));
          expect(decoded.ok).toBe(true);
          if (decoded.ok) {
            expect(decoded.payload.totalFen).toBe(totalFen);
            expect(decoded.payload.lines).toHaveLength(lines.length);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
