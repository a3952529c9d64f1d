import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { saveScreenshot } from './pixels';
import { makePaidOrder } from '../factories/paid-order';

// Issue 21: damaged saved data on this device never blanks a surface. Each test seeds a damaged value
// before the app runs (once: a reload keeps what the app did with it), loads the surface that reads it,
// and checks that the surface is there, says so, and still works.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

const phone = { width: 360, height: 720 };
const order = makePaidOrder();

/** Writes `values` into localStorage before the first page load of `context` only. */
async function seed(context: BrowserContext, values: Record<string, string>): Promise<void> {
  await context.addInitScript(
    `(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      for (const [key, value] of Object.entries(${JSON.stringify(values)})) localStorage.setItem(key, value);
    })()`,
  );
}

const invalidTime = (errors: string[]) =>
  errors.filter((error) => /Invalid time value|RangeError/.test(error));

describe('damaged saved data', () => {
  it('counter: a log entry with a bad paid time or null lines is set aside, and the counter still checks codes', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: phone });
    const log = [order, { ...order, code: 'b', paidAt: 'garbage' }, { ...order, code: 'c', lines: [null] }];
    await seed(context, { 'shelfsight.counter.orders': JSON.stringify(log) });
    await page.goto(`${baseUrl}/counter`);
    await page.getByTestId('stored-notice').waitFor();
    await saveScreenshot(page, 'stored-notice-counter-360');
    expect(await page.getByTestId('order-log').locator('li').count()).toBe(1);
    await page.getByTestId('counter-input').fill('1.hualing-xinjiang-produce.t3.t4.aksu-apple*9..1ab.zzzz');
    await page.getByTestId('counter-check').click();
    await page.getByTestId('counter-problem').waitFor();
    const kept = await page.evaluate(() => localStorage.getItem('shelfsight.counter.orders.damaged'));
    expect(kept).toContain('garbage');
    expect(invalidTime(errors)).toEqual([]);
  });

  it('counter: a log that is not JSON at all reads as empty with a notice', async () => {
    const { page, context } = await openPage(browser, { locale: 'en' });
    await seed(context, { 'shelfsight.counter.orders': '{"oops' });
    await page.goto(`${baseUrl}/counter`);
    expect(await page.getByTestId('stored-notice').textContent()).toContain('set aside');
    await page.getByTestId('counter-input').waitFor();
  });

  for (const [name, products] of [
    ['an empty product', [{}]],
    ['a product with a null name', null],
  ] as const) {
    it(`merchant: a draft with ${name} is set aside and the studio opens on the published catalog`, async () => {
      const { page, context, errors } = await openPage(browser);
      const catalog = (await (await fetch(`${baseUrl}/catalog.json`)).json()) as { products: object[] };
      const draft = {
        ...catalog,
        products: products ?? [{ ...catalog.products[0], name: null }],
      };
      await seed(context, {
        'shelfsight.merchant.draft': JSON.stringify({
          state: { draft, savedJson: null, dirtySince: null, base: null },
          version: 1,
        }),
      });
      await page.goto(`${baseUrl}/merchant`);
      await page.getByTestId('merchant-studio').waitFor({ timeout: 60_000 });
      await page.getByTestId('stored-notice').waitFor();
      expect(errors.filter((error) => /TypeError/.test(error))).toEqual([]);
    });
  }

  for (const route of ['/cart', '/shop']) {
    it(`${route}: a damaged cart is emptied with a notice and kept aside`, async () => {
      const { page, context } = await openPage(browser);
      await seed(context, { 'shelfsight.cart': '{"state":{"cartLines":[{"productId":null}]},"version":2}' });
      await page.goto(`${baseUrl}${route}`);
      await page.getByTestId('cart-notice').waitFor({ timeout: 60_000 });
      await page
        .getByTestId(route === '/cart' ? 'cart-sheet' : 'product-card')
        .first()
        .waitFor();
      const kept = await page.evaluate(() => localStorage.getItem('shelfsight.cart.damaged'));
      expect(kept).toContain('productId');
    });
  }

  it('product page offline: a last good catalog with a bad saved time explains instead of blanking', async () => {
    const { page, context, errors } = await openPage(browser);
    const catalog = await (await fetch(`${baseUrl}/catalog.json`)).text();
    await seed(context, {
      'shelfsight.catalog.lastGood': `{"savedAt":"garbage","catalog":${catalog}}`,
    });
    await context.route('**/catalog.json*', (route) => route.abort());
    await page.goto(`${baseUrl}/p/aksu-apple`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('商品目录');
    expect(invalidTime(errors)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('shelfsight.catalog.lastGood.damaged'))).toContain(
      'garbage',
    );
  });
});

describe('recovery screen', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`shows a recovery screen (${locale}) for a surface that fails to render, and its reset brings the surface back`, async () => {
      const { page, context } = await openPage(browser, { locale, viewport: phone });
      // Damage that slips past every check: formatting the logged time throws while the counter renders.
      await seed(context, { 'shelfsight.counter.orders': JSON.stringify([order]) });
      // (\`format\` is an accessor on the prototype, so it is redefined rather than assigned.)
      await context.addInitScript(`Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        get: () => () => { throw new RangeError('Invalid time value'); },
      });`);
      await page.goto(`${baseUrl}/counter`);
      const screen = page.getByTestId('recovery-screen');
      await screen.waitFor();
      expect(await screen.textContent()).toContain(
        locale === 'en' ? 'saved data for this screen' : '重置本机',
      );
      await saveScreenshot(page, `stored-recovery-${locale}-360`);
      await page.getByTestId('recovery-reset').click();
      await page.getByTestId('counter-input').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('shelfsight.counter.orders'))).toBeNull();
      expect(await page.evaluate(() => localStorage.getItem('shelfsight.counter.orders.damaged'))).toContain(
        'AB12',
      );
    });
  }
});
