import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { publishCatalog, rollbackCatalog, type PublishOutcome } from '../catalog-service';
import type { AppDb } from '../db/connect';
import { findLiveEtag, findLiveVersion, findVersion, listVersions } from '../db/catalog-repo';
import { requireRole } from '../auth/session';
import { readJson } from '../http/body';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import type { ServerDeps } from '../deps';

/** Catalogs larger than this are refused with 413 before they are read (the studio shows the limit). */
export const maxCatalogBodyBytes = 8 * 1024 * 1024;

const matches = (c: Context, etag: string) =>
  c.req
    .header('if-none-match')
    ?.split(',')
    .some((tag) => tag.trim() === etag) ?? false;

/** Sends a stored catalog as it was published, with its ETag; 304 when the client already has it. */
export function sendCatalog(c: Context, version: { version: number; etag: string; catalogJson: string }) {
  c.header('ETag', version.etag);
  c.header('X-Catalog-Version', String(version.version));
  c.header('Cache-Control', 'no-cache');
  if (matches(c, version.etag)) return c.body(null, 304);
  return c.body(version.catalogJson, 200, { 'Content-Type': 'application/json; charset=utf-8' });
}

/**
 * The live catalog of a store: a client that has it (the polls of every phone and kiosk) gets a 304 after
 * reading the ETag alone, without the catalog's text.
 */
export async function sendLiveCatalog(c: Context, db: AppDb, storeId: string) {
  const current = await findLiveEtag(db, storeId);
  if (current && matches(c, current.etag)) {
    c.header('ETag', current.etag);
    c.header('X-Catalog-Version', String(current.version));
    c.header('Cache-Control', 'no-cache');
    return c.body(null, 304);
  }
  const live = current ? await findLiveVersion(db, storeId) : null;
  return live
    ? sendCatalog(c, live)
    : apiError(c, 404, 'no-catalog', 'This store has not published a catalog yet.');
}

function answer(c: Context<AppEnv>, outcome: PublishOutcome, deps: ServerDeps) {
  switch (outcome.kind) {
    case 'published': {
      deps.log({
        msg: 'publish',
        store: c.req.param('storeId'),
        version: outcome.version,
        by: c.get('session')?.username,
      });
      c.header('ETag', outcome.etag);
      return c.json({ version: outcome.version, etag: outcome.etag, summary: outcome.summary }, 201);
    }
    case 'unknown-store':
      return apiError(c, 404, 'unknown-store', 'No such store.');
    case 'unknown-version':
      return apiError(c, 404, 'unknown-version', 'No such catalog version.');
    case 'base-required':
      return apiError(
        c,
        428,
        'base-version-required',
        'Send If-Match with the ETag of the version your draft is based on.',
      );
    case 'unknown-base':
      return apiError(c, 412, 'unknown-base', `If-Match ${outcome.etag} is no version of this store.`);
    case 'invalid':
      return apiError(
        c,
        422,
        'invalid-catalog',
        `${outcome.errors.length} problem(s) in the catalog; the live version is unchanged.`,
        {
          errors: outcome.errors.slice(0, 200),
          total: outcome.errors.length,
        },
      );
    case 'stale':
      return apiError(
        c,
        409,
        'stale-base',
        `The store is at version ${outcome.live.version}: your draft is based on an older one.`,
        {
          live: outcome.live,
          changes: outcome.changes,
        },
      );
  }
}

const versionParam = z.coerce.number().check(z.int(), z.positive(), z.lte(2 ** 31 - 1));
const rollbackBody = z.object({ version: z.number().check(z.int(), z.positive(), z.lte(2 ** 31 - 1)) });

/** `/api/stores/:storeId/catalog…`: the live catalog for everyone, versions and publishing for the owner. */
export function catalogRoutes(deps: ServerDeps) {
  const { database } = deps;
  const owner = requireRole(['owner']);
  const context = (c: Context<AppEnv>) => ({
    db: database.db,
    channel: database.channel,
    storeId: c.req.param('storeId')!,
    ifMatch: c.req.header('if-match')?.trim(),
    ifNoneMatch: c.req.header('if-none-match')?.trim(),
    username: c.get('session')!.username,
    now: c.get('now')(),
  });
  return new Hono<AppEnv>()
    .get('/', (c) => sendLiveCatalog(c, database.db, c.req.param('storeId')!))
    .post(
      '/',
      owner,
      bodyLimit({
        maxSize: maxCatalogBodyBytes,
        onError: (c) =>
          apiError(c, 413, 'too-large', `A catalog may be at most ${maxCatalogBodyBytes} bytes.`, {
            limit: maxCatalogBodyBytes,
          }),
      }),
      async (c) => {
        const body = await readJson(c);
        if (!body.ok) return body.response;
        return answer(c, await publishCatalog(context(c), body.value), deps);
      },
    )
    .post('/rollback', owner, async (c) => {
      const body = await readJson(c, rollbackBody);
      if (!body.ok) return body.response;
      return answer(c, await rollbackCatalog(context(c), body.value.version), deps);
    })
    .get('/versions', owner, async (c) => {
      const storeId = c.req.param('storeId')!;
      const versions = await listVersions(database.db, storeId);
      const live = await findLiveVersion(database.db, storeId);
      return c.json({ live: live?.version ?? 0, versions });
    })
    .get('/versions/:version', owner, async (c) => {
      const parsed = versionParam.safeParse(c.req.param('version'));
      if (!parsed.success) return apiError(c, 400, 'bad-version', 'A version is a positive whole number.');
      const version = await findVersion(database.db, c.req.param('storeId')!, parsed.data);
      return version
        ? sendCatalog(c, version)
        : apiError(c, 404, 'unknown-version', 'No such catalog version.');
    });
}
