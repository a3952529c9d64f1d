import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { isSaturated, saveElementShot, shareOfPixels } from './pixels';

const baseUrl = inject('baseUrl');
const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as { products: { id: string }[] };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Diagnostics {
  shelfsight: { ready: Promise<void>; renderer(): { triangles: number; drawCalls: number } | null };
}

describe('product models in the app', () => {
  it.each(catalog.products.map((product) => product.id))(
    'loads and draws the %s model on its product page',
    async (id) => {
      const { page, context, errors } = await openPage(browser, { viewport: { width: 900, height: 700 } });
      await page.goto(`${baseUrl}/p/${id}?debug=1`);
      await page.evaluate(() => (window as unknown as Diagnostics).shelfsight.ready);
      await expect.poll(() => page.getByTestId('product-viewer').getAttribute('data-drawn')).toBe('yes');
      // Let the camera fit and a few frames settle before looking.
      await page.waitForTimeout(600);
      const canvas = await saveElementShot(page, 'canvas', `model-${id}`);
      // The backdrop is grey-white; a drawn product shows up as a real share of coloured pixels.
      expect(shareOfPixels(canvas, isSaturated)).toBeGreaterThan(0.04);
      const info = await page.evaluate(() => (window as unknown as Diagnostics).shelfsight.renderer());
      expect(info?.triangles).toBeGreaterThan(100);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
