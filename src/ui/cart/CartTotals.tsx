import type { Quote } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

/** The order's money, top to bottom: list, item discounts, order discounts, total, and pay now / later. */
export function CartTotals({ quote }: { quote: Quote }) {
  const t = useT();
  const locale = useLocale();
  const row = (label: string, fen: number, testId: string, negative = false) => (
    <div className="totals-row" data-testid={testId} data-fen={fen}>
      <dt>{label}</dt>
      <dd>{negative && fen > 0 ? `-${formatFen(fen, locale)}` : formatFen(fen, locale)}</dd>
    </div>
  );
  return (
    <section className="cart-totals">
      <dl>
        {row(t('cart.listTotal'), quote.listFen, 'total-list')}
        {quote.itemDiscountFen > 0 && row(t('cart.itemDiscount'), quote.itemDiscountFen, 'total-item', true)}
        {quote.orderDiscountFen > 0 &&
          row(t('cart.orderDiscount'), quote.orderDiscountFen, 'total-order', true)}
        <div className="totals-row totals-grand" data-testid="total" data-fen={quote.totalFen}>
          <dt>{t('cart.total')}</dt>
          <dd>{formatFen(quote.totalFen, locale)}</dd>
        </div>
        {quote.payLaterFen > 0 && (
          <>
            {row(t('cart.payNow'), quote.payNowFen, 'pay-now')}
            {row(t('cart.payLater'), quote.payLaterFen, 'pay-later')}
          </>
        )}
      </dl>
      {quote.applied.length > 0 && (
        <div className="applied-list">
          <h3>{t('cart.applied')}</h3>
          <ul>
            {quote.applied.map((applied) => (
              <li key={applied.promotionId} data-testid="applied" data-promotion-id={applied.promotionId}>
                <span>{applied.label[locale]}</span>
                <span>-{formatFen(applied.fen, locale)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
