import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readSession } from './auth/session';
import { findStore } from './db/catalog-repo';
import { slugPattern } from './http/body';
import { sameOriginOnly } from './http/csrf';
import { apiError } from './http/errors';
import type { AppEnv } from './http/env';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { staticApp } from './http/static-app';
import { authRoutes } from './routes/auth';
import { catalogRoutes, maxCatalogBodyBytes, sendLiveCatalog } from './routes/catalog';
import { eventRoutes } from './routes/events';
import { ownerRoutes } from './routes/staff';
import { orderRoutes } from './routes/orders';
import type { ServerDeps } from './deps';

export interface AppOptions {
  /** The built app to serve; absent: API only (tests). */
  distDir?: string | undefined;
  /** The store behind today's URLs (`/`, `/p/:id`, `/catalog.json`). */
  defaultStoreId: string;
  tls?: boolean;
}

/** Small JSON bodies everywhere except catalogs and drafts, which are store-sized. */
const smallBodyBytes = 64 * 1024;
const largeBody = /^\/api\/stores\/[^/]+\/(catalog|draft)\/?$/u;

/**
 * The store server: one Hono app mounting a router per resource. Cross-cutting work is middleware: request
 * log, security headers, body limits, CSRF origin check, session. Routes are thin over the db and domain.
 */
export function createApp(deps: ServerDeps, { distDir, defaultStoreId, tls = false }: AppOptions) {
  const app = new Hono<AppEnv>();
  app.use(requestLog(deps.log));
  app.use(...securityHeaders({ tls }));
  app.use(async (c, next) => {
    c.set('now', deps.now);
    await next();
  });

  const api = new Hono<AppEnv>();
  api.use(async (c, next) => {
    const maxSize = largeBody.test(c.req.path) ? maxCatalogBodyBytes : smallBodyBytes;
    const tooLarge = (c: Context<AppEnv>) =>
      apiError(c, 413, 'too-large', `The request body may be at most ${maxSize} bytes.`, { limit: maxSize });
    // A declared length is judged from the header alone: Hono's bodyLimit reads `c.req.raw.body`, which
    // makes @hono/node-server build a full WHATWG Request with a stream for every order (a tenth of a
    // burst's CPU). Chunked bodies (no length) still go through bodyLimit, which counts while it reads.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      return /^\d+$/u.test(length) && Number(length) <= maxSize ? next() : tooLarge(c);
    }
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return bodyLimit({ maxSize, onError: tooLarge })(c, next);
  });
  api.use(sameOriginOnly(deps.trustedOrigins));
  api.use(readSession(deps.database.db));
  const knownStores = new Set<string>();
  api.use('/stores/:storeId/*', async (c, next) => {
    const storeId = c.req.param('storeId');
    if (!slugPattern.test(storeId) || storeId.length > 64)
      return apiError(c, 400, 'bad-store-id', 'A store id is a lowercase slug.');
    // Stores are added (CLI) but never removed, so one that was found once needs no query per request.
    if (!knownStores.has(storeId)) {
      if (!(await findStore(deps.database.db, storeId)))
        return apiError(c, 404, 'unknown-store', `No store ${storeId}.`);
      knownStores.add(storeId);
    }
    await next();
  });
  api.get('/stores/:storeId', async (c) => {
    const store = await findStore(deps.database.db, c.req.param('storeId'));
    return store ? c.json(store) : apiError(c, 404, 'unknown-store', 'No such store.');
  });
  api.route('/stores/:storeId/catalog', catalogRoutes(deps));
  api.route('/stores/:storeId/events', eventRoutes(deps));
  api.route('/stores/:storeId/auth', authRoutes(deps));
  api.route('/stores/:storeId', ownerRoutes(deps));
  api.route('/stores/:storeId', orderRoutes(deps));
  api.notFound((c) => apiError(c, 404, 'not-found', `No API at ${c.req.method} ${c.req.path}.`));
  app.route('/api', api);

  // Static-era clients (and the service worker's precache) ask for /catalog.json: the default store's live one.
  app.get('/catalog.json', (c) => sendLiveCatalog(c, deps.database.db, defaultStoreId));
  if (distDir) app.route('/', staticApp(distDir, defaultStoreId, deps.trustedOrigins));

  app.onError((error, c) => {
    deps.log({
      msg: 'error',
      path: c.req.path,
      error: error instanceof Error ? error.message : String(error),
    });
    return apiError(c, 500, 'internal', 'Something went wrong on the server; nothing was changed.');
  });
  return app;
}
