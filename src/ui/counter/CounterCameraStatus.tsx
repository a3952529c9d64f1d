import { useT } from '../../i18n/useT';
import type { CameraScanner } from '../../scan/useCameraScanner';

export interface CounterCameraStatusProps {
  scanner: CameraScanner;
}

/** What the counter camera is doing, or why it cannot run, with a retry where retrying can help. */
export function CounterCameraStatus({ scanner }: CounterCameraStatusProps) {
  const t = useT();
  if (scanner.status === 'problem' && scanner.problem) {
    return (
      <div
        className="counter-camera-status counter-bad"
        role="alert"
        data-testid="counter-scan-problem"
        data-problem={scanner.problem}
      >
        <p>{t(`counter.camera.problem.${scanner.problem}`)}</p>
        {scanner.problem !== 'unsupported' && (
          <button type="button" className="button counter-camera-button" onClick={scanner.retry}>
            {t('counter.camera.retry')}
          </button>
        )}
      </div>
    );
  }
  const text =
    scanner.status === 'starting'
      ? t('counter.camera.starting')
      : scanner.status === 'paused'
        ? t('counter.camera.paused')
        : t('counter.camera.hint');
  return (
    <p className="counter-camera-status" role="status" data-testid="counter-scan-status">
      {text}
    </p>
  );
}
