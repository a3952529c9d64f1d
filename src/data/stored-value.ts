/** Where a damaged stored value's raw text is kept (`<key>.damaged`), so setting it aside loses nothing. */
export const damagedKey = (key: string) => `${key}.damaged`;

/** Keys set aside since this page loaded: a surface's notice shows when one of its keys is here. */
export const setAsideKeys = new Set<string>();

/**
 * Sets a damaged stored value aside: its raw text moves to `<key>.damaged` and `key` is freed, so the
 * surface starts clean next time and support can still read what was there. When even that write fails
 * (quota, privacy mode) the value stays where it is; readers ignore it either way. Never throws.
 */
export function setAside(storage: Storage | undefined, key: string, raw: string): void {
  setAsideKeys.add(key);
  try {
    storage?.setItem(damagedKey(key), raw);
    storage?.removeItem(key);
  } catch {
    // Nothing more to do: the reader already treats the value as absent.
  }
}
