export type DotLevel = 'ok' | 'warn' | 'error';

const rank: Record<DotLevel, number> = { ok: 0, warn: 1, error: 2 };

/** The more serious of two levels. */
export const worstLevel = (a: DotLevel, b: DotLevel): DotLevel => (rank[a] >= rank[b] ? a : b);

/**
 * How worried staff should be by the age of the last confirmation: fine within two poll intervals (one poll
 * may fail or run late), amber after that, red after six (with the default 5 minutes: 10 and 30 minutes). A
 * screen never confirmed is amber. However healthy the last answer looked, old prices never stay green.
 */
export function priceAgeLevel(confirmedAt: string | null, now: Date, refreshMs: number): DotLevel {
  const at = confirmedAt ? Date.parse(confirmedAt) : Number.NaN;
  if (Number.isNaN(at)) return 'warn';
  const age = now.getTime() - at;
  return age > 6 * refreshMs ? 'error' : age > 2 * refreshMs ? 'warn' : 'ok';
}
