import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { databaseKinds, demoStoreId, ownerPassword, startTestServer, type TestServer } from './harness';

const catalogPath = `/api/stores/${demoStoreId}/catalog`;

async function live(server: TestServer): Promise<{ etag: string; version: number; catalog: Catalog }> {
  const response = await server.request(catalogPath);
  expect(response.status).toBe(200);
  return {
    etag: response.headers.get('etag')!,
    version: Number(response.headers.get('x-catalog-version')),
    catalog: (await response.json()) as Catalog,
  };
}

function withApplePrice(catalog: Catalog, priceFen: number): Catalog {
  const next = structuredClone(catalog);
  next.products.find((product) => product.id === 'aksu-apple')!.priceFen = priceFen;
  return next;
}

describe.each(databaseKinds)('catalog API on %s', (kind) => {
  let server: TestServer;
  let owner: string;
  beforeEach(async () => {
    server = await startTestServer(kind);
    owner = await server.login(demoStoreId, 'owner', ownerPassword);
  });
  afterEach(() => server.close());

  const publish = (catalog: unknown, ifMatch: string | null, cookie = owner) =>
    server.request(catalogPath, {
      method: 'POST',
      cookie,
      headers: ifMatch ? { 'if-match': ifMatch } : {},
      body: JSON.stringify(catalog),
    });

  it('serves the live catalog with an ETag and answers 304 to If-None-Match', async () => {
    const first = await live(server);
    expect(first.version).toBe(1);
    expect(first.catalog.store.id).toBe(demoStoreId);
    const again = await server.request(catalogPath, { headers: { 'if-none-match': first.etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const stale = await server.request(catalogPath, { headers: { 'if-none-match': '"v0-nothing"' } });
    expect(stale.status).toBe(200);
  });

  it('publishes a new version based on the live one and serves it with a new ETag', async () => {
    const before = await live(server);
    server.now.value = new Date('2026-11-10T13:00:00+08:00');
    const response = await publish(withApplePrice(before.catalog, 6590), before.etag);
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      version: number;
      etag: string;
      summary: { products: { changed: unknown[] } };
    };
    expect(body.version).toBe(2);
    expect(body.summary.products.changed).toEqual([{ id: 'aksu-apple', fields: ['priceFen'] }]);
    const after = await live(server);
    expect(after.version).toBe(2);
    expect(after.etag).toBe(body.etag);
    expect(after.etag).not.toBe(before.etag);
    expect(after.catalog.products.find((p) => p.id === 'aksu-apple')!.priceFen).toBe(6590);
    expect(after.catalog.updatedAt).toBe('2026-11-10T05:00:00.000Z');
    const old = await server.request(catalogPath, { headers: { 'if-none-match': before.etag } });
    expect(old.status).toBe(200);
  });

  it('refuses a publish based on a stale version with 409, saying what changed, and keeps the live version', async () => {
    const base = await live(server);
    expect((await publish(withApplePrice(base.catalog, 6590), base.etag)).status).toBe(201);
    const newer = await live(server);
    const response = await publish(withApplePrice(base.catalog, 5990), base.etag);
    expect(response.status).toBe(409);
    const body = (await response.json()) as {
      error: {
        code: string;
        live: { version: number; etag: string };
        changes: { products: { changed: unknown[] } };
      };
    };
    expect(body.error.code).toBe('stale-base');
    expect(body.error.live).toEqual({ version: 2, etag: newer.etag });
    expect(body.error.changes.products.changed).toEqual([{ id: 'aksu-apple', fields: ['priceFen'] }]);
    const still = await live(server);
    expect(still.etag).toBe(newer.etag);
    expect(still.catalog.products.find((p) => p.id === 'aksu-apple')!.priceFen).toBe(6590);
  });

  it('needs If-Match (428) and refuses an ETag that is no version of this store (412)', async () => {
    const base = await live(server);
    expect((await publish(base.catalog, null)).status).toBe(428);
    const unknown = await publish(base.catalog, '"v9-made-up"');
    expect(unknown.status).toBe(412);
    expect((await live(server)).version).toBe(1);
  });

  it('refuses an invalid catalog with 422 naming the JSON path, and the live version stays', async () => {
    const base = await live(server);
    const broken = structuredClone(base.catalog) as unknown as { products: { priceFen: unknown }[] };
    broken.products[3]!.priceFen = -5;
    const response = await publish(broken, base.etag);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; errors: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe('invalid-catalog');
    expect(body.error.errors.map((error) => error.path)).toContain('products[3].priceFen');
    expect((await live(server)).etag).toBe(base.etag);
  });

  it('refuses a catalog of another store (422 store.id) and bad JSON (400)', async () => {
    const base = await live(server);
    const foreign = structuredClone(base.catalog);
    foreign.store.id = 'other-store';
    const response = await publish(foreign, base.etag);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { errors: { path: string }[] } }).error.errors[0]!.path).toBe(
      'store.id',
    );
    const bad = await server.request(catalogPath, {
      method: 'POST',
      cookie: owner,
      headers: { 'if-match': base.etag },
      body: '{"schemaVersion": 1,',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad-json');
    expect((await live(server)).version).toBe(1);
  });

  it('keeps a history of versions (who, when, what changed) and rolls back as a new version', async () => {
    const v1 = await live(server);
    server.now.value = new Date('2026-11-10T14:00:00+08:00');
    await publish(withApplePrice(v1.catalog, 6590), v1.etag);
    const v2 = await live(server);
    const history = await server.request(`${catalogPath}/versions`, { cookie: owner });
    expect(history.status).toBe(200);
    const list = (await history.json()) as {
      live: number;
      versions: {
        version: number;
        createdBy: string;
        createdAt: string;
        summary: unknown;
        rollbackOf: number | null;
      }[];
    };
    expect(list.live).toBe(2);
    expect(list.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(list.versions[0]!.createdBy).toBe('owner');
    expect(new Date(list.versions[0]!.createdAt).getTime()).toBeGreaterThan(0);
    expect(list.versions[0]!.summary).toMatchObject({
      products: { changed: [{ id: 'aksu-apple', fields: ['priceFen'] }] },
    });

    const oldOne = await server.request(`${catalogPath}/versions/1`, { cookie: owner });
    expect(oldOne.status).toBe(200);
    expect(oldOne.headers.get('etag')).toBe(v1.etag);

    const rollback = await server.request(`${catalogPath}/rollback`, {
      method: 'POST',
      cookie: owner,
      headers: { 'if-match': v2.etag },
      body: JSON.stringify({ version: 1 }),
    });
    expect(rollback.status).toBe(201);
    const v3 = await live(server);
    expect(v3.version).toBe(3);
    expect(v3.catalog.products.find((p) => p.id === 'aksu-apple')!.priceFen).toBe(
      v1.catalog.products.find((p) => p.id === 'aksu-apple')!.priceFen,
    );
    const after = (await (
      await server.request(`${catalogPath}/versions`, { cookie: owner })
    ).json()) as typeof list;
    expect(after.versions[0]).toMatchObject({ version: 3, rollbackOf: 1 });
    // A rollback from a stale page is refused like a stale publish.
    const stale = await server.request(`${catalogPath}/rollback`, {
      method: 'POST',
      cookie: owner,
      headers: { 'if-match': v2.etag },
      body: JSON.stringify({ version: 2 }),
    });
    expect(stale.status).toBe(409);
    const missing = await server.request(`${catalogPath}/rollback`, {
      method: 'POST',
      cookie: owner,
      headers: { 'if-match': v3.etag },
      body: JSON.stringify({ version: 99 }),
    });
    expect(missing.status).toBe(404);
    const badVersion = await server.request(`${catalogPath}/versions/abc`, { cookie: owner });
    expect(badVersion.status).toBe(400);
  });

  it('lets exactly one of two publishes on the same base win', async () => {
    const base = await live(server);
    const [a, b] = await Promise.all([
      publish(withApplePrice(base.catalog, 6001), base.etag),
      publish(withApplePrice(base.catalog, 6002), base.etag),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const history = (await (await server.request(`${catalogPath}/versions`, { cookie: owner })).json()) as {
      versions: unknown[];
    };
    expect(history.versions).toHaveLength(2);
  });

  it('serves the default store at /catalog.json and 404s unknown stores with a reason', async () => {
    const legacy = await server.request('/catalog.json');
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('etag')).toBe((await live(server)).etag);
    const unknown = await server.request('/api/stores/no-such-store/catalog');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('unknown-store');
    const bad = await server.request('/api/stores/NOT%20A%20SLUG/catalog');
    expect(bad.status).toBe(400);
    const store = (await (await server.request(`/api/stores/${demoStoreId}`)).json()) as {
      liveVersion: number;
    };
    expect(store.liveVersion).toBe(1);
  });

  it('keeps drafts per store on the server', async () => {
    const none = await server.request(`/api/stores/${demoStoreId}/draft`, { cookie: owner });
    expect(none.status).toBe(404);
    const put = await server.request(`/api/stores/${demoStoreId}/draft`, {
      method: 'PUT',
      cookie: owner,
      body: JSON.stringify({ baseVersion: 1, draft: { note: 'apples' } }),
    });
    expect(put.status).toBe(204);
    const got = (await (
      await server.request(`/api/stores/${demoStoreId}/draft`, { cookie: owner })
    ).json()) as { baseVersion: number; draft: unknown; updatedBy: string };
    expect(got).toMatchObject({ baseVersion: 1, draft: { note: 'apples' }, updatedBy: 'owner' });
    const bad = await server.request(`/api/stores/${demoStoreId}/draft`, {
      method: 'PUT',
      cookie: owner,
      body: JSON.stringify({ baseVersion: -1, draft: 3 }),
    });
    expect(bad.status).toBe(400);
  });
});
