import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { XRStore } from '@react-three/xr';
import { arStatus, registerArDiagnostics } from '../../xr/ar-diagnostics';
import type { EmulationRequest } from '../../xr/ar-modes';
import { placementStore } from '../../xr/placement-store';
import { createShopXRStore } from '../../xr/xr-store';

let shared: XRStore | null = null;

function sharedStore(emulation: EmulationRequest | null): XRStore {
  if (!shared) {
    const overlayRoot = document.createElement('div');
    overlayRoot.className = 'ar-overlay-root';
    shared = createShopXRStore(emulation, overlayRoot);
  }
  return shared;
}

/**
 * The shopper AR session store, created once per page load (the emulator, when asked for, patches
 * `navigator.xr` globally, so there is one store for the page's lifetime). Null without WebGL: nothing to
 * draw AR with. Also keeps the diagnostics and the placement state in step with the session.
 */
export function useShopXR(emulation: EmulationRequest | null, webgl: boolean) {
  const store = useMemo(() => {
    if (!webgl) return null;
    return sharedStore(emulation);
  }, [webgl, emulation]);
  const session = useStore(store ?? fallbackStore, (state) => state.session) ?? null;
  const [error, setError] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);

  useEffect(() => registerArDiagnostics(), []);
  useEffect(() => {
    arStatus.emulated = emulation !== null;
    if (!session) return;
    arStatus.mode = 'webxr';
    arStatus.features = [...(session.enabledFeatures ?? [])];
    arStatus.emulator = store?.getState().emulator ?? null;
    return () => {
      arStatus.features = [];
      placementStore.getState().reset();
    };
  }, [session, emulation, store]);

  const enter = async () => {
    if (!store) return;
    setError(null);
    // The canvas goes full-screen first: three cannot resize it once the session presents, and an emulated
    // session renders at the canvas size (a phone's own session ignores it).
    setEntering(true);
    await canvasFillsScreen();
    try {
      await store.enterAR();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setEntering(false);
    }
  };
  const exit = () => void store?.getState().session?.end();
  return { store, session, entering, enter, exit, error };
}

// useStore needs a store even when there is none; this one never changes.
const fallbackStore = {
  getState: () => ({ session: undefined }),
  getInitialState: () => ({ session: undefined }),
  subscribe: () => () => {},
} as unknown as XRStore;

/** Waits (up to half a second) until the AR canvas has been resized to the full screen. */
function canvasFillsScreen(): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.shop-stage-ar canvas');
      const full = canvas && Math.abs(canvas.clientHeight - window.innerHeight) < 2;
      if (full || performance.now() - started > 500) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
