import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openPage } from './browser';
import { saveScreenshot } from './pixels';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  // A fake camera exists but no fake permission UI: the permission request is refused, as when a shopper
  // taps "Block".
  browser = await launchBrowser(['--use-fake-device-for-media-stream']);
});
afterAll(async () => {
  await browser?.close();
});

describe('scanner without camera permission', () => {
  it('explains the refusal, never loads the decoder, and finds products by typed code', async () => {
    const { page, requests, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/shop/scan`);
    const problem = page.getByTestId('scan-problem');
    await expect.poll(() => problem.getAttribute('data-problem')).toBe('denied');
    expect(await problem.textContent()).toContain('相机权限被拒绝');

    const input = page.getByTestId('scan-manual-input');
    await input.fill('snow-lotus');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('scan-manual-message').textContent())
      .toContain('本店没有这个商品');
    expect(await input.inputValue()).toBe('snow-lotus');

    await input.fill('https://evil.example/p/hami-melon');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('scan-manual-message').textContent())
      .toContain('https://evil.example');

    await input.fill('  Hami-Melon ');
    await input.press('Enter');
    const card = page.getByTestId('scan-card');
    await expect.poll(() => card.getAttribute('data-product-id')).toBe('hami-melon');
    expect(await card.getByTestId('price').textContent()).toMatch(/^¥\d+\.\d\d$/);
    expect(await input.inputValue()).toBe('');
    // No camera, so shelf AR is not offered, and the ~450 kB decoder was never downloaded.
    expect(await card.getByTestId('scan-view-ar').count()).toBe(0);
    await card.getByTestId('scan-add-to-cart').click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('1');
    await saveScreenshot(page, 'scan-denied-manual');
    expect(requests.filter((url) => url.endsWith('.wasm') || url.includes('decode.worker'))).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('says the same in English', async () => {
    const { page, context } = await openPage(browser, {
      locale: 'en',
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${baseUrl}/shop/scan`);
    await expect
      .poll(() => page.getByTestId('scan-problem').textContent())
      .toContain('Camera permission was denied');
    const input = page.getByTestId('scan-manual-input');
    await input.fill('javascript:alert(1)');
    await input.press('Enter');
    await expect
      .poll(() => page.getByTestId('scan-manual-message').textContent())
      .toContain('Not a web link');
    await input.fill('turpan-raisins');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId('scan-card-name').textContent()).toContain('raisins');
    expect(await page.getByTestId('scan-card').getByTestId('price').textContent()).toMatch(/^CN¥\d+\.\d\d$/);
    await saveScreenshot(page, 'scan-denied-manual-en');
    await context.close();
  });

  it('opens the product page straight from a label URL (native camera app deep link), shelf and all', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/p/aksu-apple?shelf=A-01`);
    await expect.poll(() => page.getByTestId('product-name').textContent()).toBe('阿克苏冰糖心苹果');
    await context.close();
  });
});
