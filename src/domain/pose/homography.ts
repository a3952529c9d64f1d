import type { Mat3 } from './linear';
import { solveLinear } from './linear';
import type { Point2 } from './camera';

/**
 * The plane-to-plane homography `H` (with `H[8] = 1`) that maps each `from[i]` to `to[i]`, from exactly four
 * correspondences (direct linear transform). Null when three points are collinear or the system is singular.
 */
export function homographyFrom4(from: readonly Point2[], to: readonly Point2[]): Mat3 | null {
  if (from.length !== 4 || to.length !== 4) throw new RangeError('a homography needs exactly four points');
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push(x, y, 1, 0, 0, 0, -u * x, -u * y);
    b.push(u);
    a.push(0, 0, 0, x, y, 1, -v * x, -v * y);
    b.push(v);
  }
  const h = solveLinear(a, b);
  if (!h) return null;
  return [h[0]!, h[1]!, h[2]!, h[3]!, h[4]!, h[5]!, h[6]!, h[7]!, 1];
}

/** Applies a homography to a point (null at the line at infinity). */
export function applyHomography(h: Mat3, p: Point2): Point2 | null {
  const w = h[6] * p.x + h[7] * p.y + h[8];
  if (Math.abs(w) < 1e-12) return null;
  return { x: (h[0] * p.x + h[1] * p.y + h[2]) / w, y: (h[3] * p.x + h[4] * p.y + h[5]) / w };
}
