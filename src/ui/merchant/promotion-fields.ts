import type { PromotionKind } from '../../domain/catalog';
import type { FieldPath } from '../../domain/merchant';
import type { MessageKey } from '../../i18n/messages';

export type FieldType = 'text' | 'money' | 'int' | 'datetime' | 'bool' | 'products';

export interface FieldSpec {
  path: FieldPath;
  type: FieldType;
  label: MessageKey;
  /** Emptying an optional field removes it from the promotion. */
  optional?: boolean;
}

const field = (name: string, type: FieldType, optional = false): FieldSpec => ({
  path: [name],
  type,
  label: `merchant.field.${name}` as MessageKey,
  optional,
});

/** Fields every promotion has, in the order the editor shows them. */
export const commonFields: FieldSpec[] = [
  { path: ['label', 'zh-CN'], type: 'text', label: 'merchant.field.label.zh-CN' },
  { path: ['label', 'en'], type: 'text', label: 'merchant.field.label.en' },
  field('id', 'text'),
  field('startsAt', 'datetime'),
  field('endsAt', 'datetime'),
];

/**
 * The fields of each promotion kind, mirroring `promotion-schema.ts` (every kind, every field). Money fields
 * are typed in yuan and stored as integer fen.
 */
export const kindFields: Record<PromotionKind, FieldSpec[]> = {
  'flash-price': [
    field('productIds', 'products'),
    field('priceFen', 'money'),
    field('stockCap', 'int', true),
    field('sold', 'int', true),
    field('perOrderLimit', 'int', true),
  ],
  'percent-off': [field('productIds', 'products'), field('percent', 'int')],
  'multi-buy': [field('productIds', 'products'), field('buy', 'int'), field('pay', 'int')],
  threshold: [
    field('productIds', 'products', true),
    field('thresholdFen', 'money'),
    field('offFen', 'money'),
    field('repeat', 'bool'),
    field('maxOffFen', 'money', true),
  ],
  coupon: [
    field('code', 'text'),
    field('productIds', 'products', true),
    field('thresholdFen', 'money'),
    field('offFen', 'money'),
  ],
  'cross-store': [
    field('thresholdFen', 'money'),
    field('offFen', 'money'),
    field('maxOffFen', 'money', true),
  ],
  'pre-sale': [
    field('productIds', 'products'),
    field('presalePriceFen', 'money'),
    field('depositFen', 'money'),
    field('depositValueFen', 'money'),
    field('balanceStartsAt', 'datetime'),
    field('balanceEndsAt', 'datetime'),
  ],
};
