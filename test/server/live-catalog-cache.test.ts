import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findLiveEtag, insertVersion } from '../../src/server/db/catalog-repo';
import type { Database } from '../../src/server/db/connect';
import { createLiveCatalogCache } from '../../src/server/orders/live-catalog-cache';
import { createStoreWithCatalog } from '../../src/server/seed';
import { makeStoreCatalog, openTestDatabase } from './harness';

const storeId = 'cache-store';
let database: Database & { drop(): Promise<void> };
let clock = 1_000_000;

async function publishPrice(priceFen: number) {
  const next = makeStoreCatalog(storeId);
  next.products[0]!.priceFen = priceFen;
  const live = await findLiveEtag(database.db, storeId);
  const result = await insertVersion(database.db, database.channel, {
    storeId,
    baseVersion: live!.version,
    catalogJson: JSON.stringify(next),
    createdBy: 'test',
    previous: makeStoreCatalog(storeId),
    next,
  });
  expect(result.ok).toBe(true);
}

beforeEach(async () => {
  database = await openTestDatabase('pglite');
  await createStoreWithCatalog(database, makeStoreCatalog(storeId));
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await database.drop();
});

describe('live catalog cache of the order path', () => {
  it('keeps the parsed catalog past the cache time while the live version is the same', async () => {
    const live = createLiveCatalogCache(database.db);
    const first = await live(storeId);
    clock += 60_000;
    const again = await live(storeId);
    expect(again!.catalog).toBe(first!.catalog); // the same object: not parsed again
    expect(again!.at).toBe(clock);
  });

  it('picks up a publish it was not told about once the cache time has passed', async () => {
    const live = createLiveCatalogCache(database.db);
    const before = await live(storeId);
    await publishPrice(1234);
    expect((await live(storeId))!.version).toBe(before!.version); // within the cache time
    clock += 2_001;
    const after = await live(storeId);
    expect(after!.version).toBe(before!.version + 1);
    expect(after!.catalog.products[0]!.priceFen).toBe(1234);
  });

  it('forgets a store at once on a catalog event, and one load serves every order waiting', async () => {
    let forget: (storeId: string) => void = () => {};
    const live = createLiveCatalogCache(database.db, (listener) => (forget = listener));
    const before = await live(storeId);
    await publishPrice(4321);
    forget(storeId);
    const waiting = await Promise.all([live(storeId), live(storeId), live(storeId)]);
    expect(waiting[0]!.version).toBe(before!.version + 1);
    expect(waiting[1]).toBe(waiting[0]);
    expect(waiting[2]).toBe(waiting[0]);
  });
});
