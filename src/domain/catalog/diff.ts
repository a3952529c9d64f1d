import type { Catalog } from './schema';

/** What one catalog version changes against another, by id: what a merchant confirms before publishing. */
export interface CatalogChangeSummary {
  products: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  promotions: { added: string[]; removed: string[]; changed: { id: string; fields: string[] }[] };
  /** The products' order differs (today shelf ids follow catalog order, so labels would move). */
  reordered: boolean;
  /** Fields of `store` that differ. */
  store: string[];
  /** True when nothing but `updatedAt` differs. */
  unchanged: boolean;
}

type Keyed = { id: string } & Record<string, unknown>;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !sameJson(before[key], after[key])).sort();
}

function diffById(before: readonly Keyed[], after: readonly Keyed[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const added = after.filter((item) => !old.has(item.id)).map((item) => item.id);
  const removed = before.filter((item) => !now.has(item.id)).map((item) => item.id);
  const changed = after.flatMap((item) => {
    const previous = old.get(item.id);
    if (!previous) return [];
    const fields = changedFields(previous, item);
    return fields.length > 0 ? [{ id: item.id, fields }] : [];
  });
  return { added, removed, changed };
}

/**
 * Compares two valid catalogs product by product and promotion by promotion (matched by id, so reordering
 * alone is no change) and names the fields that differ. `updatedAt` is ignored: every publish sets it. Used
 * by the studio's publish confirmation, the server's version history and its 409 "what changed meanwhile".
 */
export function summarizeCatalogChange(before: Catalog, after: Catalog): CatalogChangeSummary {
  const products = diffById(before.products as Keyed[], after.products as Keyed[]);
  const promotions = diffById(before.promotions as Keyed[], after.promotions as Keyed[]);
  const store = changedFields(before.store, after.store);
  const count = (d: typeof products) => d.added.length + d.removed.length + d.changed.length;
  const kept = (list: readonly { id: string }[], other: Catalog['products']) =>
    list.map((item) => item.id).filter((id) => other.some((item) => item.id === id));
  const reordered = !sameJson(kept(before.products, after.products), kept(after.products, before.products));
  const unchanged =
    count(products) + count(promotions) + store.length === 0 &&
    !reordered &&
    sameJson(before.schemaVersion, after.schemaVersion);
  return { products, promotions, reordered, store, unchanged };
}
