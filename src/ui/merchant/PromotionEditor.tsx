import { formatPath, type CatalogError, type Product } from '../../domain/catalog';
import { setPromotionField, type DraftPromotion } from '../../domain/merchant';
import { catalogErrorText } from '../../i18n/catalog-error-text';
import type { Locale } from '../../i18n/locale';
import { useStudioActions } from '../../merchant/hooks';
import { useLocale } from '../../state/hooks';
import { commonFields, kindFields } from './promotion-fields';
import { PromotionField } from './PromotionField';

export interface PromotionEditorProps {
  index: number;
  promotion: DraftPromotion;
  errors: readonly CatalogError[];
  products: readonly Product[];
}

/** Errors whose JSON path is this field or inside it (`promotions[0].productIds[1]` belongs to productIds). */
function errorsFor(errors: readonly CatalogError[], path: string, locale: Locale): string[] {
  return errors
    .filter(
      (error) =>
        error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`),
    )
    .map((error) =>
      error.path === path
        ? catalogErrorText(error.message, locale)
        : `${error.path.slice(path.length)}: ${catalogErrorText(error.message, locale)}`,
    );
}

/** Every field of one promotion, each with the schema's errors for its JSON path right under it. */
export function PromotionEditor({ index, promotion, errors, products }: PromotionEditorProps) {
  const { edit } = useStudioActions();
  const locale = useLocale();
  const fields = [...commonFields, ...kindFields[promotion.kind]];
  const known = new Set(fields.map((spec) => formatPath(['promotions', index, ...spec.path])));
  // Errors no field shows (unknown fields, a broken kind) are listed at the end so none is hidden.
  const rest = errors.filter(
    (error) =>
      error.path.startsWith(`promotions[${index}]`) &&
      ![...known].some((path) => error.path.startsWith(path)),
  );
  return (
    <div className="promotion-editor" data-testid={`promotion-editor-${index}`}>
      {fields.map((spec) => {
        const path = formatPath(['promotions', index, ...spec.path]);
        const value = spec.path.reduce<unknown>(
          (node, key) =>
            node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
          promotion,
        );
        return (
          <PromotionField
            key={spec.path.join('.')}
            spec={spec}
            value={value}
            errors={errorsFor(errors, path, locale)}
            products={products}
            testId={`field-${index}-${spec.path.join('-')}`}
            onChange={(next) =>
              edit((draft) => setPromotionField(draft, index, spec.path, next), `${index}:${path}`)
            }
          />
        );
      })}
      {rest.map((error) => (
        <p key={error.path + error.message} className="field-error" role="alert">
          <code>{error.path}</code> {catalogErrorText(error.message, locale)}
        </p>
      ))}
    </div>
  );
}
