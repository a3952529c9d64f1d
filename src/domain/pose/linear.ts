/** Tiny dense linear algebra for pose estimation: 3-vectors and row-major 3x3 matrices as plain arrays. */

export type Vec3 = readonly [number, number, number];
/** Row-major 3x3 matrix: `[m00, m01, m02, m10, ...]`. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number];

export const identity3: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function norm(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

export function scale(a: Vec3, k: number): Vec3 {
  return [a[0] * k, a[1] * k, a[2] * k];
}

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** Matrix from its three columns. */
export function fromColumns(c0: Vec3, c1: Vec3, c2: Vec3): Mat3 {
  return [c0[0], c1[0], c2[0], c0[1], c1[1], c2[1], c0[2], c1[2], c2[2]];
}

export function column(m: Mat3, index: 0 | 1 | 2): Vec3 {
  return [m[index], m[3 + index]!, m[6 + index]!];
}

export function transpose(m: Mat3): Mat3 {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}

export function multiply(a: Mat3, b: Mat3): Mat3 {
  const out: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      out.push(a[r * 3]! * b[c]! + a[r * 3 + 1]! * b[3 + c]! + a[r * 3 + 2]! * b[6 + c]!);
    }
  }
  return out as unknown as Mat3;
}

export function apply(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

export function determinant(m: Mat3): number {
  return (
    m[0] * (m[4] * m[8] - m[5] * m[7]) -
    m[1] * (m[3] * m[8] - m[5] * m[6]) +
    m[2] * (m[3] * m[7] - m[4] * m[6])
  );
}

/** Inverse of a 3x3 matrix, or null when it is (numerically) singular. */
export function invert(m: Mat3): Mat3 | null {
  const det = determinant(m);
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12) return null;
  const k = 1 / det;
  return [
    (m[4] * m[8] - m[5] * m[7]) * k,
    (m[2] * m[7] - m[1] * m[8]) * k,
    (m[1] * m[5] - m[2] * m[4]) * k,
    (m[5] * m[6] - m[3] * m[8]) * k,
    (m[0] * m[8] - m[2] * m[6]) * k,
    (m[2] * m[3] - m[0] * m[5]) * k,
    (m[3] * m[7] - m[4] * m[6]) * k,
    (m[1] * m[6] - m[0] * m[7]) * k,
    (m[0] * m[4] - m[1] * m[3]) * k,
  ];
}

/**
 * Nearest rotation to `m` (polar decomposition by Newton iteration `R <- (R + R^-T) / 2`), which turns the
 * slightly skewed matrix a noisy homography gives into a proper rotation. Null when `m` is degenerate.
 */
export function nearestRotation(m: Mat3): Mat3 | null {
  let r = m;
  for (let i = 0; i < 30; i++) {
    const inv = invert(r);
    if (!inv) return null;
    const invT = transpose(inv);
    const next = r.map((value, index) => (value + invT[index]!) / 2) as unknown as Mat3;
    const change = next.reduce((sum, value, index) => sum + Math.abs(value - r[index]!), 0);
    r = next;
    if (change < 1e-13) break;
  }
  return determinant(r) > 0 ? r : null;
}

/**
 * Solves `a x = b` for a small dense square system by Gaussian elimination with partial pivoting.
 * `a` is row-major n*n. Returns null for a singular system.
 */
export function solveLinear(a: number[], b: number[]): number[] | null {
  const n = b.length;
  const m = a.slice();
  const x = b.slice();
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(m[row * n + col]!) > Math.abs(m[pivot * n + col]!)) pivot = row;
    }
    const p = m[pivot * n + col]!;
    if (!Number.isFinite(p) || Math.abs(p) < 1e-15) return null;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) [m[col * n + k], m[pivot * n + k]] = [m[pivot * n + k]!, m[col * n + k]!];
      [x[col], x[pivot]] = [x[pivot]!, x[col]!];
    }
    for (let row = col + 1; row < n; row++) {
      const f = m[row * n + col]! / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++) m[row * n + k]! -= f * m[col * n + k]!;
      x[row]! -= f * x[col]!;
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    let sum = x[row]!;
    for (let k = row + 1; k < n; k++) sum -= m[row * n + k]! * x[k]!;
    x[row] = sum / m[row * n + row]!;
  }
  return x.every(Number.isFinite) ? x : null;
}
