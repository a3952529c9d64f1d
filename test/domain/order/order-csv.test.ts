import { describe, expect, it } from 'vitest';
import { ordersToCsv, type PaidOrder } from '../../../src/domain/order/order-csv';

const order = (partial: Partial<PaidOrder> = {}): PaidOrder => ({
  shortCode: '7KQ-2M9',
  code: 'x',
  paidAt: '2026-11-11T02:10:00.000Z',
  quotedAt: '2026-11-11T02:00:00.000Z',
  totalFen: 64692,
  lines: [
    { productId: 'aksu-apple', qty: 7, payFen: 33000 },
    { productId: 'hotan-jujubes', qty: 4, payFen: 31692 },
  ],
  coupons: ['XJ15'],
  ...partial,
});

describe('ordersToCsv', () => {
  it('writes one row per order line with yuan amounts from integer fen', () => {
    const csv = ordersToCsv([order()]).split('\r\n');
    expect(csv[0]).toBe('order,paid_at,quoted_at,product_id,qty,line_cny,order_total_cny,coupons');
    expect(csv[1]).toBe(
      '7KQ-2M9,2026-11-11T02:10:00.000Z,2026-11-11T02:00:00.000Z,aksu-apple,7,330.00,646.92,XJ15',
    );
    expect(csv[2]).toContain('hotan-jujubes,4,316.92,646.92');
  });

  it('keeps single-digit fen as two decimals', () => {
    expect(ordersToCsv([order({ totalFen: 5, lines: [{ productId: 'a', qty: 1, payFen: 5 }] })])).toContain(
      ',0.05,0.05,',
    );
  });

  it('quotes commas and defuses spreadsheet formulas', () => {
    const csv = ordersToCsv([order({ shortCode: '=HYPERLINK("x")', coupons: ['A,B'] })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"A,B"');
  });
});
