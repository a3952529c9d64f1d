import type { Catalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import { overlayLiveStock, parseLiveStock } from '../../src/domain/stock/live-stock';
import { demoStoreId, type TestServer } from './harness';

export type Lines = { productId: string; qty: number }[];

/** What the shopper's cart would show now: the same engine over the live catalog and stock. */
export async function cartTotal(
  request: TestServer['request'],
  lines: Lines,
  at: Date,
  coupons: string[] = [],
  storeId = demoStoreId,
) {
  const catalog = (await (await request(`/api/stores/${storeId}/catalog`)).json()) as Catalog;
  const stock = parseLiveStock(await (await request(`/api/stores/${storeId}/stock`)).json());
  const result = quote({ catalog: overlayLiveStock(catalog, stock), lines, at, coupons });
  if (!result.ok) throw new Error(`cart does not quote: ${result.errors.map((e) => e.code).join(', ')}`);
  return result.totalFen;
}

let keys = 0;
export const freshKey = () => `key-${Date.now().toString(36)}-${(keys += 1)}`;

/** POSTs an order as the app does. */
export function placeOrder(
  request: TestServer['request'],
  body: { shopperId?: string; lines: Lines; coupons?: string[]; expectedTotalFen: number },
  key = freshKey(),
  storeId = demoStoreId,
) {
  return request(`/api/stores/${storeId}/orders`, {
    method: 'POST',
    headers: { 'idempotency-key': key },
    body: JSON.stringify({ shopperId: `shopper-${key}`, coupons: [], ...body }),
  });
}
