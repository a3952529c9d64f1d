import '../../i18n/register-scan-messages';
import { CatalogGate } from '../../ui/CatalogGate';
import { ScanPage } from './ScanPage';
import '../../ui/scan/scan.css';

/**
 * `/shop/scan`: the shelf-code scanner. Camera plus decoding worker; recognized labels show their product and
 * price at once; "Shelf AR" stands each product on its label in the live video (no WebXR needed).
 */
export default function ScanSurface() {
  return (
    <CatalogGate>
      <ScanPage />
    </CatalogGate>
  );
}
