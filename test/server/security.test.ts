import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverCsp } from '../../src/server/http/security-headers';
import { loginLimits } from '../../src/server/auth/login';
import { ensureDemoStore } from '../../src/server/seed';
import {
  databaseKinds,
  demoStoreId,
  origin,
  ownerPassword,
  startTestServer,
  type TestServer,
} from './harness';

const api = `/api/stores/${demoStoreId}`;

describe.each(databaseKinds)('logins, roles and request safety on %s', (kind) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(kind);
  });
  afterEach(() => server.close());

  const liveEtag = async () => (await server.request(`${api}/catalog`)).headers.get('etag')!;
  const publishAs = async (cookie: string | undefined, storePath = api) => {
    const response = await server.request(`${storePath}/catalog`);
    const catalog = await response.json();
    return server.request(`${storePath}/catalog`, {
      method: 'POST',
      cookie,
      headers: { 'if-match': response.headers.get('etag')! },
      body: JSON.stringify(catalog),
    });
  };

  it('refuses a publish without a session (401) and from a cashier (403)', async () => {
    const anonymous = await publishAs(undefined);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('no-session');
    const cashier = await server.login(demoStoreId, 'cashier', 'cashier-password-1');
    const response = await publishAs(cashier);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await server.request(`${api}/catalog/versions`, { cookie: cashier })).status).toBe(403);
  });

  it("refuses store B's owner publishing to, or reading drafts and history of, store A (403)", async () => {
    const otherOwner = await server.login('other-store', 'owner', 'other-owner-pass');
    const response = await publishAs(otherOwner);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('wrong-store');
    expect((await server.request(`${api}/draft`, { cookie: otherOwner })).status).toBe(403);
    expect((await server.request(`${api}/catalog/versions`, { cookie: otherOwner })).status).toBe(403);
    expect((await server.request(`${api}/users`, { cookie: otherOwner })).status).toBe(403);
    // …while their own store works.
    expect((await publishAs(otherOwner, '/api/stores/other-store')).status).toBe(201);
    // A login is per store: store A's owner name with store B's password does not open store A.
    const wrong = await server.request(`${api}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: 'other-owner-pass' }),
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses cross-origin and origin-less state changes even with a valid session', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const etag = await liveEtag();
    const catalog = await (await server.request(`${api}/catalog`)).json();
    for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
      const response = await server.app.request(`${origin}${api}/catalog`, {
        method: 'POST',
        headers: { ...headers, cookie: owner, 'content-type': 'application/json', 'if-match': etag },
        body: JSON.stringify(catalog),
      });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('cross-origin');
    }
    expect(await liveEtag()).toBe(etag);
    const login = await server.app.request(`${origin}${api}/auth/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'owner', password: ownerPassword }),
    });
    expect(login.status).toBe(403);
  });

  it('rate-limits 20 wrong passwords, then refuses even the right one, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const response = await server.request(`${api}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ username: 'owner', password: `wrong-${i}` }),
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, loginLimits.perAccount).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(loginLimits.perAccount).every((status) => status === 429)).toBe(true);
    const right = await server.request(`${api}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: ownerPassword }),
    });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    // The window passes: the right password works again.
    server.now.value = new Date(server.now.value.getTime() + loginLimits.windowMs + 1000);
    const later = await server.request(`${api}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: ownerPassword }),
    });
    expect(later.status).toBe(200);
  });

  it('sets an HttpOnly, Secure, SameSite=Strict session cookie that logout and expiry end', async () => {
    const response = await server.request(`${api}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: ownerPassword }),
    });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^shelfsight_session=[\w-]{40,};/u);
    expect(setCookie).toMatch(/HttpOnly/u);
    expect(setCookie).toMatch(/Secure/u);
    expect(setCookie).toMatch(/SameSite=Strict/u);
    expect(setCookie).toMatch(/Path=\//u);
    const cookie = setCookie.split(';')[0]!;
    expect((await server.request(`${api}/auth/me`, { cookie })).status).toBe(200);
    expect((await server.request(`${api}/auth/logout`, { method: 'POST', cookie })).status).toBe(204);
    expect((await server.request(`${api}/auth/me`, { cookie })).status).toBe(401);
    const second = await server.login(demoStoreId, 'owner', ownerPassword);
    server.now.value = new Date(server.now.value.getTime() + 13 * 60 * 60 * 1000);
    expect((await server.request(`${api}/auth/me`, { cookie: second })).status).toBe(401);
    expect((await publishAs(second)).status).toBe(401);
  });

  it('answers an oversized body with 413 and leaves the catalog alone', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const etag = await liveEtag();
    const huge = JSON.stringify({ padding: 'x'.repeat(9 * 1024 * 1024) });
    const response = await server.request(`${api}/catalog`, {
      method: 'POST',
      cookie: owner,
      headers: { 'if-match': etag },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too-large');
    const login = await server.request(`${api}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: 'x'.repeat(70_000) }),
    });
    expect(login.status).toBe(413);
    expect(await liveEtag()).toBe(etag);
  });

  it('puts the security headers on every response, API and errors alike', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const responses = [
      await server.request(`${api}/catalog`),
      await server.request('/catalog.json'),
      await server.request(`${api}/nothing-here`),
      await server.request('/api/stores/nope/catalog'),
      await server.request(`${api}/catalog`, { method: 'POST', body: '{' }),
      await server.request(`${api}/users`, { cookie: owner }),
    ];
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toBe(serverCsp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      // Plain HTTP (tests): no HSTS. main.ts turns it on with TLS.
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    expect(serverCsp).toContain("frame-ancestors 'none'");
    expect(serverCsp).toContain("default-src 'self'");
    expect(responses[2]!.status).toBe(404);
  });

  it('answers malformed input with a 4xx and a reason, never a 500', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const cases: [string, RequestInit & { cookie?: string }][] = [
      [`${api}/auth/login`, { method: 'POST', body: '[]' }],
      [`${api}/auth/login`, { method: 'POST', body: JSON.stringify({ username: 5, password: null }) }],
      [`${api}/auth/login`, { method: 'POST', body: 'not json' }],
      [
        `${api}/catalog/rollback`,
        { method: 'POST', cookie: owner, body: JSON.stringify({ version: 'one' }) },
      ],
      [`${api}/catalog/rollback`, { method: 'POST', cookie: owner, body: JSON.stringify({ version: 1e20 }) }],
      [`${api}/catalog/versions/-1`, { cookie: owner }],
      [`${api}/catalog/versions/99999999999`, { cookie: owner }],
      [
        `${api}/users`,
        {
          method: 'POST',
          cookie: owner,
          body: JSON.stringify({ username: 'Bad Name', role: 'owner', password: 'long-enough-1' }),
        },
      ],
      [
        `${api}/users`,
        {
          method: 'POST',
          cookie: owner,
          body: JSON.stringify({ username: 'ok', role: 'emperor', password: 'long-enough-1' }),
        },
      ],
      [`${api}/catalog`, { method: 'POST', cookie: owner, headers: { 'if-match': '"x"' }, body: 'null' }],
      [`/api/stores/${'a'.repeat(500)}/catalog`, {}],
      [`/api/stores/%ZZ/catalog`, {}],
    ];
    for (const [path, init] of cases) {
      const response = await server.request(path, init);
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(500);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  });

  it("the first start's one-time owner password works once, then a new password must be set", async () => {
    // A fresh store as the first start creates it.
    const catalog = structuredClone(await (await server.request(`${api}/catalog`)).json());
    catalog.store.id = 'fresh-store';
    const first = await ensureDemoStore(server.database, catalog);
    expect(first).not.toBeNull();
    expect(await ensureDemoStore(server.database, catalog)).toBeNull();
    const fresh = '/api/stores/fresh-store';
    const login = () =>
      server.request(`${fresh}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ username: 'owner', password: first!.password }),
      });
    const once = await login();
    expect(once.status).toBe(200);
    expect(((await once.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const cookie = once.headers.get('set-cookie')!.split(';')[0]!;
    expect((await login()).status).toBe(401);
    // Until a new password is set, owner actions are refused.
    expect((await server.request(`${fresh}/catalog/versions`, { cookie })).status).toBe(403);
    const weak = await server.request(`${fresh}/auth/password`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ newPassword: 'short' }),
    });
    expect(weak.status).toBe(400);
    const set = await server.request(`${fresh}/auth/password`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ newPassword: 'a-new-long-password' }),
    });
    expect(set.status).toBe(204);
    expect((await server.request(`${fresh}/catalog/versions`, { cookie })).status).toBe(200);
    expect((await login()).status).toBe(401);
    const again = await server.request(`${fresh}/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'owner', password: 'a-new-long-password' }),
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(false);
  });

  it('lets an owner manage staff but never remove the last owner', async () => {
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const add = await server.request(`${api}/users`, {
      method: 'POST',
      cookie: owner,
      body: JSON.stringify({ username: 'kiosk-1', role: 'kiosk', password: 'kiosk-password-1' }),
    });
    expect(add.status).toBe(201);
    const dup = await server.request(`${api}/users`, {
      method: 'POST',
      cookie: owner,
      body: JSON.stringify({ username: 'kiosk-1', role: 'kiosk', password: 'kiosk-password-1' }),
    });
    expect(dup.status).toBe(409);
    const list = (await (await server.request(`${api}/users`, { cookie: owner })).json()) as {
      users: { username: string; role: string }[];
    };
    expect(list.users.map((user) => `${user.username}:${user.role}`)).toEqual([
      'cashier:cashier',
      'kiosk-1:kiosk',
      'owner:owner',
    ]);
    expect(JSON.stringify(list)).not.toMatch(/hash|scrypt/u);
    const kiosk = await server.login(demoStoreId, 'kiosk-1', 'kiosk-password-1');
    expect((await publishAs(kiosk)).status).toBe(403);
    expect((await server.request(`${api}/users/owner`, { method: 'DELETE', cookie: owner })).status).toBe(
      409,
    );
    expect((await server.request(`${api}/users/kiosk-1`, { method: 'DELETE', cookie: owner })).status).toBe(
      204,
    );
    expect((await server.request(`${api}/auth/me`, { cookie: kiosk })).status).toBe(401);
  });
});
