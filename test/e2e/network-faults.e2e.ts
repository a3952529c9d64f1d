import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { saveElementShot, saveScreenshot } from './pixels';

// Catalog faults as a shopper or a kiosk meets them: hung, failing and damaged catalog answers, with and
// without a last good copy on the device (issue 21).
const baseUrl = inject('baseUrl');
const catalogText = readFileSync('public/catalog.json', 'utf8');
const phone = { width: 360, height: 720 };
const cards = (page: Page) => page.getByTestId('product-card').count();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that has loaded the catalog once, so the device holds a last good copy. */
async function withLastGood(locale = 'en-US') {
  const tracked = await openPage(browser, { locale, viewport: phone });
  await tracked.page.goto(`${baseUrl}/`);
  await expect.poll(() => cards(tracked.page)).toBe(8);
  return tracked;
}

const invalid = () => {
  const catalog = JSON.parse(catalogText);
  catalog.products[2].stock = 'plenty';
  return JSON.stringify(catalog);
};

const faults: [string, (route: Route) => Promise<void>, string, RegExp][] = [
  [
    'a 500',
    (r) => r.fulfill({ status: 500, body: 'oops' }),
    'unreachable',
    /server cannot be reached \(HTTP 500\)/,
  ],
  ['truncated JSON', (r) => r.fulfill({ body: catalogText.slice(0, 900) }), 'broken', /not complete JSON/],
  [
    'an HTML page instead of JSON',
    (r) => r.fulfill({ body: '<html>portal</html>' }),
    'broken',
    /not complete JSON/,
  ],
  [
    'an invalid catalog',
    (r) => r.fulfill({ body: invalid() }),
    'invalid',
    /products\[2\]\.stock: must be a non-negative integer/,
  ],
];

describe('network and catalog faults', () => {
  it('draws the first cards from the last good copy within 1 s while the catalog hangs, then refreshes', async () => {
    const { page, context } = await withLastGood();
    const hung: Route[] = [];
    await page.route('**/catalog.json*', (route) => void hung.push(route));
    await page.reload({ waitUntil: 'commit' });
    const started = Date.now();
    await expect.poll(() => cards(page), { interval: 50 }).toBe(8);
    const elapsed = Date.now() - started;
    expect(elapsed, `first cards after ${elapsed} ms`).toBeLessThan(1000);
    expect(hung.length).toBeGreaterThan(0);
    // The network answers (before the page's deadline) with a new price: the cards follow.
    const cheaper = JSON.parse(catalogText);
    cheaper.products[0].priceFen = 1234;
    cheaper.promotions = [];
    for (const route of hung)
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(cheaper) });
    await expect.poll(async () => (await page.locator('body').textContent()) ?? '').toContain('12.34');
    await context.close();
  });

  for (const [name, answer, kind, text] of faults) {
    it(`names ${name} for what it is, with the last good copy kept`, async () => {
      const { page, context } = await withLastGood();
      await page.route('**/catalog.json*', answer);
      await page.reload();
      const notice = page.getByTestId('catalog-notice');
      await notice.waitFor();
      expect(await notice.getAttribute('data-kind')).toBe(kind);
      await expect.poll(async () => (await notice.textContent()) ?? '').toMatch(text);
      expect(await notice.textContent()).toMatch(/Still showing the prices saved at/);
      await expect.poll(() => cards(page)).toBe(8);
      await context.close();
    });

    it(`names ${name} without claiming a last good copy the device does not have`, async () => {
      const { page, context } = await openPage(browser, { locale: 'en-US', viewport: phone });
      await page.route('**/catalog.json*', answer);
      await page.goto(`${baseUrl}/`);
      const notice = page.getByTestId('catalog-notice');
      await notice.waitFor();
      expect(await notice.getAttribute('data-kind')).toBe(kind);
      await expect.poll(async () => (await notice.textContent()) ?? '').toMatch(text);
      const said = (await notice.textContent()) ?? '';
      expect(said).toContain('This device has no saved catalog to fall back on.');
      expect(said).not.toMatch(/still using|Still showing/i);
      await context.close();
    });
  }

  it('says so in Chinese too, with the time of the copy kept', async () => {
    const { page, context } = await withLastGood('zh-CN');
    await page.route('**/catalog.json*', (route) => route.fulfill({ body: catalogText.slice(0, 900) }));
    await page.reload();
    const notice = page.getByTestId('catalog-notice');
    await expect
      .poll(async () => (await notice.textContent()) ?? '')
      .toMatch(/不是完整的 JSON.*继续显示 .+ 保存的价格/);
    await context.close();
  });

  it("tells a shopper offline that the prices are the worker's cached copy, and from when", async () => {
    const { page, context } = await openPage(browser, {
      locale: 'en-US',
      viewport: phone,
      serviceWorkers: 'allow',
    });
    await page.goto(`${baseUrl}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    // One catalog fetch through the worker fills its cache; then the network goes away.
    await page.reload();
    await expect.poll(() => cards(page)).toBe(8);
    await context.setOffline(true);
    await page.reload();
    const notice = page.getByTestId('catalog-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('offline');
    await expect
      .poll(async () => (await notice.textContent()) ?? '')
      .toMatch(/Offline: these prices are a (copy saved at .+|saved copy) and may have changed/);
    await expect.poll(() => cards(page)).toBe(8);
    await saveScreenshot(page, 'network-stale-price-notice-360');
    await context.setOffline(false);
    await context.close();
  });

  it('turns the kiosk dot red after a hung poll and green again within one poll interval after it ends', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US', viewport: phone });
    await page.goto(`${baseUrl}/kiosk?debug=1&dwell=60&refreshMs=1500`);
    await page.getByTestId('kiosk-screen').waitFor({ timeout: 60_000 });
    const dot = page.getByTestId('kiosk-status');
    await expect.poll(() => dot.getAttribute('data-level'), { timeout: 20_000 }).toBe('ok');
    await page.route('**/catalog.json*', () => {}); // every poll hangs
    await expect.poll(() => dot.getAttribute('data-level'), { timeout: 10_000 }).toBe('error');
    expect(await dot.getAttribute('data-state')).toBe('unreachable');
    expect(await dot.textContent()).toContain('no answer within 1.5 s');
    await saveScreenshot(page, 'network-kiosk-dot-after-hang-360');
    await saveElementShot(page, '[data-testid=kiosk-status]', 'network-kiosk-dot-after-hang');
    await page.unroute('**/catalog.json*');
    const ended = Date.now();
    await expect.poll(() => dot.getAttribute('data-level'), { interval: 100, timeout: 10_000 }).toBe('ok');
    // One interval, plus the poll a hung request still held when the fault ended (it gives up at 1.5 s).
    expect(Date.now() - ended).toBeLessThan(2 * 1500 + 1000);
    await context.close();
  });
});
