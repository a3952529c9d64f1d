import { registerDiagnostic } from '../app/diagnostics';
import { updateWaiting } from '../app/pwa';
import { kioskStore } from './kiosk-store';
import { latestPollStatus } from './useKioskCatalog';

/** GPU context events of the kiosk's 3D view since start. */
export const contextStats = { losses: 0, restores: 0, rebuilds: 0, recovered: 0 };

/** Extra facts the kiosk surface reports (wake lock, loop length), set by the surface. */
export const kioskFacts: { wakeLock: string; loopLength: number; config: unknown } = {
  wakeLock: 'unknown',
  loopLength: 0,
  config: null,
};

/**
 * `window.shelfsight.kiosk` (only with `?debug=1`): mode, loop position, cart, catalog polling and context
 * recovery counters, for support staff and the e2e and soak tests.
 */
export function registerKioskDiagnostics(): void {
  registerDiagnostic('kiosk', () => {
    const { mode, advances, shown, lines, resets, selectedId } = kioskStore.getState();
    return {
      mode,
      advances,
      shown,
      selectedId,
      lines: lines.map((line) => ({ ...line })),
      resets,
      poll: latestPollStatus(),
      context: { ...contextStats },
      updateWaiting: updateWaiting(),
      ...kioskFacts,
    };
  });
}
