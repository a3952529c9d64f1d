import { useState } from 'react';
import { setTorch } from '../../scan/camera';
import { scanDiagnostics } from '../../scan/scan-diagnostics';
import { useT } from '../../i18n/useT';

/** The flashlight toggle, shown only when the camera track reports a torch (dim shop corners). */
export function TorchButton({ stream }: { stream: MediaStream | null }) {
  const t = useT();
  const [on, setOn] = useState(false);
  const toggle = async () => {
    if (await setTorch(stream, !on)) {
      setOn(!on);
      scanDiagnostics.torch = !on;
    }
  };
  return (
    <button
      type="button"
      className="scan-chip"
      aria-pressed={on}
      onClick={() => void toggle()}
      data-testid="scan-torch"
    >
      {on ? t('scan.torchOff') : t('scan.torchOn')}
    </button>
  );
}
