import { createXRStore, type XRStore } from '@react-three/xr';
import type { EmulationRequest } from './ar-modes';

/**
 * The WebXR store for shopper AR. Phone AR is driven by taps on the screen, so controller, hand and gaze
 * visuals are off: they would fetch input-profile models from a CDN, and nothing may leave our origin.
 * The emulator is requested only for `?xr=emulate`; @pmndrs/xr then loads it with a dynamic import (its
 * own chunk, with the synthetic rooms bundled), so normal visits never download it.
 */
export function createShopXRStore(emulation: EmulationRequest | null, overlayRoot: HTMLElement): XRStore {
  return createXRStore({
    emulate: emulation
      ? {
          type: 'metaQuest3',
          inject: true,
          syntheticEnvironment: emulation.room,
          primaryInputMode: 'controller',
        }
      : false,
    controller: false,
    hand: false,
    gaze: false,
    transientPointer: false,
    screenInput: false,
    offerSession: false,
    // The emulated controller's button layout comes from our origin (public/xr-profiles), not the CDN.
    baseAssetPath: new URL('xr-profiles/', document.baseURI).href,
    domOverlay: overlayRoot,
    // hit-test is what AR placement is built on; the rest improves it where the phone offers it.
    customSessionInit: {
      requiredFeatures: ['local-floor', 'hit-test'],
      optionalFeatures: ['anchors', 'dom-overlay', 'light-estimation'],
      domOverlay: { root: overlayRoot },
    },
  });
}

/** Resolves once the IWER emulator has replaced `navigator.xr` (or after `timeoutMs`, to fail visibly). */
export function emulatorReady(store: XRStore, timeoutMs = 15_000): Promise<boolean> {
  if (store.getState().emulator) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(false);
    }, timeoutMs);
    const unsubscribe = store.subscribe((state) => {
      if (!state.emulator) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}
