import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Catalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import { overlayLiveStock, parseLiveStock } from '../../src/domain/stock/live-stock';
import type { RunningServer } from '../../src/server/start';
import { addStaff } from '../../src/server/seed';
import { arBrowserArgs, moveHead, readAr, startEmulatedAr } from './ar-emulator';
import { foreignRequests, launchBrowser, openPage, trackPage, type TrackedPage } from './browser';
import { startE2eStore, type E2eStore } from './e2e-store';
import { saveScreenshot } from './pixels';

// Live stock end to end (issue 15): the real store server (embedded PGlite in a temp folder) over the
// production build, other shoppers buying through the real API, and one phone's product page, cart and AR
// overlay following the store's event stream without a reload. Pages run on the real clock, as the server does.
const storeId = 'hualing-xinjiang-produce';
const api = () => `${server.url}/api/stores/${storeId}`;
const phoneViewport = { width: 360, height: 720 };
let browser: Browser;
let store: E2eStore;
let server: RunningServer;

beforeAll(async () => {
  store = await startE2eStore('sold-out');
  server = store.server;
  await addStaff(server.database, { storeId, username: 'anna', role: 'owner', password: 'anna-password-1' });
  // Chromium's own WebXR off, so IWER can stand in for the AR phone (see ar-emulator.ts).
  browser = await launchBrowser(arBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
  await store?.close();
});

let shoppers = 0;
/**
 * Another shopper's order through the real API, at the total their cart would show (the same engine over
 * the live catalog and stock). Each order is a new shopper, so no per-shopper limit is in the way.
 */
async function buyElsewhere(productId: string, qty: number): Promise<void> {
  const catalog = (await (await fetch(`${api()}/catalog`)).json()) as Catalog;
  const stock = parseLiveStock(await (await fetch(`${api()}/stock`)).json());
  const lines = [{ productId, qty }];
  const priced = quote({ catalog: overlayLiveStock(catalog, stock), lines, at: new Date(), coupons: [] });
  if (!priced.ok) throw new Error(`cart does not quote: ${priced.errors.map((e) => e.code).join(', ')}`);
  shoppers += 1;
  const response = await fetch(`${api()}/orders`, {
    method: 'POST',
    headers: {
      origin: server.url,
      'content-type': 'application/json',
      'idempotency-key': `sold-out-e2e-${shoppers}`,
    },
    body: JSON.stringify({
      shopperId: `elsewhere-shopper-${shoppers}`,
      lines,
      coupons: [],
      expectedTotalFen: priced.totalFen,
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

/** The owner publishing from the studio on another computer, through the real API. */
async function publishFromElsewhere(change: (catalog: Catalog) => void): Promise<void> {
  const headers = { origin: server.url, 'content-type': 'application/json' };
  const login = await fetch(`${api()}/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: 'anna', password: 'anna-password-1' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const live = await fetch(`${api()}/catalog`);
  const catalog = (await live.json()) as Catalog;
  change(catalog);
  const response = await fetch(`${api()}/catalog`, {
    method: 'POST',
    headers: { ...headers, cookie, 'if-match': live.headers.get('etag')! },
    body: JSON.stringify(catalog),
  });
  expect(response.status).toBe(201);
}

/** Another tab of the same phone (same storage and clock), with its requests and errors recorded. */
const anotherTab = async (context: BrowserContext) => trackPage(context, await context.newPage());

function expectClean(...pages: TrackedPage[]) {
  for (const tracked of pages) {
    expect(foreignRequests(tracked.requests, server.url)).toEqual([]);
    expect(tracked.errors).toEqual([]);
  }
}

const stockFact = (page: Page) => page.locator('.product-facts').textContent();

/** Fully inside the phone's screen (a control pushed off the edge cannot be tapped). */
async function expectOnScreen(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(phoneViewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(phoneViewport.height);
}

/** Hides the emulator's own controls so the screenshot shows what a phone would. */
const hideEmulatorUi = (page: Page) =>
  page.evaluate(() => {
    const emulator = (
      window as unknown as { shelfsight: { ar: { emulator: { devui: { devUIContainer: HTMLElement } } } } }
    ).shelfsight.ar.emulator;
    emulator.devui.devUIContainer.style.visibility = 'hidden';
  });

describe('live stock on the store server end to end', () => {
  it('sells out under an open product page, cart and AR overlay: each says so within seconds, without a reload', async () => {
    const now = new Date();
    const phone = await openPage(browser, { viewport: phoneViewport, at: now });
    const product = phone.page;
    await product.goto(`${server.url}/p/hami-melon`);
    await expect.poll(() => stockFact(product), { timeout: 60_000 }).toContain('150 件');
    await product.getByTestId('add-to-cart').click();
    await product.getByTestId('add-to-cart').click();
    await expect.poll(() => product.getByRole('status').textContent()).toContain('2 件');

    const cartTab = await anotherTab(phone.context);
    const cart = cartTab.page;
    await cart.goto(`${server.url}/cart`);
    await cart.locator('[data-testid=cart-line][data-product-id=hami-melon]').waitFor();
    await cart.locator('[data-testid=checkout-counter][data-mode=server]').waitFor();

    // The same phone in AR, the flash apple chosen: its summary shows how many flash units are left.
    const arTab = await anotherTab(phone.context);
    const ar = arTab.page;
    await startEmulatedAr(ar, server.url, 'aksu-apple');
    await moveHead(ar, [0, 1.6, 0], -0.9);
    const overlay = ar.getByTestId('ar-overlay');
    await expect.poll(() => overlay.getByTestId('ar-summary').textContent()).toContain('仅剩363件');
    await expectOnScreen(overlay.getByTestId('ar-add-to-cart'));
    await hideEmulatorUi(ar);
    await saveScreenshot(ar, 'sold-out-live-ar-flash-360');
    const melonChip = overlay.getByTestId('ar-pick-hami-melon');
    expect(await melonChip.textContent()).not.toContain('售罄');

    // Other shoppers buy all but ten: the product page counts down live, the cart of two is still fine.
    for (let order = 0; order < 14; order += 1) await buyElsewhere('hami-melon', 10);
    await expect.poll(() => stockFact(product), { timeout: 5000, interval: 50 }).toContain('10 件');
    expect(await cart.getByTestId('price-change').count()).toBe(0);

    // The last ten go.
    const soldAt = Date.now();
    await buyElsewhere('hami-melon', 10);
    const addToCart = product.getByTestId('add-to-cart');
    await expect.poll(() => addToCart.isDisabled(), { timeout: 5000, interval: 50 }).toBe(true);
    console.log(`last order → product page sold out: ${Date.now() - soldAt} ms`);
    expect(await addToCart.textContent()).toBe('已售罄');
    expect(await stockFact(product)).toContain('已售罄');

    const change = cart.locator('[data-testid=stock-change][data-product-id=hami-melon]');
    await change.waitFor({ timeout: 5000 });
    console.log(`last order → cart notice: ${Date.now() - soldAt} ms`);
    expect(await change.textContent()).toBe('哈密瓜 已被抢光');
    // A stock change, not a price change: the line left the total because nothing is left to sell.
    const notice = await cart.getByTestId('price-change').textContent();
    expect(notice).toContain('库存有变化');
    expect(notice).not.toContain('价格有变化');
    const problem = cart.locator('[data-testid=cart-problem][data-product-id=hami-melon]');
    expect(await problem.textContent()).toContain('已售罄');
    // Nothing left that can be paid: "Pay at the counter" is not offered for a sold-out line.
    expect(await cart.getByTestId('checkout-counter').count()).toBe(0);

    await expect.poll(() => melonChip.textContent(), { timeout: 5000, interval: 50 }).toContain('已售罄');
    console.log(`last order → AR chip: ${Date.now() - soldAt} ms`);
    await melonChip.click();
    await expect.poll(() => overlay.getByTestId('ar-selected-name').textContent()).toBe('哈密瓜');
    expect(await overlay.getByTestId('ar-add-to-cart').isDisabled()).toBe(true);
    expect(await overlay.getByTestId('ar-add-to-cart').textContent()).toBe('已售罄');
    await expectOnScreen(overlay.getByTestId('ar-add-to-cart'));
    await expectOnScreen(melonChip);
    expect((await readAr(ar)).mode).toBe('webxr');

    await addToCart.scrollIntoViewIfNeeded();
    await saveScreenshot(product, 'sold-out-live-product-360');
    await saveScreenshot(cart, 'sold-out-live-cart-360');
    await saveScreenshot(ar, 'sold-out-live-ar-360');
    expectClean(phone, cartTab, arTab);
    await phone.context.close();
  });

  it('re-prices an open cart when the owner publishes a new price on the server, and says what changed', async () => {
    const phone = await openPage(browser, { viewport: phoneViewport, at: new Date() });
    const { page } = phone;
    await page.goto(`${server.url}/p/kashgar-pomegranate`);
    await page.getByTestId('add-to-cart').click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 件');
    await page.getByTestId('cart-count').click();
    await page.locator('[data-testid=cart-line][data-product-id=kashgar-pomegranate]').waitFor();
    const total = page.getByTestId('total');
    const before = Number(await total.getAttribute('data-fen'));

    const publishedAt = Date.now();
    await publishFromElsewhere((catalog) => {
      const promotion = catalog.promotions.find((p) => p.id === 'pomegranate-20-off');
      if (promotion?.kind !== 'percent-off') throw new Error('no pomegranate promotion');
      promotion.percent = 30;
      promotion.label = { 'zh-CN': '石榴7折', en: '30% off pomegranates' };
    });
    const notice = page.getByTestId('price-change');
    await notice.waitFor({ timeout: 5000 });
    console.log(`publish → cart notice: ${Date.now() - publishedAt} ms`);
    const after = Number(await total.getAttribute('data-fen'));
    expect(after).toBeLessThan(before);
    const text = await notice.textContent();
    expect(text).toContain('价格有变化');
    expect(text).toContain('喀什大籽石榴');
    await page.locator('[data-testid=checkout-counter][data-mode=server]').waitFor();
    await saveScreenshot(page, 'price-change-live-cart-360');
    expectClean(phone);
    await phone.context.close();
  });
});
