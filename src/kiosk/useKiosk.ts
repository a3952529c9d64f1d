import { useStore } from 'zustand';
import { kioskStore, type KioskState } from './kiosk-store';

/** Selector hook over the kiosk's own store (separate from the shopper's persisted store). */
export function useKiosk<T>(selector: (state: KioskState) => T): T {
  return useStore(kioskStore, selector);
}
