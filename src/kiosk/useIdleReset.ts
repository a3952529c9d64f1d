import { useEffect } from 'react';
import { createIdleTimer } from './idle-timer';
import { kioskStore } from './kiosk-store';
import { useKiosk } from './useKiosk';

const inputEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * In touch mode, `idleMs` without any input empties the kiosk cart and returns to the attract loop; then
 * `afterReset` runs (the kiosk applies a waiting app update there, never mid-interaction).
 */
export function useIdleReset(idleMs: number, afterReset: () => void): void {
  const mode = useKiosk((state) => state.mode);
  useEffect(() => {
    if (mode !== 'touch') return;
    const timer = createIdleTimer({
      timeoutMs: idleMs,
      onIdle: () => {
        kioskStore.getState().reset();
        afterReset();
      },
    });
    const poke = () => timer.poke();
    for (const type of inputEvents) window.addEventListener(type, poke, { capture: true, passive: true });
    return () => {
      timer.stop();
      for (const type of inputEvents) window.removeEventListener(type, poke, { capture: true });
    };
  }, [mode, idleMs, afterReset]);
}
