import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseCatalog } from '../../src/domain/catalog';
import { encodeOrderCode, shortCodeOf } from '../../src/domain/order/order-code';
import { quote } from '../../src/domain/pricing';
import type { RunningServer } from '../../src/server/start';
import { cartTotal, placeOrder } from '../server/order-client';
import { doubleElevenMorning, foreignRequests, launchBrowser, openPage, type TrackedPage } from './browser';
import { startE2eStore, type E2eStore } from './e2e-store';
import { saveScreenshot, screenshotDir } from './pixels';
import { labelPose, writeShelfVideo } from './fixtures/shelf-video';

// The counter's own camera reads the order QR off the shopper's phone. Chromium's fake camera plays a clip of
// that QR (rendered with the app's own QR generator, as the shelf-scan tests do), against the real store server
// over the production build, as in orders.e2e.ts.
const storeId = 'hualing-xinjiang-produce';
const baseUrl = inject('baseUrl');
let store: E2eStore;
let server: RunningServer;

beforeAll(async () => {
  store = await startE2eStore('counter-scan', { cashier: true });
  server = store.server;
  mkdirSync(screenshotDir, { recursive: true });
});
afterAll(async () => {
  await store?.close();
});

/** The shopper's phone places an order through the API, as the cart does. */
async function placeServerOrder(): Promise<{ code: string; shortCode: string }> {
  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { origin: server.url, 'content-type': 'application/json', ...init.headers },
    });
  const lines = [{ productId: 'aksu-apple', qty: 2 }];
  const expectedTotalFen = await cartTotal(request, lines, new Date(), [], storeId);
  const response = await placeOrder(request, { lines, expectedTotalFen }, undefined, storeId);
  expect(response.status).toBe(201);
  return ((await response.json()) as { order: { code: string; shortCode: string } }).order;
}

/** A fake camera looking straight at a phone screen showing `text` as a QR code. */
function cameraOn(text: string, name: string): Promise<Browser> {
  const video = writeShelfVideo([{ text, pose: labelPose(-0.025, 0, 0.3), codeSizeMm: 45 }]);
  copyFileSync(video.pngPath, `${screenshotDir}/${name}.png`);
  return launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video.path}`,
  ]);
}

async function signIn(page: Page) {
  await page.getByTestId('login-username').fill('till');
  await page.getByTestId('login-password').fill('till-password-1');
  await page.getByTestId('login-submit').click();
}

/** Every camera-card button is a 44 px tap target inside the viewport, and nothing scrolls sideways. */
async function expectFits(page: Page) {
  const layout = await page.evaluate(() => ({
    viewport: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    boxes: [...document.querySelectorAll('[data-testid=counter-camera] button')].map((button) => {
      const box = button.getBoundingClientRect();
      return { width: box.width, height: box.height, left: box.left, right: box.right };
    }),
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
  expect(layout.boxes.length).toBeGreaterThan(0);
  for (const box of layout.boxes) {
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(layout.viewport);
  }
}

function expectClean(tracked: TrackedPage, origin: string) {
  expect(foreignRequests(tracked.requests, origin)).toEqual([]);
  // The counter asks for its session before the cashier signs in; Chromium logs that 401 as a failed load.
  expect(tracked.errors.filter((error) => !/status of 401\b/u.test(error))).toEqual([]);
}

describe('counter camera scan', () => {
  it('reads the order QR with the counter camera and shows the order verified by the store, on a desk and on a phone', async () => {
    const order = await placeServerOrder();
    const browser = await cameraOn(`${server.url}/counter#o=${order.code}`, 'counter-scan-video-frame');
    try {
      for (const [name, viewport] of [
        ['counter-scan-verified-1280', { width: 1280, height: 800 }],
        ['counter-scan-verified-360', { width: 360, height: 720 }],
      ] as const) {
        const tracked = await openPage(browser, { viewport, at: new Date() });
        const { page } = tracked;
        await page.goto(`${server.url}/counter`);
        await signIn(page);
        await page.getByTestId('counter-scan').click();
        await page.getByTestId('counter-verified').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('counter-order').getAttribute('data-short-code')).toBe(order.shortCode);
        expect(await page.getByTestId('counter-lines').textContent()).toContain('阿克苏冰糖心苹果 × 2');
        // Handed over as if typed: the code is in the box, and the camera is closed again.
        expect(await page.getByTestId('counter-input').inputValue()).toBe(order.code);
        expect(await page.getByTestId('counter-scan-video').count()).toBe(0);
        await page.getByTestId('counter-scan').waitFor();
        await expectFits(page);
        await saveScreenshot(page, name);
        expectClean(tracked, server.url);
        await tracked.context.close();
      }
    } finally {
      await browser.close();
    }
  });

  it('checks a local order code read by the camera on a counter without a store server', async () => {
    const parsed = parseCatalog(JSON.parse(readFileSync('public/catalog.json', 'utf8')));
    if (!parsed.ok) throw new Error('demo catalog invalid');
    const lines = [{ productId: 'aksu-apple', qty: 2 }];
    const priced = quote({ catalog: parsed.catalog, lines, at: doubleElevenMorning, coupons: [] });
    if (!priced.ok) throw new Error('the demo cart does not quote');
    const code = encodeOrderCode({
      storeId,
      catalogUpdatedAt: parsed.catalog.updatedAt,
      quotedAt: doubleElevenMorning.toISOString(),
      lines,
      coupons: [],
      totalFen: priced.totalFen,
    });
    const browser = await cameraOn(`${baseUrl}/counter#o=${code}`, 'counter-scan-local-video-frame');
    try {
      const tracked = await openPage(browser, { viewport: { width: 360, height: 720 } });
      const { page } = tracked;
      await page.goto(`${baseUrl}/counter`);
      await page.getByTestId('counter-scan').click();
      const order = page.getByTestId('counter-order');
      await order.waitFor({ timeout: 30_000 });
      expect(await order.getAttribute('data-short-code')).toBe(shortCodeOf(code));
      expect(await page.getByTestId('counter-verdict').getAttribute('data-holds')).toBe('yes');
      expect(await page.getByTestId('counter-input').inputValue()).toBe(code);
      await expectFits(page);
      await saveScreenshot(page, 'counter-scan-local-360');
      expectClean(tracked, baseUrl);
      await tracked.context.close();
    } finally {
      await browser.close();
    }
  });

  it('explains a refused camera and still finds the order by typed short code; a granted camera runs until stopped', async () => {
    const order = await placeServerOrder();
    // A fake camera but no fake permission prompt: the request is refused unless the context grants it.
    const browser = await launchBrowser(['--use-fake-device-for-media-stream']);
    try {
      const denied = await openPage(browser, { viewport: { width: 360, height: 720 }, at: new Date() });
      await denied.page.goto(`${server.url}/counter`);
      await signIn(denied.page);
      await denied.page.getByTestId('counter-scan').click();
      const problem = denied.page.getByTestId('counter-scan-problem');
      await expect.poll(() => problem.getAttribute('data-problem')).toBe('denied');
      expect(await problem.textContent()).toContain('相机权限被拒绝');
      await denied.page.getByTestId('counter-input').fill(order.shortCode);
      await denied.page.getByTestId('counter-check').click();
      await denied.page.getByTestId('counter-verified').waitFor();
      expect(await denied.page.getByTestId('counter-order').getAttribute('data-short-code')).toBe(
        order.shortCode,
      );
      await expectFits(denied.page);
      await saveScreenshot(denied.page, 'counter-scan-denied-360');
      // Refused before any frame: the decoder and its wasm were never downloaded.
      expect(denied.requests.filter((url) => url.endsWith('.wasm') || url.includes('decode.worker'))).toEqual(
        [],
      );
      expectClean(denied, server.url);
      await denied.context.close();

      for (const [name, viewport, locale] of [
        ['counter-scan-live-360', { width: 360, height: 720 }, 'zh-CN'],
        ['counter-scan-live-1280-en', { width: 1280, height: 800 }, 'en'],
      ] as const) {
        const live = await openPage(browser, { viewport, locale, at: new Date() });
        await live.context.grantPermissions(['camera'], { origin: server.url });
        await live.page.goto(`${server.url}/counter`);
        await signIn(live.page);
        await live.page.getByTestId('counter-scan').click();
        const panel = live.page.getByTestId('counter-scan-panel');
        await expect.poll(() => panel.getAttribute('data-status'), { timeout: 30_000 }).toBe('scanning');
        const video = live.page.getByTestId('counter-scan-video');
        await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
        await expectFits(live.page);
        // Opened below the fold on a phone, the panel scrolls into view with its stop button.
        const stop = await live.page.getByTestId('counter-scan-stop').boundingBox();
        expect(stop!.y + stop!.height).toBeLessThanOrEqual(viewport.height);
        expect(stop!.y).toBeGreaterThanOrEqual(0);
        await saveScreenshot(live.page, name);
        // Stop releases the camera: the stream's track ends and the panel closes.
        await video.evaluate((v: HTMLVideoElement) => {
          (window as unknown as { counterStream: unknown }).counterStream = v.srcObject;
        });
        await live.page.getByTestId('counter-scan-stop').click();
        await live.page.getByTestId('counter-scan').waitFor();
        expect(await live.page.getByTestId('counter-scan-panel').count()).toBe(0);
        const trackState = await live.page.evaluate(
          () =>
            (window as unknown as { counterStream: MediaStream }).counterStream.getVideoTracks()[0]
              ?.readyState,
        );
        expect(trackState).toBe('ended');
        expectClean(live, server.url);
        await live.context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
