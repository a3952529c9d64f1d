import { useEffect, useRef, useState, type RefObject } from 'react';
import { markProductFrame, registerRenderer } from '../app/diagnostics';
import type { PriceTagText } from '../domain/price-tag';
import { createProductViewer, type ProductViewer, type ProductViewerOptions } from '../viewer/product-viewer';

export interface ProductViewerState {
  /** The 3D view could not start (no WebGL context); show the poster instead. */
  failed: boolean;
  drawn: boolean;
  modelFailed: boolean;
  contextLost: boolean;
  /** The context was lost and never came back: the view gave up (with `failed`). */
  contextGone: boolean;
  /** Download progress of the current model, 0..1. */
  progress: number;
}

type ViewerSetup = Pick<ProductViewerOptions, 'spinSpeed' | 'interactive' | 'viewFrom' | 'fov' | 'margin'>;

/** A GPU context not back after this long is taken as gone for good: the poster stands in (say why). */
export const contextGiveUpMs = 4000;

/**
 * Runs a plain-three product viewer on `canvas` for as long as the component is mounted, showing `modelUrl`
 * (and a price tag when `tag` is given). Each drawn frame counts towards the app's `shelfsight:ready`.
 */
export function useProductViewer(
  canvas: RefObject<HTMLCanvasElement | null>,
  modelUrl: string,
  tag: PriceTagText | null = null,
  setup: ViewerSetup = {},
): ProductViewerState {
  const [state, setState] = useState<Omit<ProductViewerState, 'modelFailed'> & { failedUrl: string | null }>({
    failed: false,
    drawn: false,
    failedUrl: null,
    contextLost: false,
    contextGone: false,
    progress: 0,
  });
  const viewer = useRef<ProductViewer | null>(null);
  const setupOnce = useRef(setup);
  const shownUrl = useRef(modelUrl);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const update = (change: Partial<typeof state>) => setState((old) => ({ ...old, ...change }));
    let drawnOnce = false;
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    try {
      viewer.current = createProductViewer(element, {
        ...setupOnce.current,
        onDrawn: () => {
          markProductFrame();
          if (drawnOnce) return;
          drawnOnce = true;
          update({ drawn: true });
        },
        onProgress: (progress) => update({ progress }),
        onModelError: () => update({ failedUrl: shownUrl.current }),
        onContextLost: (contextLost) => {
          clearTimeout(giveUp);
          update({ contextLost });
          if (!contextLost) return;
          giveUp = setTimeout(() => {
            registerRenderer(null);
            viewer.current?.dispose();
            viewer.current = null;
            update({ failed: true, contextGone: true, contextLost: false });
          }, contextGiveUpMs);
        },
      });
    } catch {
      // No WebGL context (blocklisted GPU, too many contexts): the poster stays and says why.
      update({ failed: true });
      return;
    }
    registerRenderer(viewer.current.renderer);
    return () => {
      clearTimeout(giveUp);
      registerRenderer(null);
      viewer.current?.dispose();
      viewer.current = null;
    };
  }, [canvas]);

  useEffect(() => {
    shownUrl.current = modelUrl;
    viewer.current?.show(modelUrl);
  }, [modelUrl]);

  const tagKey = tag ? JSON.stringify(tag) : '';
  useEffect(() => {
    viewer.current?.setTag(tag);
    // `tagKey` stands for `tag`: act when the words change, not when an equal object arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tagKey]);

  const { failedUrl, ...rest } = state;
  return { ...rest, modelFailed: failedUrl === modelUrl };
}
