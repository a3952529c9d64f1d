import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { crc32 } from '../../src/domain/order/checksum';
import type { LiveStock } from '../../src/domain/stock/live-stock';
import type { OrderView } from '../../src/server/orders/order-view';
import { databaseKinds, demoStoreId, ownerPassword, startTestServer, type TestServer } from './harness';
import { cartTotal, freshKey, placeOrder, type Lines } from './order-client';
import { readEvents } from './sse-client';

const api = `/api/stores/${demoStoreId}`;
const apples = (qty: number): Lines => [{ productId: 'aksu-apple', qty }];

describe.each(databaseKinds)('orders and live stock on %s', (kind) => {
  let server: TestServer;
  let cashier: string;
  beforeEach(async () => {
    server = await startTestServer(kind);
    // Double Eleven morning: the apples' flash sale (¥49.90, 5 per shopper, 363 left of 500) is on.
    server.now.value = new Date('2026-11-11T10:00:00+08:00');
    cashier = await server.login(demoStoreId, 'cashier', 'cashier-password-1');
  });
  afterEach(() => server.close());

  const stock = async () => (await (await server.request(`${api}/stock`)).json()) as LiveStock;
  const order = async (lines: Lines, extra: { shopperId?: string; key?: string } = {}) => {
    const expectedTotalFen = await cartTotal(server.request, lines, server.now.value);
    const response = await placeOrder(
      server.request,
      { lines, expectedTotalFen, ...(extra.shopperId ? { shopperId: extra.shopperId } : {}) },
      extra.key,
    );
    return {
      response,
      body: (await response.json()) as {
        order: OrderView;
        error?: { code: string; reasons?: { code: string; message: Record<string, string> }[] };
      },
    };
  };
  const counterPost = (path: string) => server.request(`${api}${path}`, { method: 'POST', cookie: cashier });

  it('reserves the units of an order at the server-quoted price and shows them in the live stock', async () => {
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 800, reserved: 0, sold: 0 } },
      flash: { 'apple-flash': { cap: 500, taken: 137, sold: 137 } },
    });
    const { response, body } = await order(apples(2));
    expect(response.status).toBe(201);
    expect(body.order).toMatchObject({ status: 'reserved', totalFen: 9980 });
    expect(body.order.shortCode).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/u);
    expect(new Date(body.order.expiresAt).getTime() - new Date(body.order.createdAt).getTime()).toBe(
      30 * 60_000,
    );
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 798, reserved: 2, sold: 0 } },
      flash: { 'apple-flash': { cap: 500, taken: 139, sold: 137 } },
    });
  });

  it('makes one order from the same request sent 5 times, and refuses the key for another cart', async () => {
    const key = freshKey();
    const expectedTotalFen = await cartTotal(server.request, apples(3), server.now.value);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        placeOrder(server.request, { lines: apples(3), expectedTotalFen }, key),
      ),
    );
    const ids = await Promise.all(
      responses.map(async (response) => ((await response.json()) as { order: OrderView }).order.id),
    );
    expect(new Set(ids).size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await stock()).products['aksu-apple']).toEqual({ available: 797, reserved: 3, sold: 0 });
    const reused = await placeOrder(server.request, { lines: apples(1), expectedTotalFen: 4990 }, key);
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { error: { code: string } }).error.code).toBe('idempotency-key-reused');
    const orders = (await (await server.request(`${api}/orders`, { cookie: cashier })).json()) as {
      orders: unknown[];
    };
    expect(orders.orders).toHaveLength(1);
  });

  it('refuses an order whose price moved, or that exceeds the stock, reserving nothing', async () => {
    const moved = await placeOrder(server.request, { lines: apples(1), expectedTotalFen: 4000 });
    expect(moved.status).toBe(409);
    const body = (await moved.json()) as { error: { code: string; quote: { totalFen: number } } };
    expect(body.error.code).toBe('price-changed');
    expect(body.error.quote.totalFen).toBe(4990);
    const tooMany = await placeOrder(server.request, {
      lines: [{ productId: 'hami-melon', qty: 151 }],
      expectedTotalFen: 1,
    });
    expect(tooMany.status).toBe(409);
    const refusal = (await tooMany.json()) as {
      error: {
        code: string;
        reasons: { code: string; productId: string; message: Record<string, string> }[];
      };
    };
    expect(refusal.error.code).toBe('out-of-stock');
    expect(refusal.error.reasons[0]).toMatchObject({ code: 'out-of-stock', productId: 'hami-melon' });
    expect(refusal.error.reasons[0]!.message['zh-CN']).toContain('哈密瓜');
    const unknown = await placeOrder(server.request, {
      lines: [{ productId: 'no-such-fruit', qty: 1 }],
      expectedTotalFen: 1,
    });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('quote-refused');
    const noKey = await server.request(`${api}/orders`, {
      method: 'POST',
      body: JSON.stringify({
        shopperId: 'shopper-0001',
        lines: apples(1),
        coupons: [],
        expectedTotalFen: 4990,
      }),
    });
    expect(noKey.status).toBe(400);
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 800, reserved: 0 } },
      flash: { 'apple-flash': { taken: 137 } },
    });
  });

  it('holds the per-shopper flash limit across orders', async () => {
    expect((await order(apples(5), { shopperId: 'shopper-limit' })).response.status).toBe(201);
    const again = await order(apples(1), { shopperId: 'shopper-limit' });
    expect(again.response.status).toBe(409);
    expect(again.body.error?.code).toBe('shopper-limit');
    expect((await order(apples(1), { shopperId: 'someone-else' })).response.status).toBe(201);
  });

  it('lets the counter find an order by its signed code or short code, and refuses a forged code', async () => {
    const { body } = await order(apples(1));
    const byCode = await server.request(
      `${api}/orders/lookup?code=${encodeURIComponent(`https://x/counter#o=${body.order.code}`)}`,
      { cookie: cashier },
    );
    expect(byCode.status).toBe(200);
    expect(await byCode.json()).toMatchObject({
      verified: true,
      order: { id: body.order.id, totalFen: 4990 },
    });
    const byShort = await server.request(`${api}/orders/lookup?code=${body.order.shortCode.toLowerCase()}`, {
      cookie: cashier,
    });
    expect(((await byShort.json()) as { order: OrderView }).order.id).toBe(body.order.id);
    // A forger changes the signature and recomputes the CRC: the code parses, the signature does not verify.
    const parts = body.order.code.split('.');
    parts[3] = parts[3]!.replace(/^./u, (char) => (char === 'A' ? 'B' : 'A'));
    const forgedBody = parts.slice(0, 4).join('.');
    const forged = `${forgedBody}.${crc32(forgedBody).toString(36)}`;
    const refused = await server.request(`${api}/orders/lookup?code=${encodeURIComponent(forged)}`, {
      cookie: cashier,
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('bad-signature');
    const typo = await server.request(
      `${api}/orders/lookup?code=${encodeURIComponent(`${forgedBody}.zzz`)}`,
      { cookie: cashier },
    );
    expect(typo.status).toBe(400);
    expect((await server.request(`${api}/orders/lookup?code=${body.order.shortCode}`)).status).toBe(401);
    const otherOwner = await server.login('other-store', 'owner', 'other-owner-pass');
    expect(
      (await server.request(`${api}/orders/lookup?code=${body.order.shortCode}`, { cookie: otherOwner }))
        .status,
    ).toBe(403);
    // The code of another store's order does not verify here.
    const other = await order(apples(1));
    void other;
    const foreign = await server.request(
      `/api/stores/other-store/orders/lookup?code=${encodeURIComponent(body.order.code)}`,
      { cookie: otherOwner },
    );
    expect(foreign.status).toBe(403);
  });

  it('pays an order once, moving its units to sold, and never pays a cancelled or expired one', async () => {
    const paidOne = (await order(apples(2))).body.order;
    const paid = await counterPost(`/orders/${paidOne.id}/pay`);
    expect(paid.status).toBe(200);
    expect(((await paid.json()) as { order: OrderView }).order.status).toBe('paid');
    expect((await counterPost(`/orders/${paidOne.id}/pay`)).status).toBe(409);
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 798, reserved: 0, sold: 2 } },
      flash: { 'apple-flash': { taken: 139, sold: 139 } },
    });

    const cancelled = (await order(apples(3))).body.order;
    expect((await counterPost(`/orders/${cancelled.id}/cancel`)).status).toBe(200);
    const refused = await counterPost(`/orders/${cancelled.id}/pay`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { status: string } }).error.status).toBe('cancelled');
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 798, reserved: 0, sold: 2 } },
      flash: { 'apple-flash': { taken: 139 } },
    });

    const late = (await order(apples(4))).body.order;
    server.now.value = new Date(server.now.value.getTime() + 31 * 60_000);
    const tooLate = await counterPost(`/orders/${late.id}/pay`);
    expect(tooLate.status).toBe(409);
    expect(((await tooLate.json()) as { error: { status: string } }).error.status).toBe('expired');
    expect(await server.orders.expireDue()).toBe(1);
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 798, reserved: 0, sold: 2 } },
      flash: { 'apple-flash': { taken: 139 } },
    });
    expect(await server.orders.expireDue()).toBe(0);

    const csv = await (await server.request(`${api}/orders.csv?status=paid`, { cookie: cashier })).text();
    expect(csv.split('\r\n')[0]).toBe(
      'order,paid_at,quoted_at,product_id,qty,line_cny,order_total_cny,coupons',
    );
    expect(csv).toContain(`${paidOne.shortCode},`);
    expect(csv).toContain('aksu-apple,2,99.80,99.80');
    expect(csv).not.toContain(cancelled.shortCode);
  });

  it('keeps sold counts across publishes, restocks by the change typed, and refuses a cap below what is taken', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const paidOne = (await order(apples(5))).body.order;
    await counterPost(`/orders/${paidOne.id}/pay`);
    const publish = async (change: (catalog: Catalog) => void) => {
      const live = await server.request(`${api}/catalog`);
      const catalog = (await live.json()) as Catalog;
      change(catalog);
      return server.request(`${api}/catalog`, {
        method: 'POST',
        cookie: owner,
        headers: { 'if-match': live.headers.get('etag')! },
        body: JSON.stringify(catalog),
      });
    };
    expect((await publish((catalog) => (catalog.products[0]!.name.en = 'Aksu apples'))).status).toBe(201);
    expect(await stock()).toMatchObject({
      products: { 'aksu-apple': { available: 795, sold: 5 } },
      flash: { 'apple-flash': { cap: 500, taken: 142, sold: 142 } },
    });
    expect((await publish((catalog) => (catalog.products[0]!.stock = 900))).status).toBe(201);
    expect((await stock()).products['aksu-apple']).toEqual({ available: 895, reserved: 0, sold: 5 });
    const tooLow = await publish((catalog) => {
      (catalog.promotions.find((p) => p.id === 'apple-flash') as { stockCap: number }).stockCap = 100;
    });
    expect(tooLow.status).toBe(422);
    const errors = ((await tooLow.json()) as { error: { errors: { path: string; message: string }[] } }).error
      .errors;
    expect(errors[0]!.path).toMatch(/^promotions\[\d+\]\.stockCap$/u);
    expect(errors[0]!.message).toContain('142');
    expect((await stock()).flash['apple-flash']).toEqual({ cap: 500, taken: 142, sold: 142 });
  });

  it('pushes the new stock on the event stream after an order and a payment', async () => {
    const events = readEvents(await server.request(`${api}/events`));
    expect((await events.next()).event).toBe('catalog');
    const snapshot = await events.next();
    expect(snapshot.event).toBe('stock');
    expect(JSON.parse(snapshot.data).products['aksu-apple'].available).toBe(800);
    const placed = (await order(apples(1))).body.order;
    const afterOrder = await events.next();
    expect(afterOrder.event).toBe('stock');
    expect(JSON.parse(afterOrder.data)).toEqual({
      products: { 'aksu-apple': { available: 799, reserved: 1, sold: 0 } },
      flash: { 'apple-flash': { cap: 500, taken: 138, sold: 137 } },
    });
    await counterPost(`/orders/${placed.id}/pay`);
    expect(JSON.parse((await events.next()).data).products['aksu-apple']).toEqual({
      available: 799,
      reserved: 0,
      sold: 1,
    });
    await events.close();
  });
});
