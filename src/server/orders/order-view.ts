import { shortCodeForOrder } from '../../domain/order/server-order-code';
import type { Quote } from '../../domain/pricing';
import type { OrderStatus } from '../db/schema';
import type { OrderRow } from './order-repo';

/** What an order row keeps of its quote (the lines as priced, totals, promotions applied). */
export type StoredQuote = Pick<
  Quote,
  'lines' | 'totalFen' | 'payNowFen' | 'payLaterFen' | 'applied' | 'appliedCoupon'
> & { coupons: string[] };

/** An order as the API shows it. */
export interface OrderView {
  id: number;
  shortCode: string;
  code: string;
  status: OrderStatus;
  lines: Quote['lines'];
  totalFen: number;
  payNowFen: number;
  payLaterFen: number;
  coupons: string[];
  appliedCoupon: string | null;
  applied: Quote['applied'];
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
  catalogVersion: number;
}

/** The API's view of an order row at `now`, with its signed code: a reserved order past expiry reads expired. */
export function orderView(row: OrderRow, code: string, now: Date): OrderView {
  const stored = row.quote as StoredQuote;
  const expiresAt = row.expiresAt;
  const status = row.status === 'reserved' && expiresAt.getTime() <= now.getTime() ? 'expired' : row.status;
  return {
    id: row.id,
    shortCode: shortCodeForOrder(row.id),
    code,
    status,
    lines: stored.lines,
    totalFen: row.totalFen,
    payNowFen: stored.payNowFen,
    payLaterFen: stored.payLaterFen,
    coupons: stored.coupons,
    appliedCoupon: stored.appliedCoupon,
    applied: stored.applied,
    createdAt: row.createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
    catalogVersion: row.catalogVersion,
  };
}
