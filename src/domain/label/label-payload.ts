/**
 * Shelf-label QR payloads. A label encodes a plain URL on the store's own origin,
 * `<origin>/p/<productId>?shelf=<shelfId>`, so a phone's native camera app opens the product page directly,
 * while the in-app scanner parses the same text and refuses anything that is not one of our labels.
 */

/** Longest payload we accept; a real label is ~60 characters, anything far longer is not ours. */
export const MAX_LABEL_PAYLOAD_LENGTH = 256;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Shelf ids are printed on the label too ("A-03"), so they may use capitals. */
const shelfPattern = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const maxIdLength = 64;

/** Why a scanned or typed code was not accepted as one of our labels. */
export type LabelRejection =
  | 'empty'
  | 'too-long'
  | 'not-a-url'
  | 'unsafe-scheme'
  | 'foreign-origin'
  | 'wrong-path'
  | 'bad-product-id'
  | 'unknown-product'
  | 'bad-shelf-id';

export interface LabelPayload {
  productId: string;
  /** The shelf the label hangs on, when the label names one. */
  shelfId: string | null;
}

export type LabelParseResult =
  | ({ ok: true } & LabelPayload)
  | {
      ok: false;
      reason: LabelRejection;
      /** What was found, for the message ("https://evil.example"). */ detail: string;
    };

export interface LabelParseContext {
  /** The app's own origin, e.g. `https://shop.example` (no trailing slash). */
  origin: string;
  /** Ids of the products in the current catalog. */
  productIds: ReadonlySet<string> | readonly string[];
}

/** True for a catalog-style product id (lowercase slug of at most 64 characters). */
export function isProductIdShape(value: string): boolean {
  return value.length <= maxIdLength && slugPattern.test(value);
}

/** True for a printable shelf id such as `A-03`. */
export function isShelfIdShape(value: string): boolean {
  return value.length <= maxIdLength && shelfPattern.test(value);
}

/**
 * Builds the text encoded in a shelf label's QR code. Throws a RangeError on a malformed origin, product id
 * or shelf id, because a misprinted label is worse than no label.
 */
export function buildLabelPayload(origin: string, productId: string, shelfId?: string | null): string {
  const base = normalizeOrigin(origin);
  if (!base) throw new RangeError(`label origin must be an http(s) origin, got "${origin}"`);
  if (!isProductIdShape(productId)) throw new RangeError(`bad product id "${productId}"`);
  if (shelfId != null && !isShelfIdShape(shelfId)) throw new RangeError(`bad shelf id "${shelfId}"`);
  const payload = `${base}/p/${productId}${shelfId != null ? `?shelf=${shelfId}` : ''}`;
  if (payload.length > MAX_LABEL_PAYLOAD_LENGTH) throw new RangeError('label payload too long');
  return payload;
}

/**
 * Parses a scanned code. Accepts only `http(s)` URLs on `context.origin` whose path is exactly
 * `/p/<known product id>` with an optional `shelf` query parameter; everything else is rejected with the
 * first reason that applies (oversized text is rejected before any URL parsing).
 */
export function parseLabelPayload(raw: string, context: LabelParseContext): LabelParseResult {
  const text = raw.trim();
  if (text.length === 0) return reject('empty', '');
  if (raw.length > MAX_LABEL_PAYLOAD_LENGTH) return reject('too-long', `${raw.length}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (!scheme) return reject('not-a-url', text);
  if (scheme !== 'http' && scheme !== 'https') return reject('unsafe-scheme', `${scheme}:`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return reject('not-a-url', text);
  }
  const expected = normalizeOrigin(context.origin);
  if (!expected || url.origin !== expected || url.username || url.password) {
    return reject('foreign-origin', url.origin);
  }
  const match = /^\/p\/([^/]+)$/.exec(url.pathname);
  if (!match?.[1] || url.hash) return reject('wrong-path', url.pathname + url.hash);
  const productId = match[1];
  if (!isProductIdShape(productId)) return reject('bad-product-id', productId);
  if (!hasId(context.productIds, productId)) return reject('unknown-product', productId);
  const params = [...url.searchParams.keys()];
  if (params.some((key) => key !== 'shelf') || url.searchParams.getAll('shelf').length > 1) {
    return reject('wrong-path', url.search);
  }
  const shelfId = url.searchParams.get('shelf');
  if (shelfId !== null && !isShelfIdShape(shelfId)) return reject('bad-shelf-id', shelfId);
  return { ok: true, productId, shelfId };
}

/**
 * Parses what a shopper typed into the manual entry field: the product code printed under the QR
 * (the product id, any letter case, surrounding spaces ignored) or a whole label URL.
 */
export function parseManualCode(typed: string, context: LabelParseContext): LabelParseResult {
  const text = typed.trim();
  if (text.length === 0) return reject('empty', '');
  if (text.length > MAX_LABEL_PAYLOAD_LENGTH) return reject('too-long', `${text.length}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return parseLabelPayload(text, context);
  const productId = text.toLowerCase();
  if (!isProductIdShape(productId)) return reject('bad-product-id', text);
  if (!hasId(context.productIds, productId)) return reject('unknown-product', productId);
  return { ok: true, productId, shelfId: null };
}

/** `https://Shop.Example:443/` -> `https://shop.example`; null for anything that is not an http(s) origin. */
function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

function hasId(ids: ReadonlySet<string> | readonly string[], id: string): boolean {
  return ids instanceof Set ? ids.has(id) : (ids as readonly string[]).includes(id);
}

function reject(reason: LabelRejection, detail: string): LabelParseResult {
  // Cap the echoed text: it is shown to the shopper and a hostile code may be long or odd.
  return { ok: false, reason, detail: detail.slice(0, 80) };
}
