import { inArray } from 'drizzle-orm';
import type { AppDb } from './connect';
import { catalogVersions, drafts, stores, users } from './schema';

/**
 * Copies every store with its catalog versions, drafts and staff from one database into another (the move from
 * the embedded PGlite to PostgreSQL), in one transaction on the target. Sessions and failed-login counts stay
 * behind: staff sign in again. Refuses, copying nothing, when the target already has one of the stores.
 */
export async function copyStoreData(
  from: AppDb,
  to: AppDb,
): Promise<{ stores: string[] } | { clash: string[] }> {
  const storeRows = await from.select().from(stores);
  const ids = storeRows.map((row) => row.id);
  if (ids.length === 0) return { stores: [] };
  const clash = (await to.select({ id: stores.id }).from(stores).where(inArray(stores.id, ids))).map(
    (row) => row.id,
  );
  if (clash.length > 0) return { clash };
  const versionRows = await from.select().from(catalogVersions);
  const draftRows = await from.select().from(drafts);
  const userRows = await from.select().from(users);
  await to.transaction(async (tx) => {
    await tx.insert(stores).values(storeRows);
    // Versions one store at a time: a big history stays under PostgreSQL's parameter limit per statement.
    for (const id of ids) {
      const rows = versionRows.filter((row) => row.storeId === id);
      for (let i = 0; i < rows.length; i += 500)
        await tx.insert(catalogVersions).values(rows.slice(i, i + 500));
    }
    if (draftRows.length > 0) await tx.insert(drafts).values(draftRows);
    if (userRows.length > 0) await tx.insert(users).values(userRows);
  });
  return { stores: ids };
}
