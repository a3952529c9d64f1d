import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { parseCatalog } from '../../src/domain/catalog';
import { unitPrice } from '../../src/domain/pricing';
import { doubleElevenMorning, foreignRequests, launchBrowser, openPage } from './browser';
import { saveScreenshot, screenshotDir } from './pixels';
import { buildLabelPayload, labelPose, writeShelfVideo, type ShelfVideo } from './fixtures/shelf-video';

const baseUrl = inject('baseUrl');
const shelf = ['aksu-apple', 'kashgar-pomegranate', 'paper-shell-walnuts'] as const;
let browser: Browser;
let video: ShelfVideo;

interface ScanDiagnostics {
  status: string;
  video: { width: number; height: number } | null;
  codes: { rawValue: string; productId: string | null; reason: string | null }[];
  anchors: {
    productId: string;
    video: [number, number];
    screen: [number, number];
    product: [number, number];
    opacity: number;
  }[];
  decodeMs: number[];
}

const readScan = (page: Page) =>
  page.evaluate(() => (window as unknown as { shelfsight: { scan: ScanDiagnostics } }).shelfsight.scan);

beforeAll(async () => {
  // Three labels on a shelf edge, at different distances, turned and tilted, one rotated in its plane, plus a
  // foreign code (another site's URL with one of our product ids) stuck on the wall above.
  video = writeShelfVideo([
    { text: buildLabelPayload(baseUrl, 'aksu-apple', 'A-01'), pose: labelPose(-0.17, 0.06, 0.42, -8, 22, 0) },
    { text: buildLabelPayload(baseUrl, 'kashgar-pomegranate'), pose: labelPose(0.0, 0.065, 0.45, -5, 0, 7) },
    {
      text: buildLabelPayload(baseUrl, 'paper-shell-walnuts', 'A-03'),
      pose: labelPose(0.15, 0.06, 0.4, -10, -28, -3),
    },
    { text: 'https://evil.example/p/aksu-apple', pose: labelPose(0.2, -0.1, 0.5, 0, 10, 0), codeSizeMm: 35 },
  ]);
  mkdirSync(screenshotDir, { recursive: true });
  copyFileSync(video.pngPath, `${screenshotDir}/scan-shelf-video-frame.png`);
  browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${video.path}`,
  ]);
});
afterAll(async () => {
  await browser?.close();
});

describe('shelf-code scanner with a camera', () => {
  it('recognizes the three labels with their promotion prices and ignores the foreign code with its reason', async () => {
    const parsed = parseCatalog(JSON.parse(readFileSync('public/catalog.json', 'utf8')));
    if (!parsed.ok) throw new Error('demo catalog invalid');
    const { page, requests, errors, context } = await openPage(browser, {
      viewport: { width: 1280, height: 720 },
    });
    await page.goto(`${baseUrl}/shop/scan?debug=1`);
    const cards = page.getByTestId('scan-card');
    await expect.poll(() => cards.count()).toBe(3);
    for (const productId of shelf) {
      const expected = unitPrice(parsed.catalog, productId, doubleElevenMorning);
      if (!expected.ok) throw new Error(productId);
      const price = page.locator(
        `[data-testid="scan-card"][data-product-id="${productId}"] [data-testid="price"]`,
      );
      expect(Number(await price.getAttribute('data-fen')), productId).toBe(expected.unitFen);
    }
    const ignored = page.getByTestId('scan-ignored');
    await expect.poll(() => ignored.count()).toBe(1);
    expect(await ignored.getAttribute('data-reason')).toBe('foreign-origin');
    expect(await ignored.textContent()).toContain('https://evil.example');
    await saveScreenshot(page, 'scan-shelf-list');

    // Many more decoded frames later, still one card per label and one ignored line: no spam.
    const framesBefore = (await readScan(page)).decodeMs.length;
    await expect.poll(async () => (await readScan(page)).decodeMs.length).toBeGreaterThan(framesBefore + 20);
    expect(await cards.count()).toBe(3);
    expect(await ignored.count()).toBe(1);

    // Hiding the page releases the camera; showing it again resumes scanning.
    const setHidden = (hidden: boolean) =>
      page.evaluate((value) => {
        Object.defineProperty(document, 'visibilityState', {
          value: value ? 'hidden' : 'visible',
          configurable: true,
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    await setHidden(true);
    await expect.poll(async () => (await readScan(page)).status).toBe('paused');
    expect(
      await page.getByTestId('scan-video').evaluate((video: HTMLVideoElement) => video.srcObject),
    ).toBeNull();
    await setHidden(false);
    await expect.poll(async () => (await readScan(page)).status).toBe('scanning');
    expect(await cards.count()).toBe(3);

    // Add to cart from a scanned card.
    await page
      .locator('[data-testid="scan-card"][data-product-id="aksu-apple"] [data-testid="scan-add-to-cart"]')
      .click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { shelfsight: { getState(): { cartLines: unknown[] } } }
            ).shelfsight.getState().cartLines.length,
        ),
      )
      .toBe(1);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stands each product on its own label in shelf AR, within 5 % of the frame width', async () => {
    const { page, requests, errors, context } = await openPage(browser, {
      viewport: { width: 1280, height: 720 },
    });
    await page.goto(`${baseUrl}/shop/scan?debug=1`);
    await page.getByTestId('scan-card').first().waitFor();
    await page.getByTestId('scan-view-ar').first().click();
    await page.getByTestId('scan-ar-canvas').waitFor();
    await expect
      .poll(async () => (await readScan(page)).anchors.filter((anchor) => anchor.opacity === 1).length)
      .toBe(3);
    const scan = await readScan(page);
    expect(scan.video).toEqual({ width: video.width, height: video.height });
    const misses: string[] = [];
    shelf.forEach((productId, index) => {
      const anchor = scan.anchors.find((entry) => entry.productId === productId);
      expect(anchor, productId).toBeDefined();
      const label = video.centres[index]!;
      const miss = Math.hypot(anchor!.video[0] - label.x, anchor!.video[1] - label.y);
      misses.push(`${productId} ${miss.toFixed(1)} px`);
      expect(miss, `${productId} anchor ${anchor!.video} vs label ${label.x},${label.y}`).toBeLessThan(
        0.05 * video.width,
      );
    });
    console.info(`anchor vs label centre (video px): ${misses.join(', ')}`);
    expect(scan.anchors.some((anchor) => anchor.productId === '')).toBe(false);
    // Let the models load and the price tags draw, then look at it.
    await page.waitForTimeout(2500);
    await saveScreenshot(page, 'scan-shelf-ar');

    // Tapping a product selects it and the overlay offers add-to-cart for that product.
    await page.getByRole('button', { name: '关闭' }).click();
    const walnut = (await readScan(page)).anchors.find(
      (anchor) => anchor.productId === 'paper-shell-walnuts',
    )!;
    await page.mouse.click(walnut.product[0], walnut.product[1]);
    const card = page.getByTestId('scan-card');
    await expect.poll(() => card.getAttribute('data-product-id')).toBe('paper-shell-walnuts');
    await card.getByTestId('scan-add-to-cart').click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('1');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
