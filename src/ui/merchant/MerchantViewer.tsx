import { useCallback, useMemo, useRef, useState } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { markProductFrame, registerRenderer } from '../../app/diagnostics';
import { useT } from '../../i18n/useT';
import { usePreviewAt, usePreviewCatalog, useStudio } from '../../merchant/hooks';
import { assetUrl } from '../../data/asset-url';
import { MerchantStage } from '../../scene/merchant/MerchantStage';
import { ErrorBoundary } from '../ErrorBoundary';

/** The studio's WebGL canvas; `data-drawn` turns "yes" after the first frame with the model in it. */
export function MerchantViewer({ productId }: { productId: string }) {
  const t = useT();
  const catalog = usePreviewCatalog();
  const previewAt = usePreviewAt();
  const lighting = useStudio((state) => state.lighting);
  const custom = useStudio((state) => state.customModels[productId]);
  const product = catalog?.products.find((item) => item.id === productId);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const drawnOnce = useRef(false);
  const onDrawn = useCallback(() => {
    markProductFrame();
    if (!drawnOnce.current) {
      drawnOnce.current = true;
      setDrawn(true);
    }
  }, []);
  const onCreated = useCallback(({ gl }: RootState) => registerRenderer(gl), []);
  const at = useMemo(() => new Date(previewAt), [previewAt]);
  const modelUrl = custom?.url ?? (product ? assetUrl(product.model) : null);
  if (!modelUrl) return null;
  return (
    <figure className="studio-viewer" data-testid="merchant-viewer" data-drawn={drawn ? 'yes' : 'no'}>
      <ErrorBoundary fallback={<p className="studio-invalid">{t('merchant.modelError')}</p>}>
        <Canvas
          camera={{ position: [0.35, 0.3, 0.55], fov: 35, near: 0.01, far: 20 }}
          dpr={[1, 2]}
          onCreated={onCreated}
          gl={{ preserveDrawingBuffer: true }}
        >
          <MerchantStage
            productId={productId}
            modelUrl={modelUrl}
            catalog={catalog}
            at={at}
            lighting={lighting}
            onModelError={() => setFailedUrl(modelUrl)}
            onDrawn={onDrawn}
          />
        </Canvas>
      </ErrorBoundary>
      <figcaption className="studio-viewer-caption">
        {failedUrl === modelUrl ? t('merchant.modelError') : t('merchant.grid')}
      </figcaption>
    </figure>
  );
}
