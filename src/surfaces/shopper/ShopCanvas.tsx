import { useCallback } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { XR, XRDomOverlay, type XRStore } from '@react-three/xr';
import { markProductFrame, registerRenderer } from '../../app/diagnostics';
import { ArScene } from '../../scene/ArScene';
import { ShopPreview } from '../../scene/ShopPreview';
import { ArOverlay } from '../../ui/ar/ArOverlay';
import { arStatus } from '../../xr/ar-diagnostics';

export interface ShopCanvasProps {
  store: XRStore;
  inSession: boolean;
  previewProductId: string | null;
  emulated: boolean;
  onExit: () => void;
  label: string;
}

/** The one WebGL canvas of /shop: a preview of the next product before AR, the AR scene and overlay during it. */
export function ShopCanvas({ store, inSession, previewProductId, emulated, onExit, label }: ShopCanvasProps) {
  const onCreated = useCallback(({ gl }: RootState) => registerRenderer(gl), []);
  const onEstimating = useCallback((active: boolean) => (arStatus.lightEstimation = active), []);
  return (
    <Canvas
      className="shop-canvas"
      camera={{ position: [0.3, 0.28, 0.45], fov: 40, near: 0.01, far: 30 }}
      dpr={[1, 2]}
      gl={{ alpha: true }}
      onCreated={onCreated}
      aria-label={label}
    >
      <XR store={store}>
        {inSession ? (
          <>
            <ArScene onEstimating={onEstimating} />
            <XRDomOverlay className="ar-overlay-host">
              <ArOverlay onExit={onExit} emulated={emulated} />
            </XRDomOverlay>
          </>
        ) : (
          previewProductId && <ShopPreview productId={previewProductId} onDrawn={markProductFrame} />
        )}
      </XR>
    </Canvas>
  );
}
