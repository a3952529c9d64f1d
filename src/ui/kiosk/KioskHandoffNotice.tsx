import { Link } from 'wouter';
import { useCartLinkRestore } from '../../hooks/useCartLinkRestore';
import { useCartQuote } from '../../hooks/useCartQuote';
import { useNow } from '../../hooks/useNow';
import { formatFen } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../state/hooks';

/**
 * On `/shop`: restores a cart handed over by the kiosk's QR (`#o=<code>`, validated by useCartLinkRestore:
 * unknown products dropped, quantities capped, nothing executed) and says what arrived, with the total the
 * same pricing engine gives on the phone. Renders nothing without such a link.
 */
export function KioskHandoffNotice() {
  const t = useT();
  const locale = useLocale();
  const restored = useCartLinkRestore();
  const { quote } = useCartQuote(useNow(1000));
  if (!restored) return null;
  if (restored.kind === 'failed') {
    return (
      <p className="notice" role="status" data-testid="handoff-notice" data-state="failed">
        {t('cart.handoff.failed', { reason: restored.problem })}
      </p>
    );
  }
  const count = restored.cart.lines.reduce((sum, line) => sum + line.qty, 0);
  return (
    <p className="notice kiosk-arrived" role="status" data-testid="handoff-notice" data-state="restored">
      <span data-testid="handoff-total" data-fen={quote?.totalFen ?? ''}>
        {t('cart.handoff.arrived', { count, total: quote ? formatFen(quote.totalFen, locale) : '…' })}
      </span>
      {restored.cart.dropped.length > 0 && (
        <span> {t('cart.handoff.dropped', { count: restored.cart.dropped.length })}</span>
      )}
      {restored.cart.capped.length > 0 && <span> {t('cart.handoff.capped')}</span>}{' '}
      <Link href="/cart">{t('cart.handoff.viewCart')}</Link>
    </p>
  );
}
