import { useEffect, useState } from 'react';
import { chooseArModes, type ArCapabilities, type ArMode } from './ar-modes';
import { detectArCapabilities } from './detect-ar';

export type ArAvailability =
  { status: 'checking' } | { status: 'ready'; caps: ArCapabilities; modes: ArMode[] };

/**
 * Detects the AR modes of this device once. Under `?xr=emulate` it first waits for the emulator to install
 * itself (`emulatorInstalled`, null until the AR code has loaded), so the answer reflects the emulated
 * headset rather than the desktop browser.
 */
export function useArCapabilities(
  emulatorInstalled: Promise<boolean> | null,
  emulated: boolean,
): ArAvailability {
  const [availability, setAvailability] = useState<ArAvailability>({ status: 'checking' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (emulated) {
        if (!emulatorInstalled) return;
        await emulatorInstalled;
      }
      const caps = await detectArCapabilities();
      if (!cancelled) setAvailability({ status: 'ready', caps, modes: chooseArModes(caps) });
    })();
    return () => {
      cancelled = true;
    };
  }, [emulatorInstalled, emulated]);
  return availability;
}
