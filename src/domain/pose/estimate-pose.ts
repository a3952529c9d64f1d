import { codeCorners, projectLabelPoint, type Intrinsics, type Point2, type Pose } from './camera';
import { homographyFrom4 } from './homography';
import {
  column,
  cross,
  dot,
  fromColumns,
  multiply,
  nearestRotation,
  norm,
  scale,
  solveLinear,
} from './linear';
import { rotationFromVector } from './rotation';

export interface PoseEstimate {
  pose: Pose;
  /** Root-mean-square distance in pixels between the observed corners and the re-projected code. */
  reprojectionErrorPx: number;
}

/** Codes smaller than this (pixels of area) give poses too noisy to draw anything on. */
export const minLabelAreaPx = 64;

/**
 * Estimates the camera pose of a square code of known side (metres) from its four corner pixels, ordered
 * top-left, top-right, bottom-right, bottom-left of the code itself (as QR decoders report them, so a code
 * held upside down gives an upside-down pose). A planar homography gives the initial rotation and
 * translation, then a few Levenberg-Marquardt steps minimise the re-projection error. Null for degenerate corners
 * (collinear, self-crossing, mirrored, tiny) or a code that would lie behind the camera.
 */
export function estimateLabelPose(
  corners: readonly Point2[],
  side: number,
  intrinsics: Intrinsics,
): PoseEstimate | null {
  if (corners.length !== 4 || !(side > 0)) return null;
  if (!corners.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) return null;
  if (!isConvexClockwise(corners) || quadArea(corners) < minLabelAreaPx) return null;
  const initial = poseFromHomography(corners, side, intrinsics);
  if (!initial) return null;
  const pose = refine(initial, corners, side, intrinsics);
  if (pose.translation[2] <= 0) return null;
  return { pose, reprojectionErrorPx: rmsError(pose, corners, side, intrinsics) };
}

function poseFromHomography(corners: readonly Point2[], side: number, k: Intrinsics): Pose | null {
  const model = codeCorners(side).map(([x, y]) => ({ x, y }));
  // Work in normalised camera coordinates, so the homography is [r1 r2 t] up to scale.
  const normalised = corners.map((p) => ({ x: (p.x - k.cx) / k.fx, y: (p.y - k.cy) / k.fy }));
  const h = homographyFrom4(model, normalised);
  if (!h) return null;
  const h1 = column(h, 0);
  const h2 = column(h, 1);
  const h3 = column(h, 2);
  let lambda = 2 / (norm(h1) + norm(h2));
  if (h3[2] * lambda < 0) lambda = -lambda;
  const r1 = scale(h1, lambda);
  const r2 = scale(h2, lambda);
  const rotation = nearestRotation(fromColumns(r1, r2, cross(r1, r2)));
  if (!rotation) return null;
  return { rotation, translation: scale(h3, lambda) };
}

function residuals(pose: Pose, corners: readonly Point2[], side: number, k: Intrinsics): number[] | null {
  const out: number[] = [];
  const model = codeCorners(side);
  for (let i = 0; i < 4; i++) {
    const p = projectLabelPoint(k, pose, model[i]!);
    if (!p) return null;
    out.push(p.x - corners[i]!.x, p.y - corners[i]!.y);
  }
  return out;
}

function rmsError(pose: Pose, corners: readonly Point2[], side: number, k: Intrinsics): number {
  const r = residuals(pose, corners, side, k);
  if (!r) return Number.POSITIVE_INFINITY;
  return Math.sqrt(r.reduce((sum, value) => sum + value * value, 0) / 4);
}

/** Small change of pose: rotation vector applied on the left, then a translation step. */
function perturb(pose: Pose, delta: readonly number[]): Pose {
  const rotation = multiply(rotationFromVector([delta[0]!, delta[1]!, delta[2]!]), pose.rotation);
  const t = pose.translation;
  return { rotation, translation: [t[0] + delta[3]!, t[1] + delta[4]!, t[2] + delta[5]!] };
}

/** Levenberg-Marquardt on the 8 corner residuals with a numerical Jacobian (6 parameters, tiny system). */
function refine(start: Pose, corners: readonly Point2[], side: number, k: Intrinsics): Pose {
  let pose = start;
  let error = rmsError(pose, corners, side, k);
  let damping = 1e-3;
  for (let iteration = 0; iteration < 12 && error > 1e-9; iteration++) {
    const r0 = residuals(pose, corners, side, k);
    if (!r0) break;
    const eps = [1e-6, 1e-6, 1e-6, 1e-7, 1e-7, 1e-7];
    const jacobian: number[][] = [];
    for (let j = 0; j < 6; j++) {
      const delta = [0, 0, 0, 0, 0, 0];
      delta[j] = eps[j]!;
      const r = residuals(perturb(pose, delta), corners, side, k);
      if (!r) return pose;
      jacobian.push(r.map((value, i) => (value - r0[i]!) / eps[j]!));
    }
    const jtj: number[] = [];
    const jtr: number[] = [];
    for (let a = 0; a < 6; a++) {
      for (let b = 0; b < 6; b++) jtj.push(dot3n(jacobian[a]!, jacobian[b]!) * (a === b ? 1 + damping : 1));
      jtr.push(-dot3n(jacobian[a]!, r0));
    }
    const step = solveLinear(jtj, jtr);
    if (!step) break;
    const candidate = perturb(pose, step);
    const candidateError = rmsError(candidate, corners, side, k);
    if (candidateError < error) {
      pose = candidate;
      const improvement = error - candidateError;
      error = candidateError;
      damping = Math.max(damping / 4, 1e-9);
      if (improvement < 1e-9) break;
    } else {
      damping *= 8;
    }
  }
  return pose;
}

function dot3n(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Image-space corners (y down) of a code seen from the front run clockwise, and the quad is convex. */
function isConvexClockwise(p: readonly Point2[]): boolean {
  for (let i = 0; i < 4; i++) {
    const a = p[i]!;
    const b = p[(i + 1) % 4]!;
    const c = p[(i + 2) % 4]!;
    const turn = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x);
    if (!(turn > 0)) return false;
  }
  return true;
}

function quadArea(p: readonly Point2[]): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += p[i]!.x * p[(i + 1) % 4]!.y - p[(i + 1) % 4]!.x * p[i]!.y;
  return Math.abs(sum) / 2;
}

/** Unit normal of the printed face in camera coordinates (points towards the camera when visible). */
export function labelNormal(pose: Pose): [number, number, number] {
  const n = column(pose.rotation, 2);
  return [n[0], n[1], n[2]];
}

/** Cosine between the label's face normal and the direction to the camera: 1 head-on, 0 edge-on. */
export function facingCosine(pose: Pose): number {
  const t = pose.translation;
  return -dot(labelNormal(pose), scale(t, 1 / norm(t)));
}
