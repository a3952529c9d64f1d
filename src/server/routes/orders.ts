import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { ordersToCsv } from '../../domain/order/order-csv';
import { requireRole } from '../auth/session';
import { readStock } from '../db/stock-repo';
import { orderStatuses } from '../db/schema';
import { readJson } from '../http/body';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import type { OrderView } from '../orders/order-view';
import type { OrderService, PlaceOutcome } from '../orders/service';
import { listOrders } from '../orders/order-repo';
import type { ServerDeps } from '../deps';

const orderBody = z.object({
  shopperId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/u, { error: '8–100 letters, digits, _ or -' })),
  lines: z
    .array(
      z.object({
        productId: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u), z.maxLength(64)),
        qty: z.number().check(z.int(), z.positive(), z.lte(9999)),
      }),
    )
    .check(z.minLength(1, { error: 'an order needs at least one line' }), z.maxLength(200)),
  coupons: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)),
  expectedTotalFen: z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER)),
});
const idempotencyKey = /^[A-Za-z0-9_-]{8,100}$/u;
const orderIdParam = z.coerce.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER));
const listQuery = z.object({
  status: z.optional(z.enum(orderStatuses)),
  from: z.optional(z.iso.datetime({ offset: true })),
  to: z.optional(z.iso.datetime({ offset: true })),
});

function placed(c: Context<AppEnv>, outcome: PlaceOutcome) {
  switch (outcome.kind) {
    case 'created':
      return c.json({ order: outcome.order }, 201);
    case 'replayed':
      return c.json({ order: outcome.order }, 200);
    case 'key-reused':
      return apiError(
        c,
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different order.',
      );
    case 'no-catalog':
      return apiError(c, 409, 'no-catalog', 'The store has no live catalog to sell from.');
    case 'quote-refused':
      return apiError(c, 422, 'quote-refused', 'The order cannot be priced; nothing was reserved.', {
        errors: outcome.errors,
      });
    case 'refused':
      return apiError(c, 409, outcome.code, outcome.reasons[0]?.message.en ?? outcome.code, {
        reasons: outcome.reasons,
        ...(outcome.quote ? { quote: outcome.quote } : {}),
      });
  }
}

const csvOrders = (orders: OrderView[]) =>
  ordersToCsv(
    orders.map((order) => ({
      shortCode: order.shortCode,
      code: order.code,
      paidAt: order.paidAt ?? '',
      quotedAt: order.createdAt,
      totalFen: order.totalFen,
      lines: order.lines.map((line) => ({ productId: line.productId, qty: line.qty, payFen: line.payFen })),
      coupons: order.coupons,
    })),
  );

/** `/api/stores/:storeId/stock` and `/orders…`: shoppers place orders; the counter finds, pays and cancels them. */
export function orderRoutes(deps: ServerDeps & { orders: OrderService }) {
  const { orders, database } = deps;
  const counter = requireRole(['cashier', 'owner']);
  const storeIdOf = (c: Context<AppEnv>) => c.req.param('storeId')!;
  const settle = (status: 'paid' | 'cancelled') => async (c: Context<AppEnv>) => {
    const id = orderIdParam.safeParse(c.req.param('orderId'));
    if (!id.success) return apiError(c, 400, 'bad-order-id', 'An order id is a positive whole number.');
    const result = await orders.settle(storeIdOf(c), id.data, status, c.get('session')!.username);
    if (!result) return apiError(c, 404, 'unknown-order', 'No such order in this store.');
    if (!result.changed) {
      return apiError(
        c,
        409,
        'not-payable',
        `The order is ${result.order.status}: it cannot be ${status === 'paid' ? 'paid' : 'cancelled'}.`,
        {
          status: result.order.status,
          order: result.order,
        },
      );
    }
    deps.log({
      msg: status === 'paid' ? 'order-paid' : 'order-cancelled',
      store: storeIdOf(c),
      order: id.data,
      by: c.get('session')!.username,
    });
    return c.json({ order: result.order });
  };
  const list = async (c: Context<AppEnv>) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success)
      return apiError(
        c,
        400,
        'bad-query',
        'status is reserved|paid|cancelled|expired; from/to are ISO instants with an offset.',
      );
    const { status, from, to } = query.data;
    const rows = await listOrders(database.db, storeIdOf(c), {
      ...(status ? { status } : {}),
      ...(from ? { from: new Date(from) } : {}),
      ...(to ? { to: new Date(to) } : {}),
      limit: 500,
    });
    return Promise.all(rows.map((row) => orders.view(storeIdOf(c), row)));
  };
  return new Hono<AppEnv>()
    .get('/stock', async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await readStock(database.db, storeIdOf(c)));
    })
    .post('/orders', async (c) => {
      const key = c.req.header('idempotency-key') ?? '';
      if (!idempotencyKey.test(key))
        return apiError(
          c,
          400,
          'idempotency-key-required',
          'Send an Idempotency-Key header (8–100 letters, digits, _ or -).',
        );
      const body = await readJson(c, orderBody);
      if (!body.ok) return body.response;
      const outcome = await orders.place(storeIdOf(c), key, body.value);
      if (outcome.kind === 'created')
        deps.log({
          msg: 'order',
          store: storeIdOf(c),
          order: outcome.order.id,
          totalFen: outcome.order.totalFen,
        });
      return placed(c, outcome);
    })
    .get('/orders/lookup', counter, async (c) => {
      const code = c.req.query('code') ?? '';
      if (code.length === 0 || code.length > 1000)
        return apiError(c, 400, 'bad-code', 'Scan or type an order code.');
      const found = await orders.lookup(storeIdOf(c), code);
      switch (found.kind) {
        case 'found':
          return c.json({ order: found.order, verified: true });
        case 'bad-signature':
          return apiError(
            c,
            403,
            'bad-signature',
            'This order code was not issued by this store (forged, or from another store).',
          );
        case 'unknown-order':
          return apiError(c, 404, 'unknown-order', 'No such order in this store.');
        case 'bad-code':
          return apiError(c, 400, 'bad-code', 'That is not an order code or short code of this store.');
      }
    })
    .get('/orders/:orderId{[0-9]+}', counter, async (c) => {
      const order = await orders.order(storeIdOf(c), Number(c.req.param('orderId')));
      return order ? c.json({ order }) : apiError(c, 404, 'unknown-order', 'No such order in this store.');
    })
    .post('/orders/:orderId/pay', counter, settle('paid'))
    .post('/orders/:orderId/cancel', counter, settle('cancelled'))
    .get('/orders', counter, async (c) => {
      const result = await list(c);
      return result instanceof Response ? result : c.json({ orders: result });
    })
    .get('/orders.csv', counter, async (c) => {
      const result = await list(c);
      if (result instanceof Response) return result;
      c.header('Content-Disposition', `attachment; filename="orders-${storeIdOf(c)}.csv"`);
      return c.body(csvOrders(result), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    });
}
