import { parseCatalog, summarizeCatalogChange, type Catalog, type CatalogError } from '../domain/catalog';
import type { AppDb } from './db/connect';
import { findLiveVersion, findStore, findVersion, insertVersion, listVersions } from './db/catalog-repo';

/** How the server answers a publish or rollback; the route maps each kind to its status. */
export type PublishOutcome =
  | { kind: 'published'; version: number; etag: string; summary: unknown }
  | { kind: 'unknown-store' }
  | { kind: 'unknown-version' }
  | { kind: 'base-required' }
  | { kind: 'unknown-base'; etag: string }
  | { kind: 'invalid'; errors: CatalogError[] }
  | { kind: 'stale'; live: { version: number; etag: string }; changes: unknown };

export interface PublishContext {
  db: AppDb;
  channel: string;
  storeId: string;
  /** The `If-Match` header: the ETag of the version the change is based on. */
  ifMatch: string | undefined;
  /** `If-None-Match: *` publishes a store's very first version. */
  ifNoneMatch?: string | undefined;
  username: string;
  now: Date;
}

const parseStored = (json: string): Catalog | null => {
  const parsed = parseCatalog(JSON.parse(json));
  return parsed.ok ? parsed.catalog : null;
};

/** Finds the version a change is based on from its precondition header. */
async function resolveBase(context: PublishContext) {
  const { db, storeId, ifMatch, ifNoneMatch } = context;
  const store = await findStore(db, storeId);
  if (!store) return { kind: 'unknown-store' } as const;
  const live = await findLiveVersion(db, storeId);
  if (!live) {
    return ifNoneMatch === '*' || ifMatch === '*'
      ? ({ kind: 'base', base: null, live: null } as const)
      : ({ kind: 'base-required' } as const);
  }
  if (!ifMatch) return { kind: 'base-required' } as const;
  if (ifMatch === live.etag) return { kind: 'base', base: live, live } as const;
  const version = (await listVersions(db, storeId)).find((row) => row.etag === ifMatch);
  if (!version) return { kind: 'unknown-base', etag: ifMatch } as const;
  const base = await findVersion(db, storeId, version.version);
  const changes = base ? summarizeOrNull(base.catalogJson, live.catalogJson) : null;
  return { kind: 'stale', live: { version: live.version, etag: live.etag }, changes } as const;
}

function summarizeOrNull(beforeJson: string, afterJson: string) {
  const before = parseStored(beforeJson);
  const after = parseStored(afterJson);
  return before && after ? summarizeCatalogChange(before, after) : null;
}

async function write(
  context: PublishContext,
  baseVersion: number,
  baseJson: string | null,
  catalog: Catalog,
  rollbackOf: number | null,
) {
  const catalogJson = JSON.stringify(catalog);
  const summary = baseJson ? summarizeOrNull(baseJson, catalogJson) : null;
  const result = await insertVersion(context.db, context.channel, {
    storeId: context.storeId,
    baseVersion,
    catalogJson,
    createdBy: context.username,
    rollbackOf,
    summary,
    previous: baseJson ? parseStored(baseJson) : null,
    next: catalog,
  });
  if (result.ok) return { kind: 'published', version: result.version, etag: result.etag, summary } as const;
  if (result.reason === 'unknown-store') return { kind: 'unknown-store' } as const;
  if (result.reason === 'stock') return { kind: 'invalid', errors: result.errors } as const;
  // Another publish committed between our read and our write: report it like any stale base.
  const live = await findLiveVersion(context.db, context.storeId);
  return {
    kind: 'stale',
    live: { version: result.liveVersion, etag: live?.etag ?? '' },
    changes: baseJson && live ? summarizeOrNull(baseJson, live.catalogJson) : null,
  } as const;
}

/**
 * Publishes a merchant's catalog as the store's next version: validated by the same schema as the app (errors
 * by JSON path), refused if it names another store, and written only if the store is still at the version the
 * change was based on (`If-Match`), so a stale draft never overwrites a newer publish. The server's clock sets
 * `updatedAt`. Nothing is written on any refusal.
 */
export async function publishCatalog(context: PublishContext, body: unknown): Promise<PublishOutcome> {
  const parsed = parseCatalog(body);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  if (parsed.catalog.store.id !== context.storeId) {
    return {
      kind: 'invalid',
      errors: [{ path: 'store.id', message: `is ${parsed.catalog.store.id}, expected ${context.storeId}` }],
    };
  }
  const base = await resolveBase(context);
  if (base.kind !== 'base') return base;
  const catalog = { ...parsed.catalog, updatedAt: context.now.toISOString() };
  return write(context, base.live?.version ?? 0, base.live?.catalogJson ?? null, catalog, null);
}

/** Makes an earlier version live again, as a new version (history only grows). */
export async function rollbackCatalog(context: PublishContext, version: number): Promise<PublishOutcome> {
  const base = await resolveBase(context);
  if (base.kind !== 'base') return base;
  const target = await findVersion(context.db, context.storeId, version);
  const catalog = target ? parseStored(target.catalogJson) : null;
  if (!target || !catalog || !base.live) return { kind: 'unknown-version' };
  return write(
    context,
    base.live.version,
    base.live.catalogJson,
    { ...catalog, updatedAt: context.now.toISOString() },
    version,
  );
}
