import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import { publishCatalog, rollbackCatalog, type PublishOutcome } from '../catalog-service';
import { findLiveVersion, findVersion, listVersions } from '../db/catalog-repo';
import { requireRole } from '../auth/session';
import { readJson } from '../http/body';
import { apiError } from '../http/errors';
import type { AppEnv } from '../http/env';
import type { ServerDeps } from '../deps';

/** Catalogs larger than this are refused with 413 before they are read (the studio shows the limit). */
export const maxCatalogBodyBytes = 8 * 1024 * 1024;

/** Sends a stored catalog as it was published, with its ETag; 304 when the client already has it. */
export function sendCatalog(c: Context, version: { version: number; etag: string; catalogJson: string }) {
  c.header('ETag', version.etag);
  c.header('X-Catalog-Version', String(version.version));
  c.header('Cache-Control', 'no-cache');
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === version.etag))
    return c.body(null, 304);
  return c.body(version.catalogJson, 200, { 'Content-Type': 'application/json; charset=utf-8' });
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
    .get('/', async (c) => {
      const live = await findLiveVersion(database.db, c.req.param('storeId')!);
      return live
        ? sendCatalog(c, live)
        : apiError(c, 404, 'no-catalog', 'This store has not published a catalog yet.');
    })
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
