import { apportion } from './apportion';
import type { ItemPricedLine } from './item-level';
import type { MergedLine } from './validate';

/** A line during order-level pricing: what it may still be reduced by, and what it has been. */
export interface LedgerLine {
  priced: ItemPricedLine;
  /** The part order-level reductions may take: the amount less pre-sale deposits (already committed). */
  reducibleFen: number;
  orderDiscountFen: number;
  orderDiscounts: { promotionId: string; fen: number }[];
}

export interface Ledger {
  /** Sorted by product id. */
  lines: LedgerLine[];
  /** The merged lines by product id (from validation); `position` indexes `lines`. */
  byProduct: ReadonlyMap<string, MergedLine>;
  /** Sum of all lines' amounts (the base of promotions over every product), fixed. */
  amountFen: number;
  /** What all lines still have to pay towards reductions; kept current by `applyReduction`. */
  remainingFen: number;
}

/** Starts order-level pricing from the item-level result (lines already sorted by product id). */
export function openLedger(
  priced: readonly ItemPricedLine[],
  byProduct: ReadonlyMap<string, MergedLine>,
): Ledger {
  const lines = priced.map((line) => ({
    priced: line,
    reducibleFen: line.amountFen - line.depositFen,
    orderDiscountFen: 0,
    orderDiscounts: [],
  }));
  let amountFen = 0;
  let remaining = 0;
  for (const line of lines) {
    amountFen += line.priced.amountFen;
    remaining += line.reducibleFen;
  }
  return { lines, byProduct, amountFen, remainingFen: remaining };
}

/**
 * The lines a promotion's product list covers (`null` = all), in product id order. Looks up whichever is
 * smaller, the cart or the list, so a long list never costs a scan per cart line or vice versa.
 */
export function eligibleLines(
  ledger: Ledger,
  eligible: ReadonlySet<string> | null | undefined,
): LedgerLine[] {
  if (!eligible) return ledger.lines;
  if (eligible.size >= ledger.lines.length) {
    return ledger.lines.filter((line) => eligible.has(line.priced.line.product.id));
  }
  const found: LedgerLine[] = [];
  for (const productId of eligible) {
    const merged = ledger.byProduct.get(productId);
    const line = merged && ledger.lines[merged.position];
    if (line) found.push(line);
  }
  return found.sort((a, b) => a.priced.line.position - b.priced.line.position);
}

/** Rule 2: the threshold base is the eligible lines' amount after item-level prices, never after other reductions. */
export function baseFen(ledger: Ledger, lines: readonly LedgerLine[]): number {
  if (lines === ledger.lines) return ledger.amountFen;
  return lines.reduce((sum, line) => sum + line.priced.amountFen, 0);
}

/** What order-level reductions can still take from these lines (rule 3: nothing goes below zero). */
export function remainingFen(ledger: Ledger, lines: readonly LedgerLine[]): number {
  if (lines === ledger.lines) return ledger.remainingFen;
  return lines.reduce((sum, line) => sum + line.reducibleFen - line.orderDiscountFen, 0);
}

/**
 * Rule 4: splits a reduction over its eligible lines in proportion to what each still has to pay,
 * largest remainder to the fen. Callers cap `fen` at `remainingFen(lines)`, so no line goes below zero.
 */
export function applyReduction(
  ledger: Ledger,
  lines: readonly LedgerLine[],
  promotionId: string,
  fen: number,
): void {
  ledger.remainingFen -= fen;
  const shares = apportion(
    fen,
    lines.map((line) => line.reducibleFen - line.orderDiscountFen),
  );
  lines.forEach((line, i) => {
    const share = shares[i] ?? 0;
    if (share <= 0) return;
    line.orderDiscountFen += share;
    line.orderDiscounts.push({ promotionId, fen: share });
  });
}
