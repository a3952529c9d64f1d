import type { Catalog, PromotionKind } from '../catalog';

/**
 * A promotion while the merchant edits it: shaped like a catalog promotion, but any field may hold what was
 * typed (an empty or malformed value) until the schema accepts it. Validation comes from `parseCatalog`.
 */
export type DraftPromotion = { id: string; kind: PromotionKind } & Record<string, unknown>;

/** A catalog being edited: products as in the catalog, promotions as drafts. */
export type DraftCatalog = Omit<Catalog, 'promotions'> & { promotions: DraftPromotion[] };

/** A field of a promotion or product, e.g. `['label', 'zh-CN']` or `['priceFen']`. */
export type FieldPath = readonly (string | number)[];
