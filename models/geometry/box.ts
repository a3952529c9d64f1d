import type { MeshData, Vec3 } from './mesh-data';

// Each face: outward normal and the two in-plane axes (u, v) with u x v = normal, so winding is outward.
const FACES: Array<{ n: Vec3; u: Vec3; v: Vec3 }> = [
  { n: [1, 0, 0], u: [0, 0, -1], v: [0, 1, 0] },
  { n: [-1, 0, 0], u: [0, 0, 1], v: [0, 1, 0] },
  { n: [0, 1, 0], u: [1, 0, 0], v: [0, 0, -1] },
  { n: [0, -1, 0], u: [1, 0, 0], v: [0, 0, 1] },
  { n: [0, 0, 1], u: [1, 0, 0], v: [0, 1, 0] },
  { n: [0, 0, -1], u: [-1, 0, 0], v: [0, 1, 0] },
];

/**
 * An axis-aligned box from `min` to `max` with flat normals and UVs 0..1 on every face (each face shows the
 * whole texture, which is what a printed carton looks like). `skipTop` leaves an open tray wall or lid seat.
 */
export function box(min: Vec3, max: Vec3, { skipTop = false, skipBottom = false } = {}): MeshData {
  const mesh: MeshData = { positions: [], normals: [], uvs: [], indices: [] };
  const centre: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const half: Vec3 = [(max[0] - min[0]) / 2, (max[1] - min[1]) / 2, (max[2] - min[2]) / 2];
  for (const { n, u, v } of FACES) {
    if ((skipTop && n[1] === 1) || (skipBottom && n[1] === -1)) continue;
    const base = mesh.positions.length / 3;
    for (const [su, sv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      for (let axis = 0; axis < 3; axis++) {
        const offset = n[axis]! + su * u[axis]! + sv * v[axis]!;
        mesh.positions.push(centre[axis]! + offset * half[axis]!);
      }
      mesh.normals.push(...n);
      mesh.uvs.push((su + 1) / 2, (1 - sv) / 2);
    }
    mesh.indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return mesh;
}
