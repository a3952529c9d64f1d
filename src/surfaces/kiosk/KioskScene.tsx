import { Suspense, useCallback, useState } from 'react';
import { Bounds, ContactShadows, OrbitControls } from '@react-three/drei';
import { FitOnLoad } from '../../scene/FitOnLoad';
import { PlaceholderModel } from '../../scene/PlaceholderModel';
import { ProductModel } from '../../scene/ProductModel';
import { StudioEnvironment } from '../../scene/StudioEnvironment';
import { Turntable } from '../../scene/Turntable';
import { ErrorBoundary } from '../../ui/ErrorBoundary';

export interface KioskSceneProps {
  productId: string;
  modelPath: string;
  spin: boolean;
  /** Touch mode: the shopper may turn and tilt the product. */
  interactive: boolean;
  onDrawn: (productId: string) => void;
}

/**
 * The kiosk's 3D stage: one product on a turntable, re-framed for each product. The environment and shadow
 * stay mounted across products (an all-day loop must not rebuild GPU resources every few seconds); models
 * come from the loader cache after the first round, so their geometry is uploaded once.
 */
export function KioskScene({ productId, modelPath, spin, interactive, onDrawn }: KioskSceneProps) {
  const [largestSide, setLargestSide] = useState(0.1);
  const drawn = useCallback(() => onDrawn(productId), [onDrawn, productId]);
  return (
    <>
      <StudioEnvironment />
      <ambientLight intensity={0.3} />
      {/* Keyed by product: Bounds fits what it holds when it mounts, so each product gets framed afresh. */}
      <Bounds key={productId} fit clip margin={1.35} maxDuration={spin ? 0.5 : 0}>
        <ErrorBoundary fallback={<PlaceholderModel />} resetKey={modelPath}>
          <Suspense fallback={null}>
            <Turntable speed={spin ? 0.5 : 0}>
              <ProductModel path={modelPath} onDrawn={drawn} />
            </Turntable>
            <FitOnLoad onSize={setLargestSide} />
          </Suspense>
        </ErrorBoundary>
      </Bounds>
      <ContactShadows
        opacity={0.55}
        scale={largestSide * 2.4}
        blur={2.2}
        far={largestSide}
        resolution={256}
      />
      <OrbitControls
        makeDefault
        enabled={interactive}
        enablePan={false}
        enableZoom={false}
        minPolarAngle={0.2}
        maxPolarAngle={Math.PI / 2 - 0.05}
      />
    </>
  );
}
