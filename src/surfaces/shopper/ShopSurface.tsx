import { CatalogGate } from '../../ui/CatalogGate';
import { ShopPage } from './ShopPage';

/** `/shop`: place products in AR with their Double Eleven prices, on whatever AR this device has. */
export default function ShopSurface() {
  return (
    <CatalogGate>
      <ShopPage />
    </CatalogGate>
  );
}
