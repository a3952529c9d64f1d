import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { intrinsicsFor, projectLabelPoint } from '../../src/domain/pose';
import { applyVideoProjection, poseMatrix, projectToScreen } from '../../src/scan/ar/ar-camera';
import { coverTransform, videoToBox } from '../../src/scan/cover-transform';
import { labelPose } from '../e2e/fixtures/shelf-video';

describe('camera-AR projection', () => {
  const k = intrinsicsFor(1280, 720);
  const pose = labelPose(0.08, 0.05, 0.4, -10, 25, 12);

  it('draws a label-frame point where the video shows it, through an object-fit: cover crop', () => {
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
      [1200, 860],
    ] as const) {
      const camera = new PerspectiveCamera();
      applyVideoProjection(camera, k, width, height);
      const point = new Vector3(0.01, 0.02, -0.03).applyMatrix4(poseMatrix(pose));
      const { screen, video } = projectToScreen(camera, point, k, width, height);
      const expected = projectLabelPoint(k, pose, [0.01, 0.02, -0.03])!;
      expect(video[0]).toBeCloseTo(expected.x, 6);
      expect(video[1]).toBeCloseTo(expected.y, 6);
      const [x, y] = videoToBox(coverTransform(k.width, k.height, width, height), expected.x, expected.y);
      expect(screen[0]).toBeCloseTo(x, 6);
      expect(screen[1]).toBeCloseTo(y, 6);
    }
  });

  it('keeps the label frame right-handed with y up in three.js space', () => {
    const matrix = poseMatrix(labelPose(0, 0, 0.5));
    const up = new Vector3(0, 1, 0).transformDirection(matrix);
    const out = new Vector3(0, 0, 1).transformDirection(matrix);
    expect(up.y).toBeCloseTo(1, 9);
    expect(out.z).toBeCloseTo(1, 9);
    expect(matrix.determinant()).toBeCloseTo(1, 9);
  });
});
