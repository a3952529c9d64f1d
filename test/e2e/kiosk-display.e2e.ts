import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseCatalog } from '../../src/domain/catalog';
import { encodeOrderCode } from '../../src/domain/order/order-code';
import { quote } from '../../src/domain/pricing';
import { serveKiosk, type KioskServer } from '../kiosk/kiosk-server';
import { doubleElevenMorning, foreignRequests, launchBrowser, openPage } from './browser';
import { decodeQrCodes } from './qr-decode';
import { isSaturated, saveElementShot, saveScreenshot, shareOfPixels } from './pixels';

const catalogText = readFileSync('public/catalog.json', 'utf8');
const fullHd = { width: 1920, height: 1080 };
/** Software WebGL is slow on a shared 2-core machine: tests that need no full-size screenshot run smaller. */
const small = { width: 1280, height: 720 };
const loopOrder = JSON.parse(catalogText).products.map((product: { id: string }) => product.id) as string[];
let browser: Browser;
let server: KioskServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveKiosk(process.env.SHELFSIGHT_DIST ?? 'dist', catalogText);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface KioskDiag {
  mode: string;
  advances: number;
  lines: { productId: string; qty: number }[];
  resets: number;
  poll: { state: string; polls: number; notModified: number } | null;
  context: { losses: number; restores: number; rebuilds: number; recovered: number };
}
const kiosk = (page: Page) =>
  page.evaluate(() => (window as unknown as { shelfsight: { kiosk: KioskDiag } }).shelfsight.kiosk);
const frames = (page: Page) =>
  page.evaluate(() => (window as unknown as { shelfsight: { frames: number } }).shelfsight.frames);

async function openKiosk(params: string, options: Parameters<typeof openPage>[1] = {}) {
  const tracked = await openPage(browser, { viewport: fullHd, ...options });
  await tracked.page.goto(`${server.url}/kiosk?debug=1&${params}`);
  await tracked.page.getByTestId('kiosk-screen').waitFor({ timeout: 60_000 });
  await tracked.page.evaluate(
    () => (window as unknown as { shelfsight: { ready: Promise<void> } }).shelfsight.ready,
  );
  return tracked;
}

/** Touches the stage, then adds the shown product and the jujubes to the kiosk cart. */
async function fillCart(page: Page) {
  await page.getByTestId('kiosk-stage').click({ position: { x: 500, y: 300 } });
  await expect.poll(() => page.getByTestId('kiosk-screen').getAttribute('data-mode')).toBe('touch');
  await page.locator('[data-testid=kiosk-pick][data-product=aksu-apple]').click();
  await page.getByTestId('kiosk-add').click();
  await page.getByTestId('kiosk-add').click();
  await page.locator('[data-testid=kiosk-pick][data-product=hotan-jujubes]').click();
  await page.getByTestId('kiosk-add').click();
}

function engineTotal(lines: { productId: string; qty: number }[], at = doubleElevenMorning): number {
  const parsed = parseCatalog(JSON.parse(catalogText));
  if (!parsed.ok) throw new Error('demo catalog invalid');
  const result = quote({ catalog: parsed.catalog, lines, at });
  if (!result.ok) throw new Error('quote failed');
  return result.totalFen;
}

describe('kiosk display', () => {
  it('advances the attract loop product after product, with price, saving, stock bar and countdown', async () => {
    const { page, context, errors, requests } = await openKiosk('dwellMs=4000');
    const screen = page.getByTestId('kiosk-screen');
    const first = (await screen.getAttribute('data-product'))!;
    if (first === 'aksu-apple') {
      expect(await page.getByTestId('kiosk-price').textContent()).toBe('¥49.90');
      await page.getByTestId('kiosk-stock').waitFor();
      expect(await page.getByTestId('kiosk-countdown').getAttribute('data-kind')).toBe('promotion');
      await saveScreenshot(page, 'kiosk-attract-1920');
    }
    // The loop moves on in catalog order, each product with its own price panel.
    const at = loopOrder.indexOf(first);
    const next = loopOrder[(at + 1) % loopOrder.length]!;
    const afterNext = loopOrder[(at + 2) % loopOrder.length]!;
    await expect.poll(() => screen.getAttribute('data-product')).toBe(next);
    await expect.poll(() => screen.getAttribute('data-product')).toBe(afterNext);
    expect(await page.getByTestId('kiosk-price-panel').getAttribute('data-product')).toBe(afterNext);
    expect((await kiosk(page)).advances).toBeGreaterThanOrEqual(2);
    expect(await screen.getAttribute('data-mode')).toBe('attract');
    expect(foreignRequests(requests, server.url)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('counts down to 11.11 00:00 Asia/Shanghai before the festival', async () => {
    const { page, context } = await openKiosk('dwell=60', {
      at: new Date('2026-11-05T10:00:00+08:00'),
      viewport: small,
    });
    const countdown = page.getByTestId('kiosk-countdown');
    expect(await countdown.getAttribute('data-kind')).toBe('festival');
    expect(await countdown.textContent()).toMatch(/距双11开抢5天13:59:\d\d/);
    await context.close();
  });

  it('enters touch mode on a touch, quotes the kiosk cart with hints, and goes back to the loop when idle', async () => {
    const { page, context, errors } = await openKiosk('dwell=60&idleMs=9000');
    await fillCart(page);
    const total = page.getByTestId('kiosk-total');
    const lines = [
      { productId: 'aksu-apple', qty: 2 },
      { productId: 'hotan-jujubes', qty: 1 },
    ];
    expect(Number(await total.getAttribute('data-fen'))).toBe(engineTotal(lines));
    expect(await total.textContent()).toBe('¥159.70');
    expect(await page.getByTestId('kiosk-hint').first().textContent()).toContain('再买 ¥39.30 可再省 ¥20.00');
    expect((await kiosk(page)).lines).toEqual(lines);
    // The shopper's own persisted cart is untouched by the kiosk.
    expect(await page.evaluate(() => localStorage.getItem('shelfsight.cart') ?? '')).not.toContain(
      'hotan-jujubes',
    );
    await saveScreenshot(page, 'kiosk-touch-1920');
    await expect
      .poll(() => page.getByTestId('kiosk-screen').getAttribute('data-mode'), { timeout: 30_000 })
      .toBe('attract');
    const after = await kiosk(page);
    expect(after.lines).toEqual([]);
    expect(after.resets).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('hands the cart to a phone: the QR read from a screenshot opens /shop with the same cart and total', async () => {
    const { page, context } = await openKiosk('dwell=60');
    await fillCart(page);
    const kioskFen = Number(await page.getByTestId('kiosk-total').getAttribute('data-fen'));
    const shot = await saveElementShot(page, '[data-testid=kiosk-handoff-qr]', 'kiosk-handoff-qr');
    const { PNG } = await import('pngjs');
    const [url] = await decodeQrCodes(PNG.sync.write(shot));
    expect(url).toMatch(new RegExp(`^${server.url}/shop#o=1\\.hualing-xinjiang-produce\\.`));

    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(url!);
    const notice = phone.page.getByTestId('handoff-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-state')).toBe('restored');
    await expect
      .poll(() => phone.page.getByTestId('handoff-total').getAttribute('data-fen'))
      .toBe(String(kioskFen));
    expect(await notice.textContent()).toContain('3 件商品');
    await saveScreenshot(phone.page, 'kiosk-handoff-phone');
    await phone.page.getByRole('link', { name: '查看购物车' }).click();
    await expect.poll(() => phone.page.getByTestId('total').getAttribute('data-fen')).toBe(String(kioskFen));
    expect(await phone.page.getByTestId('cart-line').count()).toBe(2);
    await phone.context.close();
    await context.close();
  });

  it('drops unknown products from a handed-over cart with a notice', async () => {
    const code = encodeOrderCode({
      storeId: 'hualing-xinjiang-produce',
      catalogUpdatedAt: '2026-11-01T01:00:00Z',
      quotedAt: '2026-11-11T02:00:00Z',
      lines: [
        { productId: 'aksu-apple', qty: 1 },
        { productId: 'snow-lotus', qty: 2 },
      ],
      coupons: [],
      totalFen: 4990,
    });
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${server.url}/shop#o=${code}`);
    const notice = phone.page.getByTestId('handoff-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('1 件商品已下架，未加入');
    await expect.poll(() => phone.page.getByTestId('handoff-total').getAttribute('data-fen')).toBe('4990');
    await phone.context.close();
  });

  it('applies a new catalog from the server without a reload, and keeps the old prices when one is invalid', async () => {
    const { page, context } = await openKiosk('dwell=60&refreshMs=700', { viewport: small });
    await page.evaluate(() => ((window as unknown as { kioskMarker: number }).kioskMarker = 1));
    const price = page.getByTestId('kiosk-price');
    expect(await price.textContent()).toBe('¥49.90');
    await expect.poll(async () => (await kiosk(page)).poll?.notModified ?? 0).toBeGreaterThan(0);
    expect(server.catalogLog.some((entry) => entry.conditional && entry.status === 304)).toBe(true);

    const cheaper = JSON.parse(catalogText);
    cheaper.promotions[0].priceFen = 3990;
    server.setCatalog(JSON.stringify(cheaper));
    await expect.poll(() => price.textContent()).toBe('¥39.90');

    const broken = JSON.parse(catalogText);
    broken.products[0].priceFen = 'cheap';
    server.setCatalog(JSON.stringify(broken));
    const status = page.getByTestId('kiosk-status');
    await expect.poll(() => status.getAttribute('data-level')).toBe('error');
    expect(await status.textContent()).toContain('products[0].priceFen');
    expect(await price.textContent()).toBe('¥39.90');
    await saveElementShot(page, '[data-testid=kiosk-status]', 'kiosk-status-error');
    expect(await page.evaluate(() => (window as unknown as { kioskMarker?: number }).kioskMarker)).toBe(1);

    server.setCatalog(catalogText);
    await expect.poll(() => status.getAttribute('data-level')).toBe('ok');
    await expect.poll(() => price.textContent()).toBe('¥49.90');
    await context.close();
  });

  it('recovers from a lost WebGL context, restored or not', async () => {
    const { page, context } = await openKiosk('dwell=60&contextWaitMs=1000', { viewport: small });
    const lose = (restore: boolean) =>
      page.evaluate((restoreIt) => {
        const canvas = document.querySelector('[data-testid=kiosk-stage] canvas') as HTMLCanvasElement;
        const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
        ext.loseContext();
        if (restoreIt) setTimeout(() => ext.restoreContext(), 300);
      }, restore);

    await lose(true);
    await expect.poll(async () => (await kiosk(page)).context.restores).toBe(1);
    await expect.poll(async () => (await kiosk(page)).context.recovered).toBe(1);

    // Never restored: the kiosk replaces the canvas by itself after contextWaitMs.
    await lose(false);
    await expect.poll(async () => (await kiosk(page)).context.rebuilds).toBe(1);
    await expect.poll(async () => (await kiosk(page)).context.recovered).toBe(2);
    const before = await frames(page);
    await expect.poll(() => frames(page)).toBeGreaterThan(before + 5);
    expect(await page.getByTestId('kiosk-stage').getAttribute('data-context')).toBe('ok');
    const shot = await saveElementShot(page, '[data-testid=kiosk-stage]', 'kiosk-after-context-loss');
    // The apple is drawn again: plenty of non-background red/green/cream pixels in the middle.
    expect(shareOfPixels(shot, ({ r, g }) => r > 200 && g > 120, 4)).toBeGreaterThan(0.02);
    expect((await kiosk(page)).context.losses).toBe(2);
    await context.close();
  });

  it('blocks the context menu and history navigation away from /kiosk', async () => {
    const { page, context } = await openKiosk('dwell=60', { viewport: small });
    const prevented = await page.evaluate(() => {
      const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(prevented).toBe(true);
    await page.goBack().catch(() => null);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/kiosk');
    await page.getByTestId('kiosk-screen').waitFor();
    await context.close();
  });

  it('keeps running offline after the first load (service worker precache)', async () => {
    const { page, context, errors } = await openKiosk('dwell=60', { serviceWorkers: 'allow' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('kiosk-screen').waitFor();
    await page.evaluate(
      () => (window as unknown as { shelfsight: { ready: Promise<void> } }).shelfsight.ready,
    );
    expect(await page.getByTestId('kiosk-price').textContent()).toBe('¥49.90');
    await expect.poll(() => page.getByTestId('kiosk-status').getAttribute('data-level')).toBe('warn');
    await page.waitForTimeout(500);
    const shot = await saveScreenshot(page, 'kiosk-offline-1920');
    expect(shareOfPixels(shot, isSaturated, 8)).toBeGreaterThan(0.5);
    // Models come from the precache: the stage drew the product with the network down.
    expect(await frames(page)).toBeGreaterThan(0);
    await context.setOffline(false);
    expect(errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(error))).toEqual([]);
    await context.close();
  });
});
