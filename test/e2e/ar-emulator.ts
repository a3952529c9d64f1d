import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { pixelAt } from './pixels';

/** Chromium's own WebXR says "no XR hardware"; with it off, IWER installs its own under ?xr=emulate. */
export const arBrowserArgs = ['--disable-blink-features=WebXR'];

export type Vec3 = [number, number, number];

/** What the tests read from `window.shelfsight.ar` (see src/xr/ar-diagnostics). */
export interface ArDiagnostics {
  mode: string;
  hitTestActive: boolean;
  hits: number;
  surfaceFound: boolean;
  features: string[];
  selectedKey: number | null;
  placed: { key: number; productId: string; position: Vec3; rotationY: number; anchored: boolean }[];
  tags: { productId: string; x: number; y: number; behind: boolean }[];
  tagRedraws: number;
}

export const readAr = (page: Page) =>
  page.evaluate(() => {
    const ar = (window as unknown as { shelfsight: { ar: ArDiagnostics & { emulator?: unknown } } })
      .shelfsight.ar;
    return { ...ar, emulator: undefined } as ArDiagnostics;
  });

/**
 * Puts the emulated head at `position` turned by `pitch` and `yaw` (radians, YXZ). DevUI copies x/z from
 * `combinedCameraPosition` and the height from the camera rig every frame; the controllers hang off that rig.
 */
export const moveHead = (page: Page, position: Vec3, pitch: number, yaw = 0) =>
  page.evaluate(
    ([p, x, y]) => {
      type Vec = { set(x: number, y: number, z: number): void };
      type Layer = {
        combinedCameraPosition: Vec;
        cameraRig: { position: Vec; rotation: { set(x: number, y: number, z: number, o: string): void } };
      };
      const emulator = (
        window as unknown as { shelfsight: { ar: { emulator: { devui: { inputLayer: Layer } } } } }
      ).shelfsight.ar.emulator;
      const layer = emulator.devui.inputLayer;
      layer.combinedCameraPosition.set(p[0], p[1], p[2]);
      layer.cameraRig.position.set(0, p[1], 0);
      layer.cameraRig.rotation.set(x, y, 0, 'YXZ');
    },
    [position, pitch, yaw] as const,
  );

/** The emulated right trigger: the session reports pressing and letting go as select events. */
export const trigger = (page: Page, value: number) =>
  page.evaluate((v) => {
    type Controller = { updateButtonValue(id: string, value: number): void };
    const emulator = (
      window as unknown as { shelfsight: { ar: { emulator: { controllers: { right: Controller } } } } }
    ).shelfsight.ar.emulator;
    emulator.controllers.right.updateButtonValue('trigger', v);
  }, value);

/** A tap: press and release the trigger. */
export async function tap(page: Page): Promise<void> {
  await trigger(page, 1);
  await page.waitForTimeout(600);
  await trigger(page, 0);
}

/** Opens /shop under emulation with `productId` chosen and enters the AR session. */
export async function startEmulatedAr(page: Page, baseUrl: string, productId: string): Promise<void> {
  await page.goto(`${baseUrl}/shop?xr=emulate&room=office_small&debug=1&product=${productId}`);
  await page.getByTestId('ar-mode-webxr').click({ timeout: 30_000 });
  await page.getByTestId('ar-overlay').waitFor({ timeout: 30_000 });
  await expect.poll(async () => (await readAr(page)).mode).toBe('webxr');
}

/**
 * Counts tag-red and card-cream pixels in a square around a projected tag centre: a tag is a cream card with
 * red text and border, the grey emulated room has neither.
 */
export function tagPixels(png: PNG, cx: number, cy: number, half: number): { red: number; cream: number } {
  let red = 0;
  let cream = 0;
  for (let y = Math.max(0, Math.round(cy - half)); y < Math.min(png.height, cy + half); y += 1) {
    for (let x = Math.max(0, Math.round(cx - half)); x < Math.min(png.width, cx + half); x += 1) {
      const { r, g, b } = pixelAt(png, x, y);
      if (r > 150 && g < 110 && b < 110) red += 1;
      if (r > 235 && g > 230 && b > 210 && r - b > 4) cream += 1;
    }
  }
  return { red, cream };
}
