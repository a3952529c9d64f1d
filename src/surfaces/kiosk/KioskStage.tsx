import { useCallback, useEffect, useRef, useState } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import { markProductFrame, registerRenderer } from '../../app/diagnostics';
import type { Product } from '../../domain/catalog';
import { useT } from '../../i18n/useT';
import { contextStats } from '../../kiosk/kiosk-diagnostics';
import { useLocale } from '../../state/hooks';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { ProductPoster } from '../../ui/ProductPoster';
import { KioskScene } from './KioskScene';

export interface KioskStageProps {
  product: Product;
  interactive: boolean;
  spin: boolean;
  /** A lost GPU context not restored within this time gets a brand-new canvas. */
  contextWaitMs: number;
  onDrawn: (productId: string) => void;
}

/**
 * The 3D view of the kiosk with self-healing: when the GPU context is lost it waits for the browser to
 * restore it (then rebuilds the scene's GPU resources), and if that does not happen in time it replaces
 * the canvas with a new one. Without WebGL the product poster stands in.
 */
export function KioskStage({ product, interactive, spin, contextWaitMs, onDrawn }: KioskStageProps) {
  const t = useT();
  const locale = useLocale();
  const [webgl] = useState(() => WebGL.isWebGL2Available());
  const [failed, setFailed] = useState(false);
  const [canvasKey, setCanvasKey] = useState(0);
  const [sceneKey, setSceneKey] = useState(0);
  const [lost, setLost] = useState(false);
  // Read on every drawn frame: a ref, so the per-frame callback never changes identity.
  const lostRef = useRef(false);
  const rebuildTimer = useRef<number | null>(null);

  useEffect(() => () => window.clearTimeout(rebuildTimer.current ?? undefined), []);

  const onCreated = useCallback(
    ({ gl }: RootState) => {
      registerRenderer(gl);
      const canvas = gl.domElement;
      canvas.addEventListener('webglcontextlost', (event) => {
        // preventDefault asks the browser to restore the context; the timer covers a restore that never comes.
        event.preventDefault();
        contextStats.losses += 1;
        lostRef.current = true;
        setLost(true);
        rebuildTimer.current = window.setTimeout(() => {
          contextStats.rebuilds += 1;
          setCanvasKey((key) => key + 1);
        }, contextWaitMs);
      });
      canvas.addEventListener('webglcontextrestored', () => {
        window.clearTimeout(rebuildTimer.current ?? undefined);
        contextStats.restores += 1;
        setSceneKey((key) => key + 1);
      });
    },
    [contextWaitMs],
  );

  const drawn = useCallback(
    (productId: string) => {
      markProductFrame();
      if (lostRef.current) {
        lostRef.current = false;
        contextStats.recovered += 1;
        setLost(false);
      }
      onDrawn(productId);
    },
    [onDrawn],
  );

  const show3d = webgl && !failed;
  return (
    <figure className="kiosk-stage" data-testid="kiosk-stage" data-context={lost ? 'lost' : 'ok'}>
      {!show3d && <ProductPoster className="kiosk-poster" product={product} alt={product.name[locale]} />}
      {show3d && (
        <ErrorBoundary fallback={null} onError={() => setFailed(true)} resetKey={canvasKey}>
          <Canvas
            key={canvasKey}
            className="kiosk-canvas"
            camera={{ position: [0.22, 0.14, 0.32], fov: 32, near: 0.005, far: 20 }}
            dpr={1}
            onCreated={onCreated}
            aria-label={product.name[locale]}
          >
            <KioskScene
              key={sceneKey}
              productId={product.id}
              modelPath={product.model}
              spin={spin}
              interactive={interactive}
              onDrawn={drawn}
            />
          </Canvas>
        </ErrorBoundary>
      )}
      {!webgl && <figcaption className="kiosk-stage-note">{t('kiosk.noWebgl')}</figcaption>}
      {lost && (
        <figcaption className="kiosk-stage-note" role="status">
          {t('kiosk.restoring')}
        </figcaption>
      )}
      {interactive && show3d && !lost && (
        <figcaption className="kiosk-stage-hint">{t('kiosk.rotate')}</figcaption>
      )}
    </figure>
  );
}
