import { Matrix4, Vector3, type PerspectiveCamera } from 'three';
import type { Intrinsics, Pose } from '../../domain/pose';
import { boxToVideo, coverTransform } from '../cover-transform';

/**
 * Gives the three.js camera the video camera's projection, as seen through `object-fit: cover` in a
 * `width` x `height` CSS-pixel canvas: objects placed at label poses then land exactly on the labels in
 * the video. The camera stays at the origin looking down -z; label poses are expressed relative to it.
 */
export function applyVideoProjection(
  camera: PerspectiveCamera,
  k: Intrinsics,
  width: number,
  height: number,
  near = 0.01,
  far = 20,
): void {
  const cover = coverTransform(k.width, k.height, width, height);
  const fx = k.fx * cover.scale;
  const fy = k.fy * cover.scale;
  const cx = k.cx * cover.scale + cover.offsetX;
  const cy = k.cy * cover.scale + cover.offsetY;
  // prettier-ignore
  camera.projectionMatrix.set(
    (2 * fx) / width,
    0,
    1 - (2 * cx) / width,
    0,
    0,
    (2 * fy) / height,
    (2 * cy) / height - 1,
    0,
    0,
    0,
    -(far + near) / (far - near),
    (-2 * far * near) / (far - near),
    0,
    0,
    -1,
    0,
  );
  camera.projectionMatrixInverse.copy(camera.projectionMatrix).invert();
}

/**
 * A label pose (OpenCV camera: y down, z forward) as a three.js matrix in the camera's space (y up, z back):
 * both axes flip, so the label's own frame (x right, y up, z out of the face) needs no further rotation.
 */
export function poseMatrix(pose: Pose, target = new Matrix4()): Matrix4 {
  const r = pose.rotation;
  const t = pose.translation;
  // prettier-ignore
  return target.set(
    r[0],
    r[1],
    r[2],
    t[0],
    -r[3],
    -r[4],
    -r[5],
    -t[1],
    -r[6],
    -r[7],
    -r[8],
    -t[2],
    0,
    0,
    0,
    1,
  );
}

const point = new Vector3();

/**
 * Where a camera-space point appears: CSS pixels in the canvas and pixels in the video frame. This is how
 * diagnostics report each anchor, so tests check the whole chain (pose, matrix, projection, cover crop).
 */
export function projectToScreen(
  camera: PerspectiveCamera,
  position: Vector3,
  k: Intrinsics,
  width: number,
  height: number,
): { screen: [number, number]; video: [number, number] } {
  point.copy(position).applyMatrix4(camera.projectionMatrix);
  const x = ((point.x + 1) / 2) * width;
  const y = ((1 - point.y) / 2) * height;
  const video = boxToVideo(coverTransform(k.width, k.height, width, height), x, y);
  return { screen: [x, y], video };
}
