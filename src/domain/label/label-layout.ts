import { LABEL_QUIET_ZONE_MODULES } from './label-spec';

/** Axis-aligned rectangle in millimetres on the label: `x, y` is the bottom-left corner, y points up. */
export interface LabelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Geometry of a printed shelf label, in millimetres, with the origin at the centre of the QR symbol (the
 * point camera AR anchors on). Left: the code in its quiet zone with the product code printed under it;
 * right: the product name and price panel.
 */
export interface LabelLayout {
  codeSizeMm: number;
  moduleMm: number;
  card: LabelRect;
  /** The QR symbol itself (what the decoder's corner points outline). */
  code: LabelRect;
  /** Where the product code is printed for manual entry. */
  codeText: LabelRect;
  /** Name, price and promotion panel. */
  info: LabelRect;
}

/**
 * Lays out a label for a code of `codeSizeMm` with `modules` modules per side. Throws a RangeError for a
 * size that cannot be printed (non-positive, or modules smaller than 0.25 mm, below what shelf printers hold).
 */
export function labelLayout(codeSizeMm: number, modules: number): LabelLayout {
  if (!(codeSizeMm > 0) || !Number.isInteger(modules) || modules < 21) {
    throw new RangeError(`bad label code size ${codeSizeMm} mm / ${modules} modules`);
  }
  const moduleMm = codeSizeMm / modules;
  if (moduleMm < 0.25) throw new RangeError(`modules of ${moduleMm.toFixed(2)} mm are too small to print`);
  const half = codeSizeMm / 2;
  const quiet = LABEL_QUIET_ZONE_MODULES * moduleMm;
  const textHeight = codeSizeMm * 0.22;
  const infoWidth = codeSizeMm * 1.3;
  const left = -half - quiet;
  const top = half + quiet;
  const bottom = -half - quiet - textHeight;
  const codeRight = half + quiet;
  return {
    codeSizeMm,
    moduleMm,
    card: { x: left, y: bottom, width: codeRight + infoWidth - left, height: top - bottom },
    code: { x: -half, y: -half, width: codeSizeMm, height: codeSizeMm },
    codeText: { x: left, y: bottom, width: codeRight - left, height: textHeight + quiet / 2 },
    info: { x: codeRight, y: bottom, width: infoWidth, height: top - bottom },
  };
}
