/**
 * Which store this page belongs to and whether the store server is there, decided once at start.
 *
 * The server marks the pages it serves with `<meta name="shelfsight-server" content="<default store id>">`
 * (src/server/API.md). Without the tag the app is statically hosted: `catalog.json`, polling, local export,
 * no logins, and today's URLs exactly as before. With it, `/s/<storeId>/…` selects a store and every other
 * path is the default store, so old links and printed labels keep working.
 */
export interface StoreContext {
  /** `server`: the store server serves this page (API, events, logins); `static`: plain files. */
  mode: 'server' | 'static';
  /** The store this page is for (server mode); null on static hosting, where the catalog names its store. */
  storeId: string | null;
  /** Path prefix every app URL carries: `''`, or `/s/<storeId>` when the URL selected a store. */
  base: string;
}

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 64;

export const isStoreId = (value: string | null | undefined): value is string =>
  !!value && value.length <= maxIdLength && slug.test(value);

/** The name of the meta tag the store server adds to index.html. */
export const serverMetaName = 'shelfsight-server';

/**
 * Reads the store context from the server's meta tag content (null: no tag) and the page's path. A `/s/`
 * prefix with a malformed id is not a store: the path is left alone and routes to the not-found page.
 */
export function parseStoreContext(serverMeta: string | null, pathname: string): StoreContext {
  const defaultStore = serverMeta?.trim() ?? null;
  if (serverMeta === null || !isStoreId(defaultStore)) return { mode: 'static', storeId: null, base: '' };
  const prefixed = /^\/s\/([^/]+)(?:\/|$)/.exec(pathname)?.[1];
  if (prefixed !== undefined && isStoreId(prefixed)) {
    return { mode: 'server', storeId: prefixed, base: `/s/${prefixed}` };
  }
  return { mode: 'server', storeId: defaultStore, base: '' };
}

/** Reads the context from the live document (the app calls this once, through `storeContext`). */
export function readStoreContext(doc: Pick<Document, 'querySelector'>, pathname: string): StoreContext {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${serverMetaName}"]`);
  return parseStoreContext(meta ? meta.content : null, pathname);
}

/** The page's store context; static in tests and anywhere without a document. */
export const storeContext: StoreContext =
  typeof document === 'undefined'
    ? { mode: 'static', storeId: null, base: '' }
    : readStoreContext(document, window.location.pathname);

/** `/api/stores/<id><path>` for the page's store; only meaningful in server mode. */
export function apiPath(context: StoreContext, path: string): string {
  return `/api/stores/${encodeURIComponent(context.storeId ?? '')}${path}`;
}

/**
 * An absolute link into this store's app (QR codes, hand-off, counter and cart links): the origin, the store
 * prefix, then the app path. `path` starts with `/`.
 */
export function appUrl(
  origin: string,
  path: string,
  context: Pick<StoreContext, 'base'> = storeContext,
): string {
  return `${origin}${context.base}${path}`;
}

/** The app path of a location inside this store (`/s/x/kiosk` -> `/kiosk`); null when outside the base. */
export function appPath(pathname: string, context: Pick<StoreContext, 'base'> = storeContext): string | null {
  if (!context.base) return pathname;
  if (pathname === context.base) return '/';
  return pathname.startsWith(`${context.base}/`) ? pathname.slice(context.base.length) : null;
}

/** A URL the label codec wrote (`<origin>/p/…`) with the store prefix after the origin. */
export function withStoreBase(
  url: string,
  origin: string,
  context: Pick<StoreContext, 'base'> = storeContext,
): string {
  return context.base && url.startsWith(`${origin}/`)
    ? `${origin}${context.base}${url.slice(origin.length)}`
    : url;
}

/**
 * A scanned label URL as the label codec (`src/domain/label`) expects it: on our origin, the store prefix is
 * removed, so `<origin>/s/x/p/aksu-apple?shelf=A-01` reads as `/p/aksu-apple`. Anything else is returned as
 * it came, for the codec to judge.
 */
export function withoutStoreBase(
  text: string,
  origin: string,
  context: Pick<StoreContext, 'base'> = storeContext,
): string {
  if (!context.base) return text;
  const prefix = `${origin}${context.base}/`;
  return text.trim().startsWith(prefix) ? `${origin}/${text.trim().slice(prefix.length)}` : text;
}
