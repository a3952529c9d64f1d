import { useMemo } from 'react';
import { create } from 'qrcode';

export interface QrCodeProps {
  text: string;
  /** CSS size of the whole symbol including its quiet zone, e.g. "240px" or "30mm". */
  size: string;
  title: string;
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  testId?: string;
}

const quietZone = 4;

/** One SVG path of all dark modules: crisp at any size, printable, and no HTML strings involved. */
function modulePath(text: string, errorCorrection: QrCodeProps['errorCorrection']) {
  const { modules } = create(text, { errorCorrectionLevel: errorCorrection });
  const commands: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) commands.push(`M${col + quietZone} ${row + quietZone}h1v1h-1z`);
    }
  }
  return { path: commands.join(''), extent: modules.size + quietZone * 2 };
}

/** A QR code generated on the device (no network, no canvas), as SVG. */
export function QrCode({ text, size, title, errorCorrection = 'M', testId }: QrCodeProps) {
  const { path, extent } = useMemo(() => modulePath(text, errorCorrection), [text, errorCorrection]);
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${extent} ${extent}`}
      width={size}
      height={size}
      role="img"
      aria-label={title}
      data-testid={testId}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
