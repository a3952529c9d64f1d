import * as z from 'zod/mini';
import { fen, instant, localized, positiveInt, slug } from './primitives';

/**
 * Fields shared by every promotion. The window is `[startsAt, endsAt)`: active from the first instant,
 * inactive at the end instant itself.
 */
const base = {
  id: slug,
  label: localized,
  startsAt: instant,
  endsAt: instant,
};

const productIds = z.array(slug).check(z.minLength(1, { error: 'must list at least one product' }));

export const flashPriceSchema = z.strictObject({
  ...base,
  kind: z.literal('flash-price'),
  productIds,
  priceFen: fen.positive,
  /** Units sold at the flash price across the store, at most. */
  stockCap: z.optional(positiveInt),
  /** Units already sold at the flash price (the store's counter when the catalog was published). */
  sold: z.optional(fen.nonNegative),
  perOrderLimit: z.optional(positiveInt),
});

export const percentOffSchema = z.strictObject({
  ...base,
  kind: z.literal('percent-off'),
  productIds,
  percent: z
    .number({ error: 'must be a number' })
    .check(
      z.int({ error: 'must be an integer between 1 and 99' }),
      z.minimum(1, { error: 'must be an integer between 1 and 99' }),
      z.maximum(99, { error: 'must be an integer between 1 and 99' }),
    ),
});

export const multiBuySchema = z.strictObject({
  ...base,
  kind: z.literal('multi-buy'),
  productIds,
  buy: positiveInt.check(z.minimum(2, { error: 'must be at least 2' })),
  pay: positiveInt,
});

export const thresholdSchema = z.strictObject({
  ...base,
  kind: z.literal('threshold'),
  /** Omitted: every product is eligible. */
  productIds: z.optional(productIds),
  thresholdFen: fen.positive,
  offFen: fen.positive,
  /** true: 每满 thresholdFen 减 offFen (repeats per full threshold); false: once. */
  repeat: z.boolean({ error: 'must be true or false' }),
  maxOffFen: z.optional(fen.positive),
});

export const couponSchema = z.strictObject({
  ...base,
  kind: z.literal('coupon'),
  code: z
    .string({ error: 'must be a string' })
    .check(z.regex(/^[A-Z0-9]{3,20}$/, { error: 'must be 3-20 uppercase letters or digits' })),
  thresholdFen: fen.nonNegative,
  offFen: fen.positive,
  productIds: z.optional(productIds),
});

export const crossStoreSchema = z.strictObject({
  ...base,
  kind: z.literal('cross-store'),
  thresholdFen: fen.positive,
  offFen: fen.positive,
  maxOffFen: z.optional(fen.positive),
});

/** 定金膨胀: the deposit window is `[startsAt, endsAt)`, the balance is paid in its own window. */
export const preSaleSchema = z.strictObject({
  ...base,
  kind: z.literal('pre-sale'),
  productIds,
  presalePriceFen: fen.positive,
  depositFen: fen.positive,
  depositValueFen: fen.positive,
  balanceStartsAt: instant,
  balanceEndsAt: instant,
});

const kinds = [
  flashPriceSchema,
  percentOffSchema,
  multiBuySchema,
  thresholdSchema,
  couponSchema,
  crossStoreSchema,
  preSaleSchema,
] as const;

/** Each kind literal holds exactly one value, so this lists every kind once, in schema order. */
export const promotionKinds = kinds.flatMap((schema) => schema.shape.kind.def.values);

const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);

export const promotionSchema = z
  .discriminatedUnion('kind', kinds, {
    error: (issue) =>
      issue.code === 'invalid_union' ? `must be one of: ${promotionKinds.join(', ')}` : undefined,
  })
  .check(
    z.superRefine((promotion, ctx) => {
      if (!before(promotion.startsAt, promotion.endsAt)) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'must be later than startsAt' });
      }
      if (promotion.kind === 'multi-buy' && promotion.pay >= promotion.buy) {
        ctx.addIssue({ code: 'custom', path: ['pay'], message: 'must be less than buy' });
      }
      if (promotion.kind === 'threshold' || promotion.kind === 'cross-store' || promotion.kind === 'coupon') {
        if (promotion.offFen > promotion.thresholdFen && promotion.thresholdFen > 0) {
          ctx.addIssue({ code: 'custom', path: ['offFen'], message: 'must not exceed thresholdFen' });
        }
      }
      if (promotion.kind === 'pre-sale') {
        if (promotion.depositValueFen < promotion.depositFen) {
          ctx.addIssue({ code: 'custom', path: ['depositValueFen'], message: 'must be at least depositFen' });
        }
        if (promotion.depositValueFen >= promotion.presalePriceFen) {
          ctx.addIssue({
            code: 'custom',
            path: ['depositValueFen'],
            message: 'must be less than presalePriceFen',
          });
        }
        if (!before(promotion.balanceStartsAt, promotion.balanceEndsAt)) {
          ctx.addIssue({
            code: 'custom',
            path: ['balanceEndsAt'],
            message: 'must be later than balanceStartsAt',
          });
        }
        if (before(promotion.balanceStartsAt, promotion.endsAt)) {
          ctx.addIssue({
            code: 'custom',
            path: ['balanceStartsAt'],
            message: 'must not be before the deposit window ends',
          });
        }
      }
    }),
  );

export type Promotion = z.infer<typeof promotionSchema>;
export type PromotionKind = Promotion['kind'];
export type FlashPricePromotion = z.infer<typeof flashPriceSchema>;
export type PercentOffPromotion = z.infer<typeof percentOffSchema>;
export type MultiBuyPromotion = z.infer<typeof multiBuySchema>;
export type ThresholdPromotion = z.infer<typeof thresholdSchema>;
export type CouponPromotion = z.infer<typeof couponSchema>;
export type CrossStorePromotion = z.infer<typeof crossStoreSchema>;
export type PreSalePromotion = z.infer<typeof preSaleSchema>;
