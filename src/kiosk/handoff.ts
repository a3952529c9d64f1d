import type { CartLine } from '../domain/cart/cart-lines';
import { encodeOrderCode } from '../domain/order/order-code';
import type { Quote } from '../domain/pricing';

export interface HandoffInput {
  /** Origin the phone can reach, e.g. `https://shop.example.cn`. */
  origin: string;
  /** The store's URL prefix on the store server (`/s/<storeId>`), or `''`. */
  base?: string;
  storeId: string;
  catalogUpdatedAt: string;
  lines: readonly CartLine[];
  quote: Quote;
}

/**
 * The URL in the kiosk's hand-off QR: `/shop` on the shopper's phone with the kiosk cart in the fragment as
 * a checksummed order code. The fragment never reaches a server, and the phone validates it on arrival
 * (`useCartLinkRestore`: unknown products dropped, quantities capped, nothing executed).
 */
export function handoffUrl({
  origin,
  base = '',
  storeId,
  catalogUpdatedAt,
  lines,
  quote,
}: HandoffInput): string {
  const code = encodeOrderCode({
    storeId,
    catalogUpdatedAt,
    quotedAt: quote.at,
    lines: [...lines],
    coupons: [],
    totalFen: quote.totalFen,
  });
  return `${origin}${base}/shop#o=${code}`;
}
