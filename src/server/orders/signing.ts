import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { encodeServerOrderCode, signedOrderText } from '../../domain/order/server-order-code';

/** A fresh per-store secret (hex); stored once in `stores.order_secret`. */
export const newOrderSecret = () => randomBytes(32).toString('hex');

function signature(secret: string, text: string): string {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(text).digest('base64url').slice(0, 22);
}

/** The order code the counter scans: only a holder of the store's secret can make one that verifies. */
export function signOrderCode(secret: string, storeId: string, orderId: number): string {
  return encodeServerOrderCode(storeId, orderId, signature(secret, signedOrderText(storeId, orderId)));
}

/** Constant-time check of a code's signature. */
export function verifyOrderSignature(secret: string, signed: string, given: string): boolean {
  const expected = Buffer.from(signature(secret, signed));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
