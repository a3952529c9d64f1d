import type { Mat3, Vec3 } from './linear';
import { multiply, transpose } from './linear';

/** Unit quaternion `[x, y, z, w]`. */
export type Quat = readonly [number, number, number, number];

/** Rotation matrix for the rotation vector `w` (axis times angle in radians), by Rodrigues' formula. */
export function rotationFromVector(w: Vec3): Mat3 {
  const theta = Math.hypot(w[0], w[1], w[2]);
  if (theta < 1e-12) return [1, -w[2], w[1], w[2], 1, -w[0], -w[1], w[0], 1];
  const [x, y, z] = [w[0] / theta, w[1] / theta, w[2] / theta];
  const s = Math.sin(theta);
  const c = 1 - Math.cos(theta);
  return [
    1 - c * (y * y + z * z),
    -s * z + c * x * y,
    s * y + c * x * z,
    s * z + c * x * y,
    1 - c * (x * x + z * z),
    -s * x + c * y * z,
    -s * y + c * x * z,
    s * x + c * y * z,
    1 - c * (x * x + y * y),
  ];
}

/** Angle in radians of the rotation that takes `a` to `b`. */
export function angleBetween(a: Mat3, b: Mat3): number {
  const r = multiply(transpose(a), b);
  const cos = (r[0] + r[4] + r[8] - 1) / 2;
  return Math.acos(Math.min(1, Math.max(-1, cos)));
}

/** Quaternion of a rotation matrix (Shepperd's method, stable for every angle). */
export function quatFromMatrix(m: Mat3): Quat {
  const trace = m[0] + m[4] + m[8];
  let q: [number, number, number, number];
  if (trace > 0) {
    const s = Math.sqrt(trace + 1) * 2;
    q = [(m[7] - m[5]) / s, (m[2] - m[6]) / s, (m[3] - m[1]) / s, s / 4];
  } else if (m[0] > m[4] && m[0] > m[8]) {
    const s = Math.sqrt(1 + m[0] - m[4] - m[8]) * 2;
    q = [s / 4, (m[1] + m[3]) / s, (m[2] + m[6]) / s, (m[7] - m[5]) / s];
  } else if (m[4] > m[8]) {
    const s = Math.sqrt(1 + m[4] - m[0] - m[8]) * 2;
    q = [(m[1] + m[3]) / s, s / 4, (m[5] + m[7]) / s, (m[2] - m[6]) / s];
  } else {
    const s = Math.sqrt(1 + m[8] - m[0] - m[4]) * 2;
    q = [(m[2] + m[6]) / s, (m[5] + m[7]) / s, s / 4, (m[3] - m[1]) / s];
  }
  return normalizeQuat(q);
}

export function matrixFromQuat([x, y, z, w]: Quat): Mat3 {
  return [
    1 - 2 * (y * y + z * z),
    2 * (x * y - z * w),
    2 * (x * z + y * w),
    2 * (x * y + z * w),
    1 - 2 * (x * x + z * z),
    2 * (y * z - x * w),
    2 * (x * z - y * w),
    2 * (y * z + x * w),
    1 - 2 * (x * x + y * y),
  ];
}

export function normalizeQuat(q: Quat): Quat {
  const n = Math.hypot(q[0], q[1], q[2], q[3]) || 1;
  return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
}

/** Spherical interpolation from `a` (t = 0) to `b` (t = 1) along the shorter arc. */
export function slerp(a: Quat, b: Quat, t: number): Quat {
  let cos = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
  let target = b;
  if (cos < 0) {
    cos = -cos;
    target = [-b[0], -b[1], -b[2], -b[3]];
  }
  if (cos > 0.9995) {
    return normalizeQuat([
      a[0] + (target[0] - a[0]) * t,
      a[1] + (target[1] - a[1]) * t,
      a[2] + (target[2] - a[2]) * t,
      a[3] + (target[3] - a[3]) * t,
    ]);
  }
  const theta = Math.acos(cos);
  const sin = Math.sin(theta);
  const wa = Math.sin((1 - t) * theta) / sin;
  const wb = Math.sin(t * theta) / sin;
  return [
    a[0] * wa + target[0] * wb,
    a[1] * wa + target[1] * wb,
    a[2] * wa + target[2] * wb,
    a[3] * wa + target[3] * wb,
  ];
}
