import type { Catalog } from '../../domain/catalog';
import type { Quote } from '../../domain/pricing';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import { KioskHandoffQr } from './KioskHandoffQr';

export interface KioskCartProps {
  catalog: Catalog;
  quote: Quote | null;
  /** The hand-off URL for the QR, or null while the cart is empty. */
  handoffUrl: string | null;
  onQty: (productId: string, qty: number) => void;
}

/** The kiosk cart: lines with +/-, the engine's total and saving, 凑单 hints, and the hand-off QR. */
export function KioskCart({ catalog, quote, handoffUrl, onQty }: KioskCartProps) {
  const t = useT();
  const locale = useLocale();
  const saved = quote ? quote.itemDiscountFen + quote.orderDiscountFen : 0;
  return (
    <section className="kiosk-cart" data-testid="kiosk-cart">
      <h2>{t('kiosk.cart.title')}</h2>
      {!quote && <p className="kiosk-cart-empty">{t('kiosk.cart.empty')}</p>}
      {quote && (
        <div className="kiosk-cart-body">
          <div className="kiosk-cart-main">
            <ul className="kiosk-cart-lines">
              {quote.lines.map((line) => {
                const product = catalog.products.find((p) => p.id === line.productId);
                return (
                  <li key={line.productId} className="kiosk-cart-line" data-testid="kiosk-cart-line">
                    <span className="kiosk-cart-name">{product?.name[locale] ?? line.productId}</span>
                    <span className="kiosk-qty">
                      <button
                        type="button"
                        aria-label={t('kiosk.cart.decrease')}
                        onClick={() => onQty(line.productId, line.qty - 1)}
                      >
                        −
                      </button>
                      <span data-testid="kiosk-qty">{line.qty}</span>
                      <button
                        type="button"
                        aria-label={t('kiosk.cart.increase')}
                        onClick={() => onQty(line.productId, line.qty + 1)}
                      >
                        +
                      </button>
                    </span>
                    <span className="kiosk-cart-pay">{formatFen(line.payFen, locale)}</span>
                  </li>
                );
              })}
            </ul>
            <p className="kiosk-cart-total">
              <span>{t('kiosk.cart.total')}</span>
              <strong data-testid="kiosk-total" data-fen={quote.totalFen}>
                {formatFen(quote.totalFen, locale)}
              </strong>
            </p>
            {saved > 0 && (
              <p className="kiosk-cart-saved">
                {t('kiosk.cart.saved', { amount: formatFen(saved, locale) })}
              </p>
            )}
            {quote.payLaterFen > 0 && (
              <p className="kiosk-cart-later">
                {t('kiosk.cart.payLater', { amount: formatFen(quote.payLaterFen, locale) })}
              </p>
            )}
            {quote.hints.slice(0, 2).map((hint) => (
              <p key={hint.promotionId} className="kiosk-hint" data-testid="kiosk-hint">
                {t('kiosk.hint', {
                  add: formatFen(hint.addFen, locale),
                  save: formatFen(hint.saveFen, locale),
                })}
                <small>{hint.label[locale]}</small>
              </p>
            ))}
          </div>
          {handoffUrl && <KioskHandoffQr url={handoffUrl} />}
        </div>
      )}
    </section>
  );
}
