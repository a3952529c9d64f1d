import type { Pose } from './camera';
import type { Vec3 } from './linear';
import { matrixFromQuat, quatFromMatrix, slerp, type Quat } from './rotation';

export interface TrackerOptions {
  /** Time constant of the exponential smoothing, ms: larger is steadier but lags more. */
  smoothingMs: number;
  /** How long a label that stopped being decoded keeps its last pose at full opacity, ms. */
  holdMs: number;
  /** Fade-out after the hold, ms; the track is dropped when it ends. */
  fadeMs: number;
  /** Fade-in of a newly seen label, ms. */
  fadeInMs: number;
  /** A jump farther than this (metres) is a different placement, not jitter: snap instead of gliding. */
  snapDistance: number;
}

export const DEFAULT_TRACKER_OPTIONS: TrackerOptions = {
  smoothingMs: 90,
  holdMs: 700,
  fadeMs: 500,
  fadeInMs: 150,
  snapDistance: 0.1,
};

/** One decoded label in one frame. `key` identifies the label (its payload text). */
export interface Observation {
  key: string;
  pose: Pose;
}

export interface Track {
  key: string;
  position: Vec3;
  quaternion: Quat;
  firstSeenAt: number;
  lastSeenAt: number;
  /** 0..1: fades in when first seen and out once the label has been missing for longer than the hold. */
  opacity: number;
}

/** The track's smoothed pose as a rotation matrix and translation. */
export function trackPose(track: Track): Pose {
  return { rotation: matrixFromQuat(track.quaternion), translation: track.position };
}

/**
 * Advances the label tracks to `now` (ms). With `observations` (the labels decoded in one frame) each
 * known track glides towards its new pose and unknown labels start new tracks; without them (a render tick,
 * or a frame that missed every code) tracks only hold and fade. Identical labels in one frame get keys
 * `key`, `key#2`, ... from left to right. Pure: returns new tracks, the input is not changed.
 */
export function stepTracks(
  tracks: readonly Track[],
  now: number,
  observations: readonly Observation[] | null,
  options: TrackerOptions = DEFAULT_TRACKER_OPTIONS,
): Track[] {
  const seen = new Map<string, Pose>();
  for (const observation of disambiguate(observations ?? [])) seen.set(observation.key, observation.pose);
  const next: Track[] = [];
  for (const track of tracks) {
    const pose = seen.get(track.key);
    if (pose) {
      seen.delete(track.key);
      next.push(follow(track, pose, now, options));
    } else {
      const faded = withOpacity(track, now, options);
      if (faded.opacity > 0) next.push(faded);
    }
  }
  for (const [key, pose] of seen) {
    next.push({
      key,
      position: pose.translation,
      quaternion: quatFromMatrix(pose.rotation),
      firstSeenAt: now,
      lastSeenAt: now,
      opacity: options.fadeInMs > 0 ? 0 : 1,
    });
  }
  return next;
}

function follow(track: Track, pose: Pose, now: number, options: TrackerOptions): Track {
  const dt = Math.max(0, now - track.lastSeenAt);
  const target = pose.translation;
  const jump = Math.hypot(
    target[0] - track.position[0],
    target[1] - track.position[1],
    target[2] - track.position[2],
  );
  const alpha =
    jump > options.snapDistance || options.smoothingMs <= 0 ? 1 : 1 - Math.exp(-dt / options.smoothingMs);
  const position: Vec3 = [
    track.position[0] + (target[0] - track.position[0]) * alpha,
    track.position[1] + (target[1] - track.position[1]) * alpha,
    track.position[2] + (target[2] - track.position[2]) * alpha,
  ];
  const quaternion = slerp(track.quaternion, quatFromMatrix(pose.rotation), alpha);
  return withOpacity({ ...track, position, quaternion, lastSeenAt: now }, now, options);
}

function withOpacity(track: Track, now: number, options: TrackerOptions): Track {
  const fadeIn = options.fadeInMs > 0 ? Math.min(1, (now - track.firstSeenAt) / options.fadeInMs) : 1;
  const missing = now - track.lastSeenAt - options.holdMs;
  const fadeOut = missing <= 0 ? 1 : options.fadeMs > 0 ? Math.max(0, 1 - missing / options.fadeMs) : 0;
  return { ...track, opacity: Math.max(0, Math.min(fadeIn, fadeOut)) };
}

function disambiguate(observations: readonly Observation[]): Observation[] {
  const byKey = new Map<string, Observation[]>();
  for (const observation of observations) {
    const list = byKey.get(observation.key) ?? [];
    list.push(observation);
    byKey.set(observation.key, list);
  }
  const out: Observation[] = [];
  for (const [key, list] of byKey) {
    // Left to right in the camera image is a stable order while the phone moves smoothly.
    const sorted = [...list].sort(
      (a, b) => a.pose.translation[0] / a.pose.translation[2] - b.pose.translation[0] / b.pose.translation[2],
    );
    sorted.forEach((observation, index) =>
      out.push({ key: index === 0 ? key : `${key}#${index + 1}`, pose: observation.pose }),
    );
  }
  return out;
}
