import type { Catalog } from '../../domain/catalog';
import { checkOrder, staleAfterMinutes } from '../../domain/order/check-order';
import type { OrderPayload } from '../../domain/order/order-code';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

export interface CounterOrderProps {
  catalog: Catalog;
  payload: OrderPayload;
  shortCode: string;
  now: Date;
  paidAt: string | null;
  onPaid: (payFenByProduct: Map<string, number>, totalFen: number) => void;
}

/** A scanned order re-quoted now: its lines, the total due, and whether that is what the shopper was shown. */
export function CounterOrder({ catalog, payload, shortCode, now, paidAt, onPaid }: CounterOrderProps) {
  const t = useT();
  const locale = useLocale();
  const check = checkOrder(catalog, payload, now);
  const money = (fen: number) => formatFen(fen, locale);
  const name = (id: string) => catalog.products.find((p) => p.id === id)?.name[locale] ?? id;
  const result = check.result;
  return (
    <section className="counter-order" data-testid="counter-order" data-short-code={shortCode}>
      <h2>
        {shortCode} · {formatInstant(payload.quotedAt, locale, 'long')}
      </h2>
      {check.otherStore && (
        <p className="counter-flag">{t('counter.otherStore', { store: payload.storeId })}</p>
      )}
      {result.ok ? (
        <>
          <ul className="counter-lines">
            {result.lines.map((line) => (
              <li key={line.productId}>
                <span>
                  {name(line.productId)} × {line.qty}
                </span>
                <span>{money(line.payFen)}</span>
              </li>
            ))}
          </ul>
          <p
            className={check.holds ? 'counter-verdict counter-ok' : 'counter-verdict counter-bad'}
            data-testid="counter-verdict"
            data-holds={check.holds ? 'yes' : 'no'}
            data-total-fen={result.totalFen}
          >
            {check.holds
              ? t('counter.holds', { total: money(result.totalFen) })
              : t('counter.differs', { quoted: money(payload.totalFen), now: money(result.totalFen) })}
          </p>
        </>
      ) : (
        <p className="counter-verdict counter-bad" data-testid="counter-verdict" data-holds="no">
          {t('counter.cannotQuote', {
            reason: result.errors.map((issue) => issue.message[locale]).join(' '),
          })}
        </p>
      )}
      {check.catalogChanged && <p className="counter-flag">{t('counter.catalogChanged')}</p>}
      {check.stale && <p className="counter-flag">{t('counter.stale', { minutes: staleAfterMinutes })}</p>}
      {check.future && (
        <p className="counter-flag" data-testid="counter-future">
          {t('counter.future', { time: formatInstant(payload.quotedAt, locale, 'long') })}
        </p>
      )}
      {result.ok &&
        (paidAt ? (
          <p className="counter-paid" data-testid="counter-paid">
            {t('counter.paid', { time: formatInstant(paidAt, locale) })}
          </p>
        ) : (
          <button
            type="button"
            className="button button-primary"
            data-testid="counter-mark-paid"
            onClick={() =>
              onPaid(new Map(result.lines.map((line) => [line.productId, line.payFen])), result.totalFen)
            }
          >
            {t('counter.markPaid')}
          </button>
        ))}
    </section>
  );
}
