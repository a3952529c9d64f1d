import type { ItemLine } from './item-options';
import type { LinePart } from './types';

/** Cost of `units` units of a line priced without multi-buy: its flash units first, then its uncapped price. */
export function fillCost(item: ItemLine, units: number): number {
  let left = units;
  let cost = 0;
  for (const allocation of item.flash) {
    const n = Math.min(left, allocation.units);
    cost += n * allocation.unitFen;
    left -= n;
  }
  return cost + left * item.unlimited.unitFen;
}

/** The parts behind `fillCost(item, units)`, for the quote's explanation. */
export function fillParts(item: ItemLine, units: number): LinePart[] {
  const parts: LinePart[] = [];
  let left = units;
  for (const allocation of item.flash) {
    const n = Math.min(left, allocation.units);
    if (n > 0) {
      const fen = n * allocation.unitFen;
      parts.push({ promotionId: allocation.promotionId, kind: 'flash-price', units: n, fen, depositFen: 0 });
    }
    left -= n;
  }
  if (left > 0) {
    const { promotionId, kind, unitFen, depositFen } = item.unlimited;
    parts.push({ promotionId, kind, units: left, fen: left * unitFen, depositFen: left * depositFen });
  }
  return parts;
}
