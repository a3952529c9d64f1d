import '../../i18n/register-order-messages';
import { useState } from 'react';
import { createOrderApi } from '../../data/order-api';
import { createOrderClient, type OrderClient, type OrderRefusal } from '../../data/order-client';
import { storeContext } from '../../data/store-context';
import type { CartLine } from '../../domain/cart/cart-lines';
import { useT } from '../../i18n/useT';
import { setActiveOrder, useActiveOrder } from '../../state/active-order';
import { useActions } from '../../state/hooks';
import { OrderRefusalNotice } from './OrderRefusalNotice';
import { ServerOrderPanel } from './ServerOrderPanel';

export interface ServerCheckoutProps {
  /** The lines and coupons the cart quoted, and the total it shows; null while nothing can be paid. */
  cart: { lines: readonly CartLine[]; coupons: readonly string[]; totalFen: number } | null;
  now: Date;
}

let client: OrderClient | null = null;
let retrying: (attempt: number) => void = () => {};
/** The page's order client (one, so its idempotency key survives the cart re-rendering). */
function orderClient(): OrderClient {
  client ??= createOrderClient({
    api: createOrderApi(storeContext.storeId ?? ''),
    storeId: storeContext.storeId ?? '',
    onRetry: (attempt) => retrying(attempt),
  });
  return client;
}

/**
 * "Pay at the counter" on the store server: sends the cart as an order, then shows the order's signed code
 * as the counter QR with its reservation time (and keeps it across reloads until the shopper is done). A
 * refusal is explained in the cart and changes nothing else; the lines stay as they were.
 */
export default function ServerCheckout({ cart, now }: ServerCheckoutProps) {
  const t = useT();
  const active = useActiveOrder();
  const { clearCart } = useActions();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [refusal, setRefusal] = useState<{ refusal: OrderRefusal; shownFen: number } | null>(null);

  if (active) return <ServerOrderPanel order={active} now={now} onDone={() => setActiveOrder(null)} />;
  if (!cart) return null;

  const pay = async (expectedTotalFen: number) => {
    setBusy(true);
    setAttempt(0);
    retrying = setAttempt;
    const outcome = await orderClient().submit({
      lines: cart.lines,
      coupons: cart.coupons,
      expectedTotalFen,
    });
    retrying = () => {};
    setBusy(false);
    if (outcome.ok) {
      setRefusal(null);
      setActiveOrder(outcome.order);
      // The cart became this order: its units are reserved now, so the cart must not count them again.
      clearCart();
    } else {
      setRefusal({ refusal: outcome.refusal, shownFen: cart.totalFen });
    }
  };

  return (
    <>
      {refusal && (
        <OrderRefusalNotice
          refusal={refusal.refusal}
          shownFen={refusal.shownFen}
          busy={busy}
          onPay={(total) => void pay(total)}
          onDismiss={() => setRefusal(null)}
        />
      )}
      <button
        type="button"
        className="button button-primary checkout-button"
        data-testid="checkout-counter"
        data-mode="server"
        disabled={busy}
        onClick={() => void pay(cart.totalFen)}
      >
        {busy
          ? attempt > 0
            ? t('order.submit.retrying', { attempt })
            : t('order.submit.busy')
          : t('cart.checkout.counter')}
      </button>
    </>
  );
}
