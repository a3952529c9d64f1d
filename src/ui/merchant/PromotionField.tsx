import { useState } from 'react';
import type { Product } from '../../domain/catalog';
import { fenToYuanText, fromShanghaiLocal, parseYuanText, toShanghaiLocal } from '../../domain/merchant';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import type { FieldSpec } from './promotion-fields';

export interface PromotionFieldProps {
  spec: FieldSpec;
  value: unknown;
  /** `undefined` removes an optional field. */
  onChange: (value: unknown) => void;
  /** Schema errors for this field (already matched by JSON path). */
  errors: string[];
  products: readonly Product[];
  testId: string;
}

const intValue = (text: string): unknown => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

/**
 * One editor field. What the merchant types goes into the draft even when it is not valid yet (the schema
 * then names the problem under the field), so nothing typed is silently dropped or rounded.
 */
export function PromotionField({ spec, value, onChange, errors, products, testId }: PromotionFieldProps) {
  const t = useT();
  const locale = useLocale();
  const [moneyText, setMoneyText] = useState(() => fenToYuanText(value));
  const empty = (text: string) => (text.trim() === '' && spec.optional ? undefined : null);
  const invalid = errors.length > 0;
  const label = (
    <span className="field-label">
      {t(spec.label)}
      {spec.optional && <em> · {t('merchant.field.optional')}</em>}
    </span>
  );
  let control;
  switch (spec.type) {
    case 'money': {
      // Keep the merchant's own text ("49.9") while it means the stored fen; show the stored value after undo.
      const shown =
        parseYuanText(moneyText) === value || moneyText === value ? moneyText : fenToYuanText(value);
      control = (
        <input
          inputMode="decimal"
          value={shown}
          onChange={(event) => {
            const text = event.target.value;
            setMoneyText(text);
            const none = empty(text);
            onChange(none === undefined ? undefined : (parseYuanText(text) ?? text));
          }}
          aria-invalid={invalid}
          data-testid={testId}
        />
      );
      break;
    }
    case 'int':
      control = (
        <input
          inputMode="numeric"
          value={value == null ? '' : String(value)}
          onChange={(event) => {
            const none = empty(event.target.value);
            onChange(none === undefined ? undefined : intValue(event.target.value));
          }}
          aria-invalid={invalid}
          data-testid={testId}
        />
      );
      break;
    case 'datetime':
      control = (
        <input
          type="datetime-local"
          value={typeof value === 'string' ? toShanghaiLocal(value) : ''}
          onChange={(event) => onChange(fromShanghaiLocal(event.target.value) ?? event.target.value)}
          aria-invalid={invalid}
          data-testid={testId}
        />
      );
      break;
    case 'bool':
      control = (
        <input
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
          data-testid={testId}
        />
      );
      break;
    case 'products': {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      control = (
        <div className="field-products" data-testid={testId}>
          {products.map((product) => (
            <label key={product.id} className={selected.includes(product.id) ? 'is-on' : undefined}>
              <input
                type="checkbox"
                checked={selected.includes(product.id)}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...selected, product.id]
                    : selected.filter((id) => id !== product.id);
                  onChange(next.length === 0 && spec.optional ? undefined : next);
                }}
              />
              {product.name[locale]}
            </label>
          ))}
          {spec.optional && <small className="studio-muted">{t('merchant.field.allProducts')}</small>}
        </div>
      );
      break;
    }
    default:
      control = (
        <input
          value={typeof value === 'string' ? value : value == null ? '' : String(value)}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={invalid}
          data-testid={testId}
        />
      );
  }
  return (
    <div className={`field field-${spec.type}${invalid ? ' is-invalid' : ''}`}>
      {spec.type === 'products' ? (
        // A group of checkboxes: a fieldset, since labels may not nest.
        <fieldset>
          <legend>{label}</legend>
          {control}
        </fieldset>
      ) : (
        <label>
          {label}
          {control}
        </label>
      )}
      {errors.map((error) => (
        <p key={error} className="field-error" role="alert">
          {error}
        </p>
      ))}
    </div>
  );
}
