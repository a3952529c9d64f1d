import { crc32 } from './checksum';

/**
 * An order code issued by the store server: `2.<storeId>.<order id, base 36>.<signature>.<crc>`. The
 * signature is the server's HMAC over `2.<storeId>.<id>` with a per-store secret (only the server can make or
 * check it); the CRC-32 over everything before it catches mis-scans and typos before the server is asked.
 */
export interface ServerOrderCode {
  storeId: string;
  orderId: number;
  /** The text the signature covers. */
  signed: string;
  signature: string;
  code: string;
}

export type ServerOrderCodeProblem = 'empty' | 'too-long' | 'format' | 'checksum';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const maxLength = 200;

/** The text a store server signs for an order. */
export function signedOrderText(storeId: string, orderId: number): string {
  return `2.${storeId}.${orderId.toString(36)}`;
}

export function encodeServerOrderCode(storeId: string, orderId: number, signature: string): string {
  const body = `${signedOrderText(storeId, orderId)}.${signature}`;
  return `${body}.${crc32(body).toString(36)}`;
}

/** Parses a server order code (or a URL whose fragment carries `o=<code>`); never throws. */
export function decodeServerOrderCode(
  input: string,
): { ok: true; value: ServerOrderCode } | { ok: false; problem: ServerOrderCodeProblem } {
  let text = input.trim();
  const fragment = /[#&?]o=([^&#\s]+)/u.exec(text);
  if (fragment?.[1]) {
    try {
      text = decodeURIComponent(fragment[1]);
    } catch {
      return { ok: false, problem: 'format' };
    }
  }
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > maxLength) return { ok: false, problem: 'too-long' };
  const parts = text.split('.');
  if (parts.length !== 5 || parts[0] !== '2') return { ok: false, problem: 'format' };
  const [, storeId, idText, signature, crcText] = parts as [string, string, string, string, string];
  if (
    !slug.test(storeId) ||
    !/^[0-9a-z]{1,12}$/u.test(idText) ||
    !/^[A-Za-z0-9_-]{16,64}$/u.test(signature)
  ) {
    return { ok: false, problem: 'format' };
  }
  const body = parts.slice(0, 4).join('.');
  if (crc32(body).toString(36) !== crcText) return { ok: false, problem: 'checksum' };
  const orderId = parseInt(idText, 36);
  if (!Number.isSafeInteger(orderId) || orderId <= 0) return { ok: false, problem: 'format' };
  return {
    ok: true,
    value: { storeId, orderId, signed: parts.slice(0, 3).join('.'), signature, code: text },
  };
}

// Short codes people read out at the counter ("8YX-AC7"): the order id through a fixed permutation of
// 31^6 values, in an alphabet without look-alikes (0/O, 1/I/L), so consecutive orders do not look alike and
// every id below 887,503,681 has its own code.
const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const space = 31n ** 6n;
const multiplier = 387_420_489n; // 3^18: coprime with 31
const offset = 123_456_789n;

function inverse(value: bigint, modulus: bigint): bigint {
  let [a, b, x, y] = [value % modulus, modulus, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b, x, y] = [b, a - q * b, y, x - q * y];
  }
  return ((x % modulus) + modulus) % modulus;
}
const multiplierInverse = inverse(multiplier, space);

/** The short code of a server order id. */
export function shortCodeForOrder(orderId: number): string {
  let value = (BigInt(orderId) * multiplier + offset) % space;
  let text = '';
  for (let i = 0; i < 6; i += 1) {
    text = alphabet[Number(value % 31n)]! + text;
    value /= 31n;
  }
  return `${text.slice(0, 3)}-${text.slice(3)}`;
}

/** The order id a short code stands for, or null when the text is no short code. Case and dashes are ignored. */
export function orderIdForShortCode(input: string): number | null {
  const text = input.trim().toUpperCase().replace(/[-\s]/gu, '');
  if (!/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/u.test(text)) return null;
  let value = 0n;
  for (const char of text) value = value * 31n + BigInt(alphabet.indexOf(char));
  const id = Number((((((value - offset) % space) + space) % space) * multiplierInverse) % space);
  return id > 0 ? id : null;
}
