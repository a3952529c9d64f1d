import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { CameraError, openCamera, stopStream, torchSupported } from './camera';
import { FrameDecoder } from './frame-decoder';
import { startScanLoop } from './scan-loop';
import { recordDecodeTime, scanDiagnostics } from './scan-diagnostics';
import type { DecodedFrame } from './frame-decoder';
import type { CameraProblem } from './camera';

export type ScannerStatus = 'starting' | 'scanning' | 'paused' | 'problem';

export interface CameraScanner {
  status: ScannerStatus;
  problem: CameraProblem | 'decoder' | null;
  stream: MediaStream | null;
  torchAvailable: boolean;
  /** Tries the camera (and decoder) again after a problem. */
  retry: () => void;
}

type SessionState = Omit<CameraScanner, 'retry'> & { session: string };

const idle: Omit<CameraScanner, 'retry'> = {
  status: 'starting',
  problem: null,
  stream: null,
  torchAvailable: false,
};

/** Points the video element at the camera stream (or at nothing) and starts playback. */
async function showStream(element: HTMLVideoElement | null, stream: MediaStream | null): Promise<void> {
  if (!element) return;
  element.srcObject = stream;
  if (stream) await element.play().catch(() => {});
}

/** Tracks `document.visibilityState`, so the camera is released while the page is in the background. */
function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return visible;
}

/**
 * Runs the camera and the decoding worker while the page is visible: opens the rear camera into `video`,
 * starts the worker (its wasm loads only now), and calls `onFrame` for every decoded frame. Hiding the page
 * stops the camera (the light goes off); showing it again restarts it. Unmounting releases everything.
 */
export function useCameraScanner(
  video: RefObject<HTMLVideoElement | null>,
  onFrame: (frame: DecodedFrame, at: number) => void,
): CameraScanner {
  const visible = usePageVisible();
  const [attempt, setAttempt] = useState(0);
  // Each camera session (page shown, or a retry) has its own key; state from an older session is stale, so
  // "starting" and "paused" follow from the key without a synchronous setState in the effect.
  const session = `${visible ? 'shown' : 'hidden'}:${attempt}`;
  const [state, setState] = useState<SessionState>({ ...idle, session: '' });
  const onFrameRef = useRef(onFrame);
  useEffect(() => {
    onFrameRef.current = onFrame;
  }, [onFrame]);
  const decoder = useRef<FrameDecoder | null>(null);

  useEffect(() => () => decoder.current?.dispose(), []);

  useEffect(() => {
    if (!visible) {
      scanDiagnostics.status = 'paused';
      return;
    }
    let cancelled = false;
    let stream: MediaStream | null = null;
    let stopLoop = () => {};
    const element = video.current;
    scanDiagnostics.status = 'starting';
    decoder.current ??= new FrameDecoder();
    const activeDecoder = decoder.current;
    const fail = (problem: CameraScanner['problem']) => {
      if (cancelled) return;
      scanDiagnostics.status = `problem:${problem}`;
      setState({ session, status: 'problem', problem, stream: null, torchAvailable: false });
    };
    void (async () => {
      try {
        stream = await openCamera();
      } catch (error) {
        fail(error instanceof CameraError ? error.problem : 'failed');
        return;
      }
      if (cancelled) return stopStream(stream);
      // Only now, with a camera to read from, is the decoder (and its wasm) worth downloading; it loads
      // while the video starts.
      const decoderReady = activeDecoder.start().then(
        () => true,
        () => false,
      );
      if (!element) return stopStream(stream);
      await showStream(element, stream);
      if (!(await decoderReady)) {
        stopStream(stream);
        activeDecoder.dispose();
        if (decoder.current === activeDecoder) decoder.current = null;
        return fail('decoder');
      }
      if (cancelled) return;
      scanDiagnostics.wasmLoadMs = activeDecoder.loadMs;
      scanDiagnostics.status = 'scanning';
      const settings = stream.getVideoTracks()[0]?.getSettings();
      scanDiagnostics.video = {
        width: settings?.width ?? element.videoWidth,
        height: settings?.height ?? element.videoHeight,
      };
      setState({
        session,
        status: 'scanning',
        problem: null,
        stream,
        torchAvailable: torchSupported(stream),
      });
      stopLoop = startScanLoop(element, activeDecoder, (frame, at) => {
        recordDecodeTime(frame.decodeMs, frame.readMs);
        scanDiagnostics.video = { width: frame.width, height: frame.height };
        onFrameRef.current(frame, at);
      });
    })();
    return () => {
      cancelled = true;
      stopLoop();
      stopStream(stream);
      void showStream(element, null);
    };
  }, [visible, video, session]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const current: Omit<CameraScanner, 'retry'> =
    state.session === session ? state : { ...idle, status: visible ? 'starting' : 'paused' };
  return {
    status: current.status,
    problem: current.problem,
    stream: current.stream,
    torchAvailable: current.torchAvailable,
    retry,
  };
}
