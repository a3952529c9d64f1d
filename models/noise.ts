/** Smooth 3D value noise in [-1, 1]. */
export type Noise3 = (x: number, y: number, z: number) => number;

function hash(seed: number, x: number, y: number, z: number): number {
  let h = seed ^ Math.imul(x, 374761393) ^ Math.imul(y, 668265263) ^ Math.imul(z, 2147483647);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967295;
}

const fade = (t: number): number => t * t * (3 - 2 * t);
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/**
 * Seeded value noise. Hash-based rather than table-based so it needs no state and sampling the same point
 * always gives the same value: wrinkles on a walnut are a function of position, independent of mesh density.
 */
export function createNoise3(seed: number): Noise3 {
  return (x, y, z) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    const zi = Math.floor(z);
    const [u, v, w] = [fade(x - xi), fade(y - yi), fade(z - zi)];
    const corner = (dx: number, dy: number, dz: number): number => hash(seed, xi + dx, yi + dy, zi + dz);
    const x00 = lerp(corner(0, 0, 0), corner(1, 0, 0), u);
    const x10 = lerp(corner(0, 1, 0), corner(1, 1, 0), u);
    const x01 = lerp(corner(0, 0, 1), corner(1, 0, 1), u);
    const x11 = lerp(corner(0, 1, 1), corner(1, 1, 1), u);
    return lerp(lerp(x00, x10, v), lerp(x01, x11, v), w) * 2 - 1;
  };
}

/** Fractal sum of `octaves` noise layers, each at double frequency and half amplitude. */
export function fbm(noise: Noise3, x: number, y: number, z: number, octaves = 3): number {
  let sum = 0;
  let amplitude = 0.5;
  let frequency = 1;
  for (let i = 0; i < octaves; i++) {
    sum += noise(x * frequency, y * frequency, z * frequency) * amplitude;
    amplitude *= 0.5;
    frequency *= 2;
  }
  return sum;
}
