import type { PaidOrder } from '../../src/domain/order/order-csv';

/** A counter log entry as the counter writes it (`makePaidOrder({ paidAt: 'garbage' })` for damage). */
export function makePaidOrder(partial: Record<string, unknown> = {}): PaidOrder {
  return {
    shortCode: 'AB12',
    code: '1.x.y',
    paidAt: '2026-11-11T02:00:00.000Z',
    quotedAt: '2026-11-11T01:59:00.000Z',
    totalFen: 1200,
    lines: [{ productId: 'aksu-apple', qty: 2, payFen: 1200 }],
    coupons: [],
    ...partial,
  } as PaidOrder;
}
