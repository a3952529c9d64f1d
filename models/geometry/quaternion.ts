import type { Vec3 } from './mesh-data';

/**
 * The glTF node rotation (x, y, z, w) equal to `placeMesh`'s Euler rotation (X first, then Y, then Z), so a
 * part can be placed either by moving its vertices or, when instanced, by its node.
 */
export function eulerToQuaternion([rx, ry, rz]: Vec3): [number, number, number, number] {
  const [sx, cx] = [Math.sin(rx / 2), Math.cos(rx / 2)];
  const [sy, cy] = [Math.sin(ry / 2), Math.cos(ry / 2)];
  const [sz, cz] = [Math.sin(rz / 2), Math.cos(rz / 2)];
  // q = qz * qy * qx
  return [
    sx * cy * cz - cx * sy * sz,
    cx * sy * cz + sx * cy * sz,
    cx * cy * sz - sx * sy * cz,
    cx * cy * cz + sx * sy * sz,
  ];
}
