import type { WebGLRenderer } from 'three';
import { readState } from '../state/hooks';

/** What `window.shelfsight` offers support staff and tests when the URL has `?debug=1`. */
export interface ShelfsightDiagnostics {
  getState: typeof readState;
  readonly catalog: ReturnType<typeof readState>['catalog'];
  renderer(): { drawCalls: number; triangles: number; geometries: number; textures: number } | null;
  ready: Promise<void>;
  /** Frames drawn with the product visible since start (for tests that wait for later frames). */
  readonly frames: number;
}

let activeRenderer: WebGLRenderer | null = null;
let installedHandle: object | null = null;
const features = new Map<string, () => unknown>();
let frames = 0;
let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));
let readyFired = false;

/** Called by the 3D view when its renderer exists (and with null when it goes away). */
export function registerRenderer(renderer: WebGLRenderer | null): void {
  activeRenderer = renderer;
}

/**
 * Called after each frame in which a product model was drawn. The first one resolves `ready` and fires the
 * `shelfsight:ready` DOM event, which tests and the kiosk watchdog wait for.
 */
export function markProductFrame(): void {
  frames += 1;
  if (readyFired) return;
  readyFired = true;
  resolveReady();
  window.dispatchEvent(new CustomEvent('shelfsight:ready'));
}

function defineFeature(handle: object, name: string, read: () => unknown): void {
  Object.defineProperty(handle, name, { get: read, enumerable: true, configurable: true });
}

/**
 * Lets a feature add a read-only section to `window.shelfsight` (e.g. `shelfsight.ar` with the AR mode and
 * placed products). Harmless when diagnostics are off.
 */
export function registerDiagnostic(name: string, read: () => unknown): void {
  features.set(name, read);
  if (installedHandle) defineFeature(installedHandle, name, read);
}

export function installDiagnostics(search: string): void {
  if (new URLSearchParams(search).get('debug') !== '1') return;
  const handle: ShelfsightDiagnostics = {
    getState: readState,
    get catalog() {
      return readState().catalog;
    },
    renderer() {
      if (!activeRenderer) return null;
      const { render, memory } = activeRenderer.info;
      return {
        drawCalls: render.calls,
        triangles: render.triangles,
        geometries: memory.geometries,
        textures: memory.textures,
      };
    },
    ready,
    get frames() {
      return frames;
    },
  };
  for (const [name, read] of features) defineFeature(handle, name, read);
  installedHandle = handle;
  Object.defineProperty(window, 'shelfsight', { value: handle, configurable: false, writable: false });
}
