import type { Point2 } from '../domain/pose';

/** Grey-level read access to a frame (RGBA bytes, rows top to bottom). */
export interface GreyImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

function grey(image: GreyImage, x: number, y: number): number {
  const i = (y * image.width + x) * 4;
  return image.data[i + 1]!; // green: close to luma, and the only channel a grey frame needs
}

/** Bilinear sample; NaN outside the frame. */
function sample(image: GreyImage, x: number, y: number): number {
  const x0 = Math.floor(x - 0.5);
  const y0 = Math.floor(y - 0.5);
  if (x0 < 0 || y0 < 0 || x0 + 1 >= image.width || y0 + 1 >= image.height) return Number.NaN;
  const fx = x - 0.5 - x0;
  const fy = y - 0.5 - y0;
  const top = grey(image, x0, y0) * (1 - fx) + grey(image, x0 + 1, y0) * fx;
  const bottom = grey(image, x0, y0 + 1) * (1 - fx) + grey(image, x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

interface Line {
  point: Point2;
  direction: Point2;
}

/**
 * Sub-pixel position of the dark-to-light edge crossing the segment `p + t n`, t in [-reach, reach], nearest
 * t = 0 (the symbol's dark border inside, the white quiet zone outside). Null when there is no clear edge.
 */
function edgeAt(image: GreyImage, p: Point2, n: Point2, reach: number): Point2 | null {
  const step = 0.25;
  const values: number[] = [];
  for (let t = -reach; t <= reach + 1e-9; t += step) values.push(sample(image, p.x + n.x * t, p.y + n.y * t));
  if (values.some(Number.isNaN)) return null;
  const dark = Math.min(...values);
  const light = Math.max(...values);
  if (light - dark < 40) return null;
  const threshold = (dark + light) / 2;
  let best: number | null = null;
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i]! - threshold;
    const b = values[i + 1]! - threshold;
    if (a < 0 && b >= 0) {
      const t = -reach + (i + a / (a - b)) * step;
      if (best === null || Math.abs(t) < Math.abs(best)) best = t;
    }
  }
  return best === null ? null : { x: p.x + n.x * best, y: p.y + n.y * best };
}

/** Least-squares line through points (centroid and principal direction). */
function fitLine(points: readonly Point2[]): Line | null {
  if (points.length < 5) return null;
  const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - cx) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
    syy += (p.y - cy) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { point: { x: cx, y: cy }, direction: { x: Math.cos(angle), y: Math.sin(angle) } };
}

/** Fits a line, drops points more than half a pixel off it, and fits again. */
function robustLine(points: readonly Point2[]): Line | null {
  const first = fitLine(points);
  if (!first) return null;
  const kept = points.filter((p) => {
    const dx = p.x - first.point.x;
    const dy = p.y - first.point.y;
    return Math.abs(dx * first.direction.y - dy * first.direction.x) < 0.5;
  });
  return fitLine(kept);
}

function intersect(a: Line, b: Line): Point2 | null {
  const det = a.direction.x * b.direction.y - a.direction.y * b.direction.x;
  if (Math.abs(det) < 1e-6) return null;
  const dx = b.point.x - a.point.x;
  const dy = b.point.y - a.point.y;
  const t = (dx * b.direction.y - dy * b.direction.x) / det;
  return { x: a.point.x + a.direction.x * t, y: a.point.y + a.direction.y * t };
}

/**
 * Refines a QR code's corners (top-left, top-right, bottom-right, bottom-left, as decoders report them to
 * the nearest pixel) to sub-pixel accuracy: fits the symbol's four outer edges (dark border modules against
 * the white quiet zone; the finder patterns guarantee long dark stretches) and intersects them. Near head-on, a code's tilt
 * hangs on fractions of a pixel, so this steadies camera AR. Any corner that cannot be refined, or moves
 * more than `maxShift` pixels, keeps its decoder position.
 */
export function refineCorners(image: GreyImage, corners: readonly Point2[], maxShift = 1.5): Point2[] {
  if (corners.length !== 4) return [...corners];
  const side =
    (Math.hypot(corners[1]!.x - corners[0]!.x, corners[1]!.y - corners[0]!.y) +
      Math.hypot(corners[3]!.x - corners[0]!.x, corners[3]!.y - corners[0]!.y)) /
    2;
  // The finder's dark border is one module (side / 21 at most, side / 41 for the versions labels use) thick.
  const reach = Math.max(1, Math.min(3, side / 45));
  const lines: (Line | null)[] = [];
  for (let edge = 0; edge < 4; edge++) {
    const a = corners[edge]!;
    const b = corners[(edge + 1) % 4]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const d = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
    const outward = { x: d.y, y: -d.x };
    const points: Point2[] = [];
    // Along the whole edge: finder patterns and every dark border module give an edge point; light border
    // modules give none (no contrast within reach), and the odd wrong one is dropped by the robust fit.
    const samples = Math.max(16, Math.min(48, Math.round(length / 2)));
    for (let i = 0; i < samples; i++) {
      const f = 0.03 + (0.94 * i) / (samples - 1);
      const found = edgeAt(image, { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, outward, reach);
      if (found) points.push(found);
    }
    lines.push(robustLine(points));
  }
  return corners.map((corner, index) => {
    const before = lines[(index + 3) % 4];
    const after = lines[index];
    const refined = before && after ? intersect(before, after) : null;
    if (!refined || Math.hypot(refined.x - corner.x, refined.y - corner.y) > maxShift) return corner;
    return refined;
  });
}
