import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serveKiosk, type KioskServer } from '../kiosk/kiosk-server';
import { launchBrowser, openPage } from './browser';

/** Product changes the soak runs through (the figure). */
const targetChanges = 2000;
let browser: Browser;
let server: KioskServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveKiosk(
    process.env.SHELFSIGHT_DIST ?? 'dist',
    readFileSync('public/catalog.json', 'utf8'),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Sample {
  advances: number;
  geometries: number;
  textures: number;
  heapBytes: number;
}

const diag = (page: Page) =>
  page.evaluate(() => {
    const handle = (
      window as unknown as {
        shelfsight: {
          kiosk: { advances: number; shown: number };
          renderer(): { geometries: number; textures: number } | null;
        };
      }
    ).shelfsight;
    return { ...handle.kiosk, renderer: handle.renderer() };
  });

/** Stops the loop on one product (touch mode, apple), lets it settle, collects garbage and reads the figures. */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.getByTestId('kiosk-stage').click({ position: { x: 20, y: 20 } });
  await page.locator('[data-testid=kiosk-pick][data-product=aksu-apple]').click();
  await page.waitForTimeout(1500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { advances, renderer } = await diag(page);
  return { advances, geometries: renderer!.geometries, textures: renderer!.textures, heapBytes: usedSize };
}

describe('kiosk soak', () => {
  it(`runs the attract loop through ${targetChanges} product changes without leaking GPU objects or heap`, async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 640, height: 360 } });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    // dwellMs=1 (honoured with debug=1 only): each product stays until it has been drawn, then 1 ms.
    await page.goto(`${server.url}/kiosk?debug=1&dwellMs=1&idle=3600`);
    await page.getByTestId('kiosk-screen').waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => (await diag(page)).advances, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(16);
    const warm = await sample(page, cdp);
    await page.getByTestId('kiosk-back').click();

    const started = Date.now();
    await expect
      .poll(async () => (await diag(page)).advances, { timeout: 150_000, interval: 1000 })
      .toBeGreaterThanOrEqual(warm.advances + targetChanges);
    const loopSeconds = (Date.now() - started) / 1000;
    const end = await sample(page, cdp);
    const { shown } = await diag(page);

    const figures = {
      changes: end.advances - warm.advances,
      loopSeconds,
      changesPerSecond: Math.round(((end.advances - warm.advances) / loopSeconds) * 10) / 10,
      warm,
      end,
      heapGrowthBytes: end.heapBytes - warm.heapBytes,
      lastShown: shown,
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/kiosk-soak.json', JSON.stringify(figures, null, 2));
    console.log('kiosk soak', JSON.stringify(figures));

    expect(end.geometries).toBe(warm.geometries);
    expect(end.textures).toBe(warm.textures);
    // A few MB of slack for JIT code and caches; a leak of one object per product change would exceed it.
    expect(figures.heapGrowthBytes).toBeLessThan(4 * 1024 * 1024);
    expect(errors).toEqual([]);
    await context.close();
  }, 280_000);
});
