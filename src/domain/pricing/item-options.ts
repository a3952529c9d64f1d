import type { FlashPricePromotion, MultiBuyPromotion } from '../catalog';
import type { CatalogIndex, Timed } from './catalog-index';
import { percentOffUnitFen } from './money';
import type { ItemLevelKind } from './types';
import type { MergedLine } from './validate';
import { isActive } from './window';

/** A per-unit price with no quantity limit: list, percent-off or pre-sale. */
export interface UnitOption {
  promotionId: string | null;
  kind: ItemLevelKind | 'list';
  unitFen: number;
  /** Paid now per unit (pre-sale deposit); 0 otherwise. */
  depositFen: number;
}

/** Units of a line given a flash price; flash allocations are kept cheapest first. */
export interface FlashAllocation {
  promotionId: string;
  unitFen: number;
  units: number;
}

/** A merged line with the item-level options that are active for it. */
export interface ItemLine {
  line: MergedLine;
  unlimited: UnitOption;
  flash: FlashAllocation[];
  flashUnits: number;
  multiBuy: MultiBuyPromotion | null;
}

// Strictly cheaper than the current best wins; equal prices go to the lower id (deterministic).
function better(option: UnitOption, best: UnitOption): boolean {
  if (option.unitFen !== best.unitFen) return option.unitFen < best.unitFen;
  return best.promotionId !== null && option.promotionId !== null && option.promotionId < best.promotionId;
}

// A product in several multi-buys gets the one that frees the largest share of units ((buy - pay) / buy).
function moreGenerous(a: MultiBuyPromotion, b: MultiBuyPromotion): boolean {
  const lhs = (a.buy - a.pay) * b.buy;
  const rhs = (b.buy - b.pay) * a.buy;
  return lhs > rhs || (lhs === rhs && a.id < b.id);
}

/**
 * For each line, the best uncapped unit price (list, the best percent-off, or the pre-sale final price
 * while its deposit window is open), the most generous active multi-buy, and the active flash promotions
 * (returned separately because their caps are shared by every product they list).
 */
export function collectItemOptions(
  index: CatalogIndex,
  lines: readonly MergedLine[],
  atMs: number,
): { items: ItemLine[]; flash: Map<Timed<FlashPricePromotion>, ItemLine[]> } {
  const flash = new Map<Timed<FlashPricePromotion>, ItemLine[]>();
  const items = lines.map((line): ItemLine => {
    const listFen = line.product.priceFen;
    const item: ItemLine = {
      line,
      unlimited: { promotionId: null, kind: 'list', unitFen: listFen, depositFen: 0 },
      flash: [],
      flashUnits: 0,
      multiBuy: null,
    };
    for (const entry of index.itemByProduct.get(line.product.id) ?? []) {
      if (!isActive(entry, atMs)) continue;
      const p = entry.promotion;
      if (p.kind === 'percent-off') {
        const unitFen = percentOffUnitFen(listFen, p.percent);
        const option: UnitOption = { promotionId: p.id, kind: p.kind, unitFen, depositFen: 0 };
        if (better(option, item.unlimited)) item.unlimited = option;
      } else if (p.kind === 'pre-sale') {
        const unitFen = p.presalePriceFen - (p.depositValueFen - p.depositFen);
        const option: UnitOption = { promotionId: p.id, kind: p.kind, unitFen, depositFen: p.depositFen };
        if (better(option, item.unlimited)) item.unlimited = option;
      } else if (p.kind === 'multi-buy') {
        if (!item.multiBuy || moreGenerous(p, item.multiBuy)) item.multiBuy = p;
      } else {
        const group = flash.get(entry as Timed<FlashPricePromotion>);
        if (group) group.push(item);
        else flash.set(entry as Timed<FlashPricePromotion>, [item]);
      }
    }
    return item;
  });
  return { items, flash };
}
