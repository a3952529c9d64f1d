import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { distIsStale } from '../../src/server/build-if-stale';
import { readConfig } from '../../src/server/config';
import { silentLogger } from '../../src/server/http/request-log';
import type { Database } from '../../src/server/db/connect';
import type { EventHub } from '../../src/server/events/hub';
import type { OrderService } from '../../src/server/orders/service';

const dist = mkdtempSync(join(tmpdir(), 'shelfsight-dist-'));

describe('serving the built app', () => {
  // Static files never touch the database: a stand-in that fails loudly if a route reaches for it.
  const failing = new Proxy(
    {},
    {
      get: () => {
        throw new Error('no database in this test');
      },
    },
  );
  const database = { db: failing, channel: 'unused' } as unknown as Database;
  const app = createApp(
    {
      database,
      hub: {} as EventHub,
      log: silentLogger,
      now: () => new Date(),
      orders: {} as OrderService,
      trustedOrigins: ['https://shop.example.cn', 'http://10.0.0.5:8080'],
    },
    { distDir: dist, defaultStoreId: 'hualing-xinjiang-produce' },
  );
  beforeAll(() => {
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'models'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>x</title></head><body></body></html>',
    );
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'models', 'aksu-apple.glb'), Buffer.from('glTF'));
    writeFileSync(join(dist, 'sw.js'), 'self');
    writeFileSync(join(dist, 'zxing_reader.wasm'), Buffer.from([0, 97, 115, 109]));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('serves hashed assets for a year and everything else revalidated, with the right types', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/u);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const model = await app.request('/models/aksu-apple.glb');
    expect(model.headers.get('content-type')).toBe('model/gltf-binary');
    expect(model.headers.get('cache-control')).toBe('public, max-age=300');
    expect((await app.request('/zxing_reader.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await app.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers app routes with index.html marked for the store server, and 404s missing files', async () => {
    for (const path of ['/', '/p/aksu-apple', '/merchant', '/s/other-store/kiosk', '/counter']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/u);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).toContain('<meta name="shelfsight-server" content="hualing-xinjiang-produce">');
      // The store's own origins, where a kiosk's hand-off QR may send a phone (SHELFSIGHT_ORIGINS).
      expect(html).toContain(
        '<meta name="shelfsight-origins" content="https://shop.example.cn http://10.0.0.5:8080">',
      );
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
    expect((await app.request('/models/missing.glb')).status).toBe(404);
    // A cut-off or edited link still gets the app, which explains it, never a server error.
    for (const path of ['/p/%', '/p/%E0%A4%A', '/counter?x=%zz']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
    // A path that climbs out of dist/ is normalised back inside it: never a file from elsewhere.
    expect(await (await app.request('/../../etc/passwd')).text()).not.toContain('root:');
    expect((await app.request('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(500);
  });
});

describe('server configuration', () => {
  it('has documented defaults and names a bad variable', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8443,
      host: '0.0.0.0',
      databaseUrl: undefined,
      plainHttp: false,
      databaseSchema: 'public',
    });
    expect(config.dataDir).toMatch(/data$/u);
    expect(() => readConfig({ PORT: 'eighty' })).toThrow(/PORT=eighty/u);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/u);
    expect(() => readConfig({ TLS_CERT: 'a.pem' })).toThrow(/TLS_CERT and TLS_KEY/u);
    expect(() => readConfig({ SHELFSIGHT_ORIGINS: 'ftp://x' })).toThrow(/SHELFSIGHT_ORIGINS/u);
    expect(readConfig({ SHELFSIGHT_ORIGINS: 'https://shop.example/path' }).trustedOrigins).toEqual([
      'https://shop.example',
    ]);
  });

  it('rebuilds only when dist is missing or older than the app sources', () => {
    const root = mkdtempSync(join(tmpdir(), 'shelfsight-root-'));
    const built = join(root, 'dist');
    mkdirSync(join(root, 'src', 'server'), { recursive: true });
    writeFileSync(join(root, 'src', 'main.tsx'), 'x');
    writeFileSync(join(root, 'src', 'server', 'main.ts'), 'x');
    expect(distIsStale(root, built)).toBe(true);
    mkdirSync(built);
    writeFileSync(join(built, 'index.html'), 'x');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'src', 'main.tsx'), past, past);
    utimesSync(join(root, 'src'), past, past);
    utimesSync(join(root, 'src', 'server'), past, past);
    expect(distIsStale(root, built)).toBe(false);
    // A server-only change needs no app build…
    writeFileSync(join(root, 'src', 'server', 'main.ts'), 'y');
    expect(distIsStale(root, built)).toBe(false);
    // …an app change does.
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'main.tsx'), future, future);
    expect(distIsStale(root, built)).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });
});
