import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launchBrowser, openPage } from './browser';
import { saveScreenshot, screenshotDir } from './pixels';
import { decodeQrCodes } from './qr-decode';

const baseUrl = inject('baseUrl');
const catalog = JSON.parse(readFileSync('public/catalog.json', 'utf8')) as { products: { id: string }[] };
const pxPerMm = 96 / 25.4;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('shelf label sheet', () => {
  it('prints QR codes that decode to each product URL at the stated physical size', async () => {
    const { page, requests, errors } = await openPage(browser, { viewport: { width: 1200, height: 1400 } });
    await page.goto(`${baseUrl}/merchant/labels`);
    await page.waitForSelector('[data-testid=label-sheet] .qr-code');
    const png = await saveScreenshot(page, 'merchant-labels');
    const decoded = await decodeQrCodes(readFileSync(`${screenshotDir}/merchant-labels.png`));
    const expected = catalog.products.map(
      (product, index) => `${baseUrl}/p/${product.id}?shelf=A-0${index + 1}`,
    );
    expect([...decoded].sort()).toEqual([...expected].sort());
    expect(png.width).toBe(1200);

    const sizes = await page.$$eval('[data-testid=label-sheet] svg.qr-code', (svgs) =>
      svgs.map((svg) => ({
        width: svg.getAttribute('width'),
        height: svg.getAttribute('height'),
        extent: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
        px: svg.getBoundingClientRect().width,
        codeMm: Number(svg.closest('[data-code-mm]')?.getAttribute('data-code-mm')),
      })),
    );
    expect(sizes).toHaveLength(catalog.products.length);
    for (const size of sizes) {
      expect(size.codeMm).toBe(30);
      expect(size.width).toMatch(/^[\d.]+mm$/);
      expect(size.height).toBe(size.width);
      const svgMm = Number.parseFloat(size.width!);
      // The symbol (without the 4-module quiet zone each side) is exactly the stated 30 mm.
      const modules = size.extent - 8;
      expect((svgMm * modules) / size.extent).toBeCloseTo(30, 2);
      // And the browser lays it out at that physical size (CSS mm at 96 px per inch).
      expect(size.px).toBeCloseTo(svgMm * pxPerMm, 0);
    }
    const sheet = await page.locator('[data-testid=label-sheet]').first().boundingBox();
    expect(sheet?.width).toBeCloseTo(210 * pxPerMm, 0);
    expect(sheet?.height).toBeCloseTo(297 * pxPerMm, 0);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });
});
