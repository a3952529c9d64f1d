import type { CatalogIndex, Timed } from './catalog-index';
import { applyReduction, baseFen, eligibleLines, remainingFen, type Ledger, type LedgerLine } from './ledger';
import { nextTier, tierOff, type Tier } from './tiers';
import type { AppliedPromotion, Hint, Localized, OrderLevelKind } from './types';
import { isActive } from './window';

type TierPromotion = Tier & { id: string; label: Localized; productIds?: string[] | undefined };

interface Candidate {
  promotion: TierPromotion;
  lines: LedgerLine[];
  fen: number;
  nominalFen: number;
}

/**
 * Among active tier promotions of one kind, applies the one that takes most off right now (ties: lower
 * id), capped by what its eligible lines still have to pay. Every active one not at its best adds a hint;
 * since only one of a kind applies, the hinted saving is what its next tier takes off beyond the one
 * applied now. Returns the applied promotion, if any reduction resulted.
 */
export function applyBestTier(
  ledger: Ledger,
  index: CatalogIndex,
  entries: readonly Timed<TierPromotion>[],
  kind: OrderLevelKind,
  atMs: number,
  hints: Hint[],
): AppliedPromotion | null {
  let best: Candidate | null = null;
  const upcoming: { promotion: TierPromotion; addFen: number; offFen: number }[] = [];
  for (const entry of entries) {
    if (!isActive(entry, atMs)) continue;
    const promotion = entry.promotion;
    const lines = eligibleLines(ledger, index.eligible.get(promotion.id));
    const base = baseFen(ledger, lines);
    const next = nextTier(promotion, base);
    if (next) upcoming.push({ promotion, addFen: next.addFen, offFen: next.offFen });
    const nominalFen = tierOff(promotion, base);
    const fen = Math.min(nominalFen, remainingFen(ledger, lines));
    if (fen > 0 && (!best || fen > best.fen || (fen === best.fen && promotion.id < best.promotion.id))) {
      best = { promotion, lines, fen, nominalFen };
    }
  }
  for (const { promotion, addFen, offFen } of upcoming) {
    const saveFen = offFen - (best?.nominalFen ?? 0);
    if (saveFen > 0) hints.push({ promotionId: promotion.id, kind, label: promotion.label, addFen, saveFen });
  }
  if (!best) return null;
  applyReduction(ledger, best.lines, best.promotion.id, best.fen);
  return { promotionId: best.promotion.id, kind, fen: best.fen, label: best.promotion.label };
}
