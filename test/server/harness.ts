import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, type Database } from '../../src/server/db/connect';
import { createEventHub, type EventHub } from '../../src/server/events/hub';
import { createApp } from '../../src/server/app';
import { createOrderService, type OrderService } from '../../src/server/orders/service';
import { silentLogger } from '../../src/server/http/request-log';
import { addStaff, createStoreWithCatalog } from '../../src/server/seed';
import type { Catalog } from '../../src/domain/catalog';
import { makeDemoCatalog } from '../factories/catalog';

/** The real PostgreSQL the server tests also run on (CI starts it; see .ci/run). */
export const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type DatabaseKind = 'pglite' | 'postgres';
/** Every server test runs once per database kind. */
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

export const origin = 'http://shelfsight.test';

// One embedded database per test file (PGlite takes ~2 s to start); each test still gets its own schema.
let sharedPglite: Promise<PGlite> | null = null;

/** A schema of its own for each test, so tests never see each other's rows. */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database & { drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase(
    kind === 'postgres'
      ? { url: postgresUrl, schema, poolSize: 20 }
      : { schema, pglite: await (sharedPglite ??= PGlite.create()) },
  );
  return {
    ...database,
    async drop() {
      await database.close();
      if (kind !== 'postgres') {
        const shared = await sharedPglite;
        await shared?.exec(`drop schema if exists ${schema} cascade; set search_path to public`);
        return;
      }
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

/** Opens a test schema's database again (a second "process" on the same PostgreSQL). */
export function schemaOf(database: Database): string {
  return database.channel.replace(/^shelfsight_events_/u, '');
}

export function makeStoreCatalog(storeId: string, name = storeId): Catalog {
  const catalog = makeDemoCatalog();
  catalog.store.id = storeId;
  catalog.store.name = { 'zh-CN': name, en: name };
  return catalog;
}

export interface TestServer {
  database: Database & { drop(): Promise<void> };
  hub: EventHub;
  app: ReturnType<typeof createApp>;
  orders: OrderService;
  now: { value: Date };
  /** `app.request` with our Origin and the given cookie. */
  request(path: string, init?: RequestInit & { cookie?: string | undefined }): Promise<Response>;
  /** Signs in and returns the session cookie (`name=value`). */
  login(storeId: string, username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export const demoStoreId = 'hualing-xinjiang-produce';
export const ownerPassword = 'owner-password-1';

/** A server over a fresh database with the demo store, its owner and a cashier, plus a second store "other-store". */
export async function startTestServer(kind: DatabaseKind): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  const hub = await createEventHub(database);
  const now = { value: new Date('2026-11-10T12:00:00+08:00') };
  await createStoreWithCatalog(database, makeDemoCatalog());
  await createStoreWithCatalog(database, makeStoreCatalog('other-store', 'Other store'));
  await addStaff(database, {
    storeId: demoStoreId,
    username: 'owner',
    role: 'owner',
    password: ownerPassword,
  });
  await addStaff(database, {
    storeId: demoStoreId,
    username: 'cashier',
    role: 'cashier',
    password: 'cashier-password-1',
  });
  await addStaff(database, {
    storeId: 'other-store',
    username: 'owner',
    role: 'owner',
    password: 'other-owner-pass',
  });
  const orders = createOrderService({
    database,
    now: () => now.value,
    onCatalogChange: (forget) => hub.onAny((event) => event.type === 'catalog' && forget(event.storeId)),
  });
  const app = createApp(
    { database, hub, log: silentLogger, now: () => now.value, orders, trustedOrigins: [], pingSeconds: 1 },
    { defaultStoreId: demoStoreId },
  );
  const request = (
    path: string,
    { cookie, headers, ...init }: RequestInit & { cookie?: string | undefined } = {},
  ) => {
    const merged = new Headers(headers);
    if (!merged.has('origin') && init.method && init.method !== 'GET') merged.set('origin', origin);
    if (cookie) merged.set('cookie', cookie);
    if (typeof init.body === 'string' && !merged.has('content-type'))
      merged.set('content-type', 'application/json');
    return Promise.resolve(app.request(`${origin}${path}`, { ...init, headers: merged }));
  };
  const login = async (storeId: string, username: string, password: string) => {
    const response = await request(`/api/stores/${storeId}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200)
      throw new Error(`login ${username}@${storeId}: ${response.status} ${await response.text()}`);
    const cookie = response.headers.get('set-cookie') ?? '';
    return cookie.split(';')[0]!;
  };
  return {
    database,
    hub,
    app,
    orders,
    now,
    request,
    login,
    async close() {
      await hub.close();
      await database.drop();
    },
  };
}
