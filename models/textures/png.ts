import { PNG } from 'pngjs';

/** An sRGB colour with channels 0..255. */
export type Rgb = [number, number, number];

/**
 * Encodes a `width` x `height` PNG from a per-pixel function. Textures are computed, never loaded, and
 * saved without alpha at the highest deflate level because every byte counts against the 40 KB budget.
 * `gray` stores one channel (the mean of r, g, b): a third of the data, for patterns a material's
 * baseColorFactor tints.
 */
export function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => Rgb,
  { gray = false } = {},
): Uint8Array {
  const colorType = gray ? 0 : 2;
  const png = new PNG({ width, height, colorType });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const i = (y * width + x) * 4;
      png.data[i] = clampByte(r);
      png.data[i + 1] = clampByte(g);
      png.data[i + 2] = clampByte(b);
      png.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png, { colorType, deflateLevel: 9 }));
}

function clampByte(value: number): number {
  return Math.max(0, Math.min(255, Math.round(value)));
}

/** Linear blend of two colours, t in [0, 1]. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const k = Math.max(0, Math.min(1, t));
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k, a[2] + (b[2] - a[2]) * k];
}

/** Parses '#rrggbb'. */
export function hex(value: string): Rgb {
  const n = parseInt(value.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
