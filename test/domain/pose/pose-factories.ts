import {
  codeCorners,
  intrinsicsFor,
  multiply,
  projectLabelPoint,
  rotationFromVector,
  type Intrinsics,
  type Point2,
  type Pose,
} from '../../../src/domain/pose';

/** Label facing the camera upright (label y up = camera y down), tilted and rolled by the given angles. */
export function makePose({
  x = 0,
  y = 0,
  z = 0.4,
  pitchDeg = 0,
  yawDeg = 0,
  rollDeg = 0,
}: Partial<Record<'x' | 'y' | 'z' | 'pitchDeg' | 'yawDeg' | 'rollDeg', number>> = {}): Pose {
  const rad = Math.PI / 180;
  const facing = [1, 0, 0, 0, -1, 0, 0, 0, -1] as const;
  const tilt = multiply(
    rotationFromVector([pitchDeg * rad, 0, 0]),
    multiply(rotationFromVector([0, yawDeg * rad, 0]), rotationFromVector([0, 0, rollDeg * rad])),
  );
  return { rotation: multiply(facing, tilt), translation: [x, y, z] };
}

export const vga: Intrinsics = intrinsicsFor(640, 480);

/** The code's corner pixels for a pose, as a decoder would report them (plus optional noise). */
export function projectCorners(
  pose: Pose,
  side: number,
  intrinsics: Intrinsics = vga,
  noise: () => number = () => 0,
): Point2[] {
  return codeCorners(side).map((corner) => {
    const p = projectLabelPoint(intrinsics, pose, corner);
    if (!p) throw new Error('corner behind camera');
    return { x: p.x + noise(), y: p.y + noise() };
  });
}

/** Seeded normal noise (mulberry32 + Box-Muller) so noisy tests are reproducible. */
export function gaussian(seed: number, sigma: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => sigma * Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}
