import { useCallback, useRef, useState } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { useProgress } from '@react-three/drei';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import type { Product } from '../domain/catalog';
import { markProductFrame, registerRenderer } from '../app/diagnostics';
import { useT } from '../i18n/useT';
import { useLocale } from '../state/hooks';
import { ProductStage } from '../scene/ProductStage';
import { ErrorBoundary } from './ErrorBoundary';
import { ProductPoster } from './ProductPoster';

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The product's 3D view with everything around it: the poster while the model loads, a progress line, and
 * the fallbacks (no WebGL, broken model, lost GPU context) that keep the page useful.
 */
export function ProductViewer({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const [webgl] = useState(() => WebGL.isWebGL2Available());
  const [canvasFailed, setCanvasFailed] = useState(false);
  const [modelFailed, setModelFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const drawnOnce = useRef(false);
  const { progress, active } = useProgress();

  const onDrawn = useCallback(() => {
    markProductFrame();
    if (!drawnOnce.current) {
      drawnOnce.current = true;
      setDrawn(true);
    }
  }, []);

  const onCreated = useCallback(({ gl }: RootState) => {
    registerRenderer(gl);
    const canvas = gl.domElement;
    // preventDefault tells the browser we will restore; three re-creates its GPU state on restore.
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault();
      setContextLost(true);
    });
    canvas.addEventListener('webglcontextrestored', () => setContextLost(false));
  }, []);

  const show3d = webgl && !canvasFailed;
  const message = !show3d
    ? t('product.noWebgl')
    : modelFailed
      ? t('product.modelError')
      : contextLost
        ? t('product.contextLost')
        : null;

  return (
    <figure className="product-viewer" data-testid="product-viewer" data-drawn={drawn ? 'yes' : 'no'}>
      {(!drawn || !show3d || modelFailed) && (
        <ProductPoster className="product-poster" product={product} alt={product.name[locale]} />
      )}
      {show3d && (
        <ErrorBoundary fallback={null} onError={() => setCanvasFailed(true)}>
          <Canvas
            className="product-canvas"
            camera={{ position: [0.22, 0.16, 0.32], fov: 35, near: 0.005, far: 20 }}
            dpr={[1, 2]}
            onCreated={onCreated}
            aria-label={t('product.view3d')}
          >
            <ProductStage
              modelPath={product.model}
              spinSpeed={prefersReducedMotion() ? 0 : undefined}
              onModelError={() => setModelFailed(true)}
              onDrawn={onDrawn}
            />
          </Canvas>
        </ErrorBoundary>
      )}
      {show3d && active && !drawn && (
        <div className="product-progress" role="progressbar" aria-valuenow={Math.round(progress)}>
          {t('product.loading', { percent: Math.round(progress) })}
        </div>
      )}
      {message && (
        <figcaption className="product-viewer-message" role="status">
          {message}
        </figcaption>
      )}
      {show3d && drawn && !message && (
        <figcaption className="product-viewer-hint">{t('product.view3d')}</figcaption>
      )}
    </figure>
  );
}
