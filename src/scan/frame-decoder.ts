import type { DecodedCode, DecoderRequest, DecoderResponse } from './decode-protocol';

export interface DecodedFrame {
  codes: DecodedCode[];
  width: number;
  height: number;
  decodeMs: number;
  readMs: number;
}

/** How long the decoder may take to fetch and compile its wasm before we call it broken. */
const loadTimeoutMs = 20_000;

/**
 * The QR decoder in its Web Worker. `start()` spawns the worker (which fetches the wasm) and resolves when
 * it can decode; `decode()` transfers one video frame and resolves with every code in it. One frame at a
 * time: callers wait for a result before sending the next, so a slow phone drops frames instead of queueing.
 */
export class FrameDecoder {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (frame: DecodedFrame | null) => void>();
  loadMs = 0;

  start(): Promise<void> {
    if (this.worker) return Promise.resolve();
    const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('decoder did not load in time')), loadTimeoutMs);
      worker.onerror = (event) => {
        clearTimeout(timer);
        reject(new Error(event.message || 'decoder worker failed'));
      };
      worker.onmessage = (event: MessageEvent<DecoderResponse>) => {
        const message = event.data;
        if (message.type === 'ready') {
          clearTimeout(timer);
          this.loadMs = message.loadMs;
          resolve();
        } else if (message.type === 'failed') {
          clearTimeout(timer);
          reject(new Error(message.message));
        } else {
          const done = this.pending.get(message.id);
          this.pending.delete(message.id);
          done?.({
            codes: message.codes,
            width: message.width,
            height: message.height,
            decodeMs: message.decodeMs,
            readMs: message.readMs,
          });
        }
      };
    });
  }

  /** Decodes a frame (ownership passes to the worker, which closes it). Null if the decoder was disposed. */
  decode(frame: ImageBitmap | VideoFrame): Promise<DecodedFrame | null> {
    const worker = this.worker;
    if (!worker) {
      frame.close();
      return Promise.resolve(null);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const request: DecoderRequest = { type: 'decode', id, frame };
      worker.postMessage(request, [frame]);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const done of this.pending.values()) done(null);
    this.pending.clear();
  }
}
