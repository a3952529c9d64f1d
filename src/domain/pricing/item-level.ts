import type { MultiBuyPromotion } from '../catalog';
import type { CatalogIndex } from './catalog-index';
import { fillParts } from './fill';
import { allocateFlash } from './flash';
import { collectItemOptions, type ItemLine } from './item-options';
import { priceMultiBuyPool } from './multi-buy';
import type { LinePart } from './types';
import type { MergedLine } from './validate';

/** A line after item-level pricing. */
export interface ItemPricedLine {
  line: MergedLine;
  parts: LinePart[];
  /** Sum of the parts: what the line costs before order-level reductions (the threshold base). */
  amountFen: number;
  /** Pre-sale deposits in the line, paid now whatever order-level reductions follow. */
  depositFen: number;
}

/**
 * Rule 1 of stacking: every unit gets the single best item-level price among active flash-price,
 * percent-off, multi-buy and pre-sale for its product; they never stack with each other. Flash caps and
 * limits are split arithmetically, multi-buys are priced per pool of lines sharing the promotion.
 */
export function priceItems(
  index: CatalogIndex,
  lines: readonly MergedLine[],
  atMs: number,
): ItemPricedLine[] {
  const { items, flash } = collectItemOptions(index, lines, atMs);
  allocateFlash(flash);
  const partsByItem = new Map<ItemLine, LinePart[]>();
  const pools = new Map<MultiBuyPromotion, ItemLine[]>();
  for (const item of items) {
    if (!item.multiBuy) continue;
    const pool = pools.get(item.multiBuy);
    if (pool) pool.push(item);
    else pools.set(item.multiBuy, [item]);
  }
  for (const [promotion, pool] of pools) {
    const parts = priceMultiBuyPool(pool, promotion);
    pool.forEach((item, i) => partsByItem.set(item, parts[i] ?? []));
  }
  return items.map((item) => {
    const parts = partsByItem.get(item) ?? fillParts(item, item.line.qty);
    let amountFen = 0;
    let depositFen = 0;
    for (const part of parts) {
      amountFen += part.fen;
      depositFen += part.depositFen;
    }
    return { line: item.line, parts, amountFen, depositFen };
  });
}
