import QRCode from 'qrcode';
import { LABEL_ERROR_CORRECTION } from '../domain/label';

/** The modules of a QR symbol, without quiet zone: `dark(row, col)` for 0 <= row, col < size. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

/**
 * The QR module matrix for a label payload, computed in plain JavaScript (no canvas, no DOM), so the
 * merchant's label sheet, the tests' synthetic camera videos and Node tools all print identical codes.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: LABEL_ERROR_CORRECTION });
  const { size, data } = modules;
  return { size, dark: (row, col) => data[row * size + col] === 1 };
}

/**
 * SVG path data drawing every dark module as a unit square (one `M x y h1 v1 h-1 z` run per horizontal
 * stretch of dark modules), offset by `margin` modules: a label page sets it as a `<path d>` in a
 * `viewBox` of `size + 2 * margin`, no canvas and no HTML strings.
 */
export function qrPathData(matrix: QrMatrix, margin = 0): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark(row, col)) col += 1;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
