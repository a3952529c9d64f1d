import { setProductField, type FieldPath } from '../../domain/merchant';
import { formatPath } from '../../domain/catalog';
import { catalogErrorText } from '../../i18n/catalog-error-text';
import type { MessageKey } from '../../i18n/messages';
import { useDraft, useDraftErrors, useStudioActions } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';
import { PromotionField } from './PromotionField';
import type { FieldSpec } from './promotion-fields';

const fields: FieldSpec[] = [
  { path: ['name', 'zh-CN'], type: 'text', label: 'merchant.product.name.zh-CN' },
  { path: ['name', 'en'], type: 'text', label: 'merchant.product.name.en' },
  { path: ['priceFen'], type: 'money', label: 'merchant.product.priceFen' as MessageKey },
  { path: ['lowest30DayFen'], type: 'money', label: 'merchant.product.lowest30DayFen' },
  { path: ['stock'], type: 'int', label: 'merchant.product.stock' },
];

const read = (node: unknown, path: FieldPath) =>
  path.reduce<unknown>(
    (value, key) =>
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
    node,
  );

/** The product's own fields that promotions depend on: names, list price, the 30-day reference price, stock. */
export function ProductEditor({ productId }: { productId: string }) {
  const draft = useDraft();
  const errors = useDraftErrors();
  const { edit } = useStudioActions();
  const locale = useLocale();
  const index = draft?.products.findIndex((product) => product.id === productId) ?? -1;
  const product = draft?.products[index];
  if (!draft || !product) return null;
  return (
    <div className="studio-panel promotion-editor" data-testid="product-editor">
      {fields.map((spec) => {
        const path = formatPath(['products', index, ...spec.path]);
        return (
          <PromotionField
            key={path}
            spec={spec}
            value={read(product, spec.path)}
            errors={errors
              .filter((error) => error.path === path)
              .map((error) => catalogErrorText(error.message, locale))}
            products={draft.products}
            testId={`product-field-${spec.path.join('-')}`}
            onChange={(value) => edit((next) => setProductField(next, index, spec.path, value), path)}
          />
        );
      })}
    </div>
  );
}
