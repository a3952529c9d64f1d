import { describe, expect, it } from 'vitest';
import { createOrderApi, type ServerOrder } from '../../src/data/order-api';
import { createOrderClient, orderRefusal, shopperIdKey } from '../../src/data/order-client';
import { memoryStorage } from '../state/memory-storage';

const api = '/api/stores/s';
const cart = { lines: [{ productId: 'aksu-apple', qty: 2 }], coupons: [], expectedTotalFen: 9980 };
const theOrder = { id: 7, shortCode: '8YX-AC7', code: '2.s.7.sig.crc', status: 'reserved' } as ServerOrder;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A fetch that plays a script of answers (a function throwing = no network) and records each request. */
function scripted(answers: (() => Response)[]) {
  const calls: { url: string; key: string | null; body: unknown; method: string | undefined }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({
      url: String(input),
      method: init.method,
      key: new Headers(init.headers).get('idempotency-key'),
      body: init.body ? JSON.parse(String(init.body)) : null,
    });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as typeof fetch;
  return { calls, fetcher };
}

const offline = () => {
  throw new TypeError('Failed to fetch');
};

let seed = 0;
const counting = (length: number) => new Uint8Array(length).fill(++seed);

function client(answers: (() => Response)[], storage = memoryStorage()) {
  const { calls, fetcher } = scripted(answers);
  const retries: number[] = [];
  const orders = createOrderClient({
    api: createOrderApi('s', fetcher),
    storeId: 's',
    storage,
    randomBytes: counting,
    sleep: async () => {},
    onRetry: (attempt) => retries.push(attempt),
  });
  return { calls, orders, retries, storage };
}

describe('order client', () => {
  it('posts the cart with an idempotency key, the shopper id and the total the cart shows', async () => {
    const { calls, orders, storage } = client([() => json(201, { order: theOrder })]);
    expect(await orders.submit(cart)).toEqual({ ok: true, order: theOrder });
    const shopperId = storage.getItem(shopperIdKey)!;
    expect(shopperId).toMatch(/^[A-Za-z0-9_-]{8,100}$/u);
    expect(calls).toEqual([
      {
        url: `${api}/orders`,
        method: 'POST',
        key: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/u) as string,
        body: { shopperId, lines: cart.lines, coupons: [], expectedTotalFen: 9980 },
      },
    ]);
  });

  it('retries a dropped request with the same key until the server answers', async () => {
    const { calls, orders, retries } = client([offline, offline, () => json(200, { order: theOrder })]);
    expect(await orders.submit(cart)).toEqual({ ok: true, order: theOrder });
    expect(retries).toEqual([1, 2]);
    expect(new Set(calls.map((call) => call.key)).size).toBe(1);
  });

  it('keeps the key when every retry failed, so paying again (even after a reload) cannot make a second order', async () => {
    const storage = memoryStorage();
    const first = client([offline, offline, offline, () => json(502, {})], storage);
    expect(await first.orders.submit(cart)).toEqual({ ok: false, refusal: { kind: 'network' } });
    expect(first.calls).toHaveLength(4);
    const again = client([() => json(200, { order: theOrder })], storage);
    await again.orders.submit({ ...cart, lines: [...cart.lines] });
    expect(again.calls[0]!.key).toBe(first.calls[0]!.key);
    expect(again.calls[0]!.body).toEqual(first.calls[0]!.body);
  });

  it('uses a new key for a changed cart, and after an order was made', async () => {
    const { calls, orders } = client([
      offline,
      offline,
      offline,
      offline,
      () => json(201, { order: theOrder }),
    ]);
    const dropped = await orders.submit(cart);
    expect(dropped.ok).toBe(false);
    await orders.submit({ ...cart, lines: [{ productId: 'aksu-apple', qty: 3 }], expectedTotalFen: 14970 });
    expect(calls[4]!.key).not.toBe(calls[0]!.key);
    // The order exists now: the same cart again is a new order with a new key.
    expect(orders.keyFor(cart)).not.toBe(calls[0]!.key);
    expect(orders.keyFor(cart)).toBe(orders.keyFor({ ...cart }));
  });

  it('resubmits a price change the shopper accepted with the new total and a new key', async () => {
    const serverQuote = { ok: true, totalFen: 12480 };
    const { calls, orders } = client([
      () => json(409, { error: { code: 'price-changed', message: 'price changed', quote: serverQuote } }),
      () => json(201, { order: theOrder }),
    ]);
    const refused = await orders.submit(cart);
    expect(refused).toEqual({ ok: false, refusal: { kind: 'price-changed', quote: serverQuote } });
    await orders.submit({ ...cart, expectedTotalFen: 12480 });
    expect(calls[1]!.body).toMatchObject({ expectedTotalFen: 12480 });
    expect(calls[1]!.key).not.toBe(calls[0]!.key);
  });

  it('does not retry a refusal', async () => {
    const reasons = [
      {
        code: 'flash-sold-out',
        promotionId: 'apple-flash',
        message: { 'zh-CN': '秒杀已抢光', en: 'Sold out' },
      },
    ];
    const { calls, orders } = client([
      () => json(409, { error: { code: 'flash-sold-out', message: 'x' }, reasons }),
    ]);
    expect(await orders.submit(cart)).toEqual({
      ok: false,
      refusal: { kind: 'stock', code: 'flash-sold-out', reasons },
    });
    expect(calls).toHaveLength(1);
  });
});

describe('order refusals', () => {
  it('maps every refusal the server sends to what the cart explains', () => {
    const issue = { code: 'exceeds-stock', message: { 'zh-CN': '库存不足', en: 'Not enough stock' } };
    expect(orderRefusal({ status: 0, code: 'network', message: '' })).toEqual({ kind: 'network' });
    expect(orderRefusal({ status: 409, code: 'price-changed', message: '' })).toEqual({
      kind: 'price-changed',
      quote: null,
    });
    for (const code of ['out-of-stock', 'shopper-limit'] as const) {
      expect(orderRefusal({ status: 409, code, message: '' })).toEqual({ kind: 'stock', code, reasons: [] });
    }
    expect(
      orderRefusal({ status: 422, code: 'quote-refused', message: '', engineErrors: [issue as never] }),
    ).toEqual({ kind: 'quote-refused', errors: [issue] });
    expect(orderRefusal({ status: 400, code: 'bad-request', message: 'lines' })).toEqual({
      kind: 'other',
      status: 400,
      code: 'bad-request',
      message: 'lines',
    });
  });

  it('reads the engine errors of a 422 and the status of a 409 not-payable from the body', async () => {
    const issue = { code: 'unknown-product', message: { 'zh-CN': '未知商品', en: 'Unknown product' } };
    const { fetcher } = scripted([
      () => json(422, { error: { code: 'quote-refused', message: 'x' }, errors: [issue] }),
      () => json(409, { error: { code: 'not-payable', message: 'x', status: 'expired' } }),
    ]);
    const orders = createOrderApi('s', fetcher);
    const refused = await orders.create({ shopperId: 's-123456789', ...cart }, 'k-12345678');
    expect(!refused.ok && orderRefusal(refused.failure)).toEqual({ kind: 'quote-refused', errors: [issue] });
    const pay = await orders.pay(7);
    expect(!pay.ok && pay.failure).toMatchObject({
      status: 409,
      code: 'not-payable',
      orderStatus: 'expired',
    });
  });
});
