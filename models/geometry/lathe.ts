import type { MeshData } from './mesh-data';
import { parametric } from './parametric';

/** Radius and height of a surface of revolution at profile parameter t in [0, 1] (t = 0 at the bottom). */
export type Profile = (t: number, angle: number) => { radius: number; y: number };

/**
 * A smooth surface of revolution around +Y. The profile also receives the angle so shapes can have lobes
 * or ribs (a pomegranate's faces, a melon's slight irregularity) without a separate displacement pass.
 */
export function lathe(profile: Profile, segmentsAround: number, segmentsUp: number): MeshData {
  return parametric(
    (u, v) => {
      const angle = u * Math.PI * 2;
      const { radius, y } = profile(v, angle);
      // sin/cos order (x = r sin, z = r cos) makes du x dv point outwards.
      return [radius * Math.sin(angle), y, radius * Math.cos(angle)];
    },
    segmentsAround,
    segmentsUp,
  );
}

/**
 * A hard-edged surface of revolution from a polyline of [radius, y] points (bottom to top, outside first):
 * each segment gets its own ring of vertices with a flat profile normal, so a tray's rim stays crisp.
 */
export function latheProfile(points: Array<[number, number]>, segmentsAround: number): MeshData {
  const mesh: MeshData = { positions: [], normals: [], uvs: [], indices: [] };
  for (let s = 0; s + 1 < points.length; s++) {
    const [r0, y0] = points[s]!;
    const [r1, y1] = points[s + 1]!;
    const len = Math.hypot(r1 - r0, y1 - y0);
    if (len === 0) continue;
    // In the profile plane the outward normal of segment (dr, dy) is (dy, -dr) / len.
    const [nr, ny] = [(y1 - y0) / len, -(r1 - r0) / len];
    const base = mesh.positions.length / 3;
    for (let i = 0; i <= segmentsAround; i++) {
      const angle = (i / segmentsAround) * Math.PI * 2;
      const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
      for (const [r, y, v] of [
        [r0, y0, s / (points.length - 1)],
        [r1, y1, (s + 1) / (points.length - 1)],
      ] as const) {
        mesh.positions.push(r * sin, y, r * cos);
        mesh.normals.push(nr * sin, ny, nr * cos);
        mesh.uvs.push(i / segmentsAround, 1 - v);
      }
    }
    for (let i = 0; i < segmentsAround; i++) {
      const a = base + i * 2;
      // A ring collapsed to the axis (r = 0) would give zero-area triangles: keep only the real one.
      if (r0 > 0) mesh.indices.push(a, a + 2, a + 3);
      if (r1 > 0) mesh.indices.push(a, a + 3, a + 1);
    }
  }
  return mesh;
}
