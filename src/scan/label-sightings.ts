import type { Intrinsics, Point2, Pose } from '../domain/pose';

/** One of our labels in one decoded frame. */
export interface LabelSighting {
  /** The code's text: identifies the label across frames. */
  key: string;
  productId: string;
  corners: Point2[];
  /** Null when the corners gave no usable pose (too small, too oblique). */
  pose: Pose | null;
}

export interface FrameSightings {
  /** performance.now() when the decoder answered. */
  at: number;
  intrinsics: Intrinsics;
  sightings: LabelSighting[];
  /** Every code in the frame, ours or not, for the outlines drawn over the video. */
  outlines: { corners: Point2[]; ours: boolean }[];
}

/**
 * The latest decoded frame's labels, handed from the scanner to the camera-AR scene without React state:
 * the scene reads it in its frame loop and advances its own tracks.
 */
let latest: FrameSightings | null = null;
let version = 0;
const listeners = new Set<(frame: FrameSightings | null) => void>();

export function publishSightings(frame: FrameSightings): void {
  latest = frame;
  version += 1;
  listeners.forEach((listener) => listener(frame));
}

/** Calls `listener` with every decoded frame (and null when cleared); returns the unsubscribe function. */
export function subscribeSightings(listener: (frame: FrameSightings | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readSightings(): { frame: FrameSightings | null; version: number } {
  return { frame: latest, version };
}

export function clearSightings(): void {
  latest = null;
  version += 1;
  listeners.forEach((listener) => listener(null));
}
