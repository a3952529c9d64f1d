import type { QuoteChange } from '../../domain/cart/quote-diff';
import type { Catalog } from '../../domain/catalog';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

/** Says what moved and why when the cart re-priced by itself (never a silent new total). */
export function PriceChangeNotice({
  change,
  catalog,
  onDismiss,
}: {
  change: QuoteChange;
  catalog: Catalog;
  onDismiss: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const money = (fen: number) => formatFen(fen, locale);
  return (
    <section className="price-change" role="alert" data-testid="price-change">
      <h3>{t('cart.changed.title')}</h3>
      <p>{t('cart.changed.total', { before: money(change.beforeFen), after: money(change.afterFen) })}</p>
      <ul>
        {change.ended.map((promotion) => (
          <li key={`e-${promotion.promotionId}`}>
            {t('cart.changed.ended', { label: promotion.label[locale] })}
          </li>
        ))}
        {change.started.map((promotion) => (
          <li key={`s-${promotion.promotionId}`}>
            {t('cart.changed.started', { label: promotion.label[locale] })}
          </li>
        ))}
        {change.lines.map((line) => {
          const name = catalog.products.find((p) => p.id === line.productId)?.name[locale] ?? line.productId;
          return (
            <li key={`l-${line.productId}`}>
              {t('cart.changed.line', { name, before: money(line.beforeFen), after: money(line.afterFen) })}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t('cart.changed.ok')}
      </button>
    </section>
  );
}
