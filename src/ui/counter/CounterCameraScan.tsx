import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { CounterCameraPanel } from './CounterCameraPanel';
import './counter-camera.css';

export interface CounterCameraScanProps {
  /** Receives the order code from the first order QR the camera reads; the camera is closed by then. */
  onCode: (code: string) => void;
}

/**
 * The counter's "scan with camera" card: a button that opens the camera panel, which reads the order QR off
 * the shopper's phone and hands its code to the counter as if it had been typed and checked.
 *
 * Imported statically: the counter is already its own lazy chunk, and the heavy part (the decoding worker and
 * its ~450 kB wasm) loads only once the camera is open. A further dynamic import here was measured to regroup
 * the chunks the shop pages share and push /shop's initial JS over its budget.
 */
export function CounterCameraScan({ onCode }: CounterCameraScanProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <section className="counter-camera" data-testid="counter-camera" data-open={open}>
      {open ? (
        <CounterCameraPanel
          onClose={close}
          onCode={(code) => {
            close();
            onCode(code);
          }}
        />
      ) : (
        <div className="counter-camera-closed">
          <button
            type="button"
            className="button counter-camera-button"
            data-testid="counter-scan"
            onClick={() => setOpen(true)}
          >
            {t('counter.camera.open')}
          </button>
          <p>{t('counter.camera.intro')}</p>
        </div>
      )}
    </section>
  );
}
