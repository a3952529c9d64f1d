import { registerDiagnostic } from '../app/diagnostics';
import type { LabelRejection } from '../domain/label';
import type { Point2 } from '../domain/pose';

export interface CodeDiagnostic {
  rawValue: string;
  corners: Point2[];
  productId: string | null;
  reason: LabelRejection | null;
}

export interface AnchorDiagnostic {
  key: string;
  productId: string;
  /** The label's code centre (the anchor) projected through the AR camera, in CSS pixels of the page. */
  screen: [number, number];
  /** The same point in video pixels (what a test knows about the label it drew). */
  video: [number, number];
  /** A point inside the product standing on the label, CSS pixels (where a tap selects it). */
  product: [number, number];
  opacity: number;
  /** Smoothed pose: label centre in camera space (metres) and rotation quaternion [x, y, z, w]. */
  position: [number, number, number];
  quaternion: [number, number, number, number];
}

/** What `window.shelfsight.scan` shows (with `?debug=1`): written by the scanner, read by tests and support. */
export const scanDiagnostics = {
  status: 'idle' as string,
  video: null as { width: number; height: number } | null,
  wasmLoadMs: 0,
  decodedFrames: 0,
  /** Worker time per frame for the last 300 frames, ms. */
  decodeMs: [] as number[],
  /** The pixel read-back part of each `decodeMs` sample, ms. */
  readMs: [] as number[],
  codes: [] as CodeDiagnostic[],
  anchors: [] as AnchorDiagnostic[],
  torch: false,
};

export function recordDecodeTime(decodeMs: number, readMs: number): void {
  scanDiagnostics.decodedFrames += 1;
  scanDiagnostics.decodeMs.push(decodeMs);
  scanDiagnostics.readMs.push(readMs);
  if (scanDiagnostics.decodeMs.length > 300) scanDiagnostics.decodeMs.shift();
  if (scanDiagnostics.readMs.length > 300) scanDiagnostics.readMs.shift();
}

registerDiagnostic('scan', () => structuredClone(scanDiagnostics));
