import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { translate } from '../../src/i18n/locale';
import { launchBrowser, openPage, withoutWebGL } from './browser';
import { modelWithForeignExtension } from './glb-fixtures';
import { saveElementShot, saveScreenshot } from './pixels';

// The product page's plain-three viewer (src/viewer): its fallbacks and its controls, in the built app.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Share of pixels that differ noticeably between two same-sized screenshots. */
function changedShare(a: PNG, b: PNG): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (d > 30) changed += 1;
  }
  return changed / (a.data.length / 4);
}

/** Loses the product canvas's WebGL context the way a GPU reset does (kept on window to restore it). */
async function loseContext(page: Page) {
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.product-viewer canvas')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose = canvas
      .getContext('webgl2')!
      .getExtension('WEBGL_lose_context')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
  });
}

const message = (page: Page) => page.locator('.product-viewer-message').textContent();
const frames = (page: Page) =>
  page.evaluate(() => (window as unknown as { shelfsight: { frames: number } }).shelfsight.frames);

describe('product viewer fallbacks', () => {
  it('shows the picture and says why when the model file is broken, and the page keeps working', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.route('**/models/aksu-apple.glb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'model/gltf-binary',
        body: Buffer.from('glTF but not really'),
      }),
    );
    await page.goto(`${baseUrl}/p/aksu-apple`);
    await expect.poll(() => message(page)).toBe(translate('zh-CN', 'product.modelError'));
    expect(await page.locator('.product-viewer img.product-poster').isVisible()).toBe(true);
    expect(await page.locator('.product-viewer canvas').isVisible()).toBe(false);
    await page.getByTestId('add-to-cart').click();
    await expect.poll(() => page.locator('.added-note').count()).toBe(1);
    await saveScreenshot(page, 'product-model-broken-zh-CN');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('treats a model outside the pipeline subset (and a missing file) the same way', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US' });
    await page.route('**/models/hami-melon.glb', (route) =>
      route.fulfill({ status: 200, contentType: 'model/gltf-binary', body: modelWithForeignExtension() }),
    );
    await page.route('**/models/kashgar-pomegranate.glb', (route) => route.fulfill({ status: 404 }));
    await page.goto(`${baseUrl}/p/hami-melon`);
    await expect.poll(() => message(page)).toBe(translate('en', 'product.modelError'));
    // Client-side navigation to another product: a fresh attempt, and the same clear fallback.
    await page.locator('a.back-link').click();
    await page.locator('[data-product-id="kashgar-pomegranate"] a').first().click();
    await expect
      .poll(() => page.getByTestId('product-page').getAttribute('data-product-id'))
      .toBe('kashgar-pomegranate');
    await expect.poll(() => message(page)).toBe(translate('en', 'product.modelError'));
    expect(errors.filter((error) => !/404/u.test(error))).toEqual([]);
    await context.close();
  });

  it('shows the picture and says so on a device without WebGL', async () => {
    const { page, context, errors } = await openPage(browser);
    await withoutWebGL(page);
    await page.goto(`${baseUrl}/p/aksu-apple`);
    await expect.poll(() => message(page)).toBe(translate('zh-CN', 'product.noWebgl'));
    expect(await page.locator('.product-viewer canvas').count()).toBe(0);
    expect(await page.locator('.product-viewer img.product-poster').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the 3D view is recovering when the GPU context is lost, and draws the same picture once it is back', async () => {
    const { page, context, errors } = await openPage(browser);
    // Reduced motion stops the turntable, so the picture before and after must match.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/p/aksu-apple?debug=1`);
    await expect.poll(() => page.getByTestId('product-viewer').getAttribute('data-drawn')).toBe('yes');
    await page.waitForTimeout(1500);
    const before = await saveElementShot(page, '.product-viewer canvas', 'product-context-before');
    await loseContext(page);
    await expect.poll(() => message(page)).toBe(translate('zh-CN', 'product.contextLost'));
    await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
    await expect.poll(() => page.locator('.product-viewer-message').count()).toBe(0);
    const framesThen = await frames(page);
    await expect.poll(() => frames(page)).toBeGreaterThan(framesThen + 5);
    const after = await saveElementShot(page, '.product-viewer canvas', 'product-context-restored');
    // The generated environment map is rebuilt: without it the apple comes back lit wrongly.
    expect(changedShare(before, after), 'the restored picture matches').toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the picture and says so when the GPU context never comes back', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/p/aksu-apple?debug=1`);
    await expect.poll(() => page.getByTestId('product-viewer').getAttribute('data-drawn')).toBe('yes');
    await loseContext(page);
    await expect.poll(() => message(page)).toBe(translate('zh-CN', 'product.contextLost'));
    await expect
      .poll(() => message(page), { timeout: 10_000 })
      .toBe(translate('zh-CN', 'product.contextGone'));
    expect(await page.locator('.product-viewer img.product-poster').isVisible()).toBe(true);
    expect(await page.locator('.product-viewer canvas').isVisible()).toBe(false);
    await page.getByTestId('add-to-cart').click();
    expect(await page.getByTestId('cart-count').textContent()).toContain('1');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('product viewer controls', () => {
  it('turns the product when the shopper drags across it', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 900, height: 700 } });
    // Reduced motion stops the turntable, so only the drag can change the picture.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}/p/turpan-raisins?debug=1`);
    await expect.poll(() => page.getByTestId('product-viewer').getAttribute('data-drawn')).toBe('yes');
    await page.waitForTimeout(1500);
    const still = await saveElementShot(page, '.product-viewer canvas', 'product-drag-before');
    const again = await saveElementShot(page, '.product-viewer canvas', 'product-drag-still');
    expect(changedShare(still, again), 'nothing moves without a drag').toBeLessThan(0.001);
    const box = (await page.locator('.product-viewer canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const turned = await saveElementShot(page, '.product-viewer canvas', 'product-drag-after');
    expect(changedShare(still, turned), 'the drag turned the view').toBeGreaterThan(0.02);
    await context.close();
  });
});
