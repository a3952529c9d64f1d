import type { Point2 } from '../domain/pose';

/** Main thread -> decoding worker. The frame is transferred (not copied) and closed by the worker. */
export type DecoderRequest = { type: 'decode'; id: number; frame: ImageBitmap | VideoFrame };

/**
 * A code found in a frame: its text and corners (top-left, top-right, bottom-right, bottom-left of the code),
 * refined to sub-pixel accuracy.
 */
export interface DecodedCode {
  rawValue: string;
  corners: [Point2, Point2, Point2, Point2];
}

/** Decoding worker -> main thread. */
export type DecoderResponse =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | {
      type: 'decoded';
      id: number;
      codes: DecodedCode[];
      width: number;
      height: number;
      /** Time spent inside the worker on this frame (pixel read-back plus zxing), ms. */
      decodeMs: number;
      /** The pixel read-back part of `decodeMs`. */
      readMs: number;
    };
