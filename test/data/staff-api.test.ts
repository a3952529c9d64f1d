import { describe, expect, it } from 'vitest';
import { createStaffApi } from '../../src/data/staff-api';
import { createStaffSessionStore } from '../../src/state/staff-session';

type Call = { url: string; init: RequestInit };

/** A fetch that answers from a table of `METHOD path` -> response, and records every call. */
function fakeFetch(routes: Record<string, () => Response>) {
  const calls: Call[] = [];
  const fetcher = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const route = routes[`${init.method ?? 'GET'} ${url}`];
    if (!route) throw new TypeError('Failed to fetch');
    return route();
  }) as typeof fetch;
  return { calls, fetcher };
}

const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const owner = { user: { username: 'owner', role: 'owner', storeId: 's' }, mustChangePassword: false };
const api = '/api/stores/s';

describe('staff API client', () => {
  it('logs in with same-origin credentials and a JSON body', async () => {
    const { calls, fetcher } = fakeFetch({ [`POST ${api}/auth/login`]: () => jsonResponse(200, owner) });
    const result = await createStaffApi('s', fetcher).login('owner', 'secret');
    expect(result).toEqual({ ok: true, value: owner });
    expect(calls[0]!.init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ username: 'owner', password: 'secret' });
  });

  it('reports 429 with the wait from Retry-After', async () => {
    const { fetcher } = fakeFetch({
      [`POST ${api}/auth/login`]: () =>
        jsonResponse(429, { error: { code: 'rate-limited', message: 'slow down' } }, { 'retry-after': '42' }),
    });
    const result = await createStaffApi('s', fetcher).login('owner', 'x');
    expect(result).toEqual({
      ok: false,
      failure: { status: 429, code: 'rate-limited', message: 'slow down', retryAfter: 42 },
    });
  });

  it('publishes with If-Match and hands back the conflict of a stale base', async () => {
    const changes = {
      products: { added: [], removed: [], changed: [{ id: 'aksu-apple', fields: ['stock'] }] },
    };
    const { calls, fetcher } = fakeFetch({
      [`POST ${api}/catalog`]: () =>
        jsonResponse(409, {
          error: { code: 'stale-base', message: 'stale' },
          live: { version: 5, etag: '"c5"' },
          changes,
        }),
    });
    const result = await createStaffApi('s', fetcher).publish({ schemaVersion: 1 }, '"c3"');
    expect(new Headers(calls[0]!.init.headers).get('if-match')).toBe('"c3"');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({ status: 409, code: 'stale-base', live: { version: 5 }, changes });
  });

  it('passes on the server’s schema errors by path', async () => {
    const errors = [{ path: 'products[0].priceFen', message: 'must be a positive integer' }];
    const { fetcher } = fakeFetch({
      [`POST ${api}/catalog`]: () =>
        jsonResponse(422, { error: { code: 'invalid-catalog', message: 'bad' }, errors }),
    });
    const result = await createStaffApi('s', fetcher).publish({}, '"c3"');
    expect(!result.ok && result.failure.errors).toEqual(errors);
  });

  it('rolls back with the live ETag and never throws when the network is down', async () => {
    const { calls, fetcher } = fakeFetch({
      [`POST ${api}/catalog/rollback`]: () => jsonResponse(201, { version: 6, etag: '"c6"', summary: null }),
    });
    const staff = createStaffApi('s', fetcher);
    expect(await staff.rollback(2, '"c5"')).toMatchObject({ ok: true, value: { version: 6 } });
    expect(new Headers(calls[0]!.init.headers).get('if-match')).toBe('"c5"');
    expect(await staff.versions()).toMatchObject({ ok: false, failure: { status: 0, code: 'network' } });
  });
});

describe('staff session', () => {
  it('is signed out without a session, and signed in after a login', async () => {
    const { fetcher } = fakeFetch({
      [`GET ${api}/auth/me`]: () => jsonResponse(401, { error: { code: 'no-session', message: '' } }),
      [`POST ${api}/auth/login`]: () => jsonResponse(200, owner),
    });
    const session = createStaffSessionStore(createStaffApi('s', fetcher));
    await session.getState().check();
    expect(session.getState()).toMatchObject({ status: 'signed-out', failure: null });
    await session.getState().login('owner', 'secret');
    expect(session.getState()).toMatchObject({ status: 'signed-in', session: owner });
  });

  it('asks for a new password after the one-time password, then lets the owner in', async () => {
    const { fetcher } = fakeFetch({
      [`POST ${api}/auth/login`]: () => jsonResponse(200, { ...owner, mustChangePassword: true }),
      [`POST ${api}/auth/password`]: () => new Response(null, { status: 204 }),
    });
    const session = createStaffSessionStore(createStaffApi('s', fetcher));
    await session.getState().login('owner', 'one-time');
    expect(session.getState().session?.mustChangePassword).toBe(true);
    expect(await session.getState().setPassword('a much better password')).toBe(true);
    expect(session.getState().session?.mustChangePassword).toBe(false);
  });

  it('keeps a wrong password’s reason for the form and signs out when a later call answers 401', async () => {
    const { fetcher } = fakeFetch({
      [`POST ${api}/auth/login`]: () =>
        jsonResponse(401, { error: { code: 'bad-credentials', message: 'no' } }),
    });
    const session = createStaffSessionStore(createStaffApi('s', fetcher));
    await session.getState().login('owner', 'wrong');
    expect(session.getState()).toMatchObject({ status: 'checking', failure: { code: 'bad-credentials' } });
    session.setState({ status: 'signed-in', session: owner as never });
    session.getState().lost({ status: 401, code: 'no-session', message: '' });
    expect(session.getState()).toMatchObject({ status: 'signed-out', session: null });
  });
});
