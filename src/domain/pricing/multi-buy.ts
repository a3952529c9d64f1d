import type { MultiBuyPromotion } from '../catalog';
import { fillCost, fillParts } from './fill';
import type { ItemLine } from './item-options';
import type { LinePart } from './types';

/** How many of the first `x` positions in the price-sorted unit sequence are free (buy N pay M). */
function freeBefore(x: number, buy: number, pay: number): number {
  return Math.floor(x / buy) * (buy - pay) + Math.max(0, (x % buy) - pay);
}

interface Plan {
  cost: number;
  grouped: number[];
  free: number[];
}

/**
 * Prices a pool under one plan: `held[i]` units of line i stay out of the multi-buy. The rest are lined
 * up by list price, most expensive first, and cut into groups of `buy`; the cheapest `buy - pay` units of
 * each complete group are free. Units in no complete group are priced like held units. Works on
 * (price, qty) runs, never on single units, so large quantities cost nothing extra.
 */
function evaluate(pool: readonly ItemLine[], promotion: MultiBuyPromotion, held: readonly number[]): Plan {
  const { buy, pay } = promotion;
  const offered = pool.reduce((sum, item, i) => sum + item.line.qty - (held[i] ?? 0), 0);
  const groupedEnd = Math.floor(offered / buy) * buy;
  const plan: Plan = { cost: 0, grouped: [], free: [] };
  let start = 0;
  pool.forEach((item, i) => {
    const end = start + item.line.qty - (held[i] ?? 0);
    const grouped = Math.max(0, Math.min(end, groupedEnd) - Math.min(start, groupedEnd));
    const free =
      freeBefore(Math.min(end, groupedEnd), buy, pay) - freeBefore(Math.min(start, groupedEnd), buy, pay);
    plan.grouped.push(grouped);
    plan.free.push(free);
    plan.cost += (grouped - free) * item.line.product.priceFen + fillCost(item, item.line.qty - grouped);
    start = end;
  });
  return plan;
}

/**
 * Candidate plans, cheapest kept: no multi-buy; multi-buy only for lines whose uncapped price is worse
 * than the multi-buy's average; flash units held back; flash units held back except those needed to
 * complete one more group; everything in the multi-buy. Together these are the corners of the cost
 * function for a single product, so a one-product pool is priced optimally; a mixed pool gets the best
 * of these corners.
 */
function candidates(pool: readonly ItemLine[], promotion: MultiBuyPromotion): number[][] {
  const all = pool.map((item) => item.line.qty);
  const flashFirst = pool.map((item) => item.flashUnits);
  const selective = pool.map((item) =>
    item.line.product.priceFen * promotion.pay < item.unlimited.unitFen * promotion.buy
      ? item.flashUnits
      : item.line.qty,
  );
  const offered = all.reduce((sum, qty, i) => sum + qty - (flashFirst[i] ?? 0), 0);
  let need = (promotion.buy - (offered % promotion.buy)) % promotion.buy;
  const completed = flashFirst.map((held) => {
    const released = Math.min(need, held);
    need -= released;
    return held - released;
  });
  return [all, selective, flashFirst, completed, pool.map(() => 0)];
}

/**
 * Prices the lines sharing one multi-buy promotion and returns each line's parts. The first plan is
 * "no multi-buy", and a later plan must be strictly cheaper to win, so ties stay simple.
 */
export function priceMultiBuyPool(pool: ItemLine[], promotion: MultiBuyPromotion): LinePart[][] {
  pool.sort(
    (a, b) =>
      b.line.product.priceFen - a.line.product.priceFen || (a.line.product.id < b.line.product.id ? -1 : 1),
  );
  let best: Plan | null = null;
  for (const held of candidates(pool, promotion)) {
    const plan = evaluate(pool, promotion, held);
    if (!best || plan.cost < best.cost) best = plan;
  }
  return pool.map((item, i) => {
    const grouped = best?.grouped[i] ?? 0;
    const free = best?.free[i] ?? 0;
    const parts = fillParts(item, item.line.qty - grouped);
    if (grouped === 0) return parts;
    const fen = (grouped - free) * item.line.product.priceFen;
    return [
      { promotionId: promotion.id, kind: 'multi-buy' as const, units: grouped, fen, depositFen: 0 },
      ...parts,
    ];
  });
}
