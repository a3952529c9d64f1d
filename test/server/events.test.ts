import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import {
  databaseKinds,
  demoStoreId,
  ownerPassword,
  postgresUrl,
  schemaOf,
  startTestServer,
  type TestServer,
} from './harness';
import { readEvents } from './sse-client';
import { spawnServer, type SpawnedServer } from './spawn-server';

async function publishApplePrice(
  request: TestServer['request'],
  base: string,
  cookie: string,
  priceFen: number,
  baseUrl = '',
) {
  const current = await request(`${baseUrl}/api/stores/${demoStoreId}/catalog`);
  const catalog = (await current.json()) as Catalog;
  catalog.products.find((product) => product.id === 'aksu-apple')!.priceFen = priceFen;
  return request(`${baseUrl}/api/stores/${demoStoreId}/catalog`, {
    method: 'POST',
    cookie,
    headers: { 'if-match': base || current.headers.get('etag')! },
    body: JSON.stringify(catalog),
  });
}

describe.each(databaseKinds)('store event stream on %s', (kind) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(kind);
  });
  afterEach(() => server.close());

  it('starts with the live version, then sends each publish of this store only', async () => {
    const response = await server.request(`/api/stores/${demoStoreId}/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/u);
    const events = readEvents(response);
    const first = await events.nextOf('catalog');
    expect(first.event).toBe('catalog');
    expect(JSON.parse(first.data)).toMatchObject({ version: 1 });

    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const otherOwner = await server.login('other-store', 'owner', 'other-owner-pass');
    // A publish in another store must not reach this stream.
    const other = await server.request('/api/stores/other-store/catalog');
    await server.request('/api/stores/other-store/catalog', {
      method: 'POST',
      cookie: otherOwner,
      headers: { 'if-match': other.headers.get('etag')! },
      body: await other.text(),
    });
    const published = await publishApplePrice(server.request, '', owner, 6590);
    expect(published.status).toBe(201);
    const { etag } = (await published.json()) as { etag: string };
    const next = await events.nextOf('catalog');
    expect(next.event).toBe('catalog');
    expect(JSON.parse(next.data)).toEqual({ version: 2, etag });
    await events.close();
  });

  it('sends keep-alive comments and no event for a refused publish', async () => {
    const events = readEvents(await server.request(`/api/stores/${demoStoreId}/events`));
    await events.nextOf('catalog');
    const owner = await server.login(demoStoreId, 'owner', ownerPassword);
    const refused = await publishApplePrice(server.request, '"v0-stale"', owner, 1);
    expect(refused.status).toBe(412);
    await expect(events.nextOf('catalog', 1500)).rejects.toThrow(/no event/u);
    expect(events.ended()).toBe(false);
    expect(events.comments()).toBeGreaterThanOrEqual(1);
    await events.close();
  });
});

describe('two server processes on one PostgreSQL', () => {
  const processes: SpawnedServer[] = [];
  let schemaHolder: Awaited<ReturnType<typeof startTestServer>> | null = null;
  afterEach(async () => {
    await Promise.all(processes.splice(0).map((server) => server.stop()));
    await schemaHolder?.close();
  });

  it('fans a publish through one process out to an event client on the other', async () => {
    // The harness makes a schema with the demo store and its owner; both processes then run on it.
    schemaHolder = await startTestServer('postgres');
    const env = { DATABASE_URL: postgresUrl, DATABASE_SCHEMA: schemaOf(schemaHolder.database) };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    processes.push(a!, b!);
    const events = readEvents(await fetch(`${b!.url}/api/stores/${demoStoreId}/events`));
    expect(JSON.parse((await events.nextOf('catalog')).data)).toMatchObject({ version: 1 });

    const login = await fetch(`${a!.url}/api/stores/${demoStoreId}/auth/login`, {
      method: 'POST',
      headers: { origin: a!.url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'owner', password: ownerPassword }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const request = (path: string, init: RequestInit & { cookie?: string } = {}) =>
      fetch(path, {
        ...init,
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: init.cookie ?? '',
          origin: a!.url,
          'content-type': 'application/json',
        },
      });
    const published = await publishApplePrice(request, '', cookie, 6290, a!.url);
    expect(published.status).toBe(201);
    const sent = Date.now();
    const event = await events.nextOf('catalog', 5000);
    expect(JSON.parse(event.data)).toMatchObject({ version: 2 });
    expect(Date.now() - sent).toBeLessThan(2000);
    // Process B serves the new catalog too.
    const fromB = (await (await fetch(`${b!.url}/api/stores/${demoStoreId}/catalog`)).json()) as Catalog;
    expect(fromB.products.find((product) => product.id === 'aksu-apple')!.priceFen).toBe(6290);
    await events.close();
    // SIGTERM closes cleanly (exit 0) even with an event stream open on it.
    const stillOpen = readEvents(await fetch(`${a!.url}/api/stores/${demoStoreId}/events`));
    await stillOpen.nextOf('catalog');
    expect(await a!.stop()).toBe(0);
    expect(a!.logs.some((line) => line.msg === 'stopped')).toBe(true);
    expect(a!.logs.some((line) => line.msg === 'publish' && line.version === 2)).toBe(true);
  }, 60_000);
});
