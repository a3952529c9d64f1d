import type { Catalog } from '../../domain/catalog';
import type { ServerOrder } from '../../data/order-api';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface ServerCounterOrderProps {
  order: ServerOrder;
  catalog: Catalog;
  now: Date;
  busy: boolean;
  /** Why the last pay or cancel was refused, already in words; null when it was not. */
  problem: string | null;
  notice: string | null;
  onPay: () => void;
  onCancel: () => void;
}

/**
 * An order the store server verified: its lines by product name, the totals it quoted, its status and
 * reservation, and the cashier's two actions. Only a reserved order that has not run out can be paid.
 */
export function ServerCounterOrder(props: ServerCounterOrderProps) {
  const { order, catalog, now, busy, problem, notice, onPay, onCancel } = props;
  const t = useT();
  const locale = useLocale();
  const money = (fen: number) => formatFen(fen, locale);
  const name = (id: string) => catalog.products.find((p) => p.id === id)?.name[locale] ?? id;
  const expired = order.status === 'reserved' && Date.parse(order.expiresAt) <= now.getTime();
  const status = expired ? 'expired' : order.status;
  const open = status === 'reserved';
  return (
    <section
      className="counter-order"
      data-testid="counter-order"
      data-short-code={order.shortCode}
      data-order-id={order.id}
      data-status={status}
    >
      <h2>
        {order.shortCode} · {formatInstant(order.createdAt, locale)}
      </h2>
      <p className="counter-verdict counter-ok" data-testid="counter-verified">
        ✓ {t('counter.server.verified')}
      </p>
      <ul className="counter-lines" data-testid="counter-lines">
        {order.lines.map((line) => (
          <li key={line.productId} data-product-id={line.productId}>
            <span>
              {name(line.productId)} × {line.qty}
            </span>
            <span>{money(line.payFen)}</span>
          </li>
        ))}
      </ul>
      <p className="counter-total" data-testid="counter-total" data-fen={order.totalFen}>
        <strong>{t('counter.server.total', { total: money(order.totalFen) })}</strong>
        {order.payLaterFen > 0 && (
          <span>
            {' '}
            · {t('order.payNow', { now: money(order.payNowFen), later: money(order.payLaterFen) })}
          </span>
        )}
      </p>
      <p className="counter-status" data-testid="counter-status">
        {t('counter.server.status', { status: t(`order.status.${status}`) })}
        {open && <> · {t('counter.server.expires', { time: formatInstant(order.expiresAt, locale) })}</>}
        {order.paidAt && <> · {t('counter.paid', { time: formatInstant(order.paidAt, locale) })}</>}
      </p>
      {problem && (
        <p className="counter-verdict counter-bad" role="alert" data-testid="counter-action-problem">
          {problem}
        </p>
      )}
      {notice && (
        <p className="counter-flag" role="status">
          {notice}
        </p>
      )}
      {status === 'paid' && (
        <p className="counter-paid" data-testid="counter-paid">
          {t('counter.paid', { time: formatInstant(order.paidAt ?? now, locale) })}
        </p>
      )}
      {open && (
        <div className="counter-actions">
          <button
            type="button"
            className="button button-primary"
            data-testid="counter-mark-paid"
            disabled={busy}
            onClick={onPay}
          >
            {t('counter.markPaid')}
          </button>
          <button
            type="button"
            className="link-button"
            data-testid="counter-cancel"
            disabled={busy}
            onClick={onCancel}
          >
            {t('counter.server.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
