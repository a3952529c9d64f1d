import { lazy, Suspense, useState } from 'react';
import { CatalogGate } from '../../ui/CatalogGate';
import { ShopPage } from './ShopPage';

// Only shoppers who scanned a kiosk's hand-off QR need the order-code decoder and the cart quote here.
const KioskHandoffNotice = lazy(() =>
  import('../../ui/kiosk/KioskHandoffNotice').then((module) => ({ default: module.KioskHandoffNotice })),
);

/** `/shop`: place products in AR with their Double Eleven prices, on whatever AR this device has. */
export default function ShopSurface() {
  const [handedOff] = useState(() => window.location.hash.startsWith('#o='));
  return (
    <CatalogGate>
      {handedOff && (
        <Suspense fallback={null}>
          <KioskHandoffNotice />
        </Suspense>
      )}
      <ShopPage />
    </CatalogGate>
  );
}
