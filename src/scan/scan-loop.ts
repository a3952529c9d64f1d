import type { DecodedFrame, FrameDecoder } from './frame-decoder';

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * The current video frame as something a worker can read: a WebCodecs VideoFrame where supported (no pixel
 * copy on the main thread; the worker reads the luma plane), else an ImageBitmap.
 */
async function captureFrame(video: HTMLVideoElement): Promise<VideoFrame | ImageBitmap> {
  if (typeof VideoFrame === 'function') {
    try {
      return new VideoFrame(video);
    } catch {
      // Some browsers refuse a frame from a media element; the bitmap path still works.
    }
  }
  return createImageBitmap(video);
}

/**
 * Feeds video frames to the decoder one at a time: wait for a new video frame, capture it without copying pixels
 * on the main thread, hand it to the worker, wait for the answer, repeat.
 * Returns a stop function.
 */
export function startScanLoop(
  video: HTMLVideoElement,
  decoder: FrameDecoder,
  onFrame: (frame: DecodedFrame, at: number) => void,
): () => void {
  const media = video as VideoWithFrameCallback;
  let stopped = false;
  let handle = 0;
  let timer = 0;

  const next = () => {
    if (stopped) return;
    if (media.requestVideoFrameCallback) handle = media.requestVideoFrameCallback(() => void grab());
    else timer = window.setTimeout(() => void grab(), 33);
  };

  const grab = async () => {
    if (stopped) return;
    if (video.readyState < 2 || video.videoWidth === 0) {
      timer = window.setTimeout(next, 50);
      return;
    }
    try {
      const captured = await captureFrame(video);
      if (stopped) {
        captured.close();
        return;
      }
      const frame = await decoder.decode(captured);
      if (frame && !stopped) onFrame(frame, performance.now());
    } catch {
      // A frame torn down by a track stop or resize: skip it.
    }
    next();
  };

  next();
  return () => {
    stopped = true;
    if (handle) media.cancelVideoFrameCallback?.(handle);
    window.clearTimeout(timer);
  };
}
