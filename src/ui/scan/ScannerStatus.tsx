import type { CameraScanner } from '../../scan/useCameraScanner';
import { useT } from '../../i18n/useT';

/** One line on what the camera is doing, or why it cannot, with a retry where retrying can help. */
export function ScannerStatus({ scanner, hint }: { scanner: CameraScanner; hint: string }) {
  const t = useT();
  if (scanner.status === 'problem' && scanner.problem) {
    return (
      <div
        className="scan-status scan-status-problem"
        role="alert"
        data-testid="scan-problem"
        data-problem={scanner.problem}
      >
        <p>{t(`scan.problem.${scanner.problem}`)}</p>
        {scanner.problem !== 'unsupported' && (
          <button type="button" className="button" onClick={scanner.retry}>
            {t('scan.retry')}
          </button>
        )}
      </div>
    );
  }
  const text =
    scanner.status === 'starting'
      ? t('scan.starting')
      : scanner.status === 'paused'
        ? t('scan.paused')
        : hint;
  return (
    <p className="scan-status" data-testid="scan-status" data-status={scanner.status}>
      {text}
    </p>
  );
}
