import { describe, expect, it } from 'vitest';
import {
  angleBetween,
  stepTracks,
  trackPose,
  type Track,
  type TrackerOptions,
} from '../../../src/domain/pose';
import { makePose } from './pose-factories';

const options: TrackerOptions = {
  smoothingMs: 100,
  holdMs: 500,
  fadeMs: 400,
  fadeInMs: 100,
  snapDistance: 0.1,
};

function run(frames: [number, Parameters<typeof stepTracks>[2]][]): Track[] {
  let tracks: Track[] = [];
  for (const [now, observations] of frames) tracks = stepTracks(tracks, now, observations, options);
  return tracks;
}

describe('label tracks', () => {
  it('starts a track at the first pose and fades it in', () => {
    const pose = makePose({ x: 0.02 });
    const [track] = run([[1000, [{ key: 'a', pose }]]]);
    expect(track!.position).toEqual(pose.translation);
    expect(track!.opacity).toBe(0);
    const [later] = run([
      [1000, [{ key: 'a', pose }]],
      [1050, null],
    ]);
    expect(later!.opacity).toBeCloseTo(0.5);
  });

  it('smooths jitter: a 1 cm wobble moves the anchor only part of the way per frame', () => {
    const tracks = run([
      [0, [{ key: 'a', pose: makePose({ x: 0 }) }]],
      [33, [{ key: 'a', pose: makePose({ x: 0.01 }) }]],
    ]);
    const x = tracks[0]!.position[0];
    expect(x).toBeGreaterThan(0.002);
    expect(x).toBeLessThan(0.004);
  });

  it('converges on a steady pose, position and rotation', () => {
    const target = makePose({ x: 0.05, yawDeg: 20 });
    const frames: [number, Parameters<typeof stepTracks>[2]][] = [[0, [{ key: 'a', pose: makePose() }]]];
    for (let t = 33; t < 1000; t += 33) frames.push([t, [{ key: 'a', pose: target }]]);
    const track = run(frames)[0]!;
    expect(Math.abs(track.position[0] - 0.05)).toBeLessThan(1e-4);
    expect(angleBetween(trackPose(track).rotation, target.rotation)).toBeLessThan(1e-3);
  });

  it('snaps instead of gliding when the label jumps farther than the snap distance', () => {
    const tracks = run([
      [0, [{ key: 'a', pose: makePose({ x: 0 }) }]],
      [33, [{ key: 'a', pose: makePose({ x: 0.3 }) }]],
    ]);
    expect(tracks[0]!.position[0]).toBeCloseTo(0.3);
  });

  it('holds the last pose while the code is missed, then fades out and drops the track', () => {
    const pose = makePose();
    const seen: [number, Parameters<typeof stepTracks>[2]] = [0, [{ key: 'a', pose }]];
    const held = run([seen, [200, [{ key: 'a', pose }]], [600, []]]);
    expect(held[0]!.opacity).toBe(1);
    expect(held[0]!.position).toEqual(pose.translation);
    const fading = run([seen, [200, [{ key: 'a', pose }]], [900, null]]);
    expect(fading[0]!.opacity).toBeCloseTo(0.5);
    expect(run([seen, [200, [{ key: 'a', pose }]], [1101, null]])).toEqual([]);
  });

  it('tracks several labels independently and keeps identical labels apart left to right', () => {
    const tracks = run([
      [
        0,
        [
          { key: 'apple', pose: makePose({ x: 0.1 }) },
          { key: 'melon', pose: makePose({ x: 0 }) },
          { key: 'apple', pose: makePose({ x: -0.1 }) },
        ],
      ],
    ]);
    const byKey = Object.fromEntries(tracks.map((t) => [t.key, t.position[0]]));
    expect(byKey).toEqual({ apple: -0.1, 'apple#2': 0.1, melon: 0 });
  });

  it('does not change the tracks it is given', () => {
    const first = run([[0, [{ key: 'a', pose: makePose() }]]]);
    const copy = structuredClone(first);
    stepTracks(first, 50, [{ key: 'a', pose: makePose({ x: 0.05 }) }], options);
    expect(first).toEqual(copy);
  });
});
