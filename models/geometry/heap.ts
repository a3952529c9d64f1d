import type { Prng } from '../prng';
import type { Vec3 } from './mesh-data';

/** Options for {@link dropHeap}. */
export interface HeapOptions {
  /** Radii of the items' bounding spheres, one per item, in drop order. */
  radii: number[];
  /** Items land inside this disc (x/z, metres) around the origin; a rectangle when `halfDepth` is set. */
  halfWidth: number;
  halfDepth?: number;
  /** Height of the surface the first layer rests on. */
  floorY: number;
  /** Candidate spots tried per item; the lowest resting spot wins, which is how a poured heap settles. */
  attempts?: number;
  /** < 1 lets neighbours overlap a little, like soft or nested produce, so heaps look packed, not beaded. */
  snugness?: number;
}

/**
 * Drops spheres one by one onto a floor and onto each other and returns their resting centres. Cheap
 * physics is enough: we only need a heap that reads as poured, deterministic for a given PRNG.
 */
export function dropHeap(prng: Prng, options: HeapOptions): Vec3[] {
  const { radii, halfWidth, floorY, attempts = 24, snugness = 0.9 } = options;
  const halfDepth = options.halfDepth;
  const placed: Array<{ centre: Vec3; radius: number }> = [];
  for (const radius of radii) {
    let best: Vec3 | undefined;
    for (let a = 0; a < attempts; a++) {
      const [x, z] = candidate(
        prng,
        halfWidth - radius,
        halfDepth === undefined ? undefined : halfDepth - radius,
      );
      let y = floorY + radius;
      for (const other of placed) {
        const reach = (radius + other.radius) * snugness;
        const h = Math.hypot(x - other.centre[0], z - other.centre[2]);
        if (h < reach) y = Math.max(y, other.centre[1] + Math.sqrt(reach * reach - h * h));
      }
      if (!best || y < best[1]) best = [x, y, z];
    }
    placed.push({ centre: best!, radius });
  }
  return placed.map((p) => p.centre);
}

function candidate(prng: Prng, halfWidth: number, halfDepth: number | undefined): [number, number] {
  if (halfDepth !== undefined) return [prng.range(-halfWidth, halfWidth), prng.range(-halfDepth, halfDepth)];
  const r = halfWidth * Math.sqrt(prng.next());
  const angle = prng.next() * Math.PI * 2;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}
