import { useEffect, useState } from 'react';

export type WakeLockState = 'held' | 'released' | 'unsupported' | 'refused';

interface WakeLockSentinelLike extends EventTarget {
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

/**
 * Keeps the screen on with the Screen Wake Lock API where the browser has it. The browser drops the lock
 * whenever the page is hidden, so it is asked for again each time the page becomes visible.
 */
export function useWakeLock(): WakeLockState {
  const [state, setState] = useState<WakeLockState>(() =>
    'wakeLock' in navigator ? 'released' : 'unsupported',
  );
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinelLike | null = null;
    let disposed = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || sentinel) return;
      wakeLock.request('screen').then(
        (lock) => {
          if (disposed) return void lock.release();
          sentinel = lock;
          setState('held');
          lock.addEventListener('release', () => {
            sentinel = null;
            if (!disposed) setState('released');
          });
        },
        // Refused (no user activation yet, power saving): the next touch or visibility change retries.
        () => setState('refused'),
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    window.addEventListener('pointerdown', acquire);
    return () => {
      disposed = true;
      document.removeEventListener('visibilitychange', acquire);
      window.removeEventListener('pointerdown', acquire);
      void sentinel?.release();
    };
  }, []);
  return state;
}
