import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { foreignRequests, launchBrowser, openPage } from './browser';
import { modelWithForeignExtension } from './glb-fixtures';
import { saveElementShot, saveScreenshot } from './pixels';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
// A failed test must not leave a page rendering WebGL in the background: it would starve the next test.
afterEach(async () => {
  await Promise.all(browser.contexts().map((context) => context.close()));
});

/** Share of pixels that differ clearly between two shots of the same element. */
function changedShare(a: PNG, b: PNG): number {
  let changed = 0;
  const total = Math.min(a.data.length, b.data.length) / 4;
  for (let i = 0; i < total * 4; i += 4) {
    const delta =
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
    if (delta > 60) changed += 1;
  }
  return changed / total;
}

async function openStudio(page: Page) {
  await page.goto(`${baseUrl}/merchant?debug=1`);
  try {
    await expect.poll(() => page.getAttribute('[data-testid=merchant-viewer]', 'data-drawn')).toBe('yes');
  } catch (error) {
    await saveScreenshot(page, 'merchant-not-drawn');
    console.log(await page.evaluate(() => document.querySelector('.app-main')?.textContent?.slice(0, 500)));
    throw error;
  }
}

const previewFen = (page: Page) => page.getAttribute('[data-testid=preview-price]', 'data-fen');
const draftOf = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      (window as unknown as { shelfsight: { merchant: { draft: unknown } } }).shelfsight.merchant.draft,
    ),
  );
// Lets the price tag's texture redraw and orbit damping settle before a pixel comparison.
const settle = (page: Page) => page.waitForTimeout(1200);

describe('merchant studio', () => {
  it("changing the apple's flash price changes the preview tag, and undo brings it back", async () => {
    const { page, requests, errors } = await openPage(browser, {
      viewport: { width: 1440, height: 900 },
    });
    await openStudio(page);
    expect(await previewFen(page)).toBe('4990');
    await settle(page);
    await saveScreenshot(page, 'merchant-studio');
    const before = await saveElementShot(page, '[data-testid=merchant-viewer]', 'merchant-tag-4990');

    await page.click('[data-testid=edit-apple-flash]');
    await page.fill('[data-testid=field-0-priceFen]', '45.90');
    await expect.poll(() => previewFen(page)).toBe('4590');
    await expect.poll(() => page.getAttribute('[data-testid=unsaved-state]', 'data-dirty')).toBe('yes');
    await settle(page);
    const after = await saveElementShot(page, '[data-testid=merchant-viewer]', 'merchant-tag-4590');
    // Only the tag's text changed: a small but clear share of the view.
    expect(changedShare(before, after)).toBeGreaterThan(0.0003);

    await page.click('[data-testid=undo]');
    await expect.poll(() => previewFen(page)).toBe('4990');
    await settle(page);
    const undone = await saveElementShot(page, '[data-testid=merchant-viewer]', 'merchant-tag-undone');
    expect(changedShare(before, undone)).toBeLessThan(changedShare(before, after) / 4);
    await page.click('[data-testid=redo]');
    await expect.poll(() => previewFen(page)).toBe('4590');

    // The draft survives a reload (zustand persist) and is still marked unsaved.
    await page.reload();
    await expect.poll(() => previewFen(page)).toBe('4590');
    expect(await page.getAttribute('[data-testid=unsaved-state]', 'data-dirty')).toBe('yes');

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('"preview at" before, inside and after the flash window switches the price', async () => {
    const { page } = await openPage(browser);
    await openStudio(page);
    await page.fill('[data-testid=preview-at]', '2026-11-10T23:59');
    await expect.poll(() => previewFen(page)).toBe('6990');
    await settle(page);
    const listShot = await saveElementShot(page, '[data-testid=merchant-viewer]', 'merchant-preview-before');
    await page.fill('[data-testid=preview-at]', '2026-11-11T00:00');
    await expect.poll(() => previewFen(page)).toBe('4990');
    await settle(page);
    const flashShot = await saveElementShot(page, '[data-testid=merchant-viewer]', 'merchant-preview-inside');
    expect(changedShare(listShot, flashShot)).toBeGreaterThan(0.0003);
    await page.fill('[data-testid=preview-at]', '2026-12-13T00:00');
    await expect.poll(() => previewFen(page)).toBe('6990');
  });

  it('warns when a promotion is not 10% below the 30-day low, and shows schema errors by field', async () => {
    const { page } = await openPage(browser);
    await openStudio(page);
    await page.click('[data-testid=edit-apple-flash]');
    await page.fill('[data-testid=field-0-priceFen]', '62.00');
    const warning = page.locator('[data-testid=floor-apple-flash]');
    await expect.poll(() => warning.textContent()).toContain('阿克苏冰糖心苹果');
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('¥62.00');
    expect(text).toContain('¥65.90');
    expect(text).toContain('¥59.31');

    await page.fill('[data-testid=field-0-priceFen]', 'abc');
    await expect
      .poll(() => page.locator('[data-testid=promotion-editor-0] .field-error').first().textContent())
      .toBe('必须是正整数');
    expect(await page.isDisabled('[data-testid=export]')).toBe(true);
  });

  it('rejects an invalid catalog with every error by path and leaves the draft unchanged', async () => {
    const { page } = await openPage(browser);
    await openStudio(page);
    const before = await draftOf(page);
    const broken = JSON.parse(readFileSync('public/catalog.json', 'utf8'));
    broken.products[1].priceFen = 79.9;
    broken.promotions[0].priceFen = -5;
    delete broken.store.currency;
    await page.setInputFiles('[data-testid=import-input]', {
      name: 'catalog.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const list = page.locator('[data-testid=import-errors] li');
    await expect.poll(() => list.count()).toBe(3);
    const lines = (await list.allTextContents()).join('\n');
    expect(lines).toContain('products[1].priceFen');
    expect(lines).toContain('promotions[0].priceFen');
    expect(lines).toContain('store.currency');
    expect(await draftOf(page)).toBe(before);
    await saveScreenshot(page, 'merchant-import-errors');
  });

  it('exports the draft as catalog.json and re-importing it gives the same catalog', async () => {
    const { page } = await openPage(browser);
    await openStudio(page);
    await page.click('[data-testid=edit-apple-flash]');
    await page.fill('[data-testid=field-0-priceFen]', '44.90');
    await expect.poll(() => previewFen(page)).toBe('4590'.replace('45', '44'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export]')]);
    expect(download.suggestedFilename()).toBe('catalog.json');
    const text = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(text);
    expect(exported.promotions[0].priceFen).toBe(4490);
    expect(text.endsWith('}\n')).toBe(true);
    await expect.poll(() => page.getAttribute('[data-testid=unsaved-state]', 'data-dirty')).toBe('no');

    // Change something, then re-import the export: the draft is exactly the exported catalog again.
    await page.fill('[data-testid=field-0-priceFen]', '40.00');
    await page.setInputFiles('[data-testid=import-input]', {
      name: 'catalog.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => page.getAttribute('[data-testid=studio-report]', 'data-kind'))
      .toBe('import-done');
    expect(JSON.parse(await draftOf(page))).toEqual(exported);
    await expect.poll(() => page.getAttribute('[data-testid=unsaved-state]', 'data-dirty')).toBe('no');
  });

  it('audits the model against the budgets with the Khronos validator, and rejects a broken .glb', async () => {
    const { page, errors } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await openStudio(page);
    await page.click('[data-testid=tab-audit]');
    await expect.poll(() => page.getAttribute('[data-testid=validator-report]', 'data-errors')).toBe('0');
    const rows = page.locator('[data-testid=audit-table] tr[data-ok]');
    // Five budgets and whether the product page's parser reads it; a pipeline model passes them all.
    expect(await rows.count()).toBe(6);
    expect(await page.locator('[data-testid=audit-table] tr[data-ok=false]').count()).toBe(0);
    await saveScreenshot(page, 'merchant-audit');

    await page.setInputFiles('[data-testid=model-input]', {
      name: 'broken.glb',
      mimeType: 'model/gltf-binary',
      buffer: Buffer.from('glTF not really a model at all'),
    });
    await expect
      .poll(() => page.getAttribute('[data-testid=studio-report]', 'data-kind'))
      .toBe('model-rejected');
    expect(await page.textContent('[data-testid=studio-report]')).toContain('broken.glb');

    // A real meshopt + quantized GLB is accepted and previewed on the product.
    await page.setInputFiles('[data-testid=model-input]', {
      name: 'melon.glb',
      mimeType: 'model/gltf-binary',
      buffer: readFileSync('public/models/hami-melon.glb'),
    });
    await expect.poll(() => page.locator('.audit-custom').count()).toBe(1);
    await expect.poll(() => page.getAttribute('[data-testid=validator-report]', 'data-errors')).toBe('0');
    const shopperRow = '[data-testid=audit-table] tr[data-metric=shopper-viewer]';
    expect(await page.getAttribute(shopperRow, 'data-ok')).toBe('true');

    // A valid model with an extension outside our pipeline's subset: the studio shows it (GLTFLoader), but
    // says the product page cannot.
    await page.setInputFiles('[data-testid=model-input]', {
      name: 'melon-emissive.glb',
      mimeType: 'model/gltf-binary',
      buffer: modelWithForeignExtension(),
    });
    await expect.poll(() => page.textContent('.audit-custom')).toContain('melon-emissive.glb');
    await expect.poll(() => page.getAttribute(shopperRow, 'data-ok')).toBe('false');
    expect(errors).toEqual([]);
  });
});
