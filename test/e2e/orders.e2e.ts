import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decodeServerOrderCode, encodeServerOrderCode } from '../../src/domain/order/server-order-code';
import type { RunningServer } from '../../src/server/start';
import { foreignRequests, launchBrowser, openPage, type TrackedPage } from './browser';
import { startE2eStore, type E2eStore } from './e2e-store';
import { saveScreenshot } from './pixels';
import { decodeQrCodes } from './qr-decode';

// The real store server (embedded PGlite in a temp folder, plain HTTP on loopback) over the production build,
// started in this process as `npm start` starts it. The pages run on the real clock: the server prices
// orders at its own clock, so the shopper's total must be quoted at the same instant.
const storeId = 'hualing-xinjiang-produce';
let browser: Browser;
let store: E2eStore;
let server: RunningServer;

beforeAll(async () => {
  store = await startE2eStore('orders', { cashier: true });
  server = store.server;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await store?.close();
});

const stockLeft = (kiosk: Page) => kiosk.locator('[data-testid=kiosk-stock] .kiosk-stock-left').textContent();

async function signIn(page: Page, username: string, password: string) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

function expectClean(...pages: TrackedPage[]) {
  for (const tracked of pages) {
    expect(foreignRequests(tracked.requests, server.url)).toEqual([]);
    // Refusals provoked on purpose (not signed in yet, the forged code) are logged by Chromium as failed loads.
    expect(tracked.errors.filter((error) => !/status of (401|403)\b/u.test(error))).toEqual([]);
  }
}

describe('orders on the store server end to end', () => {
  it('turns a phone cart into a reserved order, verifies and marks it paid at the counter, moves the kiosk stock bar live, and refuses a forged code', async () => {
    const now = new Date();
    const kiosk = await openPage(browser, { viewport: { width: 960, height: 540 }, at: now });
    await kiosk.page.goto(`${server.url}/kiosk?debug=1&dwell=120&featured=aksu-apple`);
    // The demo flash sale: cap 500, 137 sold at publish.
    await expect.poll(() => stockLeft(kiosk.page), { timeout: 60_000 }).toContain('仅剩 363 件');

    // The shopper, on a phone: two apples into the cart, then "Pay at the counter".
    const phone = await openPage(browser, { viewport: { width: 360, height: 720 }, at: now });
    await phone.page.goto(`${server.url}/p/aksu-apple`);
    await phone.page.getByTestId('add-to-cart').click();
    await phone.page.getByTestId('add-to-cart').click();
    await phone.page.getByTestId('cart-count').click();
    await phone.page.getByTestId('cart-sheet').waitFor();
    const placed = phone.page.waitForResponse(
      (r) => r.url().endsWith(`/api/stores/${storeId}/orders`) && r.request().method() === 'POST',
    );
    const paidAt = Date.now();
    await phone.page.getByTestId('checkout-counter').click();
    const response = await placed;
    expect(response.status()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_-]{8,100}$/u);
    const panel = phone.page.getByTestId('server-order');
    await panel.waitFor();
    expect(await phone.page.getByTestId('order-reserved').textContent()).toMatch(/^已为您保留至 \d\d:\d\d$/u);
    const shortCode = (await phone.page.getByTestId('order-short-code').textContent())!;
    const code = (await panel.getAttribute('data-order-code'))!;
    await saveScreenshot(phone.page, 'orders-cart-reserved-360');

    // The kiosk's bar drops by the two reserved units, without a reload.
    await expect.poll(() => stockLeft(kiosk.page), { timeout: 5000, interval: 50 }).toContain('仅剩 361 件');
    console.log(`pay tap → kiosk stock bar: ${Date.now() - paidAt} ms`);
    await saveScreenshot(kiosk.page, 'orders-kiosk-stock-after-order');

    // The cashier scans the QR off the phone's screen: it opens /counter#o=<signed code>.
    const [counterUrl] = await decodeQrCodes(await phone.page.screenshot({ fullPage: true }));
    expect(counterUrl).toBe(`${server.url}/counter#o=${code}`);
    const desk = await openPage(browser, { viewport: { width: 1280, height: 800 }, at: now });
    await desk.page.goto(counterUrl!);
    await signIn(desk.page, 'till', 'till-password-1');
    const order = desk.page.getByTestId('counter-order');
    await desk.page.getByTestId('counter-verified').waitFor();
    expect(await order.getAttribute('data-short-code')).toBe(shortCode);
    expect(await order.getAttribute('data-status')).toBe('reserved');
    expect(await desk.page.getByTestId('counter-lines').textContent()).toContain('阿克苏冰糖心苹果 × 2');
    await saveScreenshot(desk.page, 'orders-counter-verified');
    await desk.page.getByTestId('counter-mark-paid').click();
    await desk.page.getByTestId('counter-paid').waitFor();
    expect(await order.getAttribute('data-status')).toBe('paid');
    await desk.page.locator(`[data-testid=order-log-entry][data-short-code="${shortCode}"]`).waitFor();
    expect(await desk.page.getByTestId('export-csv').getAttribute('href')).toMatch(
      new RegExp(`^/api/stores/${storeId}/orders\\.csv`, 'u'),
    );
    await saveScreenshot(desk.page, 'orders-counter-paid');

    // Typed as a short code, the same order is found, already paid: nothing to pay twice.
    await desk.page.getByTestId('counter-input').fill(shortCode.toLowerCase());
    await desk.page.getByTestId('counter-check').click();
    await expect.poll(() => order.getAttribute('data-status')).toBe('paid');
    expect(await desk.page.getByTestId('counter-mark-paid').count()).toBe(0);

    // A forged code: the real one with another signature and a CRC recomputed to match, so only the
    // signature is wrong.
    const real = decodeServerOrderCode(code);
    if (!real.ok) throw new Error(`the server's code does not decode: ${real.problem}`);
    const signature = real.value.signature;
    const forgedSignature = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const forged = encodeServerOrderCode(real.value.storeId, real.value.orderId, forgedSignature);
    expect(decodeServerOrderCode(forged).ok).toBe(true);
    await desk.page.getByTestId('counter-input').fill(forged);
    await desk.page.getByTestId('counter-check').click();
    const problem = desk.page.getByTestId('counter-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('bad-signature');
    expect(await problem.textContent()).toContain('签名无效');
    expect(await desk.page.getByTestId('counter-order').count()).toBe(0);
    await saveScreenshot(desk.page, 'orders-counter-forged');

    expectClean(kiosk, phone, desk);
    await Promise.all([kiosk.context.close(), phone.context.close(), desk.context.close()]);
  });
});
