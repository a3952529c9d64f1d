const yuanPattern = /^(\d{1,13})(?:\.(\d{0,2}))?$/;

/**
 * Reads an amount a merchant typed in yuan ("49.9", "¥49.90", "49") as integer fen, from the digits of the
 * text (no floating point). Returns null for anything else, including more than two decimals.
 */
export function parseYuanText(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/,/g, '');
  const match = yuanPattern.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Integer fen as the plain yuan text an input field shows ("49.90"); non-integers come back as typed. */
export function fenToYuanText(fen: unknown): string {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) return fen == null ? '' : String(fen);
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
