/** A seeded random source: `next()` returns a float in [0, 1). */
export interface Prng {
  next(): number;
  /** A float in [min, max). */
  range(min: number, max: number): number;
}

/**
 * Creates a mulberry32 generator. Models must be byte-for-byte reproducible, so generators never touch
 * `Math.random`; each product seeds its own generator so adding a product does not shift the others.
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, range: (min, max) => min + (max - min) * next() };
}

/** Derives a stable 32-bit seed from a product id (FNV-1a), so each id has its own sequence. */
export function seedFromId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
