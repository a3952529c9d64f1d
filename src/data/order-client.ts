import type { PricingIssue, Quote } from '../domain/pricing';
import type { ApiFailure, OrderRefusalReason } from './api-call';
import type { OrderApi, OrderRequest, ServerOrder } from './order-api';

/** The cart as the shopper pays it: what the cart shows, exactly. */
export interface OrderDraft {
  lines: readonly { productId: string; qty: number }[];
  coupons: readonly string[];
  expectedTotalFen: number;
}

/** Why an order was not made, in the cart's terms. Nothing was reserved in any of these. */
export type OrderRefusal =
  | { kind: 'price-changed'; quote: Quote | null }
  | {
      kind: 'stock';
      code: 'out-of-stock' | 'flash-sold-out' | 'shopper-limit';
      reasons: OrderRefusalReason[];
    }
  | { kind: 'quote-refused'; errors: PricingIssue[] }
  /** No answer after every retry: the order may or may not exist; paying again reuses the same key. */
  | { kind: 'network' }
  | { kind: 'other'; status: number; code: string; message: string };

export type OrderOutcome = { ok: true; order: ServerOrder } | { ok: false; refusal: OrderRefusal };

export interface OrderClientOptions {
  api: Pick<OrderApi, 'create'>;
  storeId: string;
  storage?: Storage | undefined;
  /** Random bytes for ids and keys (crypto in the browser; seeded in tests). */
  randomBytes?: (length: number) => Uint8Array;
  /** Waits between retries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Tries after the first when there is no answer (store Wi-Fi drops), with the same key. */
  retries?: number;
  /** Told before each retry (1, 2, …) so the cart can say it is still trying. */
  onRetry?: (attempt: number) => void;
}

export const shopperIdKey = 'shelfsight.shopperId';
const pendingKeyPrefix = 'shelfsight.order.pending';
const idPattern = /^[A-Za-z0-9_-]{8,100}$/u;
const stockCodes = new Set(['out-of-stock', 'flash-sold-out', 'shopper-limit']);

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');

/** The same cart always reads the same: lines by product, coupons sorted, the total it shows. */
export function orderFingerprint(shopperId: string, draft: OrderDraft): string {
  const lines = [...draft.lines]
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
    .map((line) => `${line.productId}*${line.qty}`);
  return JSON.stringify([shopperId, lines, [...draft.coupons].sort(), draft.expectedTotalFen]);
}

/** Maps a refusal from the server to what the cart explains; see src/server/API.md for each code. */
export function orderRefusal(failure: ApiFailure): OrderRefusal {
  if (failure.status === 0) return { kind: 'network' };
  if (failure.code === 'price-changed') return { kind: 'price-changed', quote: failure.quote ?? null };
  if (failure.status === 409 && stockCodes.has(failure.code)) {
    return {
      kind: 'stock',
      code: failure.code as 'out-of-stock' | 'flash-sold-out' | 'shopper-limit',
      reasons: failure.reasons ?? [],
    };
  }
  if (failure.code === 'quote-refused') return { kind: 'quote-refused', errors: failure.engineErrors ?? [] };
  return { kind: 'other', status: failure.status, code: failure.code, message: failure.message };
}

/** No answer, or a gateway in between that gave up: the server may have made the order, so try again. */
const unanswered = (failure: ApiFailure) => failure.status === 0 || [502, 503, 504].includes(failure.status);

/**
 * "Pay at the counter" on the store server. Each distinct cart gets its own `Idempotency-Key`, kept (also in
 * localStorage, so a reload after a Wi-Fi drop keeps it) until the server answers: retries of the same cart,
 * automatic or a second tap, send the same key, so the server makes one order however often the request
 * arrives. A changed cart (lines, coupons, or the total the shopper accepted) gets a new key, and so does a
 * cart the server refused (nothing was reserved, so a later try is a new order). The shopper is an anonymous
 * random id kept in localStorage.
 */
export function createOrderClient(options: OrderClientOptions) {
  const { api, storeId, retries = 3, onRetry = () => {} } = options;
  const storage = 'storage' in options ? options.storage : globalThis.localStorage;
  const randomBytes =
    options.randomBytes ?? ((length: number) => crypto.getRandomValues(new Uint8Array(length)));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const pendingKey = `${pendingKeyPrefix}:${storeId}`;
  let memoryShopper: string | null = null;
  let memoryPending: { fingerprint: string; key: string } | null = null;

  const read = (key: string) => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Private mode: kept in memory for this page only.
    }
  };

  const shopperId = (): string => {
    const saved = read(shopperIdKey);
    if (saved && idPattern.test(saved)) return saved;
    memoryShopper ??= `s-${base64url(randomBytes(16))}`;
    write(shopperIdKey, memoryShopper);
    return memoryShopper;
  };

  const pending = (): { fingerprint: string; key: string } | null => {
    try {
      const saved = JSON.parse(read(pendingKey) ?? 'null') as { fingerprint?: unknown; key?: unknown } | null;
      if (
        typeof saved?.fingerprint === 'string' &&
        typeof saved.key === 'string' &&
        idPattern.test(saved.key)
      ) {
        return { fingerprint: saved.fingerprint, key: saved.key };
      }
    } catch {
      // Damaged: fall back to memory.
    }
    return memoryPending;
  };

  /** The idempotency key for this cart: the pending one when the cart is the same, else a new one. */
  const keyFor = (draft: OrderDraft): string => {
    const fingerprint = orderFingerprint(shopperId(), draft);
    const current = pending();
    if (current?.fingerprint === fingerprint) return current.key;
    memoryPending = { fingerprint, key: `k-${base64url(randomBytes(18))}` };
    write(pendingKey, JSON.stringify(memoryPending));
    return memoryPending.key;
  };

  const settle = () => {
    memoryPending = null;
    write(pendingKey, null);
  };

  return {
    shopperId,
    keyFor,
    async submit(draft: OrderDraft): Promise<OrderOutcome> {
      const key = keyFor(draft);
      const request: OrderRequest = {
        shopperId: shopperId(),
        lines: draft.lines.map((line) => ({ productId: line.productId, qty: line.qty })),
        coupons: [...draft.coupons],
        expectedTotalFen: draft.expectedTotalFen,
      };
      for (let attempt = 0; ; attempt += 1) {
        const result = await api.create(request, key);
        if (result.ok) {
          settle();
          return { ok: true, order: result.value };
        }
        if (unanswered(result.failure) && attempt < retries) {
          onRetry(attempt + 1);
          await sleep(500 * 2 ** attempt);
          continue;
        }
        // Answered with a refusal: no order exists for this key, so the next try may start afresh. Left
        // without an answer: keep the key, so tapping again cannot make a second order.
        if (unanswered(result.failure)) return { ok: false, refusal: { kind: 'network' } };
        settle();
        return { ok: false, refusal: orderRefusal(result.failure) };
      }
    },
  };
}

export type OrderClient = ReturnType<typeof createOrderClient>;
