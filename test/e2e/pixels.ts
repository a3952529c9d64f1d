import { PNG } from 'pngjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export const screenshotDir = 'test-results/screenshots';

/** Saves a screenshot under test-results/screenshots so a person can open and look at it. */
export async function saveScreenshot(target: Page | Locator, name: string): Promise<PNG> {
  const buffer = await target.screenshot({ timeout: 60_000 });
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(`${screenshotDir}/${name}.png`, buffer);
  return PNG.sync.read(buffer);
}

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export function pixelAt(png: PNG, x: number, y: number): Rgb {
  const i = (png.width * y + x) * 4;
  return { r: png.data[i] ?? 0, g: png.data[i + 1] ?? 0, b: png.data[i + 2] ?? 0 };
}

/** Share of pixels (0..1) for which `match` holds, sampled every `step` pixels. */
export function shareOfPixels(png: PNG, match: (pixel: Rgb) => boolean, step = 2): number {
  let hits = 0;
  let total = 0;
  for (let y = 0; y < png.height; y += step) {
    for (let x = 0; x < png.width; x += step) {
      total += 1;
      if (match(pixelAt(png, x, y))) hits += 1;
    }
  }
  return total ? hits / total : 0;
}

/**
 * Screenshot of one element's box, taken from the page: unlike `locator.screenshot` it does not wait for the
 * element to stop animating (a turntable never does).
 */
export async function saveElementShot(page: Page, selector: string, name: string): Promise<PNG> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  const buffer = await page.screenshot({ clip: box, timeout: 60_000 });
  mkdirSync(screenshotDir, { recursive: true });
  writeFileSync(`${screenshotDir}/${name}.png`, buffer);
  return PNG.sync.read(buffer);
}

/** Red-dominant pixels: an apple's skin, a gift box, a price tag. */
export const isReddish = ({ r, g, b }: Rgb) => r > 110 && r > g * 1.5 && r > b * 1.5;

/** Saturated pixels: anything coloured, as opposed to the grey/white backdrop. */
export const isSaturated = ({ r, g, b }: Rgb) => Math.max(r, g, b) - Math.min(r, g, b) > 40;
