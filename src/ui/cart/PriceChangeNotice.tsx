import type { Catalog } from '../../domain/catalog';
import type { CartChange } from '../../hooks/usePriceChanges';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

/**
 * Says what moved and why when the cart changed by itself (never a silent new total): prices that moved,
 * promotions that started or ended (a flash sale sold out), and lines a sale elsewhere left short of stock.
 */
export function PriceChangeNotice({
  change,
  catalog,
  onDismiss,
}: {
  change: CartChange;
  catalog: Catalog;
  onDismiss: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const money = (fen: number) => formatFen(fen, locale);
  const name = (id: string) => catalog.products.find((p) => p.id === id)?.name[locale] ?? id;
  const { price, stock } = change;
  return (
    <section className="price-change" role="alert" data-testid="price-change">
      <h3>{t(price ? 'cart.changed.title' : 'cart.changed.stockTitle')}</h3>
      {price && (
        <p>{t('cart.changed.total', { before: money(price.beforeFen), after: money(price.afterFen) })}</p>
      )}
      <ul>
        {stock.map((entry) => (
          <li key={`x-${entry.productId}`} data-testid="stock-change" data-product-id={entry.productId}>
            {entry.available === 0
              ? t('cart.changed.soldOut', { name: name(entry.productId) })
              : t('cart.changed.fewer', {
                  name: name(entry.productId),
                  available: entry.available,
                  qty: entry.qty,
                })}
          </li>
        ))}
        {price?.ended.map((promotion) => (
          <li key={`e-${promotion.promotionId}`}>
            {t('cart.changed.ended', { label: promotion.label[locale] })}
          </li>
        ))}
        {price?.started.map((promotion) => (
          <li key={`s-${promotion.promotionId}`}>
            {t('cart.changed.started', { label: promotion.label[locale] })}
          </li>
        ))}
        {price?.lines.map((line) => (
          <li key={`l-${line.productId}`}>
            {t('cart.changed.line', {
              name: name(line.productId),
              before: money(line.beforeFen),
              after: money(line.afterFen),
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t('cart.changed.ok')}
      </button>
    </section>
  );
}
