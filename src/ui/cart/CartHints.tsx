import { useMemo, useState } from 'react';
import type { CartLine } from '../../domain/cart/cart-lines';
import { suggestForHint } from '../../domain/cart/suggest';
import type { Catalog } from '../../domain/catalog';
import type { Quote } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useActions, useLocale } from '../../state/hooks';

export interface CartHintsProps {
  catalog: Catalog;
  quote: Quote;
  lines: readonly CartLine[];
  coupons: readonly string[];
  at: Date;
}

/** 凑单: how far each threshold's next tier is, with a one-tap product that reaches it cheapest. */
export function CartHints({ catalog, quote, lines, coupons, at }: CartHintsProps) {
  const t = useT();
  const locale = useLocale();
  const { addToCart } = useActions();
  const [addedSave, setAddedSave] = useState<number | null>(null);
  const suggestions = useMemo(
    () =>
      quote.hints.map((hint) => ({ hint, suggestion: suggestForHint(catalog, lines, coupons, at, hint) })),
    [catalog, quote, lines, coupons, at],
  );
  if (suggestions.length === 0 && addedSave === null) return null;
  return (
    <section className="cart-hints">
      {addedSave !== null && (
        <p className="hint-added" role="status">
          {t('cart.suggestAdded', { save: formatFen(addedSave, locale) })}
        </p>
      )}
      {suggestions.map(({ hint, suggestion }) => {
        const product = suggestion && catalog.products.find((p) => p.id === suggestion.productId);
        return (
          <div key={hint.promotionId} className="hint" data-testid="hint" data-add-fen={hint.addFen}>
            <span className="hint-label">{hint.label[locale]}</span>
            <span>
              {t('cart.hint', { add: formatFen(hint.addFen, locale), save: formatFen(hint.saveFen, locale) })}
            </span>
            {suggestion && product && (
              <button
                type="button"
                className="hint-suggest"
                data-testid="hint-suggest"
                onClick={() => {
                  addToCart(product.id, suggestion.qty);
                  setAddedSave(hint.saveFen);
                }}
              >
                {t('cart.suggest', { qty: suggestion.qty, name: product.name[locale] })}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
