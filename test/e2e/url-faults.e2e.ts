import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

// Issue 21: every URL parameter and fragment the app reads, fed what a cut-off, edited or hostile link
// carries, on the surface that reads it. None may blank the page or throw.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Values as they arrive in a URL: stray and malformed escapes raw, the rest escaped as a browser would. */
const hostile: [string, string][] = [
  ['a lone %', '%'],
  ['a malformed escape', '%E0%A4%A'],
  // Servers refuse request lines this long (431/414) before the app runs, so the long case goes where only the
  // app reads it: 100 kB in fragments, 2 kB per value in paths and queries.
  ['a very long value', 'long'],
  ['control and bidi characters', encodeURIComponent('\u0000\u202e\u200b<script>')],
  ['another origin', encodeURIComponent('https://evil.example/x')],
];

const surfaces: [string, (value: string) => string][] = [
  ['home', (v) => `/?lang=${v}`],
  ['product id', (v) => `/p/${v}`],
  ['shelf on a product page', (v) => `/p/aksu-apple?shelf=${v}&lang=${v}`],
  ['shop fragment', (v) => `/shop?x=${v}#o=${v}`],
  ['cart fragment', (v) => `/cart#o=${v}`],
  ['counter fragment', (v) => `/counter#o=${v}`],
  ['scan', (v) => `/shop/scan?code=${v}`],
  ['kiosk settings', (v) => `/kiosk?featured=${v}&handoff=${v}&lang=${v}&store=${v}&catalog=${v}&idle=${v}`],
  ['merchant', (v) => `/merchant?store=${v}#${v}`],
];

describe('hostile URLs', () => {
  it.each(surfaces)('never blank the %s', async (_name, url) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 360, height: 720 } });
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.message));
    for (const [label, raw] of hostile) {
      const value = raw === 'long' ? 'a'.repeat(2000) : raw;
      const target = url(value).replace(/#.*$/su, (fragment) =>
        raw === 'long' ? `#o=${'a'.repeat(100_000)}` : fragment,
      );
      // From a blank page, so a change of fragment alone is a real load too.
      await page.goto('about:blank');
      const loaded = await page.goto(`${baseUrl}${target}`).then(
        (response) => response?.status() ?? 0,
        (error: Error) => error.message.slice(0, 120),
      );
      expect(loaded, label).toBe(200);
      // Something readable is drawn: a heading, a notice, a product, a sign-in form.
      await expect
        .poll(() => page.evaluate(() => document.body.innerText.trim().length), { timeout: 15_000 })
        .toBeGreaterThan(10);
      expect(thrown, `${label}: ${target.slice(0, 80)}`).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.innerHTML.includes('<script>')),
        `${label}: the value is never markup`,
      ).toBe(false);
    }
    // Uncaught errors would be in `thrown`; console errors here are refused loads (401s on staff pages).
    expect(errors.filter((error) => !/status of (401|404)\b/u.test(error))).toEqual([]);
    await context.close();
  });
});
