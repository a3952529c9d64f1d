import type { Product } from '../catalog';
import type { CatalogIndex } from './catalog-index';
import { errorMessage } from './messages';
import type { PricingError, PricingIssue } from './types';
import { parseInstant } from './window';

/** One product's merged quantity, ready to price. */
export interface MergedLine {
  product: Product;
  qty: number;
  listFen: number;
  /** Index in the sorted lines, so later stages find a line by product without another map. */
  position: number;
}

export interface ValidInput {
  ok: true;
  atMs: number;
  /** Sorted by product id (code-unit order, locale-independent). */
  lines: MergedLine[];
  byProduct: ReadonlyMap<string, MergedLine>;
}

function issue(code: PricingIssue['code'], detail: string, extra: Partial<PricingIssue> = {}): PricingIssue {
  return { code, message: errorMessage(code, detail), ...extra };
}

/**
 * Checks the instant and the lines against the catalog and merges lines of the same product, so the quote
 * is independent of line order. Every problem is reported, not just the first one.
 */
export function validateInput(index: CatalogIndex, lines: unknown, at: unknown): ValidInput | PricingError {
  const errors: PricingIssue[] = [];
  const atMs = parseInstant(at);
  if (atMs === null) errors.push(issue('invalid-at', ''));
  if (!Array.isArray(lines)) {
    errors.push(issue('invalid-input', 'lines must be an array'));
    return { ok: false, errors };
  }
  const merged = new Map<string, MergedLine & { firstIndex: number }>();
  lines.forEach((line: unknown, lineIndex) => {
    const { productId, qty } = (typeof line === 'object' && line !== null ? line : {}) as Record<
      string,
      unknown
    >;
    const product = typeof productId === 'string' ? index.products.get(productId) : undefined;
    if (!product) {
      errors.push(issue('unknown-product', String(productId), { lineIndex }));
      return;
    }
    if (typeof qty !== 'number' || !Number.isSafeInteger(qty) || qty < 1) {
      errors.push(issue('invalid-quantity', String(qty), { lineIndex, productId: product.id }));
      return;
    }
    const seen = merged.get(product.id);
    if (seen) seen.qty += qty;
    else merged.set(product.id, { product, qty, listFen: 0, position: 0, firstIndex: lineIndex });
  });
  const result: MergedLine[] = [];
  for (const line of merged.values()) {
    const { product, qty, firstIndex } = line;
    if (qty > product.stock) {
      const detail = `${product.id} (${qty} > ${product.stock})`;
      errors.push(issue('exceeds-stock', detail, { lineIndex: firstIndex, productId: product.id }));
    }
    line.listFen = product.priceFen * qty;
    if (!Number.isSafeInteger(line.listFen))
      errors.push(issue('amount-too-large', '', { productId: product.id }));
    result.push(line);
  }
  const totalList = result.reduce((sum, line) => sum + line.listFen, 0);
  if (errors.length === 0 && !Number.isSafeInteger(totalList)) errors.push(issue('amount-too-large', ''));
  if (errors.length > 0 || atMs === null) return { ok: false, errors };
  result.sort((a, b) => (a.product.id < b.product.id ? -1 : a.product.id > b.product.id ? 1 : 0));
  result.forEach((line, position) => (line.position = position));
  return { ok: true, atMs, lines: result, byProduct: merged };
}
