import { useMemo, useState } from 'react';
import { appUrl } from '../../data/store-context';
import type { Catalog } from '../../domain/catalog';
import type { CartLine } from '../../domain/cart/cart-lines';
import { encodeOrderCode, shortCodeOf } from '../../domain/order/order-code';
import type { Quote } from '../../domain/pricing';
import { formatFen, formatInstant } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';
import { QrCode } from '../QrCode';

export interface CheckoutPanelProps {
  catalog: Catalog;
  quote: Quote;
  lines: readonly CartLine[];
  coupons: readonly string[];
  onClose: () => void;
}

/** Links carry the code in the fragment, so it never reaches a server log; and the store's URL prefix. */
export const counterLink = (code: string) => appUrl(window.location.origin, `/counter#o=${code}`);
export const cartLink = (code: string) => appUrl(window.location.origin, `/cart#o=${code}`);

/**
 * "Pay at the counter": the order as a QR code (a /counter link with the lines, coupons, total and quote
 * instant) plus a short code both screens show, and a link to continue on another device.
 */
export function CheckoutPanel({ catalog, quote, lines, coupons, onClose }: CheckoutPanelProps) {
  const t = useT();
  const locale = useLocale();
  const [copied, setCopied] = useState(false);
  const code = useMemo(
    () =>
      encodeOrderCode({
        storeId: catalog.store.id,
        catalogUpdatedAt: catalog.updatedAt,
        quotedAt: quote.at,
        lines: [...lines],
        coupons: [...coupons],
        totalFen: quote.totalFen,
      }),
    [catalog, quote, lines, coupons],
  );
  const share = async () => {
    try {
      await navigator.clipboard.writeText(cartLink(code));
      setCopied(true);
    } catch {
      window.prompt(t('cart.checkout.share'), cartLink(code));
    }
  };
  return (
    <section className="checkout-panel" data-testid="checkout" data-order-code={code}>
      <h2>{t('cart.checkout.title')}</h2>
      <QrCode text={counterLink(code)} size="260px" title={t('cart.checkout.title')} testId="order-qr" />
      <p className="order-short-code">
        {t('cart.checkout.short')} <strong data-testid="order-short-code">{shortCodeOf(code)}</strong>
      </p>
      <p className="order-total">{t('cart.checkout.total', { total: formatFen(quote.totalFen, locale) })}</p>
      <p className="order-time">{t('cart.checkout.quotedAt', { time: formatInstant(quote.at, locale) })}</p>
      <div className="checkout-actions">
        <button type="button" className="button" onClick={() => void share()}>
          {copied ? t('cart.checkout.copied') : t('cart.checkout.share')}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {t('cart.checkout.close')}
        </button>
      </div>
    </section>
  );
}
