import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { XRStore } from '@react-three/xr';
import { arStatus, registerArDiagnostics } from '../../xr/ar-diagnostics';
import type { EmulationRequest } from '../../xr/ar-modes';
import { placementStore } from '../../xr/placement-store';

type ArRuntime = typeof import('./ar-runtime');

let runtimeLoad: Promise<ArRuntime> | null = null;
let shared: XRStore | null = null;

/** Starts downloading the AR code once; later calls share the same download. */
function loadArRuntime(): Promise<ArRuntime> {
  runtimeLoad ??= import('./ar-runtime');
  runtimeLoad.catch(() => (runtimeLoad = null));
  return runtimeLoad;
}

function sharedStore(runtime: ArRuntime, emulation: EmulationRequest | null): XRStore {
  if (!shared) {
    const overlayRoot = document.createElement('div');
    overlayRoot.className = 'ar-overlay-root';
    shared = runtime.createShopXRStore(emulation, overlayRoot);
  }
  return shared;
}

/**
 * The shopper AR session: the AR code arrives when `prepare()` is called (the page calls it once the phone
 * turns out to support WebXR AR) or at once under `?xr=emulate`; the store is created once per page load (the
 * emulator patches `navigator.xr` globally). Also keeps the diagnostics and placement state in step with
 * the session. Nothing here without WebGL: nothing to draw AR with.
 */
export function useShopXR(emulation: EmulationRequest | null, webgl: boolean) {
  const [runtime, setRuntime] = useState<ArRuntime | null>(null);
  const [wanted, setWanted] = useState(emulation !== null);
  const [error, setError] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const connected = useRef(deferred());

  useEffect(() => {
    if (!webgl || !wanted) return;
    let cancelled = false;
    loadArRuntime().then(
      (loaded) => !cancelled && setRuntime(loaded),
      (cause: unknown) => !cancelled && setError(cause instanceof Error ? cause.message : String(cause)),
    );
    return () => {
      cancelled = true;
    };
  }, [webgl, wanted]);

  const store = useMemo(() => (runtime ? sharedStore(runtime, emulation) : null), [runtime, emulation]);
  const emulatorInstalled = useMemo(
    () => (runtime && store && emulation ? runtime.emulatorReady(store) : null),
    [runtime, store, emulation],
  );
  const session = useStore(store ?? fallbackStore, (state) => state.session) ?? null;

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
      // The AR canvas unmounts with the session; the next one connects afresh.
      connected.current = deferred();
    };
  }, [session, emulation, store]);

  const prepare = useCallback(() => setWanted(true), []);
  const onConnected = useCallback(() => connected.current.resolve(), []);

  const enter = async () => {
    setError(null);
    setWanted(true);
    try {
      const loaded = await loadArRuntime();
      const xrStore = sharedStore(loaded, emulation);
      // The AR canvas mounts full-screen first: three cannot resize it once the session presents, and an
      // emulated session renders at the canvas size (a phone's own session ignores it).
      setEntering(true);
      await withTimeout(connected.current.promise, 5000);
      await canvasFillsScreen();
      await xrStore.enterAR();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setEntering(false);
    }
  };
  const exit = () => void store?.getState().session?.end();
  return { runtime, store, session, entering, prepare, enter, exit, error, emulatorInstalled, onConnected };
}

// useStore needs a store even when there is none; this one never changes.
const fallbackStore = {
  getState: () => ({ session: undefined }),
  getInitialState: () => ({ session: undefined }),
  subscribe: () => () => {},
} as unknown as XRStore;

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return Promise.race([
    promise,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error('AR canvas did not start')), ms)),
  ]);
}

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
