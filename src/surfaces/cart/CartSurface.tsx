import { useCartLinkRestore } from '../../hooks/useCartLinkRestore';
import { useT } from '../../i18n/useT';
import { CartSheet } from '../../ui/cart/CartSheet';
import { CatalogGate } from '../../ui/CatalogGate';

/** `/cart`: the shopper's cart; also where "continue on another device" links land. */
export default function CartSurface() {
  return (
    <CatalogGate>
      <CartPage />
    </CatalogGate>
  );
}

function CartPage() {
  const t = useT();
  const restored = useCartLinkRestore();
  return (
    <>
      {restored && (
        <p className="notice" role="status" data-testid="cart-link-notice">
          {restored.kind === 'failed'
            ? t('cart.restoreFailed', { reason: restored.problem })
            : restored.cart.dropped.length > 0
              ? t('cart.restoredDropped', { count: restored.cart.dropped.length })
              : t('cart.restored')}
        </p>
      )}
      <CartSheet />
    </>
  );
}
