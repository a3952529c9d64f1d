import type { Catalog } from '../catalog';
import { quote, type PricingError, type Quote } from '../pricing';
import type { OrderPayload } from './order-code';

/** Quotes older than this are flagged: the shopper should see the price of now, not of an hour ago. */
export const staleAfterMinutes = 30;

export interface OrderCheck {
  /** The order re-quoted now with the same engine, or why it cannot be. */
  result: Quote | PricingError;
  /** True when the re-quoted total equals the total the shopper was shown. */
  holds: boolean;
  otherStore: boolean;
  catalogChanged: boolean;
  stale: boolean;
  /** Quoted later than now (beyond a little clock skew): a phone with a wrong clock, or an edited code. */
  future: boolean;
}

/** Phones' clocks drift; a quote this far ahead of the counter's clock is still taken as now. */
export const futureSkewMinutes = 5;

/**
 * The counter's check of a shopper's order: re-quote the same lines and coupons at `now` and compare with the
 * total in the code, and say whether the catalog changed or the quote is old. Prices at the counter always
 * come from this re-quote, never from the code.
 */
export function checkOrder(catalog: Catalog, payload: OrderPayload, now: Date): OrderCheck {
  const result = quote({ catalog, lines: payload.lines, at: now, coupons: payload.coupons });
  const ageMinutes = (now.getTime() - Date.parse(payload.quotedAt)) / 60_000;
  return {
    result,
    holds: result.ok && result.totalFen === payload.totalFen,
    otherStore: payload.storeId !== catalog.store.id,
    catalogChanged:
      Date.parse(payload.catalogUpdatedAt) !== Math.floor(Date.parse(catalog.updatedAt) / 1000) * 1000,
    stale: ageMinutes > staleAfterMinutes,
    future: ageMinutes < -futureSkewMinutes,
  };
}
