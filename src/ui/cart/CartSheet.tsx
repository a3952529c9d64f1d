import '../../i18n/register-order-messages';
import { lazy, Suspense, useMemo, useState } from 'react';
import { storeContext } from '../../data/store-context';
import type { CartLine } from '../../domain/cart/cart-lines';
import { stockShortfalls } from '../../domain/cart/stock-change';
import type { Quote } from '../../domain/pricing';
import { Link } from 'wouter';
import { useCartQuote } from '../../hooks/useCartQuote';
import { useNow } from '../../hooks/useNow';
import { usePriceChanges } from '../../hooks/usePriceChanges';
import { useT } from '../../i18n/useT';
import { useActiveOrder } from '../../state/active-order';
import { useCartLines, useCatalog, useLocale } from '../../state/hooks';
import { CartHints } from './CartHints';
import { CartLineRow } from './CartLineRow';
import { CartProblemRow } from './CartProblemRow';
import { CartTotals } from './CartTotals';
import { CheckoutPanel } from './CheckoutPanel';
import { CouponForm } from './CouponForm';
import { PriceChangeNotice } from './PriceChangeNotice';
import './cart.css';

// Orders on the store server load only when the cart is opened there (never on a product page).
const ServerCheckout = lazy(() => import('./ServerCheckout'));
const serverMode = storeContext.mode === 'server';

/**
 * The shopper's cart: every line priced by the engine, coupons, totals with pay-now/pay-later, 凑单 hints,
 * a notice when prices or stock move by themselves, and the hand-off to the counter: a local order code on
 * static hosting, a real order on the store server. Used by /cart and overlays.
 */
export function CartSheet() {
  const t = useT();
  const locale = useLocale();
  const catalog = useCatalog();
  const now = useNow(1000);
  const { quote, error, problems, lines, coupons, at } = useCartQuote(now);
  const cartLines = useCartLines();
  const active = useActiveOrder();
  const shortfalls = useMemo(
    () => stockShortfalls(cartLines, (id) => catalog?.products.find((p) => p.id === id)?.stock),
    [cartLines, catalog],
  );
  const { change, dismiss } = usePriceChanges(quote, coupons, cartLines, shortfalls);
  // The counter code is frozen when the shopper taps "pay": the QR must not change while it is scanned.
  const [checkout, setCheckout] = useState<{ quote: Quote; lines: CartLine[]; coupons: string[] } | null>(
    null,
  );
  if (!catalog) return null;
  const empty = lines.length === 0 && problems.length === 0 && !(serverMode && active);
  const payable = quote && lines.length > 0 ? { lines, coupons, totalFen: quote.totalFen } : null;
  return (
    <div className="cart-sheet" data-testid="cart-sheet">
      <h1>{t('cart.title')}</h1>
      {change && <PriceChangeNotice change={change} catalog={catalog} onDismiss={dismiss} />}
      {serverMode && active && (
        <Suspense fallback={null}>
          <ServerCheckout cart={null} now={now} />
        </Suspense>
      )}
      {empty && (
        <p className="cart-empty">
          {t('cart.empty')}{' '}
          <Link href="/" className="button">
            {t('cart.browse')}
          </Link>
        </p>
      )}
      {error && (
        <p className="cart-error" role="alert">
          {error.errors.map((issue) => issue.message[locale]).join(' ')}
        </p>
      )}
      <ul className="cart-lines">
        {quote?.lines.map((line) => {
          const product = catalog.products.find((p) => p.id === line.productId);
          return product ? (
            <CartLineRow key={line.productId} product={product} line={line} applied={quote.applied} />
          ) : null;
        })}
        {problems.map((problem) => (
          <CartProblemRow key={problem.productId} problem={problem} />
        ))}
        {/* A cart the engine refuses as a whole still lists its lines, each removable, never an empty sheet. */}
        {error &&
          lines.map((line) => (
            <CartProblemRow
              key={line.productId}
              problem={{ productId: line.productId, kind: 'unpriced', available: 0 }}
              reason={[
                `× ${line.qty}`,
                ...error.errors
                  .filter((issue) => issue.productId === line.productId)
                  .map((issue) => issue.message[locale]),
              ].join(' · ')}
            />
          ))}
      </ul>
      {quote && lines.length > 0 && (
        <>
          <CartHints catalog={catalog} quote={quote} lines={lines} coupons={coupons} at={at} />
          <CouponForm quote={quote} coupons={coupons} />
          <CartTotals quote={quote} />
          {serverMode ? (
            !active && (
              <Suspense fallback={null}>
                <ServerCheckout cart={payable} now={now} />
              </Suspense>
            )
          ) : checkout ? (
            <CheckoutPanel
              catalog={catalog}
              quote={checkout.quote}
              lines={checkout.lines}
              coupons={checkout.coupons}
              onClose={() => setCheckout(null)}
            />
          ) : (
            <button
              type="button"
              className="button button-primary checkout-button"
              data-testid="checkout-counter"
              onClick={() => setCheckout({ quote, lines, coupons })}
            >
              {t('cart.checkout.counter')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
