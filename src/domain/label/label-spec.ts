/**
 * The printed shelf-label specification. Camera AR measures distance from the code's apparent size, so the
 * printed size is part of the contract between the label printer and the app.
 */

/**
 * Default side of the printed QR symbol in millimetres: outer edge of the finder patterns to outer edge,
 * not counting the white quiet zone around it. A store may override it with `store.labelCodeSizeMm`.
 */
export const DEFAULT_LABEL_CODE_SIZE_MM = 30;

/** White margin around the symbol, in modules; the QR standard asks for four. */
export const LABEL_QUIET_ZONE_MODULES = 4;

/** Error correction for labels: "M" (15 %) survives shelf glare and a scuffed corner at a small version. */
export const LABEL_ERROR_CORRECTION = 'M' as const;

/** The code side in metres for a catalog store (falls back to the default when the store does not say). */
export function labelCodeSizeMetres(
  store: { labelCodeSizeMm?: number | undefined } | null | undefined,
): number {
  const mm = store?.labelCodeSizeMm ?? DEFAULT_LABEL_CODE_SIZE_MM;
  return mm / 1000;
}
