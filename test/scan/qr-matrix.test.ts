import { describe, expect, it } from 'vitest';
import { buildLabelPayload } from '../../src/domain/label';
import { qrMatrix, qrPathData } from '../../src/scan/qr-matrix';

describe('label QR matrix', () => {
  const text = buildLabelPayload('https://shop.example', 'aksu-apple', 'A-01');

  it('has the finder patterns in three corners and a light separator around them', () => {
    const matrix = qrMatrix(text);
    expect(matrix.size).toBeGreaterThanOrEqual(21);
    const last = matrix.size - 1;
    for (const [row, col] of [
      [0, 0],
      [0, last - 6],
      [last - 6, 0],
    ] as const) {
      expect(matrix.dark(row, col)).toBe(true);
      expect(matrix.dark(row + 6, col + 6)).toBe(true);
      expect(matrix.dark(row + 3, col + 3)).toBe(true);
      expect(matrix.dark(row + 1, col + 1)).toBe(false);
    }
    expect(matrix.dark(7, 7)).toBe(false);
  });

  it('is deterministic, so a reprinted label carries the same code', () => {
    const a = qrMatrix(text);
    const b = qrMatrix(text);
    const cells = (m: typeof a) =>
      Array.from({ length: m.size * m.size }, (_, i) => m.dark(Math.floor(i / m.size), i % m.size));
    expect(cells(a)).toEqual(cells(b));
  });

  it('draws exactly the dark modules as SVG path runs', () => {
    const matrix = qrMatrix(text);
    const path = qrPathData(matrix, 4);
    let area = 0;
    for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      const [x, y, width] = [Number(match[1]), Number(match[2]), Number(match[3])];
      for (let col = x; col < x + width; col++) expect(matrix.dark(y - 4, col - 4)).toBe(true);
      area += width;
    }
    let dark = 0;
    for (let row = 0; row < matrix.size; row++)
      for (let col = 0; col < matrix.size; col++) dark += +matrix.dark(row, col);
    expect(area).toBe(dark);
  });
});
