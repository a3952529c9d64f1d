import { storeTimeZone, type Locale } from './locale';

const moneyFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats integer fen as CNY at the display edge. Money stays integer fen everywhere else; the division by
 * 100 happens only here, where the result is text.
 */
export function formatFen(fen: number, locale: Locale): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatFen needs integer fen, got ${fen}`);
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });
    moneyFormats.set(locale, format);
  }
  return format.format(fen / 100);
}

/** Formats an instant in the store's time zone (Asia/Shanghai), e.g. "11月11日 00:00". */
export function formatInstant(at: Date | string, locale: Locale, style: 'short' | 'long' = 'short'): string {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: storeTimeZone,
      ...(style === 'long' ? { year: 'numeric' } : {}),
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateFormats.set(key, format);
  }
  return format.format(typeof at === 'string' ? new Date(at) : at);
}
