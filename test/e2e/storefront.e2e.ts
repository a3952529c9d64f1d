import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/domain/catalog';
import { unitPrice } from '../../src/domain/pricing';
import { doubleElevenMorning, foreignRequests, launchBrowser, openPage } from './browser';
import { isReddish, saveElementShot, saveScreenshot, shareOfPixels } from './pixels';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('storefront home', () => {
  it('lists every catalog product with its name and a price in yuan', async () => {
    const { page, requests, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    const cards = page.getByTestId('product-card');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.getByTestId('product-card').first().textContent()).toContain('¥');
    await expect.poll(() => page.locator('body').textContent()).toContain('阿克苏冰糖心苹果');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'home-zh-CN');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('shows each product at the price the pricing engine gives for that instant', async () => {
    const parsed = parseCatalog(JSON.parse(readFileSync('public/catalog.json', 'utf8')));
    if (!parsed.ok) throw new Error('demo catalog invalid');
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(parsed.catalog.products.length);
    for (const product of parsed.catalog.products) {
      const expected = unitPrice(parsed.catalog, product.id, doubleElevenMorning);
      if (!expected.ok) throw new Error(product.id);
      const shown = page.locator(`[data-product-id="${product.id}"] [data-testid="price"]`);
      expect(Number(await shown.getAttribute('data-fen')), product.id).toBe(expected.unitFen);
    }
    // The flash-priced apple is visibly below its list price.
    const apple = page.locator('[data-product-id="aksu-apple"]');
    expect(await apple.getByTestId('price').textContent()).toBe('¥49.90');
    expect(await apple.getByTestId('list-price').textContent()).toBe('¥69.90');
    await context.close();
  });

  it('switches the visible text and price formatting to English', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('product-grid').waitFor();
    await page.getByTestId('locale-switch').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Aksu ice-sugar apples');
    const bodyText = (await page.locator('body').textContent()) ?? '';
    expect(bodyText).not.toContain('阿克苏冰糖心苹果');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // en formats CNY as "CN¥69.90"; zh-CN as "¥69.90".
    expect(bodyText).toMatch(/CN¥\d+\.\d\d/);
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'home-en');
    // The choice sticks when the shopper opens a product.
    await page.locator('[data-product-id="aksu-apple"] a').click();
    await expect.poll(() => page.getByTestId('product-name').textContent()).toBe('Aksu ice-sugar apples');
    await expect.poll(() => page.getByTestId('product-viewer').getAttribute('data-drawn')).toBe('yes');
    expect(await page.getByTestId('product-origin').textContent()).toBe('Aksu, Xinjiang');
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'product-aksu-apple-en');
    await context.close();
  });
});

describe('product page', () => {
  it('draws the apple model in the 3D view', async () => {
    const { page, requests, errors, context } = await openPage(browser);
    await page.goto(`${baseUrl}/p/aksu-apple?debug=1`);
    await page.evaluate(
      () => (window as unknown as { shelfsight: { ready: Promise<void> } }).shelfsight.ready,
    );
    await page.waitForFunction(
      () => (window as unknown as { shelfsight: { frames: number } }).shelfsight.frames > 5,
    );
    const viewer = page.getByTestId('product-viewer');
    await expect.poll(() => viewer.getAttribute('data-drawn')).toBe('yes');
    await page.getByTestId('product-name').waitFor();
    await saveScreenshot(page, 'product-aksu-apple-zh-CN');
    const canvasPng = await saveElementShot(page, 'canvas', 'product-aksu-apple-canvas');
    // The apple is red: a real share of the canvas must be red skin, not an empty backdrop.
    expect(shareOfPixels(canvasPng, isReddish)).toBeGreaterThan(0.03);
    const info = await page.evaluate(() =>
      (
        window as unknown as { shelfsight: { renderer(): { triangles: number } | null } }
      ).shelfsight.renderer(),
    );
    expect(info?.triangles).toBeGreaterThan(100);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a friendly not-found page for an unknown product instead of crashing', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/p/no-such-thing`);
    await page.getByTestId('not-found').waitFor();
    await page.goto(`${baseUrl}/p/%3Cscript%3E`);
    await page.getByTestId('not-found').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
