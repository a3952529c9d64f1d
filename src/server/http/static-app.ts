import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './env';

/** Only files with a content hash in their name may be cached for a year. */
const hashedAsset = /^\/assets\//u;
/** Files that must be revalidated on every load so a new build reaches every phone. */
const alwaysFresh = new Set(['/sw.js', '/index.html', '/registerSW.js', '/manifest.webmanifest']);

/** The name of the meta tag listing the store's own public origins (SHELFSIGHT_ORIGINS). */
export const originsMetaName = 'shelfsight-origins';

/**
 * `dist/index.html`, with a tag telling the app it is served by the store server and which store is the
 * default, and one listing the store's own origins (where a kiosk may send a phone). Re-read when the file
 * changes (a rebuild while the server runs).
 */
function indexHtml(distDir: string, defaultStoreId: string, origins: readonly string[]) {
  const file = join(distDir, 'index.html');
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    const { mtimeMs } = statSync(file);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      // Both values were validated at start (a slug; http(s) origins), so they need no escaping.
      const tags = [`<meta name="shelfsight-server" content="${defaultStoreId}">`];
      if (origins.length > 0) tags.push(`<meta name="${originsMetaName}" content="${origins.join(' ')}">`);
      const head = `<head>\n    ${tags.join('\n    ')}`;
      cached = { mtimeMs, html: readFileSync(file, 'utf8').replace('<head>', head) };
    }
    return cached.html;
  };
}

/**
 * Serves the built app: hashed assets with a year's cache, everything else revalidated, and `index.html` for
 * app routes (no file extension: `/p/aksu-apple`, `/s/<store>/kiosk`) so deep links and reloads work.
 */
export function staticApp(distDir: string, defaultStoreId: string, origins: readonly string[] = []) {
  const html = indexHtml(distDir, defaultStoreId, origins);
  const sendIndex = (c: Context<AppEnv>) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(html());
  };
  return new Hono<AppEnv>()
    .get('/', sendIndex)
    .get('/index.html', sendIndex)
    .use('*', async (c, next) => {
      await next();
      // serveStatic builds its own Response, so the cache policy goes on afterwards.
      if (c.res.ok && !c.res.headers.has('Cache-Control')) {
        const url = c.req.path;
        c.res.headers.set(
          'Cache-Control',
          hashedAsset.test(url)
            ? 'public, max-age=31536000, immutable'
            : alwaysFresh.has(url)
              ? 'no-cache'
              : 'public, max-age=300',
        );
      }
    })
    .use('*', serveStatic({ root: distDir }))
    .get('*', (c) => {
      const { pathname } = new URL(c.req.url);
      const last = pathname.split('/').pop() ?? '';
      if (last.includes('.')) return c.text('Not found', 404);
      return sendIndex(c);
    });
}
