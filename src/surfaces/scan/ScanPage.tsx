import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useT } from '../../i18n/useT';
import { clearSightings } from '../../scan/label-sightings';
import { useCameraScanner } from '../../scan/useCameraScanner';
import { CodeOutlines } from '../../ui/scan/CodeOutlines';
import { IgnoredCodeList } from '../../ui/scan/IgnoredCodeList';
import { ManualCodeEntry } from '../../ui/scan/ManualCodeEntry';
import { ScannerStatus } from '../../ui/scan/ScannerStatus';
import { ScanResultCard } from '../../ui/scan/ScanResultCard';
import { TorchButton } from '../../ui/scan/TorchButton';
import { useScanLog } from './useScanLog';

// three.js, the product models and the tracking loop load only when the shopper opens shelf AR.
const CameraArLayer = lazy(() => import('../../scan/ar/CameraArLayer'));

type View = 'scan' | 'ar';

const initialView = (): View =>
  new URLSearchParams(window.location.search).get('view') === 'ar' ? 'ar' : 'scan';

/** The scanner page: live video full-screen, outlines or 3D products over it, and the results sheet. */
export function ScanPage() {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const { log, onFrame, enterManually, codeSide } = useScanLog();
  const scanner = useCameraScanner(video, onFrame);
  const [view, setView] = useState<View>(initialView);
  const [arUnavailable, setArUnavailable] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => () => clearSightings(), []);
  const onArUnavailable = useCallback(() => setArUnavailable(true), []);
  const viewInAr = useCallback((productId: string) => {
    setSelected(productId);
    setView('ar');
  }, []);

  const cameraOk = scanner.status !== 'problem';
  const shownView: View = cameraOk ? view : 'scan';
  const hint = shownView === 'ar' ? (arUnavailable ? t('scan.arNoWebgl') : t('scan.arHint')) : t('scan.hint');
  return (
    <div className="scan-page" data-testid="scan-page" data-view={shownView}>
      <div className="scan-stage">
        <video ref={video} className="scan-video" playsInline muted autoPlay data-testid="scan-video" />
        {shownView === 'scan' && <CodeOutlines />}
        {shownView === 'ar' && !arUnavailable && scanner.status === 'scanning' && (
          <Suspense fallback={null}>
            <CameraArLayer codeSide={codeSide} onSelect={setSelected} onUnavailable={onArUnavailable} />
          </Suspense>
        )}
      </div>
      <div className="scan-topbar">
        <Link href="/shop" className="scan-chip">
          ← {t('scan.back')}
        </Link>
        {cameraOk && (
          <div className="scan-toggle" role="group">
            <button
              type="button"
              aria-pressed={shownView === 'scan'}
              onClick={() => setView('scan')}
              data-testid="scan-view-list"
            >
              {t('scan.viewScan')}
            </button>
            <button
              type="button"
              aria-pressed={shownView === 'ar'}
              onClick={() => setView('ar')}
              data-testid="scan-view-shelf-ar"
            >
              {t('scan.viewAr')}
            </button>
          </div>
        )}
        {scanner.torchAvailable && <TorchButton key={scanner.stream?.id} stream={scanner.stream} />}
      </div>
      <aside className={`scan-sheet scan-sheet-${shownView}`}>
        <ScannerStatus scanner={scanner} hint={hint} />
        {shownView === 'ar' && selected && (
          <ScanResultCard productId={selected} shelfId={null} onClose={() => setSelected(null)} />
        )}
        {shownView === 'scan' && (
          <>
            <div className="scan-cards" aria-live="polite">
              {log.recognized.map((entry) => (
                <ScanResultCard
                  key={entry.productId}
                  productId={entry.productId}
                  shelfId={entry.shelfId}
                  onViewInAr={cameraOk && !arUnavailable ? viewInAr : undefined}
                />
              ))}
            </div>
            <IgnoredCodeList codes={log.ignored} />
            <ManualCodeEntry onSubmit={enterManually} />
          </>
        )}
      </aside>
    </div>
  );
}
