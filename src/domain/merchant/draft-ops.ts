import type { Catalog } from '../catalog';
import type { DraftCatalog, DraftPromotion, FieldPath } from './draft-types';
import { uniqueId } from './promotion-template';

/*
 * Edits of a draft catalog. Each returns a new draft and leaves its input untouched, so the studio can keep
 * earlier drafts for undo by reference.
 */

/** A draft from a validated catalog (deep copy: the draft never shares objects with the published catalog). */
export function draftFromCatalog(catalog: Catalog): DraftCatalog {
  return structuredClone(catalog) as DraftCatalog;
}

function setIn(target: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const source = (target && typeof target === 'object' ? target : {}) as Record<string | number, unknown>;
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(source)
    ? [...source]
    : { ...source };
  const next = setIn(source[head], rest, value);
  // `undefined` removes an optional field (an emptied "stock cap"), as JSON has no undefined.
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else (copy as Record<string | number, unknown>)[head] = next;
  return copy;
}

/** Sets one field of promotion `index` (`path` inside the promotion); `undefined` removes the field. */
export function setPromotionField(
  draft: DraftCatalog,
  index: number,
  path: FieldPath,
  value: unknown,
): DraftCatalog {
  if (!draft.promotions[index]) return draft;
  return setIn(draft, ['promotions', index, ...path], value) as DraftCatalog;
}

/** Sets one field of product `index` (e.g. `['priceFen']` or `['name', 'en']`). */
export function setProductField(
  draft: DraftCatalog,
  index: number,
  path: FieldPath,
  value: unknown,
): DraftCatalog {
  if (!draft.products[index]) return draft;
  return setIn(draft, ['products', index, ...path], value) as DraftCatalog;
}

/** Appends a promotion (e.g. from `promotionTemplate`). */
export function addPromotion(draft: DraftCatalog, promotion: DraftPromotion): DraftCatalog {
  return { ...draft, promotions: [...draft.promotions, promotion] };
}

/** Removes promotion `index`; other promotions keep their order. */
export function deletePromotion(draft: DraftCatalog, index: number): DraftCatalog {
  if (!draft.promotions[index]) return draft;
  return { ...draft, promotions: draft.promotions.filter((_, i) => i !== index) };
}

/** The ids of every promotion in a draft (for unique new ids). */
export function promotionIds(draft: DraftCatalog): Set<string> {
  return new Set(draft.promotions.map((promotion) => String(promotion.id)));
}

/**
 * Inserts a copy of promotion `index` right after it, with a fresh id (`<id>-copy`, `<id>-copy-2`, ...) and,
 * for coupons, a fresh code, so the copy is valid next to its original.
 */
export function duplicatePromotion(draft: DraftCatalog, index: number): DraftCatalog {
  const original = draft.promotions[index];
  if (!original) return draft;
  const copy: DraftPromotion = {
    ...structuredClone(original),
    id: uniqueId(`${original.id}-copy`, promotionIds(draft)),
  };
  if (copy.kind === 'coupon') {
    const codes = new Set(draft.promotions.map((promotion) => String(promotion.code)));
    const base = String(original.code).slice(0, 18);
    for (let n = 2; ; n += 1) {
      if (!codes.has(`${base}${n}`)) {
        copy.code = `${base}${n}`;
        break;
      }
    }
  }
  const promotions = [...draft.promotions];
  promotions.splice(index + 1, 0, copy);
  return { ...draft, promotions };
}
