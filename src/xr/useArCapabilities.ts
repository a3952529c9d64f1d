import { useEffect, useState } from 'react';
import type { XRStore } from '@react-three/xr';
import { chooseArModes, type ArCapabilities, type ArMode } from './ar-modes';
import { detectArCapabilities } from './detect-ar';
import { emulatorReady } from './xr-store';

export type ArAvailability =
  { status: 'checking' } | { status: 'ready'; caps: ArCapabilities; modes: ArMode[] };

/**
 * Detects the AR modes of this device once. Under `?xr=emulate` it first waits for the emulator to install
 * itself, so the answer reflects the emulated headset rather than the desktop browser.
 */
export function useArCapabilities(store: XRStore | null, emulated: boolean): ArAvailability {
  const [availability, setAvailability] = useState<ArAvailability>({ status: 'checking' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (emulated && store) await emulatorReady(store);
      const caps = await detectArCapabilities();
      if (!cancelled) setAvailability({ status: 'ready', caps, modes: chooseArModes(caps) });
    })();
    return () => {
      cancelled = true;
    };
  }, [store, emulated]);
  return availability;
}
