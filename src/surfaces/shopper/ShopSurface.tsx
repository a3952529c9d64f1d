import { CatalogGate } from '../../ui/CatalogGate';
import { KioskHandoffNotice } from '../../ui/kiosk/KioskHandoffNotice';
import { ShopPage } from './ShopPage';

/** `/shop`: place products in AR with their Double Eleven prices, on whatever AR this device has. */
export default function ShopSurface() {
  return (
    <CatalogGate>
      <KioskHandoffNotice />
      <ShopPage />
    </CatalogGate>
  );
}
