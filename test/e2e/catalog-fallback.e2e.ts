import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { saveScreenshot } from './pixels';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const brokenCatalog = () => {
  const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8'));
  catalog.products[0].priceFen = 'cheap';
  catalog.products[0].name['zh-CN'] = '坏掉的苹果';
  return JSON.stringify(catalog);
};

describe('catalog fallback', () => {
  it('keeps the last good catalog and shows a notice naming the bad field when a new catalog is invalid', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(8);

    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: brokenCatalog() }),
    );
    await page.reload();
    const notice = page.getByTestId('catalog-notice');
    // The notice's text arrives with its own small chunk, just after the notice.
    await expect.poll(async () => (await notice.textContent()) ?? '').toContain('products[0].priceFen');
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(8);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).toContain('阿克苏冰糖心苹果');
    expect(body).not.toContain('坏掉的苹果');
    await saveScreenshot(page, 'catalog-invalid-notice');
    await context.close();
  });

  it('keeps working from the saved catalog when the network is down', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(8);
    await page.route('**/catalog.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    const notice = page.getByTestId('catalog-notice');
    await expect
      .poll(async () => (await notice.textContent()) ?? '')
      .toContain('Could not update the catalog');
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(8);
    await context.close();
  });

  it('explains and offers a retry when there is no catalog at all', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/catalog.json', (route) => route.fulfill({ status: 200, body: brokenCatalog() }));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('重试');
    await context.close();
  });
});
