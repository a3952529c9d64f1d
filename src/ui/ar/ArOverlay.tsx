import './ar.css';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useActions, useCartCount, useProduct } from '../../state/hooks';
import { placementStore, usePlacement } from '../../xr/placement-store';
import { ArPriceSummary } from './ArPriceSummary';
import { ArProductPicker } from './ArProductPicker';

export interface ArOverlayProps {
  onExit: () => void;
  emulated: boolean;
}

/**
 * The DOM overlay over the camera view during the AR session: exit and cart count on top, a hint, the
 * selected product's prices with "Add to cart" (and "Remove" for a placed one), and the picker for what to
 * place next. Buttons stop the tap from also reaching the scene as a WebXR select (`beforexrselect`).
 */
export function ArOverlay({ onExit, emulated }: ArOverlayProps) {
  const t = useT();
  const { addToCart } = useActions();
  const cartCount = useCartCount();
  const placements = usePlacement((state) => state.placements);
  const selectedKey = usePlacement((state) => state.selectedKey);
  const nextProductId = usePlacement((state) => state.nextProductId);
  const surfaceFound = usePlacement((state) => state.surfaceFound);
  const selected = placements.find((p) => p.key === selectedKey) ?? null;
  const shownId = selected?.productId ?? nextProductId;
  // Live stock is laid over the catalog in the store, so a sale elsewhere disables "Add to cart" at once.
  const soldOut = useProduct(shownId ?? undefined)?.stock === 0;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    element.addEventListener('beforexrselect', stopXRSelectOnControls);
    return () => element.removeEventListener('beforexrselect', stopXRSelectOnControls);
  }, []);
  const hint = !surfaceFound ? t('ar.hint.scan') : selected ? t('ar.hint.selected') : t('ar.hint.place');

  return (
    <div ref={root} className="ar-overlay" data-testid="ar-overlay">
      <div className="ar-overlay-head">
        <div className="ar-overlay-top ar-control">
          <button type="button" className="button ar-exit" data-testid="ar-exit" onClick={onExit}>
            {t('ar.exit')}
          </button>
          {emulated && <span className="ar-emulated">{t('ar.mode.emulated')}</span>}
          <span className="ar-cart-count" data-testid="ar-cart-count" data-count={cartCount}>
            {t('ar.cartCount', { count: cartCount })}
          </span>
        </div>
        <p className="ar-hint" role="status" data-testid="ar-hint">
          {hint} · {t('ar.placedCount', { count: placements.length })}
        </p>
      </div>
      <div className="ar-overlay-bottom">
        {shownId && (
          <div className="ar-panel ar-control">
            <ArPriceSummary productId={shownId} />
            <div className="ar-panel-actions">
              <button
                type="button"
                className="button button-primary"
                data-testid="ar-add-to-cart"
                disabled={soldOut}
                onClick={() => addToCart(shownId)}
              >
                {soldOut ? t('product.outOfStock') : t('ar.addToCart')}
              </button>
              {selected && (
                <button
                  type="button"
                  className="button"
                  data-testid="ar-remove"
                  onClick={() => placementStore.getState().remove(selected.key)}
                >
                  {t('ar.remove')}
                </button>
              )}
            </div>
          </div>
        )}
        <div className="ar-control">
          <ArProductPicker
            selectedId={nextProductId}
            onPick={(productId) => {
              placementStore.getState().setNextProduct(productId);
              placementStore.getState().select(null);
            }}
          />
        </div>
      </div>
    </div>
  );
}

// Taps on overlay controls are for the controls, not for placing a product behind them; a tap on the bare
// camera view still reaches the scene.
function stopXRSelectOnControls(event: Event): void {
  if (event.target instanceof Element && event.target.closest('.ar-control')) event.preventDefault();
}
