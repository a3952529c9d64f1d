/** The money rule of a threshold-like promotion: 满 thresholdFen 减 offFen, once or 每满 (repeating). */
export interface Tier {
  thresholdFen: number;
  offFen: number;
  repeat: boolean;
  maxOffFen?: number | undefined;
}

/**
 * The reduction a tier grants on `baseFen`, before any cap by what is left to pay. Repeating tiers grant
 * `offFen` per full `thresholdFen`, limited by `maxOffFen`. A zero threshold (a no-minimum coupon) always
 * grants `offFen` once.
 */
export function tierOff(tier: Tier, baseFen: number): number {
  const times =
    tier.thresholdFen === 0
      ? 1
      : tier.repeat
        ? Math.floor(baseFen / tier.thresholdFen)
        : baseFen >= tier.thresholdFen
          ? 1
          : 0;
  const off = times * tier.offFen;
  return tier.maxOffFen === undefined ? off : Math.min(off, tier.maxOffFen);
}

/**
 * The next tier above `baseFen`: how much more eligible spend reaches it, how much more it takes off, and
 * what it takes off in all.
 * null when the tier is already at its best (reached once, or capped by `maxOffFen`).
 */
export function nextTier(
  tier: Tier,
  baseFen: number,
): { addFen: number; saveFen: number; offFen: number } | null {
  const now = tierOff(tier, baseFen);
  if (tier.thresholdFen === 0) return null;
  if (!tier.repeat && baseFen >= tier.thresholdFen) return null;
  const target = tier.repeat
    ? (Math.floor(baseFen / tier.thresholdFen) + 1) * tier.thresholdFen
    : tier.thresholdFen;
  if (!Number.isSafeInteger(target)) return null;
  const offFen = tierOff(tier, target);
  return offFen > now ? { addFen: target - baseFen, saveFen: offFen - now, offFen } : null;
}
