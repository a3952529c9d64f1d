import type { CatalogChangeSummary } from '../domain/catalog/diff';

/** Staff roles on the store server (src/server/API.md, "Logins"). */
export type StaffRole = 'owner' | 'cashier' | 'kiosk';

export interface StaffSession {
  user: { username: string; role: StaffRole; storeId: string };
  mustChangePassword: boolean;
}

/** A failed call: the HTTP status (0: network) and the server's `{ error: { code, message } }` plus extras. */
export interface ApiFailure {
  status: number;
  code: string;
  message: string;
  /** Seconds to wait, from `Retry-After` on 429. */
  retryAfter?: number;
  /** 409 stale-base: the live version and what changed from the draft's base to it. */
  live?: { version: number; etag: string };
  changes?: CatalogChangeSummary;
  /** 422 invalid-catalog: every schema error by JSON path. */
  errors?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export interface PublishedVersion {
  version: number;
  etag: string;
  summary: CatalogChangeSummary | null;
}

export interface VersionEntry {
  version: number;
  etag: string;
  createdAt: string;
  createdBy: string;
  rollbackOf: number | null;
  summary: CatalogChangeSummary | null;
}

export interface LiveCatalog {
  json: unknown;
  etag: string;
  version: number | null;
}

async function call<T>(
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
  read: (response: Response) => Promise<T>,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    // Same origin only; the browser adds Origin to every POST by itself (the server's CSRF check).
    response = await fetcher(url, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch (error) {
    return { ok: false, failure: { status: 0, code: 'network', message: String(error) } };
  }
  if (response.ok) return { ok: true, value: await read(response) };
  const body = (await response.json().catch(() => ({}))) as {
    error?: Partial<ApiFailure>;
  } & Partial<ApiFailure>;
  const retry = Number(response.headers.get('retry-after'));
  const failure: ApiFailure = {
    status: response.status,
    code: body.error?.code ?? `http-${response.status}`,
    message: body.error?.message ?? response.statusText,
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
  // The extras may sit beside `error` or inside it; take them from either.
  for (const key of ['live', 'changes', 'errors'] as const) {
    const value = body[key] ?? body.error?.[key];
    if (value !== undefined) Object.assign(failure, { [key]: value });
  }
  return { ok: false, failure };
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const asJson = <T>(response: Response) => response.json() as Promise<T>;
const nothing = async () => undefined;

/**
 * The store server's staff API for one store, as plain functions that never throw: each resolves to the
 * value or to an `ApiFailure` carrying the server's code (`bad-credentials`, `stale-base`, …) and extras.
 */
export function createStaffApi(storeId: string, fetcher: typeof fetch = (input, init) => fetch(input, init)) {
  const api = `/api/stores/${encodeURIComponent(storeId)}`;
  return {
    me: () => call<StaffSession>(fetcher, `${api}/auth/me`, {}, asJson),
    login: (username: string, password: string) =>
      call<StaffSession>(fetcher, `${api}/auth/login`, json({ username, password }), asJson),
    logout: () => call(fetcher, `${api}/auth/logout`, { method: 'POST' }, nothing),
    setPassword: (newPassword: string) =>
      call(fetcher, `${api}/auth/password`, json({ newPassword }), nothing),
    versions: () =>
      call<{ live: number; versions: VersionEntry[] }>(fetcher, `${api}/catalog/versions`, {}, asJson),
    liveCatalog: () =>
      call<LiveCatalog>(fetcher, `${api}/catalog`, {}, async (response) => ({
        json: (await response.json()) as unknown,
        etag: response.headers.get('etag') ?? '',
        version: Number(response.headers.get('x-catalog-version')) || null,
      })),
    publish: (catalog: unknown, baseEtag: string) =>
      call<PublishedVersion>(fetcher, `${api}/catalog`, json(catalog, { 'if-match': baseEtag }), asJson),
    rollback: (version: number, liveEtag: string) =>
      call<PublishedVersion>(
        fetcher,
        `${api}/catalog/rollback`,
        json({ version }, { 'if-match': liveEtag }),
        asJson,
      ),
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;
