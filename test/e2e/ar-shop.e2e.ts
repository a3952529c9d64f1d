import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/domain/catalog';
import { quote, unitPrice } from '../../src/domain/pricing';
import { formatFen } from '../../src/i18n/format';
import { foreignRequests, launchBrowser, openPage, withoutWebGL } from './browser';
import { arBrowserArgs, moveHead, readAr, startEmulatedAr, tagPixels, tap } from './ar-emulator';
import { saveScreenshot } from './pixels';

const baseUrl = inject('baseUrl');
const parsed = parseCatalog(JSON.parse(readFileSync('public/catalog.json', 'utf8')));
if (!parsed.ok) throw new Error('demo catalog invalid');
const catalog = parsed.catalog;
let browser: Browser;

beforeAll(async () => {
  // Chromium's own WebXR reports "no XR hardware"; without it the page sees no navigator.xr, and under
  // ?xr=emulate the IWER emulator installs its own (shared/TOOLCHAIN.md).
  browser = await launchBrowser(arBrowserArgs);
});
afterAll(async () => {
  await browser?.close();
});

async function enterEmulatedAr(page: Page, productId: string): Promise<void> {
  await startEmulatedAr(page, baseUrl, productId);
  // Look down at the desk in the small office: the reticle needs an upright surface.
  await moveHead(page, [0, 1.6, 0], -0.9);
  await expect.poll(async () => (await readAr(page)).surfaceFound, { timeout: 30_000 }).toBe(true);
}

async function placeAtReticle(page: Page, count: number): Promise<void> {
  await tap(page);
  await expect.poll(async () => (await readAr(page)).placed.length, { timeout: 20_000 }).toBe(count);
}

describe('shopper AR under IWER emulation', () => {
  it('places the apple on a tap, shows the engine price in the overlay, adds it to the cart', async () => {
    const { page, requests, errors, context } = await openPage(browser, {
      viewport: { width: 800, height: 600 },
    });
    await enterEmulatedAr(page, 'aksu-apple');
    const before = await readAr(page);
    expect(before.hitTestActive).toBe(true);
    expect(before.hits).toBeGreaterThan(0);
    expect(before.features).toContain('hit-test');

    await placeAtReticle(page, 1);
    const [apple] = (await readAr(page)).placed;
    expect(apple?.productId).toBe('aksu-apple');
    // On the desk of the small office, in front of the viewer.
    expect(apple?.position[1]).toBeGreaterThan(0.3);
    expect(apple?.position[1]).toBeLessThan(1.2);

    const price = page.getByTestId('ar-price');
    const shownFen = Number(await price.getAttribute('data-fen'));
    const at = new Date(await page.evaluate(() => Date.now()));
    const expected = unitPrice(catalog, 'aksu-apple', at);
    if (!expected.ok) throw new Error('no price');
    expect(shownFen).toBe(expected.unitFen);
    expect(await price.textContent()).toBe(formatFen(expected.unitFen, 'zh-CN'));
    expect(await page.getByTestId('ar-list-price').textContent()).toBe(formatFen(expected.listFen, 'zh-CN'));
    expect(await page.getByTestId('ar-save').textContent()).toContain(String(expected.percentSaved));
    expect(await page.getByTestId('ar-selected-name').textContent()).toBe('阿克苏冰糖心苹果');

    await page.getByTestId('ar-add-to-cart').click();
    await expect.poll(() => page.getByTestId('ar-cart-count').getAttribute('data-count')).toBe('1');
    // Like a phone held 30 cm from the shelf: a phone camera's narrower field of view, the emulator UI hidden.
    await moveHead(page, [0, 0.97, -0.38], -0.35);
    await page.evaluate(() => {
      type Device = { fovy: number; devui: { devUIContainer: HTMLElement } };
      const emulator = (window as unknown as { shelfsight: { ar: { emulator: Device } } }).shelfsight.ar
        .emulator;
      emulator.fovy = (60 * Math.PI) / 180;
      emulator.devui.devUIContainer.style.visibility = 'hidden';
    });
    await page.waitForTimeout(2000);
    await saveScreenshot(page, 'ar-apple-placed-zh-CN');

    await page.getByTestId('ar-exit').click();
    await expect.poll(() => page.getByTestId('shop-page').getAttribute('data-in-session')).toBe('no');
    await page.goto(`${baseUrl}/cart`);
    const line = page.locator('[data-testid="cart-line"][data-product-id="aksu-apple"]');
    await line.waitFor();
    const total = quote({ catalog, lines: [{ productId: 'aksu-apple', qty: 1 }], at });
    if (!total.ok) throw new Error('quote failed');
    expect(Number(await page.getByTestId('total').getAttribute('data-fen'))).toBe(total.totalFen);

    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('places two products whose price tags both show in the camera view', async () => {
    const { page, requests, errors, context } = await openPage(browser, {
      viewport: { width: 800, height: 600 },
    });
    await enterEmulatedAr(page, 'aksu-apple');
    await moveHead(page, [0, 1.6, 0], -0.9, 0.25);
    await page.waitForTimeout(800);
    await placeAtReticle(page, 1);
    await page.getByTestId('ar-overlay').getByTestId('ar-pick-hami-melon').click();
    await moveHead(page, [0, 1.6, 0], -0.9, -0.25);
    await page.waitForTimeout(800);
    await placeAtReticle(page, 2);
    const { placed } = await readAr(page);
    expect(placed.map((p) => p.productId)).toEqual(['aksu-apple', 'hami-melon']);
    expect(
      Math.hypot(
        placed[0]!.position[0] - placed[1]!.position[0],
        placed[0]!.position[2] - placed[1]!.position[2],
      ),
    ).toBeGreaterThan(0.2);

    // Step back so both stand in view, hide the emulator's own controls, and look at the pixels.
    await moveHead(page, [0, 1.25, -0.1], -0.6);
    await page.evaluate(() => {
      const emulator = (
        window as unknown as { shelfsight: { ar: { emulator: { devui: { devUIContainer: HTMLElement } } } } }
      ).shelfsight.ar.emulator;
      emulator.devui.devUIContainer.style.visibility = 'hidden';
    });
    await page.waitForTimeout(2000);
    // The tags' words do not change (no countdown until the last day), so frames go by without a redraw.
    const { tags, tagRedraws, hits } = await readAr(page);
    await page.waitForTimeout(1500);
    const later = await readAr(page);
    expect(later.hits).toBeGreaterThan(hits);
    expect(later.tagRedraws).toBe(tagRedraws);
    const png = await saveScreenshot(page, 'ar-two-products-zh-CN');
    expect(tags.map((t) => t.productId).sort()).toEqual(['aksu-apple', 'hami-melon']);
    for (const tag of tags) {
      expect(tag.behind).toBe(false);
      const { red, cream } = tagPixels(png, tag.x, tag.y, 24);
      // A tag is a cream card with red text and border: both must be there, the grey room has neither.
      expect(red, `${tag.productId} red pixels`).toBeGreaterThan(3);
      expect(cream, `${tag.productId} card pixels`).toBeGreaterThan(20);
    }
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('shopper page without AR', () => {
  it('says AR is unavailable and offers label scanning and the 3D view when navigator.xr is absent', async () => {
    const { page, requests, errors, context } = await openPage(browser);
    await page.goto(`${baseUrl}/shop?product=kashgar-pomegranate`);
    await page.getByTestId('ar-unavailable').waitFor();
    expect(await page.evaluate(() => 'xr' in navigator)).toBe(false);
    expect(await page.getByTestId('ar-mode-webxr').count()).toBe(0);
    expect(await page.getByTestId('ar-fallback-scan').getAttribute('href')).toBe('/shop/scan');
    expect(await page.getByTestId('ar-fallback-3d').getAttribute('href')).toBe('/p/kashgar-pomegranate');
    await expect.poll(() => page.getByTestId('product-card').count()).toBe(catalog.products.length);
    // The product preview with its 3D price tag still draws: it needs WebGL, not WebXR.
    await expect.poll(() => page.getByTestId('shop-preview').getAttribute('data-drawn')).toBe('yes');
    await page.waitForLoadState('networkidle');
    await saveScreenshot(page, 'ar-shop-no-xr-zh-CN');
    // The emulator is never downloaded unless asked for, and a phone without WebXR never downloads the AR
    // code (React Three Fiber, @react-three/xr): the preview above is plain three.js.
    expect(requests.filter((url) => /emulate|office_small/u.test(url))).toEqual([]);
    expect(requests.filter((url) => /ar-runtime/u.test(url))).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the product list and engine prices working when WebGL is unavailable', async () => {
    const { page, errors, context } = await openPage(browser);
    await withoutWebGL(page);
    await page.goto(`${baseUrl}/shop`);
    await page.getByTestId('shop-no-webgl').waitFor();
    await page.getByTestId('ar-unavailable').waitFor();
    expect(await page.locator('canvas').count()).toBe(0);
    const at = new Date(await page.evaluate(() => Date.now()));
    for (const product of catalog.products) {
      const expected = unitPrice(catalog, product.id, at);
      if (!expected.ok) throw new Error(product.id);
      const shown = page.locator(
        `[data-testid="product-card"][data-product-id="${product.id}"] [data-testid="price"]`,
      );
      expect(Number(await shown.getAttribute('data-fen')), product.id).toBe(expected.unitFen);
    }
    await page.getByTestId('ar-pick-hotan-jujubes').click();
    expect(await page.getByTestId('ar-pick-hotan-jujubes').getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers "View in AR" on the product page only where an AR mode exists, leading to /shop', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${baseUrl}/p/aksu-apple`);
    await page.getByTestId('product-name').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('view-in-ar').count()).toBe(0);
    await page.goto(`${baseUrl}/p/aksu-apple?xr=emulate`);
    const link = page.getByTestId('view-in-ar');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/shop?product=aksu-apple&xr=emulate&room=office_small');
    await link.click();
    await expect.poll(() => page.url()).toContain('/shop?product=aksu-apple&xr=emulate');
    await page.getByTestId('ar-mode-webxr').waitFor({ timeout: 60_000 });
    expect(
      await page
        .getByTestId('ar-picker')
        .first()
        .locator('[aria-checked="true"]')
        .getAttribute('data-testid'),
    ).toBe('ar-pick-aksu-apple');
    expect(errors).toEqual([]);
    await context.close();
  });
});
