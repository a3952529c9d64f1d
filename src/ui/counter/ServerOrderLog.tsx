import type { ServerOrder } from '../../data/order-api';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface ServerOrderLogProps {
  orders: readonly ServerOrder[] | null;
  error: string | null;
  csvUrl: string;
  onRefresh: () => void;
}

/** Today's paid orders as the store server records them (every counter sees the same), and its CSV. */
export function ServerOrderLog({ orders, error, csvUrl, onRefresh }: ServerOrderLogProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="order-log" data-testid="order-log" data-source="server">
      <h2>{t('counter.server.log')}</h2>
      {error && (
        <p className="counter-flag" role="alert">
          {t('counter.server.logFailed', { message: error })}
        </p>
      )}
      {orders && orders.length === 0 && <p className="muted">{t('counter.logEmpty')}</p>}
      {orders && orders.length > 0 && (
        <ul>
          {orders.map((order) => (
            <li key={order.id} data-testid="order-log-entry" data-short-code={order.shortCode}>
              <span>{order.shortCode}</span>
              <span>{formatInstant(order.paidAt ?? order.createdAt, locale)}</span>
              <span>{formatFen(order.totalFen, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="order-log-actions">
        <a className="button" data-testid="export-csv" href={csvUrl} download>
          {t('counter.server.export')}
        </a>
        <button type="button" className="link-button" onClick={onRefresh}>
          {t('counter.server.refresh')}
        </button>
      </div>
    </section>
  );
}
