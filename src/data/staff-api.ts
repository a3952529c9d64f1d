import type { CatalogChangeSummary } from '../domain/catalog/diff';
import { callApi, postJson, readJson } from './api-call';

export type { ApiFailure, ApiResult } from './api-call';

/** Staff roles on the store server (src/server/API.md, "Logins"). */
export type StaffRole = 'owner' | 'cashier' | 'kiosk';

export interface StaffSession {
  user: { username: string; role: StaffRole; storeId: string };
  mustChangePassword: boolean;
}

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

const call = callApi;
const json = postJson;
const asJson = readJson;
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
