import { useRef, useState } from 'react';
import WebGL from 'three/examples/jsm/capabilities/WebGL.js';
import type { Product } from '../domain/catalog';
import { useProductViewer } from '../hooks/useProductViewer';
import { useT } from '../i18n/useT';
import { assetUrl } from '../data/asset-url';
import { useLocale } from '../state/hooks';
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
  if (webgl) return <ProductViewer3D product={product} />;
  return (
    <figure className="product-viewer" data-testid="product-viewer" data-drawn="no">
      <ProductPoster className="product-poster" product={product} alt={product.name[locale]} />
      <figcaption className="product-viewer-message" role="status">
        {t('product.noWebgl')}
      </figcaption>
    </figure>
  );
}

function ProductViewer3D({ product }: { product: Product }) {
  const t = useT();
  const locale = useLocale();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [spinSpeed] = useState(() => (prefersReducedMotion() ? 0 : 0.35));
  const view = useProductViewer(canvas, assetUrl(product.model), null, { spinSpeed });
  const message = view.contextGone
    ? t('product.contextGone')
    : view.failed
      ? t('product.noWebgl')
      : view.modelFailed
        ? t('product.modelError')
        : view.contextLost
          ? t('product.contextLost')
          : null;
  const percent = Math.round(view.progress * 100);
  return (
    <figure className="product-viewer" data-testid="product-viewer" data-drawn={view.drawn ? 'yes' : 'no'}>
      {(!view.drawn || view.failed || view.modelFailed) && (
        <ProductPoster className="product-poster" product={product} alt={product.name[locale]} />
      )}
      <canvas
        ref={canvas}
        className="product-canvas"
        aria-label={t('product.view3d')}
        // A broken model: the poster stands in, without the viewer's wireframe placeholder drawn over it.
        hidden={view.failed || view.modelFailed}
      />
      {!view.drawn && !message && (
        <div className="product-progress" role="progressbar" aria-valuenow={percent}>
          {t('product.loading', { percent })}
        </div>
      )}
      {message && (
        <figcaption className="product-viewer-message" role="status">
          {message}
        </figcaption>
      )}
      {view.drawn && !message && (
        <figcaption className="product-viewer-hint">{t('product.view3d')}</figcaption>
      )}
    </figure>
  );
}
