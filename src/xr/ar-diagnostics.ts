import { registerDiagnostic } from '../app/diagnostics';
import { priceTagStats } from '../scene/price-tag-canvas';
import type { ArMode } from './ar-modes';
import { hitTestStats, placementStore } from './placement-store';

/** What the AR surface is doing, for `window.shelfsight.ar` under `?debug=1`. */
export const arStatus = {
  /** The mode in use: 'webxr' while a session runs, the last hand-off otherwise, 'none' before any. */
  mode: 'none' as ArMode | 'none',
  available: [] as ArMode[],
  emulated: false,
  lightEstimation: false,
  /** Features the session granted (hit-test, anchors, dom-overlay, light-estimation...). */
  features: [] as string[],
  /** The IWER device under `?xr=emulate` (tests move its head and press its trigger), else null. */
  emulator: null as unknown,
  /** Screen positions of the price tags in the session (set by the AR scene). */
  projectTags: null as null | (() => { productId: string; x: number; y: number; behind: boolean }[]),
};

let registered = false;

/** Adds `shelfsight.ar` once: mode, whether hit-test results arrive, placed products with positions. */
export function registerArDiagnostics(): void {
  if (registered) return;
  registered = true;
  registerDiagnostic('ar', () => ({
    ...arStatus,
    projectTags: undefined,
    tags: arStatus.projectTags?.() ?? [],
    hitTestActive: hitTestStats.active,
    hits: hitTestStats.hits,
    tagRedraws: priceTagStats.redraws,
    surfaceFound: placementStore.getState().surfaceFound,
    selectedKey: placementStore.getState().selectedKey,
    placed: placementStore.getState().placements.map((p) => ({
      key: p.key,
      productId: p.productId,
      position: p.position,
      rotationY: p.rotationY,
      anchored: p.anchor !== null,
    })),
  }));
}
