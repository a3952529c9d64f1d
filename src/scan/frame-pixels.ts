/**
 * Pixel read-back for the decoding worker. A camera VideoFrame is read with `copyTo`: its first plane (Y of
 * I420/NV12) is already the grey image a QR decoder needs, and copying it avoids the GPU round trip of
 * drawing a GPU-backed bitmap into a canvas. ImageBitmaps (browsers without WebCodecs) go through a
 * CPU-backed canvas.
 */

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let buffer = new Uint8Array(0);

function fromBitmap(frame: ImageBitmap): ImageData | null {
  if (!canvas || canvas.width !== frame.width || canvas.height !== frame.height) {
    canvas = new OffscreenCanvas(frame.width, frame.height);
    context = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!context) return null;
  context.drawImage(frame, 0, 0);
  return context.getImageData(0, 0, frame.width, frame.height);
}

async function fromVideoFrame(frame: VideoFrame): Promise<ImageData | null> {
  const width = frame.displayWidth;
  const height = frame.displayHeight;
  const format = frame.format;
  const rect = frame.visibleRect ?? { x: 0, y: 0, width, height };
  if (!format || rect.width !== width || rect.height !== height) return null;
  const size = frame.allocationSize();
  if (buffer.length < size) buffer = new Uint8Array(size);
  const layout = await frame.copyTo(buffer);
  const image = new ImageData(width, height);
  const out = new Uint32Array(image.data.buffer);
  const plane = layout[0];
  if (!plane) return null;
  if (format.startsWith('I4') || format.startsWith('NV12')) {
    // Grey RGBA from luma: 0xAABBGGRR little-endian with R = G = B = Y.
    for (let y = 0; y < height; y++) {
      const row = plane.offset + y * plane.stride;
      for (let x = 0; x < width; x++) out[y * width + x] = 0xff000000 | (buffer[row + x]! * 0x010101);
    }
    return image;
  }
  if (format === 'RGBA' || format === 'RGBX' || format === 'BGRA' || format === 'BGRX') {
    // Red/blue order hardly matters for black-on-white codes; alpha is forced opaque.
    for (let y = 0; y < height; y++) {
      const row = plane.offset + y * plane.stride;
      image.data.set(buffer.subarray(row, row + width * 4), y * width * 4);
    }
    for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
    return image;
  }
  return null;
}

/** The frame's pixels as RGBA ImageData, or null when the frame cannot be read. */
export async function pixelsOf(frame: ImageBitmap | VideoFrame): Promise<ImageData | null> {
  if (typeof VideoFrame !== 'undefined' && frame instanceof VideoFrame) {
    return fromVideoFrame(frame).catch(() => null);
  }
  return fromBitmap(frame as ImageBitmap);
}

export function frameSize(frame: ImageBitmap | VideoFrame): { width: number; height: number } {
  return 'displayWidth' in frame
    ? { width: frame.displayWidth, height: frame.displayHeight }
    : { width: frame.width, height: frame.height };
}
