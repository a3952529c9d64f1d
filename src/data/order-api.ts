import type { QuoteLine } from '../domain/pricing';
import { callApi, postJson, readJson, type ApiResult } from './api-call';

export type OrderStatus = 'reserved' | 'paid' | 'cancelled' | 'expired';

/** An order as the store server answers it (src/server/API.md, "Orders and live stock"). */
export interface ServerOrder {
  id: string | number;
  /** What people read out at the counter ("8YX-AC7"). */
  shortCode: string;
  /** The order code the server signed; it goes into the counter QR (`/counter#o=<code>`). */
  code: string;
  status: OrderStatus;
  /** The engine's lines, priced by the server at its own clock on the live stock. */
  lines: QuoteLine[];
  totalFen: number;
  payNowFen: number;
  payLaterFen: number;
  coupons: string[];
  appliedCoupon: string | null;
  createdAt: string;
  /** Until when the units are reserved for the shopper. */
  expiresAt: string;
  paidAt: string | null;
  catalogVersion: number;
}

/** What a shopper's device sends: the cart's lines and coupons and the total it shows. */
export interface OrderRequest {
  shopperId: string;
  lines: { productId: string; qty: number }[];
  coupons: string[];
  expectedTotalFen: number;
}

type OrderBody = { order: ServerOrder };
const order = (result: ApiResult<OrderBody>): ApiResult<ServerOrder> =>
  result.ok ? { ok: true, value: result.value.order } : result;

/**
 * The store server's order endpoints for one store, as plain functions that never throw. `create` is the
 * shopper's (no login); the rest are the counter's (the cashier's or owner's session cookie).
 */
export function createOrderApi(storeId: string, fetcher: typeof fetch = (input, init) => fetch(input, init)) {
  const api = `/api/stores/${encodeURIComponent(storeId)}`;
  const orderUrl = (id: ServerOrder['id']) => `${api}/orders/${encodeURIComponent(String(id))}`;
  return {
    create: async (request: OrderRequest, idempotencyKey: string) =>
      order(
        await callApi<OrderBody>(
          fetcher,
          `${api}/orders`,
          postJson(request, { 'idempotency-key': idempotencyKey }),
          readJson,
        ),
      ),
    lookup: (code: string) =>
      callApi<{ order: ServerOrder; verified: boolean }>(
        fetcher,
        `${api}/orders/lookup?code=${encodeURIComponent(code)}`,
        {},
        readJson,
      ),
    pay: async (id: ServerOrder['id']) =>
      order(await callApi<OrderBody>(fetcher, `${orderUrl(id)}/pay`, { method: 'POST' }, readJson)),
    cancel: async (id: ServerOrder['id']) =>
      order(await callApi<OrderBody>(fetcher, `${orderUrl(id)}/cancel`, { method: 'POST' }, readJson)),
    list: (status: OrderStatus, from?: string) =>
      callApi<{ orders: ServerOrder[] }>(
        fetcher,
        `${api}/orders?status=${status}${from ? `&from=${encodeURIComponent(from)}` : ''}`,
        {},
        readJson,
      ),
    /** The CSV download link (a plain GET the browser makes with the session cookie). */
    csvUrl: (from?: string) => `${api}/orders.csv${from ? `?from=${encodeURIComponent(from)}` : ''}`,
  };
}

export type OrderApi = ReturnType<typeof createOrderApi>;
