import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import { useNow } from '../../hooks/useNow';
import { useT } from '../../i18n/useT';
import { useProducts } from '../../state/hooks';
import { ArModeChooser } from '../../ui/ar/ArModeChooser';
import { ArProductPicker } from '../../ui/ar/ArProductPicker';
import { ArUnavailable } from '../../ui/ar/ArUnavailable';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { ProductCard } from '../../ui/ProductCard';
import { emulationRequest } from '../../xr/ar-modes';
import { arStatus } from '../../xr/ar-diagnostics';
import { placementStore, usePlacement } from '../../xr/placement-store';
import { useArCapabilities } from '../../xr/useArCapabilities';
import { ShopPreview } from './ShopPreview';
import { useShopXR } from './useShopXR';
import './shop.css';

/** The shopper AR page: mode buttons, a 3D preview with the price tag, the picker and the product list. */
export function ShopPage() {
  const t = useT();
  const products = useProducts();
  const now = useNow(1000);
  const [params] = useSearchParams();
  const emulation = useMemo(() => emulationRequest(window.location.search), []);
  const [webgl] = useState(() => WebGL.isWebGL2Available());
  const [canvasFailed, setCanvasFailed] = useState(false);
  const xr = useShopXR(emulation, webgl);
  const { runtime, store, session, entering, enter, exit, error, prepare } = xr;
  const availability = useArCapabilities(xr.emulatorInstalled, emulation !== null);
  const onPreviewFailed = useCallback(() => setCanvasFailed(true), []);
  const nextProductId = usePlacement((state) => state.nextProductId);

  const requested = params.get('product');
  useEffect(() => {
    const known = products.some((product) => product.id === requested);
    const current = placementStore.getState().nextProductId;
    if (known && requested) placementStore.getState().setNextProduct(requested);
    else if (!current || !products.some((product) => product.id === current))
      placementStore.getState().setNextProduct(products[0]?.id ?? '');
  }, [requested, products]);

  const product = products.find((p) => p.id === nextProductId) ?? products[0];
  const modes = useMemo(() => (availability.status === 'ready' ? availability.modes : []), [availability]);
  useEffect(() => {
    arStatus.available = modes;
    // A phone that can start WebXR AR fetches the AR code now, so a tap on "AR" starts at once.
    if (modes.includes('webxr')) prepare();
  }, [modes, prepare]);

  return (
    <section className="shop-page" data-testid="shop-page" data-in-session={session ? 'yes' : 'no'}>
      <header className="shop-intro">
        <h1>{t('ar.title')}</h1>
        <p>{t('ar.intro')}</p>
      </header>
      <div className={session || entering ? 'shop-stage shop-stage-ar' : 'shop-stage'}>
        {webgl && !canvasFailed && product && !session && !entering && (
          <ShopPreview product={product} label={t('ar.title')} onFailed={onPreviewFailed} />
        )}
        {runtime && store && (session || entering) && (
          <ErrorBoundary fallback={null} onError={() => setCanvasFailed(true)}>
            <runtime.ShopCanvas
              store={store}
              inSession={session !== null}
              emulated={emulation !== null}
              onExit={exit}
              onConnected={xr.onConnected}
              label={t('ar.title')}
            />
          </ErrorBoundary>
        )}
        {(!webgl || canvasFailed) && (
          <p className="shop-notice" role="status" data-testid="shop-no-webgl">
            {t('ar.noWebgl')}
          </p>
        )}
      </div>
      <div className="shop-controls">
        {availability.status === 'checking' && <p role="status">{t('ar.checking')}</p>}
        {availability.status === 'ready' && product && modes.length > 0 && (
          <ArModeChooser
            modes={modes}
            product={product}
            onEnterWebXR={() => void enter()}
            emulated={emulation !== null}
            error={error}
          />
        )}
        {availability.status === 'ready' && modes.length > 0 && (
          // Shelf labels work on every phone, AR or not: always one tap away.
          <Link href="/shop/scan" className="button shop-scan-link" data-testid="shop-scan-link">
            {t('ar.none.scan')}
          </Link>
        )}
        {availability.status === 'ready' && modes.length === 0 && (
          <ArUnavailable productId={product?.id ?? null} />
        )}
        <h2 className="shop-pick-heading">{t('ar.pick')}</h2>
        <ArProductPicker
          selectedId={product?.id ?? null}
          onPick={(productId) => placementStore.getState().setNextProduct(productId)}
        />
      </div>
      <ul className="product-grid shop-products" data-testid="product-grid">
        {products.map((p) => (
          <ProductCard key={p.id} product={p} now={now} />
        ))}
      </ul>
    </section>
  );
}
