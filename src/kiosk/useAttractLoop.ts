import { useEffect } from 'react';
import { kioskStore } from './kiosk-store';
import { useKiosk } from './useKiosk';

/** How long the loop waits for a product that never gets drawn (broken model, lost GPU) before moving on. */
const stallMs = 10_000;

/**
 * Advances the attract loop while the kiosk is in attract mode. Each product stays `dwellMs` from the moment
 * it was first drawn (a slow model load does not eat its screen time). `onWrap` runs each time the loop
 * returns to its first product: a moment with nobody interacting, used to pick up app updates.
 */
export function useAttractLoop(dwellMs: number, length: number, waitForDraw: boolean, onWrap: () => void) {
  const mode = useKiosk((state) => state.mode);
  const advances = useKiosk((state) => state.advances);
  const shown = useKiosk((state) => state.shown === state.advances);
  useEffect(() => {
    if (mode !== 'attract' || length === 0) return;
    const wait = shown || !waitForDraw ? dwellMs : Math.max(dwellMs, stallMs);
    const timer = window.setTimeout(() => {
      kioskStore.getState().advance();
      if (kioskStore.getState().advances % length === 0) onWrap();
    }, wait);
    return () => window.clearTimeout(timer);
  }, [mode, advances, shown, dwellMs, length, waitForDraw, onWrap]);
}
