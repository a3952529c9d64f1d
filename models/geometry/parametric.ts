import type { MeshData, Vec3 } from './mesh-data';

/** Maps (u, v) in [0, 1]^2 to a point; du x dv must point outwards (counter-clockwise seen from outside). */
export type SurfaceFn = (u: number, v: number) => Vec3;

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);

/**
 * Normal from finite differences of the surface function rather than from faces: seams (u = 0 and u = 1)
 * then shade identically, and displaced detail (wrinkles, ribs) is lit as if the mesh were denser. At a
 * pole du vanishes, so we step a little way off the pole, where the surface still has a tangent plane.
 */
function surfaceNormal(fn: SurfaceFn, u: number, v: number, fallback: Vec3): Vec3 {
  const e = 1e-4;
  for (const dv of [0, 4e-3, -4e-3, 2e-2, -2e-2]) {
    const vv = Math.min(1 - e, Math.max(e, v + dv));
    const pu = sub(fn(Math.min(1, u + e), vv), fn(Math.max(0, u - e), vv));
    const pv = sub(fn(u, vv + e), fn(u, vv - e));
    const n = cross(pu, pv);
    const len = length(n);
    if (len > 1e-14) return [n[0] / len, n[1] / len, n[2] / len];
  }
  return fallback;
}

/**
 * Tessellates a parametric surface into a `segmentsU` x `segmentsV` grid with UVs (u, v). Triangles with no
 * area (where a row collapses to a pole) are dropped: they add nothing and the validator flags them.
 */
export function parametric(fn: SurfaceFn, segmentsU: number, segmentsV: number): MeshData {
  const mesh: MeshData = { positions: [], normals: [], uvs: [], indices: [] };
  const points: Vec3[] = [];
  for (let j = 0; j <= segmentsV; j++) {
    for (let i = 0; i <= segmentsU; i++) {
      const [u, v] = [i / segmentsU, j / segmentsV];
      const p = fn(u, v);
      points.push(p);
      mesh.positions.push(...p);
      mesh.normals.push(...surfaceNormal(fn, u, v, [0, v < 0.5 ? -1 : 1, 0]));
      mesh.uvs.push(u, 1 - v);
    }
  }
  const row = segmentsU + 1;
  const addTriangle = (a: number, b: number, c: number): void => {
    const area = length(cross(sub(points[b]!, points[a]!), sub(points[c]!, points[a]!)));
    if (area > 1e-12) mesh.indices.push(a, b, c);
  };
  for (let j = 0; j < segmentsV; j++) {
    for (let i = 0; i < segmentsU; i++) {
      const a = j * row + i;
      addTriangle(a, a + 1, a + row + 1);
      addTriangle(a, a + row + 1, a + row);
    }
  }
  return mesh;
}
