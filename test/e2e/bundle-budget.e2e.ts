import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUDGET_SHARE, budgetReport, compressedSizes, sumSizes } from '../bench/bundle-size';
import { launchBrowser, openPage } from './browser';

// Runs on the production build that `npm run test:e2e` makes first. Sizes are deterministic for a given
// build, so they are asserted; timings live in `npm run bench` and are only reported.
// The build the e2e server serves (global-setup: SHELFSIGHT_DIST or dist/), so sizes and pages agree.
const dist = process.env.SHELFSIGHT_DIST ?? 'dist';
const report = budgetReport(dist);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const budgetText = `budget ${kb(report.limit)} = ${BUDGET_SHARE} x model-viewer.min.js ${kb(report.peer.gzip)}`;
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('bundle budget against <model-viewer>', () => {
  it('measures model-viewer from the installed package, so the budget follows the peer', () => {
    // A real minified build of model-viewer is hundreds of kB gzipped; a tiny number means a wrong file.
    expect(report.peer.gzip).toBeGreaterThan(100_000);
  });

  for (const route of report.routes) {
    it(`keeps ${route.route}'s initial JS (per the build manifest) within ${BUDGET_SHARE}x model-viewer's gzip size`, () => {
      const detail =
        `${route.route} initial JS is ${kb(route.js.gzip)} gzip (${route.files.join(', ')}); ${budgetText}. ` +
        'See the bundle composition in test/bench/results.md for what to cut.';
      expect(route.js.gzip, detail).toBeLessThanOrEqual(report.limit);
    });
  }

  // The manifest view cannot see code that the page defers and then needs anyway: count what the browser
  // really fetched before the first frame with the product drawn.
  it('keeps the JS a product page loads before its first product frame within the budget', async () => {
    const { page, context } = await openPage(browser);
    // Snapshot the loaded scripts at the event itself: later lazy chunks (AR, scanner) must not count.
    await page.addInitScript(`addEventListener('shelfsight:ready', () => {
      window.__scriptsAtReady = performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    }, { once: true });`);
    await page.goto(`${baseUrl}/p/aksu-apple`);
    await expect
      .poll(() => page.evaluate('window.__scriptsAtReady !== undefined'), { timeout: 60_000 })
      .toBe(true);
    const scripts = (await page.evaluate('window.__scriptsAtReady')) as string[];
    await context.close();
    expect(scripts.length).toBeGreaterThan(0);
    const js = sumSizes(scripts.map((path) => compressedSizes(readFileSync(join(dist, path)))));
    expect(
      js.gzip,
      `JS before the first product frame: ${kb(js.gzip)} gzip (${scripts.join(', ')}); ${budgetText}`,
    ).toBeLessThanOrEqual(report.limit);
  });
});
