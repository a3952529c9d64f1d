/**
 * The unit price after `percent`% off, rounded half up to the fen. Splits the price into whole yuan and
 * fen so the products stay far below 2^53 for any safe-integer price: exact integer math, no floats.
 *
 * @example percentOffUnitFen(7990, 20) // 6392
 */
export function percentOffUnitFen(listFen: number, percent: number): number {
  const keep = 100 - percent;
  const yuan = Math.floor(listFen / 100);
  const rest = listFen - yuan * 100;
  return yuan * keep + Math.floor((rest * keep * 2 + 100) / 200);
}

/**
 * Whole percent saved from `listFen` down to `priceFen`, rounded half up, so a 20%-off tag says 20 (not
 * 19.99 floored to 19). 0 when nothing is saved.
 */
export function percentSaved(listFen: number, priceFen: number): number {
  if (listFen <= 0 || priceFen >= listFen) return 0;
  const saved = listFen - priceFen;
  return Math.floor((saved * 200 + listFen) / (listFen * 2));
}

/** Formats fen as yuan for messages: `¥8.90`. Display formatting proper belongs to i18n. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}¥${Math.floor(abs / 100)}.${fraction}`;
}
