import { crc32 } from './checksum';
import type { CartLine } from '../cart/cart-lines';

/** What a shopper's order code carries to the counter: enough to re-quote it with the same engine. */
export interface OrderPayload {
  storeId: string;
  /** The catalog version the quote was made with (its `updatedAt`). */
  catalogUpdatedAt: string;
  /** The instant the shopper's total was quoted. */
  quotedAt: string;
  lines: CartLine[];
  coupons: string[];
  /** The total the shopper saw, integer fen. */
  totalFen: number;
}

export type OrderCodeProblem = 'empty' | 'too-long' | 'format' | 'version' | 'checksum' | 'invalid';

export type DecodedOrder =
  | {
      ok: true;
      payload: OrderPayload;
      shortCode: string;
      /** The bare code, no URL around it. */ code: string;
    }
  | { ok: false; problem: OrderCodeProblem };

/** Longer codes make QR codes too dense to scan from a phone screen at the counter. */
export const maxOrderCodeLength = 600;
const version = '1';
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const couponCode = /^[A-Z0-9]{1,20}$/;

const toBase36Seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
const fromBase36Seconds = (text: string) => new Date(parseInt(text, 36) * 1000).toISOString();

/** The canonical text of a payload: lines sorted by product, coupons sorted, times in whole seconds. */
function canonicalBody(payload: OrderPayload): string {
  const lines = [...payload.lines]
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
    .map((line) => `${line.productId}*${line.qty}`)
    .join(',');
  const coupons = [...payload.coupons].sort().join(',');
  return [
    version,
    payload.storeId,
    toBase36Seconds(payload.catalogUpdatedAt),
    toBase36Seconds(payload.quotedAt),
    lines,
    coupons,
    payload.totalFen.toString(36),
  ].join('.');
}

/** A short code people can read out ("7KQ-2M9"), derived from the checksum so both screens show the same. */
export function shortOrderCode(checksum: number): string {
  const text = checksum.toString(36).toUpperCase().padStart(7, '0').slice(-6);
  return `${text.slice(0, 3)}-${text.slice(3)}`;
}

/**
 * Encodes an order as URL-safe text: `1.<store>.<catalog>.<quotedAt>.<id*qty,…>.<coupons>.<total>.<crc>`.
 * The CRC-32 over the canonical body catches mistakes and casual edits; it is integrity, not security.
 */
export function encodeOrderCode(payload: OrderPayload): string {
  const body = canonicalBody(payload);
  return `${body}.${crc32(body).toString(36)}`;
}

/** The lines of a code: at least one (a 0-line order could be "paid"), each 1–99 (maxLineQty, the cart stepper). */
function parseLines(text: string): CartLine[] | null {
  if (text === '') return null;
  const lines: CartLine[] = [];
  for (const part of text.split(',')) {
    const [productId, qtyText, extra] = part.split('*');
    const qty = Number(qtyText);
    if (extra !== undefined || !productId || !slug.test(productId) || !/^[1-9]\d?$/.test(qtyText ?? '')) {
      return null;
    }
    lines.push({ productId, qty });
  }
  return lines;
}

/**
 * Parses and checks an order code (or a URL whose fragment carries `o=<code>`). Never throws: a damaged,
 * edited or foreign code comes back as a problem the counter can explain.
 */
export function decodeOrderCode(input: string): DecodedOrder {
  let text = input.trim();
  const fragment = text.match(/[#&?]o=([^&#\s]+)/);
  if (fragment?.[1]) {
    // A link cut short or edited by hand (`#o=%`, `#o=%E0%A4%A`) is a damaged code, not a crash.
    try {
      text = decodeURIComponent(fragment[1]);
    } catch {
      return { ok: false, problem: 'format' };
    }
  }
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > maxOrderCodeLength) return { ok: false, problem: 'too-long' };
  const parts = text.split('.');
  if (parts.length !== 8) return { ok: false, problem: 'format' };
  const [ver, storeId, catalogAt, quotedAt, linesText, couponsText, totalText, crcText] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (ver !== version) return { ok: false, problem: 'version' };
  const body = parts.slice(0, 7).join('.');
  const checksum = crc32(body);
  if (checksum.toString(36) !== crcText) return { ok: false, problem: 'checksum' };
  const lines = parseLines(linesText);
  const coupons = couponsText === '' ? [] : couponsText.split(',');
  const totalFen = parseInt(totalText, 36);
  const valid =
    slug.test(storeId) &&
    lines !== null &&
    coupons.every((code) => couponCode.test(code)) &&
    /^[0-9a-z]{1,8}$/.test(totalText) &&
    /^[0-9a-z]{1,8}$/.test(catalogAt) &&
    /^[0-9a-z]{1,8}$/.test(quotedAt);
  if (!valid || lines === null) return { ok: false, problem: 'invalid' };
  return {
    ok: true,
    payload: {
      storeId,
      catalogUpdatedAt: fromBase36Seconds(catalogAt),
      quotedAt: fromBase36Seconds(quotedAt),
      lines,
      coupons,
      totalFen,
    },
    shortCode: shortOrderCode(checksum),
    code: text,
  };
}

/** The short code of an encoded order, for display next to its QR. */
export function shortCodeOf(code: string): string {
  const crcText = code.slice(code.lastIndexOf('.') + 1);
  return shortOrderCode(parseInt(crcText, 36));
}
