import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseCatalog, type Catalog } from '../../src/domain/catalog';
import { quote } from '../../src/domain/pricing';
import { doubleElevenMorning, foreignRequests, launchBrowser, openPage } from './browser';
import { saveScreenshot } from './pixels';
import { decodeQrCodes } from './qr-decode';

const baseUrl = inject('baseUrl');
const catalogText = readFileSync('public/catalog.json', 'utf8');
const parsed = parseCatalog(JSON.parse(catalogText));
if (!parsed.ok) throw new Error('demo catalog must be valid');
const catalog: Catalog = parsed.catalog;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function addFromProductPage(page: Page, productId: string, times: number) {
  await page.goto(`${baseUrl}/p/${productId}`);
  const button = page.getByTestId('add-to-cart');
  await button.waitFor();
  for (let i = 0; i < times; i += 1) await button.click();
}

const fenOf = async (page: Page, testId: string) =>
  Number(await page.getByTestId(testId).getAttribute('data-fen'));

describe('cart and counter', () => {
  it('prices a flash, a 3-for-2 and a pre-sale product with a coupon exactly as the engine does, and the counter confirms it', async () => {
    const { page, context, requests } = await openPage(browser, { viewport: { width: 900, height: 1300 } });
    await addFromProductPage(page, 'aksu-apple', 2);
    await addFromProductPage(page, 'hotan-jujubes', 3);
    await addFromProductPage(page, 'double-eleven-gift-box', 1);
    await page.getByTestId('cart-count').click();
    await page.getByTestId('cart-sheet').waitFor();
    await page.getByTestId('coupon-input').fill('xj15');
    await page.getByTestId('coupon-apply').click();
    await expect.poll(() => page.getByTestId('coupon-status').getAttribute('data-state')).toBe('applied');

    const lines = [
      { productId: 'aksu-apple', qty: 2 },
      { productId: 'hotan-jujubes', qty: 3 },
      { productId: 'double-eleven-gift-box', qty: 1 },
    ];
    const expected = quote({ catalog, lines, at: doubleElevenMorning, coupons: ['XJ15'] });
    if (!expected.ok) throw new Error('engine must quote the demo cart');
    expect(await fenOf(page, 'total')).toBe(expected.totalFen);
    expect(await fenOf(page, 'pay-now')).toBe(expected.payNowFen);
    expect(await fenOf(page, 'pay-later')).toBe(expected.payLaterFen);
    for (const line of expected.lines) {
      const shown = page.locator(
        `[data-testid="cart-line"][data-product-id="${line.productId}"] [data-testid="line-pay"]`,
      );
      expect(Number(await shown.getAttribute('data-fen'))).toBe(line.payFen);
    }
    const applied = await page
      .getByTestId('applied')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-promotion-id')));
    expect(applied.sort()).toEqual(expected.applied.map((a) => a.promotionId).sort());
    await saveScreenshot(page, 'cart-zh-CN');

    await page.getByTestId('checkout-counter').click();
    const qr = page.getByTestId('order-qr');
    await qr.waitFor();
    const shortCode = await page.getByTestId('order-short-code').textContent();
    const [counterUrl] = await decodeQrCodes(await page.screenshot({ fullPage: true }));
    await saveScreenshot(page, 'cart-checkout-zh-CN');
    expect(counterUrl).toMatch(new RegExp(`^${baseUrl}/counter#o=`));

    const counter = await context.newPage();
    await counter.goto(counterUrl!);
    const verdict = counter.getByTestId('counter-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-holds')).toBe('yes');
    expect(Number(await verdict.getAttribute('data-total-fen'))).toBe(expected.totalFen);
    expect(await counter.getByTestId('counter-order').getAttribute('data-short-code')).toBe(shortCode);
    await counter.getByTestId('counter-mark-paid').click();
    await counter.getByTestId('counter-paid').waitFor();
    await saveScreenshot(counter, 'counter-ok-zh-CN');

    // The merchant raises the jujube price: the same order code no longer holds, and the counter says so.
    const changed = JSON.parse(catalogText);
    changed.updatedAt = '2026-11-11T09:30:00+08:00';
    changed.products.find((p: { id: string }) => p.id === 'hotan-jujubes').priceFen += 1000;
    await counter.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(changed) }),
    );
    await counter.reload();
    await expect.poll(() => counter.getByTestId('counter-verdict').getAttribute('data-holds')).toBe('no');
    expect(await counter.locator('.counter-flag').allTextContents()).toContain('下单后商品目录已更新。');
    await saveScreenshot(counter, 'counter-changed-zh-CN');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    await context.close();
  });

  it('rejects a tampered order code at the counter', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl}/counter`);
    await page.getByTestId('counter-input').fill('1.hualing-xinjiang-produce.t3.t4.aksu-apple*9..1ab.zzzz');
    await page.getByTestId('counter-check').click();
    expect(await page.getByTestId('counter-problem').textContent()).toContain('校验失败');
    await context.close();
  });

  it('explains an order link with a malformed escape instead of blanking the page, on every surface that reads one', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/counter#o=%`);
    await page.getByTestId('counter-problem').waitFor();
    // Pasted into the box, the same link is explained too.
    await page.getByTestId('counter-input').fill(`${baseUrl}/counter#o=%E0%A4%A`);
    await page.getByTestId('counter-check').click();
    await page.getByTestId('counter-problem').waitFor();
    await page.goto(`${baseUrl}/cart#o=%E0%A4%A`);
    await page.getByTestId('cart-link-notice').waitFor();
    await page.goto(`${baseUrl}/shop#o=%`);
    await page.locator('[data-testid=handoff-notice][data-state=failed]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores the same cart on another device from the share link', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await addFromProductPage(page, 'kashgar-pomegranate', 2);
    await page.goto(`${baseUrl}/cart`);
    await page.getByTestId('checkout-counter').click();
    const code = await page.getByTestId('checkout').getAttribute('data-order-code');
    const other = await openPage(browser, { locale: 'en-US' });
    await other.page.goto(`${baseUrl}/cart#o=${code}`);
    await other.page.getByTestId('cart-link-notice').waitFor();
    await expect.poll(() => other.page.getByTestId('cart-line').count()).toBe(1);
    expect(await other.page.getByTestId('qty').textContent()).toBe('2');
    expect(other.page.url()).not.toContain('#o=');
    await saveScreenshot(other.page, 'cart-en');
    await other.context.close();
    await context.close();
  });

  it('re-prices an open cart when the catalog refreshes, and says what changed', async () => {
    const { page, context } = await openPage(browser);
    await addFromProductPage(page, 'kashgar-pomegranate', 1);
    await page.goto(`${baseUrl}/cart`);
    await page.getByTestId('cart-line').waitFor();
    const before = await fenOf(page, 'total');
    const cheaper = JSON.parse(catalogText);
    cheaper.updatedAt = '2026-11-11T09:45:00+08:00';
    cheaper.promotions.find((p: { id: string }) => p.id === 'pomegranate-20-off').percent = 30;
    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(cheaper) }),
    );
    // The app refreshes on a timer, on visibility and when the network returns; use the last.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const notice = page.getByTestId('price-change');
    await notice.waitFor();
    expect(await fenOf(page, 'total')).toBeLessThan(before);
    expect(await notice.textContent()).toContain('喀什大籽石榴');
    await saveScreenshot(page, 'cart-price-change-zh-CN');
    await context.close();
  });

  it('keeps every line removable when the engine refuses the whole cart (an amount too large to price)', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 360, height: 720 } });
    const huge = JSON.parse(catalogText);
    huge.products.find((p: { id: string }) => p.id === 'hami-melon').priceFen = Number.MAX_SAFE_INTEGER;
    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(huge) }),
    );
    await addFromProductPage(page, 'aksu-apple', 1);
    await addFromProductPage(page, 'hami-melon', 2);
    await page.goto(`${baseUrl}/cart`);
    const rows = page.getByTestId('cart-problem');
    await expect.poll(() => rows.count()).toBe(2);
    expect(
      await page.locator('[data-testid=cart-problem][data-product-id=hami-melon]').textContent(),
    ).toContain('订单金额过大');
    expect(await page.getByTestId('checkout-counter').count()).toBe(0);
    await saveScreenshot(page, 'cart-amount-too-large-360');
    // Removing the line that overflows prices the rest again.
    await page.locator('[data-testid=cart-problem][data-product-id=hami-melon] .link-button').click();
    await page.getByTestId('cart-line').waitFor();
    expect(await rows.count()).toBe(0);
    expect(await page.getByTestId('checkout-counter').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('bounds the quantity stepper by stock and says why', async () => {
    const { page, context } = await openPage(browser);
    const small = JSON.parse(catalogText);
    small.products.find((p: { id: string }) => p.id === 'hami-melon').stock = 2;
    await page.route('**/catalog.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(small) }),
    );
    await addFromProductPage(page, 'hami-melon', 1);
    await page.goto(`${baseUrl}/cart`);
    await page.getByTestId('qty-increase').click();
    await expect.poll(() => page.getByTestId('qty').textContent()).toBe('2');
    expect(await page.getByTestId('qty-increase').isDisabled()).toBe(true);
    expect(await page.getByTestId('qty-reason').textContent()).toContain('库存仅剩 2 件');
    await context.close();
  });
});
