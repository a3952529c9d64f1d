/** One product in the cart; quantities are whole units. */
export interface CartLine {
  productId: string;
  qty: number;
}

/** Largest quantity one cart line may hold, whatever the stock says (a guard against typos like 1000). */
export const maxLineQty = 99;

function isCartLine(value: unknown): value is CartLine {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Record<string, unknown>;
  return (
    typeof line.productId === 'string' &&
    /^[a-z0-9-]{1,64}$/.test(line.productId) &&
    Number.isSafeInteger(line.qty) &&
    (line.qty as number) >= 1
  );
}

/**
 * Checks persisted or imported cart lines. Returns null when the value is not a list of valid lines, so
 * the caller can recover to an empty cart instead of crashing on damaged storage.
 */
export function sanitizeCartLines(value: unknown): CartLine[] | null {
  if (!Array.isArray(value) || !value.every(isCartLine)) return null;
  return mergeCartLines(
    value.map((line) => ({ productId: line.productId, qty: Math.min(line.qty, maxLineQty) })),
  );
}

/** Adds quantities of repeated products together, keeping the first-seen order. */
export function mergeCartLines(lines: readonly CartLine[]): CartLine[] {
  const merged = new Map<string, number>();
  for (const line of lines) merged.set(line.productId, (merged.get(line.productId) ?? 0) + line.qty);
  return [...merged].map(([productId, qty]) => ({ productId, qty: Math.min(qty, maxLineQty) }));
}

/** Sets a product's quantity; zero or less removes the line. */
export function setLineQty(lines: readonly CartLine[], productId: string, qty: number): CartLine[] {
  const bounded = Math.min(Math.max(Math.trunc(qty), 0), maxLineQty);
  const exists = lines.some((line) => line.productId === productId);
  if (bounded === 0) return lines.filter((line) => line.productId !== productId);
  if (!exists) return [...lines, { productId, qty: bounded }];
  return lines.map((line) => (line.productId === productId ? { productId, qty: bounded } : line));
}
