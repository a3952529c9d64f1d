/// <reference lib="webworker" />
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
// Served from our own origin (hashed asset), never from the CDN zxing-wasm would use by default.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodedCode, DecoderRequest, DecoderResponse } from './decode-protocol';
import { frameSize, pixelsOf } from './frame-pixels';
import { refineCorners } from './refine-corners';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: DecoderResponse) => self.postMessage(message);
const started = performance.now();

let detector: BarcodeDetector | null = null;
// The worker exists only while the scanner runs, so the ~450 kB (gzip) wasm is fetched only then.
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
  fireImmediately: true,
})
  .then(() => {
    detector = new BarcodeDetector({ formats: ['qr_code'] });
    post({ type: 'ready', loadMs: performance.now() - started });
  })
  .catch((error: unknown) => post({ type: 'failed', message: String(error) }));

self.onmessage = async (event: MessageEvent<DecoderRequest>) => {
  const { id, frame } = event.data;
  const { width, height } = frameSize(frame);
  const t0 = performance.now();
  let codes: DecodedCode[] = [];
  let readMs = 0;
  try {
    const pixels = detector ? await pixelsOf(frame) : null;
    readMs = performance.now() - t0;
    if (detector && pixels) {
      const found = await detector.detect(pixels);
      codes = found
        .filter((code) => code.format === 'qr_code')
        .map((code) => ({
          rawValue: code.rawValue,
          corners: refineCorners(pixels, code.cornerPoints) as DecodedCode['corners'],
        }));
    }
  } catch {
    // A frame that cannot be read (e.g. torn down mid-decode) is just a frame without codes.
    codes = [];
  } finally {
    frame.close();
  }
  post({ type: 'decoded', id, codes, width, height, decodeMs: performance.now() - t0, readMs });
};
