import { afterEach, expect, it } from 'vitest';
import { copyStoreData } from '../../src/server/db/copy-store-data';
import { findLiveVersion, listVersions } from '../../src/server/db/catalog-repo';
import { findUser } from '../../src/server/db/auth-repo';
import { demoStoreId, openTestDatabase, ownerPassword, startTestServer, type TestServer } from './harness';

let server: TestServer | null = null;
const opened: { drop(): Promise<void> }[] = [];
afterEach(async () => {
  await server?.close();
  await Promise.all(opened.splice(0).map((database) => database.drop()));
});

it('moves every store with its versions and staff from the embedded database to PostgreSQL', async () => {
  server = await startTestServer('pglite');
  const owner = await server.login(demoStoreId, 'owner', ownerPassword);
  const live = await server.request(`/api/stores/${demoStoreId}/catalog`);
  const catalog = await live.json();
  catalog.products[0].priceFen = 4242;
  await server.request(`/api/stores/${demoStoreId}/catalog`, {
    method: 'POST',
    cookie: owner,
    headers: { 'if-match': live.headers.get('etag')! },
    body: JSON.stringify(catalog),
  });

  const target = await openTestDatabase('postgres');
  opened.push(target);
  expect(await copyStoreData(server.database.db, target.db)).toEqual({
    stores: expect.arrayContaining([demoStoreId, 'other-store']),
  });
  const moved = await findLiveVersion(target.db, demoStoreId);
  expect(moved?.version).toBe(2);
  expect(JSON.parse(moved!.catalogJson).products[0].priceFen).toBe(4242);
  expect(moved?.etag).toBe((await findLiveVersion(server.database.db, demoStoreId))?.etag);
  expect((await listVersions(target.db, demoStoreId)).map((row) => row.version)).toEqual([2, 1]);
  expect((await findUser(target.db, demoStoreId, 'owner'))?.passwordHash).toMatch(/^scrypt\$/u);
  // A second copy would clash and copies nothing.
  expect(await copyStoreData(server.database.db, target.db)).toEqual({
    clash: expect.arrayContaining([demoStoreId]),
  });
});
