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
  { locale = 'zh-CN', at = doubleElevenMorning, viewport = { width: 1200, height: 860 } } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({ locale, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // Fixed Date only; timers and animation frames keep running so the 3D view renders normally.
  await page.clock.setFixedTime(at);
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, errors };
}

/** Requests that went anywhere but our own loopback server (data: and blob: stay in the page). */
export function foreignRequests(requests: readonly string[], baseUrl: string): string[] {
  return requests.filter(
    (url) => !url.startsWith(`${baseUrl}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
}
