import * as z from 'zod/mini';
import { promotionSchema } from './promotion-schema';
import { fen, localized, slug, safeAssetPath, positiveInt } from './primitives';

/** The store the catalog belongs to; prices are CNY, promotion windows are shown in `timeZone`. */
export const storeSchema = z.strictObject({
  id: slug,
  name: localized,
  address: localized,
  timeZone: z.literal('Asia/Shanghai', { error: 'must be "Asia/Shanghai"' }),
  currency: z.literal('CNY', { error: 'must be "CNY"' }),
  /** Printed side of the shelf-label QR code in millimetres (camera AR relies on it). */
  labelCodeSizeMm: z.optional(positiveInt),
});

export const productSchema = z.strictObject({
  id: slug,
  name: localized,
  origin: localized,
  unit: localized,
  description: z.optional(localized),
  /** Everyday list price of one unit, integer fen. */
  priceFen: fen.positive,
  /** Reference lowest price of the last 30 days, integer fen (price-floor checks use it). */
  lowest30DayFen: fen.positive,
  stock: fen.nonNegative,
  model: safeAssetPath,
  poster: z.optional(safeAssetPath),
});

const atLeastOne = z.minLength(1, { error: 'must list at least one product' });
const head = {
  schemaVersion: z.literal(1, { error: 'must be 1' }),
  /** When this catalog was published (absolute instant). */
  updatedAt: z.iso.datetime({ offset: true, error: 'must be an ISO-8601 date-time with an offset' }),
  store: storeSchema,
};

const catalogShape = z.strictObject({
  ...head,
  products: z.array(productSchema).check(atLeastOne),
  promotions: z.array(promotionSchema),
});

/**
 * The catalog with its two lists left unchecked: parseCatalog checks their entries one at a time, so a list
 * of a million bad entries is counted, not collected (see parse.ts).
 */
export const catalogHeadSchema = z.strictObject({
  ...head,
  products: z.array(z.unknown()).check(atLeastOne),
  promotions: z.array(z.unknown()),
});

export const catalogSchema = catalogShape.check(
  z.superRefine((catalog, ctx) => {
    const productIds = new Set<string>();
    catalog.products.forEach((product, index) => {
      if (productIds.has(product.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['products', index, 'id'],
          message: `duplicate product id "${product.id}"`,
        });
      }
      productIds.add(product.id);
    });
    const promotionIds = new Set<string>();
    const couponCodes = new Set<string>();
    catalog.promotions.forEach((promotion, index) => {
      if (promotionIds.has(promotion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['promotions', index, 'id'],
          message: `duplicate promotion id "${promotion.id}"`,
        });
      }
      promotionIds.add(promotion.id);
      if (promotion.kind === 'coupon') {
        if (couponCodes.has(promotion.code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['promotions', index, 'code'],
            message: `duplicate coupon code "${promotion.code}"`,
          });
        }
        couponCodes.add(promotion.code);
      }
      if ('productIds' in promotion && promotion.productIds) {
        promotion.productIds.forEach((productId, refIndex) => {
          if (!productIds.has(productId)) {
            ctx.addIssue({
              code: 'custom',
              path: ['promotions', index, 'productIds', refIndex],
              message: `refers to unknown product "${productId}"`,
            });
          }
        });
      }
    });
  }),
);

export type Catalog = z.infer<typeof catalogShape>;
export type Store = z.infer<typeof storeSchema>;
export type Product = z.infer<typeof productSchema>;
