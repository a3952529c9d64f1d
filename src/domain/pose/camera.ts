import type { Mat3, Vec3 } from './linear';
import { add, apply } from './linear';

/** Pinhole camera in pixels: focal lengths and principal point, image y pointing down (OpenCV style). */
export interface Intrinsics {
  fx: number;
  fy: number;
  cx: number;
  cy: number;
  width: number;
  height: number;
}

/**
 * Camera pose of a label: `rotation` takes label coordinates (x right, y up, z out of the printed face) to
 * camera coordinates (x right, y down, z forward); `translation` is the label centre in camera coordinates,
 * in metres.
 */
export interface Pose {
  rotation: Mat3;
  translation: Vec3;
}

export interface Point2 {
  x: number;
  y: number;
}

/**
 * Horizontal field of view assumed for a phone's main rear camera when the browser does not report one.
 * Most main cameras are 24-28 mm equivalent, i.e. 65-74 degrees across the long side of a 4:3 sensor;
 * 16:9 video crops the sensor's short side, so the long-side angle is what stays stable.
 */
export const DEFAULT_HORIZONTAL_FOV_DEG = 68;

/**
 * Intrinsics for a video frame of `width` x `height` pixels with square pixels, the principal point at the
 * centre and the given field of view across the frame's longer side.
 */
export function intrinsicsFor(
  width: number,
  height: number,
  longSideFovDeg = DEFAULT_HORIZONTAL_FOV_DEG,
): Intrinsics {
  if (!(width > 0 && height > 0)) throw new RangeError(`bad frame size ${width}x${height}`);
  if (!(longSideFovDeg > 1 && longSideFovDeg < 179))
    throw new RangeError(`bad field of view ${longSideFovDeg}`);
  const f = Math.max(width, height) / 2 / Math.tan(((longSideFovDeg / 2) * Math.PI) / 180);
  return { fx: f, fy: f, cx: width / 2, cy: height / 2, width, height };
}

/** Camera-space position of a point given in label coordinates. */
export function labelToCamera(pose: Pose, point: Vec3): Vec3 {
  return add(apply(pose.rotation, point), pose.translation);
}

/** Pixel position of a camera-space point, or null when it is behind the camera. */
export function projectCameraPoint(intrinsics: Intrinsics, p: Vec3): Point2 | null {
  if (p[2] <= 1e-9) return null;
  return {
    x: intrinsics.fx * (p[0] / p[2]) + intrinsics.cx,
    y: intrinsics.fy * (p[1] / p[2]) + intrinsics.cy,
  };
}

/** Pixel position of a point given in label coordinates. */
export function projectLabelPoint(intrinsics: Intrinsics, pose: Pose, point: Vec3): Point2 | null {
  return projectCameraPoint(intrinsics, labelToCamera(pose, point));
}

/**
 * The code's four corners in label coordinates, in the order a QR decoder reports them for an upright
 * code: top-left, top-right, bottom-right, bottom-left.
 */
export function codeCorners(side: number): [Vec3, Vec3, Vec3, Vec3] {
  const h = side / 2;
  return [
    [-h, h, 0],
    [h, h, 0],
    [h, -h, 0],
    [-h, -h, 0],
  ];
}
