import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from shared/TOOLCHAIN.md: software WebGL2 (SwiftShader) and no background traffic. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** The instant e2e tests freeze the clock at unless they say otherwise: Double Eleven morning in Urumqi. */
export const doubleElevenMorning = new Date('2026-11-11T10:00:00+08:00');

/**
 * A fresh context (own storage) with the clock fixed, a given locale, and every request recorded so a
 * test can prove nothing left 127.0.0.1.
 */
export async function openPage(
  browser: Browser,
  {
    locale = 'zh-CN',
    at = doubleElevenMorning,
    viewport = { width: 1200, height: 860 },
    // The production build registers a service worker, which would answer requests that `page.route` is
    // meant to intercept; tests that exercise offline mode opt in with 'allow'.
    serviceWorkers = 'block' as 'block' | 'allow',
  } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ locale, viewport, deviceScaleFactor: 1, serviceWorkers });
  const page = await context.newPage();
  await shiftClock(context, at);
  return trackPage(context, page);
}

/** Records every URL `page` requests and every error it reports (another tab of a context, too). */
export function trackPage(context: BrowserContext, page: Page): TrackedPage {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, errors };
}

/**
 * Makes every page's `Date` (of a page or a whole context) start at `at` and run on in real time, before any page script runs. Only `Date`
 * moves: timers, animation frames and `performance.now` stay real (Playwright's fake clock stalls
 * screenshots of a continuously rendering WebGL page).
 */
export async function shiftClock(target: Page | BrowserContext, at: Date): Promise<void> {
  await target.addInitScript(
    `(() => {
      const RealDate = Date;
      const offset = ${at.getTime()} - RealDate.now();
      class ShiftedDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
        static now() { return RealDate.now() + offset; }
      }
      globalThis.Date = ShiftedDate;
    })();`,
  );
}

/** Requests that went anywhere but our own loopback server (data: and blob: stay in the page). */
export function foreignRequests(requests: readonly string[], baseUrl: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(`${baseUrl}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}

/** Makes the page's browser a device without WebGL: every WebGL context request returns null. */
export async function withoutWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/u.test(type)) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}
