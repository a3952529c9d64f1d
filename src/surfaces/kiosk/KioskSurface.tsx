import '../../i18n/register-kiosk-messages';
import { useEffect, useState } from 'react';
import { pageEndpoints } from '../../app/useCatalogBootstrap';
import { useT } from '../../i18n/useT';
import { kioskFacts, registerKioskDiagnostics } from '../../kiosk/kiosk-diagnostics';
import { parseKioskConfig, readStoreOrigins } from '../../kiosk/kiosk-config';
import { useKioskCatalog } from '../../kiosk/useKioskCatalog';
import { useKioskGuards } from '../../kiosk/useKioskGuards';
import { useWakeLock } from '../../kiosk/useWakeLock';
import { useCatalogStatus } from '../../state/hooks';
import { KioskScreen } from './KioskScreen';
import '../../ui/kiosk/kiosk.css';
import '../../ui/kiosk/kiosk-touch.css';

/**
 * `/kiosk`: the in-store screen that runs all day. Settings come from the URL (README, "Kiosk display");
 * the catalog is polled on the kiosk's own interval, the screen is kept awake, and the page resists being
 * steered away by a curious shopper.
 */
export default function KioskSurface() {
  const t = useT();
  const [config] = useState(() =>
    parseKioskConfig(
      window.location.search,
      window.location.origin,
      pageEndpoints.url,
      readStoreOrigins(document),
    ),
  );
  const poll = useKioskCatalog(config);
  const status = useCatalogStatus();
  const wakeLock = useWakeLock();
  useKioskGuards();
  useEffect(() => {
    kioskFacts.config = config;
    kioskFacts.wakeLock = wakeLock;
    registerKioskDiagnostics();
  }, [config, wakeLock]);
  return (
    <div className="kiosk" data-testid="kiosk">
      {status === 'ready' ? (
        <KioskScreen config={config} poll={poll} />
      ) : (
        <p className="kiosk-wait" role="status">
          {t(status === 'loading' ? 'kiosk.loading' : 'kiosk.noCatalog')}
        </p>
      )}
    </div>
  );
}
