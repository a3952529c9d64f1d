/**
 * Shelfsight's service worker (built by vite-plugin-pwa, `injectManifest`; registered by pwa.ts).
 * - Precache: the app shell, catalog.json, models and posters, listed at build time in `__WB_MANIFEST`, in
 *   one cache per build; a new build waits until the page asks it to take over (kiosk: at its idle reset).
 * - Catalogs (*.json and the store server's /api/stores/:id/catalog): network first, so prices stay live and ETag/304 reach the page; when the network
 *   fails or takes over `networkTimeoutSeconds`, the last copy is served with `x-shelfsight-offline: 1` so
 *   the page can say its prices are a cached copy.
 * - Everything else precached: cache first. Navigations get the cached shell (single-page app).
 * Written without workbox's runtime modules: this is all the routing we need, and it stays readable.
 */

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
declare global {
  // Filled in at build time by vite-plugin-pwa (workbox-build's injectManifest) with every precached file.
  var __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
}

interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const worker = self as unknown as WorkerScope;
// Spelled exactly so: the build looks for this text to inject the list.
const manifest = self.__WB_MANIFEST;
const scope = new URL(worker.registration.scope);
const prefix = 'shelfsight-precache-';

/** A short hash of the manifest: a new build with any changed file gets a new cache. */
function manifestVersion(): string {
  let hash = 0;
  for (const entry of manifest) {
    for (const char of `${entry.url}|${entry.revision ?? ''};`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  }
  return (hash >>> 0).toString(36);
}

const cacheName = prefix + manifestVersion();
const shellUrl = new URL('index.html', scope).href;
const precached = new Set(manifest.map((entry) => new URL(entry.url, scope).href));

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      // `reload` skips the HTTP cache so the precache never starts from a stale copy.
      cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' }))),
    ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(prefix) && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  const data = event.data as { type?: string } | null;
  if (data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

/** Seconds the network gets before a cached catalog is served instead (workbox's `networkTimeoutSeconds`). */
const networkTimeoutSeconds = 3;

async function offlineCopy(cache: Cache, key: string): Promise<Response | null> {
  const cached = await cache.match(key);
  if (!cached) return null;
  const headers = new Headers(cached.headers);
  headers.set('x-shelfsight-offline', '1');
  return new Response(await cached.blob(), { status: 200, headers });
}

async function networkFirstJson(request: Request): Promise<Response> {
  const key = new URL(request.url);
  key.search = '';
  const cache = await caches.open(cacheName);
  const network = fetch(request).then(async (response) => {
    if (response.status === 200) await cache.put(key.href, response.clone());
    return response;
  });
  network.catch(() => undefined); // its failure is handled below, or no longer matters
  // A network that hangs gets the cached copy after the timeout; the answer still refreshes the cache.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<Response | null>((resolve) => {
    timer = setTimeout(() => resolve(offlineCopy(cache, key.href)), networkTimeoutSeconds * 1000);
  });
  try {
    const first = await Promise.race([network, slow]);
    return first ?? (await network);
  } catch (error) {
    const cached = await offlineCopy(cache, key.href);
    if (!cached) throw error;
    return cached;
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(request: Request, key: string): Promise<Response> {
  const cached = await caches.match(key, { cacheName });
  return cached ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin) return;
  const isPage = request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname);
  // The store server's live catalog is a catalog like catalog.json; its other API calls (event stream,
  // sign-in, staff) always go to the network.
  const isServerCatalog = /^\/api\/stores\/[a-z0-9-]+\/catalog$/u.test(url.pathname);
  if (isPage) event.respondWith(cacheFirst(request, shellUrl));
  else if (url.pathname.endsWith('.json') || isServerCatalog) event.respondWith(networkFirstJson(request));
  else if (url.pathname.startsWith('/api/')) return;
  else if (precached.has(url.origin + url.pathname))
    event.respondWith(cacheFirst(request, url.origin + url.pathname));
});

export {};
