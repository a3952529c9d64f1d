/**
 * The store's wall clock. Asia/Shanghai has been UTC+08:00 all year since 1991 (no daylight saving), so a
 * fixed offset is exact and keeps these helpers pure (no Intl time-zone data needed).
 */
const offsetMs = 8 * 60 * 60 * 1000;
const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * An instant as the `YYYY-MM-DDTHH:mm` text of a `datetime-local` field on the store's clock, whatever time
 * zone the merchant's computer is set to. Returns '' for an unparsable instant.
 */
export function toShanghaiLocal(at: Date | string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (!Number.isFinite(ms)) return '';
  return new Date(ms + offsetMs).toISOString().slice(0, 16);
}

/**
 * Reads a `datetime-local` value as Shanghai wall-clock time and returns the absolute instant as the catalog
 * writes it (`2026-11-11T00:00:00+08:00`), or null for text that is not a real date-time.
 */
export function fromShanghaiLocal(local: string): string | null {
  const match = localPattern.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}+08:00`;
  const ms = Date.parse(iso);
  // Date.parse rolls 2026-02-30 over to March; a real date reads back the same.
  if (!Number.isFinite(ms) || toShanghaiLocal(new Date(ms)) !== `${year}-${month}-${day}T${hour}:${minute}`) {
    return null;
  }
  return iso;
}
