import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Catalog, CatalogError } from '../../domain/catalog';
import type { AppDb } from './connect';
import { syncStockOnPublish } from './stock-repo';
import { catalogVersions, drafts, stores } from './schema';

/** A catalog version as stored: the exact JSON served, its ETag and who made it. */
export interface StoredVersion {
  version: number;
  etag: string;
  catalogJson: string;
  createdBy: string;
  createdAt: Date;
  rollbackOf: number | null;
  summary: unknown;
}

export interface StoreRow {
  id: string;
  name: { 'zh-CN': string; en: string };
  liveVersion: number;
}

/** The ETag names the version and hashes the bytes, so a recreated database never answers 304 to old copies. */
export function catalogEtag(version: number, catalogJson: string): string {
  return `"v${version}-${createHash('sha256').update(catalogJson).digest('base64url').slice(0, 16)}"`;
}

export async function findStore(db: AppDb, storeId: string): Promise<StoreRow | null> {
  const [row] = await db
    .select({ id: stores.id, name: stores.name, liveVersion: stores.liveVersion })
    .from(stores)
    .where(eq(stores.id, storeId));
  return row ?? null;
}

export async function listStores(db: AppDb): Promise<StoreRow[]> {
  return db.select({ id: stores.id, name: stores.name, liveVersion: stores.liveVersion }).from(stores);
}

/** Adds a store with no catalog yet; false when the id is taken. */
export async function insertStore(db: AppDb, id: string, name: StoreRow['name']): Promise<boolean> {
  const rows = await db
    .insert(stores)
    .values({ id, name })
    .onConflictDoNothing()
    .returning({ id: stores.id });
  return rows.length === 1;
}

const versionColumns = {
  version: catalogVersions.version,
  etag: catalogVersions.etag,
  catalogJson: catalogVersions.catalogJson,
  createdBy: catalogVersions.createdBy,
  createdAt: catalogVersions.createdAt,
  rollbackOf: catalogVersions.rollbackOf,
  summary: catalogVersions.summary,
};

export async function findVersion(
  db: AppDb,
  storeId: string,
  version: number,
): Promise<StoredVersion | null> {
  const [row] = await db
    .select(versionColumns)
    .from(catalogVersions)
    .where(and(eq(catalogVersions.storeId, storeId), eq(catalogVersions.version, version)));
  return row ?? null;
}

/** The version shoppers see now, or null before the first publish. */
export async function findLiveVersion(db: AppDb, storeId: string): Promise<StoredVersion | null> {
  const [row] = await db
    .select(versionColumns)
    .from(catalogVersions)
    .innerJoin(
      stores,
      and(eq(stores.id, catalogVersions.storeId), eq(stores.liveVersion, catalogVersions.version)),
    )
    .where(eq(catalogVersions.storeId, storeId));
  return row ?? null;
}

/** The live version's number and ETag only (a 304 needs no catalog read). */
export async function findLiveEtag(
  db: AppDb,
  storeId: string,
): Promise<{ version: number; etag: string } | null> {
  const [row] = await db
    .select({ version: catalogVersions.version, etag: catalogVersions.etag })
    .from(catalogVersions)
    .innerJoin(
      stores,
      and(eq(stores.id, catalogVersions.storeId), eq(stores.liveVersion, catalogVersions.version)),
    )
    .where(eq(catalogVersions.storeId, storeId));
  return row ?? null;
}

/** Every version of a store, newest first, without the catalogs themselves. */
export async function listVersions(db: AppDb, storeId: string) {
  return db
    .select({
      version: catalogVersions.version,
      etag: catalogVersions.etag,
      createdBy: catalogVersions.createdBy,
      createdAt: catalogVersions.createdAt,
      rollbackOf: catalogVersions.rollbackOf,
      summary: catalogVersions.summary,
    })
    .from(catalogVersions)
    .where(eq(catalogVersions.storeId, storeId))
    .orderBy(desc(catalogVersions.version));
}

export interface NewVersion {
  storeId: string;
  /** The live version the change was based on; the write happens only if the store is still there. */
  baseVersion: number;
  catalogJson: string;
  createdBy: string;
  rollbackOf?: number | null;
  summary?: unknown;
  /** The live stock follows the change from `previous` to `next` (see syncStockOnPublish). */
  previous: Catalog | null;
  next: Catalog;
}

export type InsertVersionResult =
  | { ok: true; version: number; etag: string }
  | { ok: false; reason: 'stale'; liveVersion: number }
  | { ok: false; reason: 'unknown-store' }
  | { ok: false; reason: 'stock'; errors: CatalogError[] };

/** Thrown inside the publishing transaction to roll it back when the stock refuses the change. */
class StockRefusal extends Error {
  constructor(readonly errors: CatalogError[]) {
    super('stock refused the publish');
  }
}

/**
 * Makes a new live version in one transaction: a conditional update moves `live_version` from the base to
 * base + 1 only if no other publish got there first (compare-and-set, so two owners publishing at once can
 * never both win), the version row is inserted, and a NOTIFY tells every server process on this database,
 * delivered by PostgreSQL only when the transaction commits.
 */
export async function insertVersion(
  db: AppDb,
  channel: string,
  change: NewVersion,
): Promise<InsertVersionResult> {
  try {
    return await writeVersion(db, channel, change);
  } catch (error) {
    if (error instanceof StockRefusal) return { ok: false, reason: 'stock', errors: error.errors };
    throw error;
  }
}

function writeVersion(db: AppDb, channel: string, change: NewVersion): Promise<InsertVersionResult> {
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(stores)
      .set({ liveVersion: sql`${stores.liveVersion} + 1` })
      .where(and(eq(stores.id, change.storeId), eq(stores.liveVersion, change.baseVersion)))
      .returning({ liveVersion: stores.liveVersion });
    if (moved.length === 0) {
      const [store] = await tx
        .select({ liveVersion: stores.liveVersion })
        .from(stores)
        .where(eq(stores.id, change.storeId));
      return store
        ? { ok: false as const, reason: 'stale' as const, liveVersion: store.liveVersion }
        : { ok: false as const, reason: 'unknown-store' as const };
    }
    const version = moved[0]!.liveVersion;
    const etag = catalogEtag(version, change.catalogJson);
    await tx.insert(catalogVersions).values({
      storeId: change.storeId,
      version,
      catalogJson: change.catalogJson,
      etag,
      createdBy: change.createdBy,
      rollbackOf: change.rollbackOf ?? null,
      summary: change.summary ?? null,
    });
    const stockErrors = await syncStockOnPublish(tx, change.storeId, change.previous, change.next);
    if (stockErrors.length > 0) throw new StockRefusal(stockErrors);
    const event = JSON.stringify({ storeId: change.storeId, type: 'catalog', version, etag });
    await tx.execute(sql`select pg_notify(${channel}, ${event})`);
    const products = change.next.products.map((product) => product.id);
    const flash = change.next.promotions.flatMap((promotion) =>
      promotion.kind === 'flash-price' ? [promotion.id] : [],
    );
    await tx.execute(
      sql`select pg_notify(${channel}, shelfsight_stock_event(${change.storeId}, ${`{${products.join(',')}}`}::text[], ${`{${flash.join(',')}}`}::text[]))`,
    );
    return { ok: true as const, version, etag };
  });
}

export async function findDraft(db: AppDb, storeId: string) {
  const [row] = await db
    .select({
      baseVersion: drafts.baseVersion,
      draft: drafts.draft,
      updatedBy: drafts.updatedBy,
      updatedAt: drafts.updatedAt,
    })
    .from(drafts)
    .where(eq(drafts.storeId, storeId));
  return row ?? null;
}

export async function saveDraft(
  db: AppDb,
  storeId: string,
  baseVersion: number,
  draft: unknown,
  updatedBy: string,
) {
  await db
    .insert(drafts)
    .values({ storeId, baseVersion, draft, updatedBy })
    .onConflictDoUpdate({
      target: drafts.storeId,
      set: { baseVersion, draft, updatedBy, updatedAt: sql`now()` },
    });
}
