import type { ServerOrder } from '../../data/order-api';
import { appUrl } from '../../data/store-context';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import { QrCode } from '../QrCode';

export interface ServerOrderPanelProps {
  order: ServerOrder;
  now: Date;
  onDone: () => void;
}

const clock = (iso: string, locale: 'zh-CN' | 'en') =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/**
 * The order the store server made: its signed code as the counter QR (the code in the fragment, so it never
 * reaches a server log), the short code to read out, the total, and until when the units are held.
 */
export function ServerOrderPanel({ order, now, onDone }: ServerOrderPanelProps) {
  const t = useT();
  const locale = useLocale();
  const expired = order.status === 'expired' || Date.parse(order.expiresAt) <= now.getTime();
  const counterUrl = appUrl(window.location.origin, `/counter#o=${order.code}`);
  return (
    <section
      className="checkout-panel"
      data-testid="server-order"
      data-order-code={order.code}
      data-order-id={order.id}
      data-status={expired ? 'expired' : order.status}
    >
      <h2>{t('cart.checkout.title')}</h2>
      {expired ? (
        <p className="order-expired" role="alert" data-testid="order-expired">
          {t('order.expired')}
        </p>
      ) : (
        <QrCode text={counterUrl} size="240px" title={t('cart.checkout.title')} testId="order-qr" />
      )}
      <p className="order-short-code">
        {t('cart.checkout.short')} <strong data-testid="order-short-code">{order.shortCode}</strong>
      </p>
      <p className="order-total" data-testid="order-total" data-fen={order.totalFen}>
        {t('cart.checkout.total', { total: formatFen(order.totalFen, locale) })}
      </p>
      {order.payLaterFen > 0 && (
        <p className="order-time">
          {t('order.payNow', {
            now: formatFen(order.payNowFen, locale),
            later: formatFen(order.payLaterFen, locale),
          })}
        </p>
      )}
      {!expired && (
        <>
          <p
            className="order-reserved"
            data-testid="order-reserved"
            title={formatInstant(order.expiresAt, locale)}
          >
            {t('order.reserved', { time: clock(order.expiresAt, locale) })}
          </p>
          <p className="order-time">{t('order.reservedNote')}</p>
        </>
      )}
      <div className="checkout-actions">
        <button type="button" className="link-button" data-testid="order-done" onClick={onDone}>
          {t('order.done')}
        </button>
      </div>
    </section>
  );
}
