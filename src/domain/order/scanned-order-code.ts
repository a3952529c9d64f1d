import { decodeOrderCode } from './order-code';
import { decodeServerOrderCode } from './server-order-code';

/** A counter link: any origin, today's `/counter` or a store-prefixed `/s/<store>/counter`, with `#o=<code>`. */
const counterLink = /^https?:\/\/[^/\s]+(?:\/s\/[a-z0-9-]+)?\/counter\/?#o=([^&#\s]+)$/u;

/**
 * The order code in a QR the counter's camera read, or null when the QR is something else (a shelf label,
 * another site's link, a stray code in view). A counter link hands over its code even when the code is damaged
 * or forged, so the counter can say what is wrong with it; bare text counts only when it is a well-formed
 * order code (the shopper's local code or a store-signed one), so an unrelated QR never shows as a bad order.
 */
export function orderCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  const link = counterLink.exec(trimmed);
  if (link?.[1]) {
    try {
      return decodeURIComponent(link[1]);
    } catch {
      return link[1];
    }
  }
  // The decoders also read `o=` out of any link; a bare code must be the whole text.
  const server = decodeServerOrderCode(trimmed);
  if (server.ok) return server.value.code === trimmed ? trimmed : null;
  const local = decodeOrderCode(trimmed);
  return local.ok && local.code === trimmed ? trimmed : null;
}
