import { useCallback, useEffect, useRef, useState } from 'react';
import { orderCodeFromScan } from '../../domain/order/scanned-order-code';
import { useT } from '../../i18n/useT';
import type { DecodedFrame } from '../../scan/frame-decoder';
import { useCameraScanner } from '../../scan/useCameraScanner';
import { CounterCameraStatus } from './CounterCameraStatus';

export interface CounterCameraPanelProps {
  onCode: (code: string) => void;
  onClose: () => void;
}

/** Longest stray QR text shown back to the cashier. */
const shownTextLength = 60;

/**
 * The live camera at the counter, through the shop's scanner (rear camera, decoding worker): the first QR
 * whose text is a counter link or an order code goes to `onCode`, once; other codes are named and skipped.
 * Unmounting (a code read, or stop) releases the camera.
 */
export function CounterCameraPanel({ onCode, onClose }: CounterCameraPanelProps) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const handedOver = useRef(false);
  const [ignored, setIgnored] = useState<string | null>(null);
  const onFrame = useCallback(
    (frame: DecodedFrame) => {
      if (handedOver.current) return;
      for (const { rawValue } of frame.codes) {
        const code = orderCodeFromScan(rawValue);
        if (code !== null) {
          handedOver.current = true;
          onCode(code);
          return;
        }
      }
      const stray = frame.codes[0]?.rawValue.slice(0, shownTextLength);
      // The same value again is a no-op for React, so a code held in view does not re-render every frame.
      if (stray) setIgnored(stray);
    },
    [onCode],
  );
  const scanner = useCameraScanner(video, onFrame);
  // On a phone the panel opens below the fold, and grows when the camera starts or fails: keep the video and
  // its stop button in view.
  // A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    void panel.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scanner.status]);
  const live = scanner.status !== 'problem';
  return (
    <div
      ref={panel}
      className="counter-camera-panel"
      data-testid="counter-scan-panel"
      data-status={scanner.status}
    >
      <video
        ref={video}
        className="counter-camera-video"
        hidden={!live}
        playsInline
        muted
        autoPlay
        aria-label={t('counter.camera.video')}
        data-testid="counter-scan-video"
      />
      <CounterCameraStatus scanner={scanner} />
      {live && ignored && (
        <p className="counter-camera-ignored" data-testid="counter-scan-ignored">
          {t('counter.camera.ignored', { text: ignored })}
        </p>
      )}
      <button
        type="button"
        className="button counter-camera-button counter-camera-stop"
        data-testid="counter-scan-stop"
        onClick={onClose}
      >
        {live ? t('counter.camera.stop') : t('counter.camera.close')}
      </button>
    </div>
  );
}
