import type { CatalogChangeSummary } from '../domain/catalog/diff';
import type { PricingIssue, Quote } from '../domain/pricing';
import type { Localized } from '../domain/pricing/types';

/** Why the server refused an order (409 out-of-stock, flash-sold-out, shopper-limit). */
export interface OrderRefusalReason {
  code: string;
  productId?: string;
  promotionId?: string;
  message: Localized;
}

/** A failed call: the HTTP status (0: network) and the server's `{ error: { code, message } }` plus extras. */
export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  /** Seconds to wait, from `Retry-After` on 429. */
  retryAfter?: number;
  /** 409 stale-base: the live version and what changed from the draft's base to it. */
  live?: { version: number; etag: string };
  changes?: CatalogChangeSummary;
  /** 422 invalid-catalog: every schema error by JSON path (422 quote-refused: see `engineErrors`). */
  errors?: { path: string; message: string }[];
  /** 422 quote-refused: the pricing engine's errors (sent as `errors`). */
  engineErrors?: PricingIssue[];
  /** 409 price-changed: the server's quote now. */
  quote?: Quote;
  /** 409 out-of-stock / flash-sold-out / shopper-limit. */
  reasons?: OrderRefusalReason[];
  /** 409 not-payable: the order's status (`status` in the body; renamed so it never shadows the HTTP one). */
  orderStatus?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

const extras = ['live', 'changes', 'errors', 'quote', 'reasons'] as const;

/**
 * One same-origin call to the store server that never throws: the value read from a 2xx answer, or the
 * failure with the server's code and whatever extras it sent (beside `error` or inside it). The browser adds
 * `Origin` to every POST by itself (the server's CSRF check).
 */
export async function callApi<T>(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  read: (response: Response) => Promise<T>,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch (error) {
    return { ok: false, failure: { status: 0, code: 'network', message: String(error) } };
  }
  if (response.ok) {
    try {
      return { ok: true, value: await read(response) };
    } catch (error) {
      // The answer was cut off mid-body (store Wi-Fi): as good as no answer.
      return { ok: false, failure: { status: 0, code: 'network', message: String(error) } };
    }
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown> & {
    error?: Record<string, unknown>;
  };
  const retry = Number(response.headers.get('retry-after'));
  const failure: ApiFailure = {
    status: response.status,
    code: typeof body.error?.code === 'string' ? body.error.code : `http-${response.status}`,
    message: typeof body.error?.message === 'string' ? body.error.message : response.statusText,
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
  for (const key of extras) {
    const value = body[key] ?? body.error?.[key];
    if (value !== undefined) Object.assign(failure, { [key]: value });
  }
  if (failure.code === 'quote-refused' && failure.errors) {
    failure.engineErrors = failure.errors as unknown as PricingIssue[];
    delete failure.errors;
  }
  const orderStatus = body.status ?? body.error?.status;
  if (typeof orderStatus === 'string') failure.orderStatus = orderStatus;
  return { ok: false, failure };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
export const readJson = <T>(response: Response) => response.json() as Promise<T>;
