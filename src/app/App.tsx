import { lazy, Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { AppHeader } from '../ui/AppHeader';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NoticeBar } from '../ui/NoticeBar';
import { NotFound } from '../ui/NotFound';
import { LoadingScreen } from '../ui/LoadingScreen';
import { useCatalogBootstrap } from './useCatalogBootstrap';
import { useLocaleSync } from './useLocaleSync';

// Each surface is its own chunk: a shopper on a weak store network never downloads the merchant studio.
const HomeSurface = lazy(() => import('../surfaces/home/HomeSurface'));
const ProductSurface = lazy(() => import('../surfaces/product/ProductSurface'));
const ShopSurface = lazy(() => import('../surfaces/shopper/ShopSurface'));
const MerchantSurface = lazy(() => import('../surfaces/merchant/MerchantSurface'));
const KioskSurface = lazy(() => import('../surfaces/kiosk/KioskSurface'));
const ScanSurface = lazy(() => import('../surfaces/scan/ScanSurface'));
const CartSurface = lazy(() => import('../surfaces/cart/CartSurface'));
const CounterSurface = lazy(() => import('../surfaces/counter/CounterSurface'));
const LabelsSurface = lazy(() => import('../surfaces/merchant/LabelsSurface'));
// A surface that fails to render shows this instead of a blank page (its own chunk: the shop never pays for it).
const RecoveryScreen = lazy(() => import('../ui/stored/RecoveryScreen'));

export function App() {
  useCatalogBootstrap();
  useLocaleSync();
  const [location] = useLocation();
  return (
    <div className="app">
      <AppHeader />
      <NoticeBar />
      <main className="app-main">
        <Suspense fallback={<LoadingScreen />}>
          <ErrorBoundary resetKey={location} fallback={<RecoveryScreen />}>
            <Switch>
              <Route path="/" component={HomeSurface} />
              <Route path="/p/:productId">
                {(params) => <ProductSurface productId={params.productId} />}
              </Route>
              <Route path="/shop" component={ShopSurface} />
              <Route path="/shop/scan" component={ScanSurface} />
              <Route path="/cart" component={CartSurface} />
              <Route path="/counter" component={CounterSurface} />
              <Route path="/merchant" component={MerchantSurface} />
              <Route path="/merchant/labels" component={LabelsSurface} />
              <Route path="/kiosk" component={KioskSurface} />
              <Route>
                <NotFound />
              </Route>
            </Switch>
          </ErrorBoundary>
        </Suspense>
      </main>
    </div>
  );
}
