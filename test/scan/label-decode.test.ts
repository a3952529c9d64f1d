import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { buildLabelPayload } from '../../src/domain/label';
import {
  angleBetween,
  codeCorners,
  estimateLabelPose,
  intrinsicsFor,
  projectLabelPoint,
  type Pose,
} from '../../src/domain/pose';
import { refineCorners } from '../../src/scan/refine-corners';
import { labelArtwork } from '../e2e/fixtures/label-raster';
import { renderShelfFrame } from '../e2e/fixtures/shelf-frame';
import { labelPose } from '../e2e/fixtures/shelf-video';

// The decoder the worker uses (zxing-wasm, same version), run in Node on labels printed by our own
// generator: checks the corner convention the pose math relies on, end to end.
const k = intrinsicsFor(1280, 720);
const origin = 'https://shop.example';

beforeAll(async () => {
  const wasmBinary = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
  await prepareZXingModule({ overrides: { wasmBinary } as never, fireImmediately: true });
});

async function decode(labels: { text: string; pose: Pose }[]) {
  const { frame } = renderShelfFrame(
    k,
    labels.map((label) => ({ artwork: labelArtwork(label.text), pose: label.pose })),
  );
  const image = {
    data: new Uint8ClampedArray(frame.data),
    width: k.width,
    height: k.height,
    colorSpace: 'srgb',
  };
  const found = await readBarcodes(image as ImageData, { formats: ['QRCode'], maxNumberOfSymbols: 8 });
  return found.map((code) => {
    const { topLeft, topRight, bottomRight, bottomLeft } = code.position;
    const corners = [topLeft, topRight, bottomRight, bottomLeft];
    return { ...code, corners, refined: refineCorners(image, corners) };
  });
}

describe('printed labels through the decoder', () => {
  it('reports the code corners top-left, top-right, bottom-right, bottom-left within a pixel, even rotated', async () => {
    for (const roll of [0, 90, 180, -45]) {
      const pose = labelPose(0.02, 0.03, 0.35, -10, 15, roll);
      const text = buildLabelPayload(origin, 'hami-melon', 'B-2');
      const [found] = await decode([{ text, pose }]);
      expect(found?.text, `roll ${roll}`).toBe(text);
      const { topLeft, topRight, bottomRight, bottomLeft } = found!.position;
      const truth = codeCorners(0.03).map((corner) => projectLabelPoint(k, pose, corner)!);
      [topLeft, topRight, bottomRight, bottomLeft].forEach((corner, i) => {
        expect(
          Math.hypot(corner.x - truth[i]!.x, corner.y - truth[i]!.y),
          `roll ${roll} corner ${i}`,
        ).toBeLessThan(1);
      });
    }
  });

  it('decodes three labels and a foreign code in one frame, each placed within a centimetre', async () => {
    const labels = [
      {
        text: buildLabelPayload(origin, 'aksu-apple', 'A-01'),
        pose: labelPose(-0.17, 0.06, 0.42, -8, 22, 0),
      },
      { text: buildLabelPayload(origin, 'kashgar-pomegranate'), pose: labelPose(0, 0.065, 0.45, -5, 0, 7) },
      {
        text: buildLabelPayload(origin, 'paper-shell-walnuts'),
        pose: labelPose(0.15, 0.06, 0.4, -10, -28, -3),
      },
      { text: 'https://evil.example/p/aksu-apple', pose: labelPose(0.2, -0.1, 0.5, 0, 10, 0) },
    ];
    const found = await decode(labels);
    expect(found.map((code) => code.text).sort()).toEqual(labels.map((label) => label.text).sort());
    for (const label of labels.slice(0, 3)) {
      const code = found.find((entry) => entry.text === label.text)!;
      const estimate = estimateLabelPose(code.refined, 0.03, k);
      const miss = estimate!.pose.translation.map((value, i) => value - label.pose.translation[i]!);
      expect(Math.hypot(...miss), label.text).toBeLessThan(0.01);
    }
  });

  it('refines the whole-pixel corners to sub-pixel, which makes the tilt of a head-on code trustworthy', async () => {
    const poses = [
      labelPose(0, 0.03, 0.4),
      labelPose(0, 0.03, 0.4, 0, 0, 30),
      labelPose(0, 0.03, 0.45, -5, 0, 7),
      labelPose(0.15, 0.03, 0.4, -10, -28, -3),
      labelPose(0, 0.03, 0.3, -35, 0, 10),
    ];
    const raw: number[] = [];
    const refined: number[] = [];
    const rawAngles: number[] = [];
    const refinedAngles: number[] = [];
    for (const pose of poses) {
      const [found] = await decode([{ text: buildLabelPayload(origin, 'aksu-apple', 'A-01'), pose }]);
      const code = found!;
      const truth = codeCorners(0.03).map((corner) => projectLabelPoint(k, pose, corner)!);
      code.corners.forEach((p, i) => raw.push(Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));
      code.refined.forEach((p, i) => refined.push(Math.hypot(p.x - truth[i]!.x, p.y - truth[i]!.y)));
      const angle = (corners: typeof code.corners) =>
        (angleBetween(estimateLabelPose(corners, 0.03, k)!.pose.rotation, pose.rotation) * 180) / Math.PI;
      rawAngles.push(angle(code.corners));
      refinedAngles.push(angle(code.refined));
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    expect(mean(refined)).toBeLessThan(0.2);
    expect(Math.max(...refined)).toBeLessThan(0.5);
    expect(mean(refined)).toBeLessThan(mean(raw) / 2);
    expect(median(refinedAngles)).toBeLessThan(2);
    expect(median(refinedAngles)).toBeLessThan(median(rawAngles));
  });
});
