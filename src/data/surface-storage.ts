import { damagedKey, setAside } from './stored-value';

const lastGood = 'shelfsight.catalog.lastGood';
const shopper = ['shelfsight.cart', 'shelfsight.order.', lastGood];

/**
 * The stored keys (by prefix) each surface reads, by the route's first segment: what its notice watches and
 * what "reset this device's saved data for this screen" sets aside. The locale is everyone's and stays.
 */
const surfaceKeys: Record<string, string[]> = {
  counter: ['shelfsight.counter.', lastGood],
  merchant: ['shelfsight.merchant.', lastGood],
  kiosk: ['shelfsight.kiosk.', lastGood],
};

/** The key prefixes of the surface at `pathname` (relative to the store's base). */
export function keysOfSurface(pathname: string): string[] {
  return surfaceKeys[pathname.split('/')[1] ?? ''] ?? shopper;
}

/** Whether `key` belongs to the surface at `pathname` (set-aside copies never do). */
export function isSurfaceKey(pathname: string, key: string): boolean {
  return !key.endsWith(damagedKey('')) && keysOfSurface(pathname).some((prefix) => key.startsWith(prefix));
}

/** Sets aside every saved value of the surface at `pathname` (each keeps a `.damaged` copy). Never throws. */
export function resetSurfaceStorage(
  pathname: string,
  storage: Storage | undefined = globalThis.localStorage,
) {
  try {
    const all = Array.from({ length: storage?.length ?? 0 }, (_, index) => storage?.key(index) ?? '');
    const keys = all.filter((key) => isSurfaceKey(pathname, key));
    for (const key of keys) setAside(storage, key, storage?.getItem(key) ?? '');
  } catch {
    // Storage blocked: nothing was saved to reset.
  }
}
