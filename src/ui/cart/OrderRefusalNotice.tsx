import type { OrderRefusal } from '../../data/order-client';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface OrderRefusalNoticeProps {
  refusal: OrderRefusal;
  /** The total the cart showed when the shopper tapped "pay". */
  shownFen: number;
  busy: boolean;
  /** Pay again with this expected total (a price change the shopper accepts, or a retry). */
  onPay: (expectedTotalFen: number) => void;
  onDismiss: () => void;
}

/** Why the store server did not make the order, in the cart, with the one action that helps. */
export function OrderRefusalNotice({ refusal, shownFen, busy, onPay, onDismiss }: OrderRefusalNoticeProps) {
  const t = useT();
  const locale = useLocale();
  const money = (fen: number) => formatFen(fen, locale);
  const newTotal = refusal.kind === 'price-changed' ? (refusal.quote?.totalFen ?? null) : null;
  return (
    <section
      className="order-refusal"
      role="alert"
      data-testid="order-refusal"
      data-kind={refusal.kind}
      data-code={refusal.kind === 'stock' || refusal.kind === 'other' ? refusal.code : refusal.kind}
    >
      <h3>{t('order.refused.title')}</h3>
      {refusal.kind === 'price-changed' && newTotal !== null && (
        <p data-testid="order-new-total" data-fen={newTotal}>
          {t('order.priceChanged', { now: money(newTotal), shown: money(shownFen) })}
        </p>
      )}
      {refusal.kind === 'stock' && (
        <ul>
          {refusal.reasons.map((reason, index) => (
            <li key={`${reason.code}-${reason.productId ?? reason.promotionId ?? index}`}>
              {reason.message[locale]}
            </li>
          ))}
        </ul>
      )}
      {refusal.kind === 'quote-refused' && (
        <p>
          {t('order.quoteRefused', {
            reason: refusal.errors.map((issue) => issue.message[locale]).join(' '),
          })}
        </p>
      )}
      {refusal.kind === 'network' && <p>{t('order.network')}</p>}
      {refusal.kind === 'other' && <p>{t('order.other', { message: refusal.message })}</p>}
      {refusal.kind !== 'network' && <p className="muted">{t('order.refused.nothing')}</p>}
      <div className="checkout-actions">
        {newTotal !== null && (
          <button
            type="button"
            className="button button-primary"
            data-testid="order-accept-price"
            disabled={busy}
            onClick={() => onPay(newTotal)}
          >
            {t('order.priceChanged.accept', { total: money(newTotal) })}
          </button>
        )}
        {refusal.kind === 'network' && (
          <button
            type="button"
            className="button button-primary"
            data-testid="order-retry"
            disabled={busy}
            onClick={() => onPay(shownFen)}
          >
            {t('order.retry')}
          </button>
        )}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('order.dismiss')}
        </button>
      </div>
    </section>
  );
}
