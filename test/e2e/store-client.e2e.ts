import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveFakeStore, type FakeStoreServer } from './fake-store-server';
import { launchBrowser, openPage } from './browser';
import { saveScreenshot } from './pixels';

// The browser side of the store server (issue 14) against a stand-in server: the real one is tested end to
// end by its own suite once it runs.
const catalogText = readFileSync('public/catalog.json', 'utf8');
const storeId = JSON.parse(catalogText).store.id as string;
let browser: Browser;
let server: FakeStoreServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveFakeStore(process.env.SHELFSIGHT_DIST ?? 'dist', catalogText, storeId);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, password = 'demo-password-1') {
  await page.getByTestId('login-username').fill('owner');
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('store server client', () => {
  it('signs in, publishes a flash price that kiosk and product page show within 2 s, refuses a stale base, rolls back', async () => {
    const kiosk = await openPage(browser, { viewport: { width: 960, height: 540 } });
    await kiosk.page.goto(`${server.url}/kiosk?debug=1&dwell=120&featured=aksu-apple`);
    const kioskPrice = kiosk.page.getByTestId('kiosk-price');
    await expect.poll(() => kioskPrice.textContent(), { timeout: 60_000 }).toBe('¥49.90');
    const phone = await openPage(browser, { viewport: { width: 360, height: 720 } });
    await phone.page.goto(`${server.url}/p/aksu-apple`);
    const phonePrice = phone.page.getByTestId('price').first();
    await expect.poll(() => phonePrice.textContent(), { timeout: 30_000 }).toBe('¥49.90');

    // The login form on a phone: wrong password first.
    const small = await openPage(browser, { viewport: { width: 360, height: 720 } });
    await small.page.goto(`${server.url}/merchant`);
    await small.page.getByTestId('login-form').waitFor();
    await signIn(small.page, 'wrong');
    await small.page.getByTestId('login-error').waitFor();
    expect(await small.page.getByTestId('login-error').getAttribute('data-code')).toBe('bad-credentials');
    await saveScreenshot(small.page, 'store-login-360');
    await small.context.close();

    const studio = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = studio;
    await page.goto(`${server.url}/merchant?debug=1`);
    await signIn(page);
    await page.getByTestId('merchant-studio').waitFor();
    const state = page.getByTestId('version-state');
    await expect.poll(() => state.getAttribute('data-state')).toBe('current');
    expect(await state.getAttribute('data-live')).toBe('1');

    await page.click('[data-testid=edit-apple-flash]');
    await page.fill('[data-testid=field-0-priceFen]', '39.90');
    await page.getByTestId('publish').click();
    const summary = page.getByTestId('publish-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('priceFen');
    await saveScreenshot(page, 'store-publish-confirm');
    const started = Date.now();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-done').waitFor();
    await expect.poll(() => kioskPrice.textContent(), { timeout: 2000, interval: 50 }).toBe('¥39.90');
    await expect
      .poll(() => phonePrice.textContent(), {
        timeout: Math.max(100, 2000 - (Date.now() - started)),
        interval: 50,
      })
      .toBe('¥39.90');
    await page.getByTestId('publish-close').click();
    await expect.poll(() => state.getAttribute('data-live')).toBe('2');
    expect(await state.getAttribute('data-state')).toBe('current');

    // Someone else publishes while this draft has changes: the line says so and a publish is refused.
    await page.fill('[data-testid=field-0-priceFen]', '38.90');
    const other = JSON.parse(catalogText);
    other.products[0].stock = 799;
    server.publishAsOther(other);
    await expect.poll(() => state.getAttribute('data-state')).toBe('stale');
    expect(await state.textContent()).toMatch(/第 2 版.*第 3 版/);
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-stale-warning').waitFor();
    await page.getByTestId('publish-confirm').click();
    const conflict = page.getByTestId('publish-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('stock');
    await saveScreenshot(page, 'store-publish-conflict');
    await page.getByTestId('conflict-rebase').click();
    await page.getByTestId('publish-close').click();
    await expect.poll(() => state.getAttribute('data-state')).toBe('current');

    // Roll back to version 1: both screens show the old price again.
    await page.getByTestId('history').click();
    const first = page.locator('[data-testid=history-entry][data-version="1"]');
    await first.getByTestId('history-rollback').click();
    await first.getByTestId('history-rollback-confirm').click();
    await page.getByTestId('history-message').waitFor();
    await saveScreenshot(page, 'store-history');
    await expect.poll(() => kioskPrice.textContent(), { timeout: 2000, interval: 50 }).toBe('¥49.90');
    await expect.poll(() => phonePrice.textContent(), { timeout: 2000, interval: 50 }).toBe('¥49.90');
    expect(server.versions.map((entry) => entry.version)).toEqual([1, 2, 3, 4]);
    expect(kiosk.errors).toEqual([]);
    await Promise.all([kiosk.context.close(), phone.context.close(), studio.context.close()]);
  });

  it('asks the counter for a login and serves a /s/<storeId> URL with links that keep the prefix', async () => {
    const { page, context } = await openPage(browser, {
      viewport: { width: 360, height: 720 },
      locale: 'en-US',
    });
    await page.goto(`${server.url}/counter`);
    await page.getByTestId('login-form').waitFor();
    expect(await page.getByTestId('login-form').textContent()).toContain('cashier or owner');
    await signIn(page);
    await page.getByTestId('counter-input').waitFor();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();

    await page.goto(`${server.url}/s/${storeId}/`);
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(8);
    const href = await page.locator('[data-testid=product-card] a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/s/${storeId}/p/`));
    await page.locator('[data-testid=product-card] a').first().click();
    await page.getByTestId('product-page').waitFor();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/s/${storeId}/p/`));
    await context.close();
  });
});
