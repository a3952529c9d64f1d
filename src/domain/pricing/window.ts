/** A promotion window in epoch milliseconds, `[startMs, endMs)`. */
export interface WindowMs {
  startMs: number;
  endMs: number;
}

// Strings must name an absolute instant: a date-time without an offset would be read in whatever time
// zone the device happens to be in, and a kiosk in Urumqi set to UTC+6 would price the wrong hour.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Reads the pricing instant: a valid Date, or an ISO-8601 date-time string with an offset. Returns epoch
 * milliseconds, or null for anything else (invalid Date, offset-less or unparsable string, other types).
 */
export function parseInstant(at: unknown): number | null {
  if (at instanceof Date) {
    const ms = at.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  if (typeof at !== 'string' || !ISO_INSTANT.test(at.trim())) return null;
  const ms = Date.parse(at.trim());
  return Number.isFinite(ms) ? ms : null;
}

/**
 * True when `atMs` lies in `[startMs, endMs)`: the start instant is active, the end instant is not, so a
 * promotion ending at 00:00:00 and the next one starting at 00:00:00 never overlap. Unparsable window
 * bounds (NaN) make the window inactive.
 */
export function isActive(window: WindowMs, atMs: number): boolean {
  return window.startMs <= atMs && atMs < window.endMs;
}
