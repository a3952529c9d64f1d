import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { and, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/connect';
import { flashStock, orders as ordersTable, productStock } from '../../src/server/db/schema';
import type { ReservationRequest, ReservationResult } from '../../src/server/db/stock-repo';
import { createEventHub } from '../../src/server/events/hub';
import { silentLogger } from '../../src/server/http/request-log';
import { createOrderService } from '../../src/server/orders/service';
import { readDemoCatalog } from '../../src/server/seed';
import { postgresDeployment, startServers, stopServers, STORE, type Deployment } from '../bench/deployments';
import {
  cartTotalFen,
  checkFlashSale,
  flashProductId,
  flashPromotionId,
  flashSaleCatalog,
  runBurst,
} from './flash-burst';
import type { SpawnedServer } from './spawn-server';

// The 00:00 burst on the real PostgreSQL (PGlite runs one transaction at a time and would hide any race):
// 2,000 shoppers reach for the 363 flash apples left, through two server processes.

const SOLD_BEFORE = 137;
const CAP = 500;
const STOCK = 800;
const SHOPPERS = 2_000;
const sale = {
  storeId: STORE,
  productId: flashProductId,
  promotionId: flashPromotionId,
  soldBefore: SOLD_BEFORE,
  productTotal: STOCK,
};

const catalog = () => flashSaleCatalog(readDemoCatalog(), { cap: CAP, sold: SOLD_BEFORE, stock: STOCK });

/**
 * The textbook oversell, for the control: read what is left, decide in the application, then write the
 * counter it computed (a lost update: the row's own CHECK against the cap never sees more than the cap), one
 * transaction per order. Test-only; the real one is shelfsight_reserve.
 */
async function naiveReserve(
  db: Database['db'],
  storeId: string,
  requests: ReservationRequest[],
  now: Date,
): Promise<ReservationResult[]> {
  return Promise.all(
    requests.map((request) =>
      db.transaction(async (tx): Promise<ReservationResult> => {
        const seen = new Map<string, number>();
        for (const [promotionId, units] of Object.entries(request.flash)) {
          const [row] = await tx
            .select()
            .from(flashStock)
            .where(and(eq(flashStock.storeId, storeId), eq(flashStock.promotionId, promotionId)));
          if (row!.sold + row!.reserved + units > row!.cap)
            return { status: 'refused', reason: 'flash-sold-out', promotionId };
          seen.set(promotionId, row!.reserved);
        }
        const [order] = await tx
          .insert(ordersTable)
          .values({
            storeId,
            idempotencyKey: request.key,
            fingerprint: request.fingerprint,
            shopperId: request.shopperId,
            quote: request.quote,
            reservation: { products: request.products, flash: request.flash },
            totalFen: request.totalFen,
            catalogVersion: request.catalogVersion,
            createdAt: now,
            expiresAt: new Date(request.expiresAt),
          })
          .returning({ id: ordersTable.id });
        for (const [promotionId, units] of Object.entries(request.flash))
          await tx
            .update(flashStock)
            .set({ reserved: seen.get(promotionId)! + units })
            .where(and(eq(flashStock.storeId, storeId), eq(flashStock.promotionId, promotionId)));
        for (const [productId, qty] of Object.entries(request.products))
          await tx
            .update(productStock)
            .set({
              available: sql`${productStock.available} - ${qty}`,
              reserved: sql`${productStock.reserved} + ${qty}`,
            })
            .where(and(eq(productStock.storeId, storeId), eq(productStock.productId, productId)));
        return { status: 'ok', id: order!.id };
      }),
    ),
  );
}

/** An in-process server on a loopback port whose order service reserves with `naiveReserve`. */
async function naiveServer(deployment: Deployment) {
  const database = await deployment.open();
  const hub = await createEventHub(database);
  const now = () => new Date();
  const orders = createOrderService({ database, now, reserve: naiveReserve });
  const app = createApp(
    { database, hub, log: silentLogger, now, orders, trustedOrigins: [], pingSeconds: 15 },
    { defaultStoreId: STORE },
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await hub.close();
      await database.close();
    },
  };
}

describe('the flash burst on PostgreSQL with two server processes', { timeout: 120_000 }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function deploy() {
    const deployment = await postgresDeployment({ catalog: catalog() });
    cleanups.push(() => deployment.cleanup());
    return deployment;
  }
  async function judge(
    deployment: Deployment,
    answers: Parameters<typeof checkFlashSale>[2],
    allowNoAnswer = false,
  ) {
    const database = await deployment.open();
    try {
      return await checkFlashSale(database, sale, answers, { allowNoAnswer });
    } finally {
      await database.close();
    }
  }
  const burst = (urls: string[], prefix: string, onAnswer?: (answered: number) => void) =>
    runBurst({
      urls,
      storeId: STORE,
      productId: flashProductId,
      qty: 1,
      expectedTotalFen: cartTotalFen(catalog(), flashProductId, 1),
      shoppers: SHOPPERS,
      connectionsPerServer: SHOPPERS / urls.length,
      prefix,
      ...(onAnswer ? { onAnswer } : {}),
    });

  it('sells exactly the 363 units left to 2,000 concurrent shoppers, refusing the rest with a reason', async () => {
    const deployment = await deploy();
    const servers = await startServers(deployment, 2);
    cleanups.push(() => stopServers(servers));
    const { answers } = await burst(
      servers.map((server) => server.url),
      'shopper',
    );
    const verdict = await judge(deployment, answers);
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.acknowledgedUnits).toBe(CAP - SOLD_BEFORE);
    expect(verdict.taken).toBe(CAP);
    expect(verdict.takenByOrders).toBe(CAP);
    expect(verdict.oversold).toBe(0);
    expect(verdict.lost).toBe(0);
    expect(verdict.productDrift).toBe(0);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(SHOPPERS - (CAP - SOLD_BEFORE));
    // Both processes answered (which one sells more depends on whose connections opened first).
    expect(new Set(answers.map((answer) => answer.server))).toEqual(new Set([0, 1]));
  });

  it('catches a naive read-then-write reservation overselling (the control: the checker can fail)', async () => {
    const deployment = await deploy();
    const naive = await Promise.all([naiveServer(deployment), naiveServer(deployment)]);
    cleanups.push(async () => {
      await Promise.all(naive.map((server) => server.close()));
    });
    const { answers } = await burst(
      naive.map((server) => server.url),
      'naive-shopper',
    );
    const verdict = await judge(deployment, answers);
    expect(verdict.lost).toBe(0);
    expect(verdict.oversold).toBeGreaterThan(0);
    expect(verdict.takenByOrders).toBeGreaterThan(CAP);
  });

  it('keeps every acknowledged order and the invariants when a server is killed -9 mid-burst', async () => {
    const deployment = await deploy();
    let servers: SpawnedServer[] = await startServers(deployment, 2);
    cleanups.push(() => stopServers(servers));
    let killed = false;
    const { answers } = await burst(
      servers.map((server) => server.url),
      'crash-shopper',
      (answered) => {
        if (!killed && answered >= 300) {
          killed = true;
          servers[0]!.child.kill('SIGKILL');
        }
      },
    );
    expect(killed).toBe(true);
    expect(answers.some((answer) => answer.server === 0 && answer.status === 0)).toBe(true);
    await servers[0]!.stop();
    // Restarted, the store goes on selling what is left; nothing the dead process acknowledged is gone.
    const restarted = await startServers(deployment, 1);
    servers = [restarted[0]!, servers[1]!];
    const after = await burst([restarted[0]!.url], 'after-restart');
    const all = [...answers, ...after.answers];
    const verdict = await judge(deployment, all, true);
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.lost).toBe(0);
    expect(verdict.oversold).toBe(0);
    expect(verdict.productDrift).toBe(0);
    expect(verdict.taken).toBe(verdict.takenByOrders);
    expect(verdict.taken).toBe(CAP);
  });
});
