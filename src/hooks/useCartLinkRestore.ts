import { useEffect, useMemo, useRef, useState } from 'react';
import { restoreCart, type RestoredCart } from '../domain/cart/restore';
import { decodeOrderCode, type OrderCodeProblem } from '../domain/order/order-code';
import { useActions, useCatalog } from '../state/hooks';

export type CartLinkResult =
  { kind: 'restored'; cart: RestoredCart } | { kind: 'failed'; problem: OrderCodeProblem | 'other-store' };

/**
 * "Continue on another device": a `/cart#o=<code>` link replaces the cart with the one it carries. The code
 * is validated (checksum, fields, products, stock) before anything is used, and the fragment is removed so
 * a reload does not apply it again.
 */
export function useCartLinkRestore(): CartLinkResult | null {
  const catalog = useCatalog();
  const { replaceCart } = useActions();
  // Read once at mount: the fragment is cleared right after.
  const [hash] = useState(() => window.location.hash);
  const result = useMemo<CartLinkResult | null>(() => {
    if (!catalog || !hash.startsWith('#o=')) return null;
    const decoded = decodeOrderCode(hash);
    if (!decoded.ok) return { kind: 'failed', problem: decoded.problem };
    if (decoded.payload.storeId !== catalog.store.id) return { kind: 'failed', problem: 'other-store' };
    return { kind: 'restored', cart: restoreCart(catalog, decoded.payload.lines, decoded.payload.coupons) };
  }, [catalog, hash]);
  const applied = useRef(false);
  useEffect(() => {
    // Once only: a later catalog refresh must not overwrite what the shopper changed since.
    if (!result || applied.current) return;
    applied.current = true;
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    if (result.kind === 'restored') replaceCart(result.cart.lines, result.cart.coupons);
  }, [result, replaceCart]);
  return result;
}
