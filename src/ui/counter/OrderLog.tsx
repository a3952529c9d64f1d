import { ordersToCsv, type PaidOrder } from '../../domain/order/order-csv';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

/** The counter's paid orders on this device, exportable as CSV for the merchant's books. */
export function OrderLog({ orders, onClear }: { orders: readonly PaidOrder[]; onClear: () => void }) {
  const t = useT();
  const locale = useLocale();
  const exportCsv = () => {
    // A BOM so spreadsheet apps read the UTF-8 correctly.
    const blob = new Blob(['\ufeff', ordersToCsv(orders)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `shelfsight-orders-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="order-log" data-testid="order-log">
      <h2>{t('counter.log')}</h2>
      {orders.length === 0 ? (
        <p className="muted">{t('counter.logEmpty')}</p>
      ) : (
        <ul>
          {[...orders].reverse().map((order) => (
            <li key={`${order.code}-${order.paidAt}`}>
              <span>{order.shortCode}</span>
              <span>{formatInstant(order.paidAt, locale)}</span>
              <span>{formatFen(order.totalFen, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="order-log-actions">
        <button
          type="button"
          className="button"
          data-testid="export-csv"
          disabled={!orders.length}
          onClick={exportCsv}
        >
          {t('counter.export')}
        </button>
        <button type="button" className="link-button" disabled={!orders.length} onClick={onClear}>
          {t('counter.clearLog')}
        </button>
      </div>
    </section>
  );
}
